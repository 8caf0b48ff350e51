// The built catalogue (`npm run build-storybook`, which `npm test` runs before the browser tests):
// its index lists every story of every stories file with a docs page for each, its UI opens
// and lists them, and every story renders from the built bundle (where the elements' decorators
// and imports must have survived Vite).
import { expect } from '@open-wc/testing';
import { storyFiles } from './story-files.js';
import { until } from './helpers.js';
import { expectedTable, manifestDeclarations } from './manifest-tables.js';

const STATIC = '/storybook-static';

interface StoryFinished {
  storyId: string;
  status: 'success' | 'error' | 'warning';
  reporters: { type: string; result?: { violations?: { id: string }[] } }[];
}

interface Channel {
  last(event: string): unknown[] | undefined;
  on(event: string, listener: (...args: unknown[]) => void): void;
  off(event: string, listener: (...args: unknown[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
}

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  importPath: string;
}

function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '800px';
  frame.src = src;
  document.body.append(frame);
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(frame), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
  });
}

describe('the built catalogue (storybook-static/)', () => {
  let entries: IndexEntry[];
  before(async () => {
    const response = await fetch(`${STATIC}/index.json`);
    expect(response.ok, 'storybook-static/index.json exists: run `npm run build-storybook` first').to.equal(true);
    entries = Object.values(((await response.json()) as { entries: Record<string, IndexEntry> }).entries);
  });

  it('lists every story of every stories file, and a docs page for each file', async () => {
    const files = await storyFiles();
    expect(files.length).to.be.greaterThan(0);
    for (const file of files) {
      if (file.error) throw file.error;
      const importPath = `.${file.path}`;
      const built = entries.filter((e) => e.importPath === importPath);
      expect(
        built
          .filter((e) => e.type === 'story')
          .map((e) => e.id)
          .sort(),
        `${file.path}: rebuild with \`npm run build-storybook\``,
      ).to.deep.equal(file.stories.map(([, story]) => story.id).sort());
      expect(
        built.some((e) => e.type === 'docs'),
        `${file.path} has a docs page`,
      ).to.equal(true);
    }
    expect(
      entries.some((e) => e.type === 'docs' && e.title === 'Introduction'),
      'the introduction',
    ).to.equal(true);
  });

  it("opens in the browser and lists every element's stories in its sidebar", async function () {
    this.timeout(30000);
    const frame = await openFrame(`${STATIC}/index.html`);
    try {
      const doc = frame.contentDocument!;
      const item = (id: string) => doc.querySelector<HTMLElement>(`[data-item-id="${id}"]`);
      // Each component (the part of a story's id before `--`) collapses its stories: open them all.
      const components = [...new Set(entries.filter((e) => e.type === 'story').map((e) => e.id.replace(/--.*$/, '')))];
      await until(() => components.every(item), 15000);
      for (const id of components) {
        if (item(id)!.dataset.nodetype === 'component') item(id)!.querySelector('button')!.click();
      }
      await until(() => entries.every((e) => item(e.id)), 10000);
      for (const entry of entries.filter((e) => e.type === 'story')) {
        expect(item(entry.id)!.textContent!.trim(), entry.id).to.equal(entry.name);
      }
    } finally {
      frame.remove();
    }
  });

  it("shows each element's docs table: every item once under its kind, with its description, parts without a control", async function () {
    this.timeout(60000);
    const declarations = await manifestDeclarations();
    const pages = entries.filter((e) => e.type === 'docs' && /^Elements\/<esfomo-[a-z-]+>$/.test(e.title));
    expect(pages.length, 'a docs page per element').to.be.greaterThan(5);
    for (const page of pages) {
      const tag = page.title.slice('Elements/<'.length, -1);
      const frame = await openFrame(`${STATIC}/iframe.html?id=${page.id}&viewMode=docs`);
      try {
        const doc = frame.contentDocument!;
        await until(() => doc.querySelectorAll('.docblock-argstable-body tr').length > 3, 15000);
        // The table: a heading row per category ("Hide parts items"), then its rows (name, description, default, control).
        const table: Record<string, { name: string; description: string; control: string }[]> = {};
        let category = '';
        for (const tr of doc.querySelectorAll<HTMLTableRowElement>('.docblock-argstable-body > tr')) {
          const heading = /^(?:Hide|Show) (.+) items$/.exec(tr.title);
          if (heading) {
            category = heading[1];
            continue;
          }
          const [name, description, , control] = [...tr.cells];
          (table[category] ??= []).push({
            name: name.textContent!.trim(),
            description: description.firstElementChild?.textContent!.trim() ?? '',
            control: control.textContent!.trim(),
          });
        }
        const declaration = declarations.find((d) => d.tagName === tag)!;
        for (const [kind, rows] of Object.entries(expectedTable(declaration))) {
          const shown = (table[kind] ?? []).map((r) => r.name).sort();
          expect(shown, `${tag}: ${kind}`).to.deep.equal(rows.map((r) => r.name).sort());
          for (const row of rows) {
            // The description is markdown (`code`): compare the words.
            const words = (s: string) => s.replace(/`/g, '').replace(/\s+/g, ' ').trim();
            expect(words(table[kind].find((r) => r.name === row.name)!.description), `${tag}: ${kind} ${row.name}`).to.equal(
              words(row.description),
            );
          }
        }
        const uncontrolled = ['events', 'slots', 'css custom properties', 'css shadow parts'];
        for (const kind of uncontrolled)
          for (const row of table[kind] ?? []) expect(row.control, `${tag}: ${kind} ${row.name} has no control`).to.equal('-');
        for (const row of table.attributes ?? []) expect(row.control, `${tag}: attribute ${row.name} has a control`).to.not.equal('-');
        expect(
          Object.values(table)
            .flat()
            .filter((r) => r.name.startsWith('#') || r.name === 'feedController'),
        ).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    }
  });

  it('renders every story from the built bundle, and its a11y addon finds no violation', async function () {
    this.timeout(60000);
    const stories = entries.filter((e) => e.type === 'story');
    const failures: string[] = [];
    // One preview, switched from story to story as the catalogue's UI does it (through its channel).
    const frame = await openFrame(`${STATIC}/iframe.html?id=${stories[0].id}&viewMode=story`);
    const win = frame.contentWindow! as Window & typeof globalThis & { __STORYBOOK_ADDONS_CHANNEL__?: Channel };
    const doc = frame.contentDocument!;
    try {
      await until(() => !!win.__STORYBOOK_ADDONS_CHANNEL__, 15000);
      const channel = win.__STORYBOOK_ADDONS_CHANNEL__!;
      const finished = () => channel.last('storyFinished')?.[0] as StoryFinished | undefined;
      for (const [index, entry] of stories.entries()) {
        let outcome: StoryFinished | string;
        if (index === 0) {
          // The first story renders as the preview loads.
          await until(() => finished()?.storyId === entry.id, 15000).catch(() => undefined);
          outcome = finished()?.storyId === entry.id ? finished()! : 'did not finish within 15 s';
        } else {
          outcome = await new Promise<StoryFinished | string>((resolve) => {
            const done = (result: StoryFinished | string) => {
              for (const [event, listener] of listeners) channel.off(event, listener);
              clearTimeout(timer);
              resolve(result);
            };
            const listeners: [string, (...args: unknown[]) => void][] = [
              ['storyFinished', (result) => (result as StoryFinished).storyId === entry.id && done(result as StoryFinished)],
              ['storyErrored', (e) => done(`errored: ${JSON.stringify(e)}`)],
              ['storyThrewException', (e) => done(`threw: ${(e as Error)?.message ?? e}`)],
              ['storyMissing', () => done('missing')],
            ];
            for (const [event, listener] of listeners) channel.on(event, listener);
            const timer = setTimeout(() => done('did not finish within 10 s'), 10000);
            channel.emit('setCurrentStory', { storyId: entry.id, viewMode: 'story' });
          });
        }
        if (typeof outcome === 'string') {
          failures.push(`${entry.id}: ${outcome}`);
          continue;
        }
        if (outcome.status !== 'success') {
          const violations = outcome.reporters
            .flatMap((r) => r.result?.violations ?? [])
            .map((v) => v.id)
            .join(', ');
          failures.push(`${entry.id}: ${outcome.status}${violations ? ` (a11y: ${violations})` : ''}`);
        }
        const elements = [...doc.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('esfomo-'));
        if (!elements.length) failures.push(`${entry.id}: no esfomo element`);
        for (const el of elements) {
          if (!win.customElements.get(el.localName) || !el.shadowRoot)
            failures.push(`${entry.id}: <${el.localName}> is not defined or did not render`);
        }
      }
    } finally {
      frame.remove();
    }
    expect(failures).to.deep.equal([]);
  });
});
