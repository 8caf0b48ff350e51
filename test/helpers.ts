/** What the browser tests share: feeds to test with, and ways to wait for elements. */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { FeedInput } from '../src/feed/types.js';
import { clearFeedCache } from '../src/feed/load.js';

/** A small valid feed with every section. */
export function sampleFeed(): FeedInput {
  return {
    version: 1,
    workshop: { name: 'ES-FoMo', title: 'Efficient Systems for Foundation Models', timezone: 'Europe/Vienna' },
    people: [
      { id: 'albert-gu', name: 'Albert Gu', affiliation: 'Carnegie Mellon', roles: ['speaker'], importance: 2 },
      { id: 'tri-dao', name: 'Tri Dao', affiliation: 'Princeton', roles: ['speaker', 'organizer'], importance: 1 },
    ],
    schedule: [
      {
        date: '2024-07-26',
        items: [
          { start: '09:00', title: 'Opening remarks', kind: 'remarks' },
          {
            start: '09:15',
            end: '10:15',
            title: 'Session I',
            kind: 'session',
            items: [{ title: 'SSMs', kind: 'talk', speakers: ['albert-gu'] }],
          },
        ],
      },
    ],
    dates: [
      { id: 'submission', label: 'Submission deadline', due: '2025-05-26T23:59', timezone: 'UTC' },
      { id: 'camera-ready', label: 'Camera-ready deadline', tbd: true },
    ],
    topics: [
      { title: 'Training and inference', items: ['Training and inference of large models', 'Low-precision training and inference'] },
      'Scheduling for AI',
    ],
    papers: [
      {
        id: 'marlin',
        title: 'Marlin: a Fast 4-Bit Inference Kernel',
        authors: ['albert-gu', { name: 'Roberto L. Castro', affiliation: 'UDC' }],
        kind: 'oral',
        poster: '12',
      },
    ],
  };
}

/** A `data:`-free URL for a feed, served by the test server from memory. */
export function feedUrl(feed: unknown): string {
  const blob = new Blob([typeof feed === 'string' ? feed : JSON.stringify(feed)], { type: 'application/json' });
  return URL.createObjectURL(blob);
}

/**
 * Waits until `predicate` holds, checking every few milliseconds for at most `ms`.
 * (Timers, not animation frames: a test page in the background gets no frames.)
 */
export async function until(predicate: () => boolean, ms = 3000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > ms) throw new Error(`condition not met within ${ms} ms: ${predicate}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Waits until an element's shadow root shows content other than the loading placeholder. */
export async function settled(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await until(() => !!el.shadowRoot && !el.shadowRoot.querySelector('[part="loading"]') && el.shadowRoot.childElementCount > 0);
  await el.updateComplete;
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Opens a page of the test server in an iframe of the test page and waits for it to load. */
export async function openPage(path: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow!;
}

/** Collects errors that reach the window (uncaught exceptions and rejections) while a test runs. */
export function watchUncaught(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Activates a calendar link as a user would, keeps the browser from saving the file, and reads what it would have saved. */
export async function activate(link: HTMLAnchorElement): Promise<{ text: string; name: string; events: ICAL.Event[] }> {
  const stop = (e: Event) => e.preventDefault();
  document.addEventListener('click', stop, { once: true });
  link.click();
  expect(link.href).to.match(/^blob:/);
  const text = await (await fetch(link.href)).text();
  const cal = new ICAL.Component(ICAL.parse(text));
  return { text, name: link.download, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** Writes the page's feed script at the end of the body (the test removes it). */
export function addPageFeed(feed: object): void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'esfomo-feed';
  script.textContent = JSON.stringify(feed);
  document.body.append(script);
}

export { clearFeedCache };

/**
 * The demo page (the built bundle, the four seed feeds) in a frame of `width` x `height` px,
 * loaded; `use` gets its document, and the frame is removed after, whatever happens.
 */
export async function onDemoPage(width: number, height: number, use: (doc: Document) => Promise<void>): Promise<void> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.src = '/demo/index.html';
  document.body.append(frame);
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await use(frame.contentDocument!);
  } finally {
    frame.remove();
  }
}
