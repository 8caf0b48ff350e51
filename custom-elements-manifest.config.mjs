export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/index.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Modules in path order, so an element in a folder of its own (src/schedule/schedule.ts)
      // keeps the place of its entry (src/schedule.ts) in the manifest and in the README.
      name: 'modules-in-path-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
