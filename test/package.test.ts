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

  it('says in the console when an element waits on an <esfomo-feed> that no script defines', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const host = document.createElement('div');
      host.innerHTML = '<esfomo-feed src="/demo/feeds/esfomo-2025.json"><esfomo-topics></esfomo-topics></esfomo-feed>';
      document.body.append(host);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(host.querySelector('esfomo-topics')!.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      expect(warnings.filter((w) => w.includes('import esfomo-elements/feed.js'))).to.have.length(1);
      host.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('builds the CDN bundle in production mode, self-contained', async () => {
    const text = await (await fetch(`/${pkg.unpkg}`)).text();
    expect(text).to.not.contain('Lit is in dev mode');
    expect(text).to.not.match(/\bfrom\s*["'](lit|luxon|@lit\/context)/);
  });
});
