export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/index.ts'],
  outdir: '.',
  litelement: true,
};
