// The package as npm and a CDN deliver it: every path package.json names exists after the
// build, and one element's entry registers its tag (and only what it needs).
import { expect } from '@open-wc/testing';

async function exists(path: string): Promise<boolean> {
  const response = await fetch(path, { method: 'HEAD' });
  return response.ok;
}

describe('the package', () => {
  let pkg: Record<string, any>;
  before(async () => {
    pkg = await (await fetch('/package.json')).json();
  });

  it('names files that the build made', async () => {
    for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements']) {
      expect(await exists(`/${pkg[field]}`), `${field}: ${pkg[field]}`).to.equal(true);
    }
    for (const [key, target] of Object.entries<any>(pkg.exports)) {
      if (key.includes('*')) continue;
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of files as string[]) expect(await exists(file.slice(1)), `exports["${key}"]: ${file}`).to.equal(true);
    }
  });

  it('has an ES module and its types for every public entry', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const entries = manifest.modules
      .filter((m: any) => /^src\/[^/]+\.ts$/.test(m.path))
      .map((m: any) => m.path.slice('src/'.length, -'.ts'.length));
    expect(entries).to.include('topics');
    for (const name of [...entries, 'index']) {
      expect(await exists(`/dist/esm/${name}.js`), `${name}.js`).to.equal(true);
      expect(await exists(`/dist/esm/${name}.d.ts`), `${name}.d.ts`).to.equal(true);
    }
  });

  it('ships the schema, the manifest and the builds, and not the sources', () => {
    expect(pkg.files).to.include.members(['dist/', 'feed.schema.json', 'custom-elements.json']);
    expect(pkg.files).to.not.include('src/');
  });

  it('registers one element from its own entry', async () => {
    expect(customElements.get('esfomo-topics')).to.equal(undefined);
    await import('/dist/esm/topics.js' as string);
    expect(customElements.get('esfomo-topics')).to.be.a('function');
    expect(customElements.get('esfomo-feed')).to.equal(undefined);
  });

  it('builds the CDN bundle in production mode, self-contained', async () => {
    const text = await (await fetch(`/${pkg.unpkg}`)).text();
    expect(text).to.not.contain('Lit is in dev mode');
    expect(text).to.not.match(/\bfrom\s*["'](lit|luxon|@lit\/context)/);
  });
});
