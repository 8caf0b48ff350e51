#!/usr/bin/env node
// The package's command line: the compiled code is in dist/node (`npm run build`).
const cli = await import('../dist/node/cli.js').catch((error) => {
  console.error(`esfomo-elements: cannot load dist/node/cli.js (${error.code ?? error.message}); run \`npm run build\` first`);
  process.exit(1);
});
// Output piped into a command that stops reading early (`| head`) is not an error.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1));
process.exitCode = await cli.main(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(text),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  process.env,
);
