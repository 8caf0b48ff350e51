/**
 * `esfomo-elements`: the package's command line (Node only, never part of the browser bundle).
 *
 * Subcommands live in one table, `COMMANDS`; a new one is a new entry there. A usage mistake or
 * input the command cannot use prints one line on standard error and exits with status 1; a bug
 * does the same, with the stack trace only when ESFOMO_DEBUG=1 is set.
 */
import { InputError } from './errors.js';
import { readJson } from './read.js';
import { importOpenReview } from './import/openreview.js';
import { importFrab } from './import/frab.js';
import { run as runPrerender } from './prerender/command.js';

export const PROGRAM = 'esfomo-elements';

/** Where a command writes: standard output for its result, standard error line by line. */
export interface Io {
  out(text: string): void;
  err(line: string): void;
}

export interface Command {
  /** The arguments after the command's name, for `--help`. */
  usage: string;
  summary: string;
  /** More lines for the command's `--help`. */
  help?: string[];
  /** The exit status. */
  run(args: string[], io: Io): Promise<number>;
}

/** What an importer makes from a file's JSON: sections of a feed, and what it could not use. */
interface Importer {
  summary: string;
  convert(data: unknown): { skipped: string[] } & Record<string, unknown>;
}

const IMPORTERS: Record<string, Importer> = {
  openreview: {
    summary: "OpenReview notes (the API's JSON, v1 or v2) -> the feed's papers",
    convert: (data) => {
      const { papers, skipped } = importOpenReview(data);
      return { papers, skipped };
    },
  },
  frab: {
    summary: "a pretalx/frab schedule.json export -> the feed's workshop, schedule and people",
    convert: (data) => {
      const { workshop, schedule, people, skipped } = importFrab(data);
      return { workshop, schedule, people, skipped };
    },
  },
};

const importCommand: Command = {
  usage: 'import <openreview|frab> FILE.json',
  summary: 'print feed sections, as JSON, made from a file another system exports',
  help: [
    ...Object.entries(IMPORTERS).map(([name, importer]) => `  ${name.padEnd(12)}${importer.summary}`),
    '',
    'The JSON goes to standard output; what could not be used is named on standard error.',
  ],
  async run(args, io) {
    const [source, file, ...rest] = args;
    if (!source) throw new InputError(`import: name a source (${Object.keys(IMPORTERS).join(' or ')}) and a file`);
    const importer = Object.hasOwn(IMPORTERS, source) ? IMPORTERS[source] : undefined;
    if (!importer) throw new InputError(`import: unknown source "${source}" (known: ${Object.keys(IMPORTERS).join(', ')})`);
    if (!file) throw new InputError(`import ${source}: name the JSON file to read`);
    if (rest.length) throw new InputError(`import ${source}: one file at a time (extra: ${rest.join(' ')})`);
    const { skipped, ...sections } = importer.convert(await readJson(file));
    for (const line of skipped) io.err(`${file}: ${line}`);
    io.out(`${JSON.stringify(sections, null, 2)}\n`);
    return 0;
  },
};

/** Every subcommand, by name. */
export const COMMANDS: Record<string, Command> = {
  import: importCommand,
  prerender: {
    usage: 'prerender PATH... [--root DIR] [--base PATH] [--strict]',
    summary: 'render the esfomo elements of HTML files in place (a folder: every .html file under it)',
    help: [
      "  --root DIR   the site's root, for feed addresses that start with / (default: the folder given)",
      "  --base PATH  the path the site is served under (Jekyll's baseurl, e.g. /al-folio): feed addresses",
      '               under it are read from the root without it (default: none)',
      '  --strict     exit with status 1 when anything was left for the browser or warned about',
      '',
      'One line per page with esfomo elements, its warnings under it, then a summary (standard output);',
      'a progress line every 100 pages on standard error. Calendar files are written beside each page.',
    ],
    run: runPrerender,
  },
};

function usage(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
  return [
    `Usage: ${PROGRAM} <command> [arguments]`,
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([, c]) => `  ${PROGRAM} ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    `  ${PROGRAM} <command> --help   more about one command`,
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [`Usage: ${PROGRAM} ${command.usage}`, '', command.summary, ...(command.help ? ['', ...command.help] : []), ''].join('\n');
}

const isHelpFlag = (arg: string) => arg === '--help' || arg === '-h';

/** Runs the command line `argv` (without node and the script) and returns the exit status. */
export async function main(argv: string[], io: Io, env: Record<string, string | undefined> = {}): Promise<number> {
  try {
    const [name, ...args] = argv;
    if (name === undefined) throw new InputError(`name a command (${PROGRAM} --help lists them)`);
    if (isHelpFlag(name) || name === 'help') {
      const topic = args[0] && Object.hasOwn(COMMANDS, args[0]) ? COMMANDS[args[0]] : undefined;
      io.out(topic ? commandHelp(topic) : usage());
      return 0;
    }
    if (!Object.hasOwn(COMMANDS, name)) {
      throw new InputError(`unknown command "${name}" (known: ${Object.keys(COMMANDS).join(', ')}; see ${PROGRAM} --help)`);
    }
    const command = COMMANDS[name];
    if (args.some(isHelpFlag)) {
      io.out(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`${PROGRAM}: ${error.message}`);
      return 1;
    }
    if (env.ESFOMO_DEBUG) io.err(error instanceof Error && error.stack ? error.stack : String(error));
    else {
      const message = error instanceof Error ? error.message : String(error);
      io.err(`${PROGRAM}: internal error: ${message.split('\n')[0]} (run with ESFOMO_DEBUG=1 for the stack trace)`);
    }
    return 1;
  }
}
