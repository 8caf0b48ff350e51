// ESLint (flat config), run by `npm run lint`: JavaScript's and TypeScript's recommended rules
// everywhere (not type-aware, to stay fast), Lit's and custom elements' rules for the elements
// and their stories, and each folder's globals: the browser for src/, stories/ and the demo,
// the browser and mocha for the browser tests, Node for the scripts and the benchmark.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  // Build output (as in .gitignore).
  globalIgnores(['dist/', 'storybook-static/', 'coverage/', 'bench/.out/', 'test/jekyll-site/_site/', 'test/jekyll-site/.jekyll-cache/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // `_name`: a parameter a base class's default does not use, named for its subclasses.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['test/**/*.ts', 'test/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      // chai's assertions are property reads: `expect(el).to.exist`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read untyped JSON (package.json, custom-elements.json, a page's feed) as it comes.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['demo/**/*.js', 'bench/pages/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**', 'bench/**/*.mjs', 'bench/lib/**', '**/*.mjs', '*.js', 'bin/**', '.storybook/main.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark's harness and the Node tests hand functions to the page (`page.evaluate(() => window…)`).
    files: ['bench/run.mjs', 'scripts/screenshots.mjs', 'test/node/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
