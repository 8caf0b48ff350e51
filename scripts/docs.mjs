// `npm run docs`: rewrites the README's API section from custom-elements.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { withApi } from './api-table.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const next = withApi(readme, manifest);
if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md: API section updated');
}
