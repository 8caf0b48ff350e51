// The README's API section is made from custom-elements.json: it must not drift from the code.
import { expect } from '@open-wc/testing';
// @ts-expect-error: a plain JavaScript module without types
import { withApi, elements } from '../scripts/api-table.mjs';

describe('README.md', () => {
  it('has the API section that custom-elements.json makes (run `npm run docs` after changing an element)', async () => {
    const [readme, manifest] = await Promise.all([
      fetch('/README.md').then((r) => r.text()),
      fetch('/custom-elements.json').then((r) => r.json()),
    ]);
    expect(readme).to.equal(withApi(readme, manifest));
    for (const el of elements(manifest)) expect(readme).to.contain(`<${el.tagName}>`);
  });
});
