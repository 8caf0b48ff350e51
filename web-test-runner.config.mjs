// Browser tests in headless Chromium (Debian's package), TypeScript through esbuild.
//
// The browser's time zone is pinned, so tests of dates and times mean the same anywhere:
// - test/**/*.test.ts run in America/New_York;
// - test/**/*.zones.test.ts run once in each zone of ZONES (a group per zone), for code whose
//   answer must not depend on where the visitor is.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { ensureChromium, CHROMIUM_FLAGS as FLAGS } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { storiesPlugin } from './scripts/stories-plugin.mjs';
import { faultyServer } from './scripts/faulty-server.mjs';
import { prerenderPlugin } from './scripts/prerender-plugin.mjs';

const executablePath = ensureChromium();

export const DEFAULT_ZONE = 'America/New_York';
export const ZONES = ['America/New_York', 'Europe/Vienna', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC'];

function browserIn(timezone) {
  return chromeLauncher({
    launchOptions: { executablePath, headless: true, args: FLAGS },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timezone);
      return page;
    },
  });
}

export default {
  files: ['test/**/*.test.ts', '!test/**/*.zones.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in the background gets throttled timers, no frames and document.hidden.
  concurrency: 1,
  concurrentBrowsers: 1,
  browsers: [browserIn(DEFAULT_ZONE)],
  groups: ZONES.map((zone) => ({
    name: `zone-${zone.replace(/\//g, '-')}`,
    files: 'test/**/*.zones.test.ts',
    browsers: [browserIn(zone)],
  })),
  // Each test file starts with the site's storage empty (a schedule remembers the visitor's zone
  // there, per origin, and every test file shares the origin). The page must stay in standards
  // mode: without the doctype, tables stop inheriting the font and layouts change.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>try { localStorage.clear(); } catch {}</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [faultyServer()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), storiesPlugin(), prerenderPlugin()],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
  testFramework: {
    config: { timeout: 5000 },
  },
  testsFinishTimeout: 180000,
};
