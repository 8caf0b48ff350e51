// Every story of every `stories/*.stories.ts` file, rendered as Storybook renders it. A story
// fails `npm test` if it throws (module, loader, render or play function), renders no esfomo
// element or one that is not defined, lets an element fail to render its feed, lets markup from
// the feed into the page, or has an axe violation (the catalogue's a11y addon is set to `error`).
// A story with `parameters.emulate` (print, reduced motion) is rendered under that media, and its
// play function checks what that state promises.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Emulate } from '../.storybook/annotations.js';
import { storyFiles } from './story-files.js';
import { until, watchUncaught } from './helpers.js';

const files = await storyFiles();

/** How long a story's feeds may take to arrive; an element still loading after that is a loading story. */
const SETTLE_MS = 1500;

/** Every esfomo element in `root`, in its light DOM and in the shadow roots of the elements there. */
function esfomoElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('esfomo-')) found.push(el);
    if (el.shadowRoot) found.push(...esfomoElements(el.shadowRoot));
  }
  return found;
}

const loading = (el: Element) => !!el.shadowRoot?.querySelector('[part~="loading"]');

describe('the stories', () => {
  it('are in at least one stories/*.stories.ts file', () => {
    expect(files.length).to.be.greaterThan(0);
  });

  for (const file of files) {
    describe(file.path, () => {
      it('imports, has a title and a component, and has stories', () => {
        if (file.error) throw file.error;
        expect(file.meta?.title, 'title').to.be.a('string').and.not.equal('');
        expect(file.stories.length, 'stories').to.be.greaterThan(0);
      });

      for (const [name, story] of file.stories) {
        it(`${story.storyName} (${name}) renders, without errors or axe violations`, async function () {
          this.timeout(10000);
          const canvas = document.createElement('div');
          canvas.id = 'storybook-root';
          document.body.append(canvas);
          const uncaught = watchUncaught();
          const renderErrors: string[] = [];
          const consoleError = console.error;
          console.error = (...args: unknown[]) => {
            if (typeof args[0] === 'string' && /could not show/.test(args[0])) renderErrors.push(args.map(String).join(' '));
            consoleError.apply(console, args);
          };
          // A story of a printed or reduced-motion state is rendered (and plays) under it.
          const emulate = story.parameters.emulate as Emulate | undefined;
          if (emulate) await emulateMedia({ media: emulate.media, reducedMotion: emulate.reducedMotion });
          try {
            await story.run({ canvasElement: canvas });

            const elements = esfomoElements(canvas);
            expect(elements.length, 'esfomo elements rendered').to.be.greaterThan(0);
            for (const el of elements) expect(customElements.get(el.localName), `<${el.localName}> is defined`).to.not.equal(undefined);
            await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
            await until(() => !elements.some(loading), SETTLE_MS).catch(() => undefined);
            for (const el of elements) {
              expect(el.shadowRoot, `<${el.localName}> rendered`).to.not.equal(null);
              expect(
                el.shadowRoot!.querySelector('script, [onerror], [onload]'),
                `<${el.localName}> holds no markup from the feed`,
              ).to.equal(null);
            }
            await expect(canvas).to.be.accessible();

            expect((window as { esfomoInjected?: unknown }).esfomoInjected, 'script from the feed ran').to.equal(undefined);
            expect(renderErrors, 'render errors').to.deep.equal([]);
            expect(uncaught.errors.map(String), 'uncaught errors').to.deep.equal([]);
          } finally {
            if (emulate) await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
            console.error = consoleError;
            uncaught.stop();
            canvas.remove();
          }
        });
      }
    });
  }
});
