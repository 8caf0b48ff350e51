// `npm run screenshots`: the demo page (demo/index.html, after `npm run build`) photographed in
// Chromium at a phone's width (390 px) and a laptop's (1280 px), whole page, into
// bench/screenshots/. The visitor is pinned (zone Asia/Tokyo, language en-US) and the clock set
// to a fixed instant (2025-05-20, 12:00 UTC: a week before ES-FoMo III's deadline), so a refresh
// changes the pictures only where the elements changed.
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { ensureChromium, CHROMIUM_FLAGS } from './chromium.mjs';
import { serve } from '../bench/lib/server.mjs';

const OUT = 'bench/screenshots';
const WIDTHS = [390, 1280];
const NOW = Date.UTC(2025, 4, 20, 12, 0, 0);

const server = await serve('.');
const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_FLAGS });
try {
  await mkdir(OUT, { recursive: true });
  for (const width of WIDTHS) {
    const page = await browser.newPage();
    await page.emulateTimezone('Asia/Tokyo');
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'en-US' });
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    // A fixed clock: Date.now() and new Date() start at NOW and run on from there.
    await page.evaluateOnNewDocument((now) => {
      const start = performance.now();
      const RealDate = Date;
      const fixed = () => now + (performance.now() - start);
      globalThis.Date = class extends RealDate {
        constructor(...args) {
          super(...(args.length ? args : [fixed()]));
        }
        static now() {
          return fixed();
        }
      };
    }, NOW);
    await page.goto(`${server.origin}/demo/`, { waitUntil: 'networkidle0' });
    await page.evaluate(async () => {
      const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('esfomo-'));
      await Promise.all(all.map((el) => el.updateComplete));
      await document.fonts.ready;
    });
    // Cards off screen are not painted (content-visibility: auto): a viewport as tall as the
    // page puts every one of them on screen.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForNetworkIdle({ idleTime: 300 });
    const path = `${OUT}/demo-${width}.png`;
    await page.screenshot({ path });
    console.log(`screenshots: ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
