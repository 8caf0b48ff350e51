// Lighthouse on the first-render pages: performance and SEO scores, CLS and LCP, as a site owner's
// audit would report them. Lighthouse is not a dependency of the package (it is large): it is run
// with `npx -y lighthouse@<version>` (from npm's cache, or fetched from the registry on first
// use), in its default configuration (mobile: a Moto G Power's screen, simulated throttling:
// 150 ms RTT, 1.6 Mbit/s down, 4× CPU slowdown), against the bench's local server and the
// machine's Chromium. When it cannot be fetched or started, the section says so and is skipped.
import { execFile } from 'node:child_process';

export const LIGHTHOUSE = '12.8.2';

const run = (args, timeout) =>
  new Promise((resolve) => {
    execFile('npx', ['-y', `lighthouse@${LIGHTHOUSE}`, ...args], { timeout, maxBuffer: 64 * 2 ** 20 }, (error, stdout, stderr) =>
      resolve({ error, stdout, stderr }),
    );
  });

/** `undefined` when Lighthouse runs here, else why not. */
export async function lighthouseMissing() {
  const { error, stdout, stderr } = await run(['--version'], 180_000);
  if (error || !stdout.includes(LIGHTHOUSE))
    return `npx -y lighthouse@${LIGHTHOUSE} did not run (${(stderr || error?.message || stdout).trim().split('\n').at(-1)})`;
  return undefined;
}

/** One Lighthouse run of `url`: the figures of its report, or `{ error }`. */
export async function lighthouse(url, { chromePath, flags }) {
  const { error, stdout, stderr } = await run(
    [
      url,
      `--chrome-path=${chromePath}`,
      `--chrome-flags=--headless=new ${flags.join(' ')}`,
      '--only-categories=performance,seo',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
    ],
    180_000,
  );
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { error: `no report (${(stderr || error?.message || '').trim().split('\n').at(-1)})` };
  }
  if (report.runtimeError) return { error: `${report.runtimeError.code}: ${report.runtimeError.message}` };
  const audit = (id) => report.audits[id]?.numericValue;
  const failed = (category) =>
    report.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 1)
      .map((ref) => `${ref.id} (${report.audits[ref.id].score})`);
  return {
    performance: Math.round(report.categories.performance.score * 100),
    seo: Math.round(report.categories.seo.score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    speedIndex: audit('speed-index'),
    failed: [...failed('performance'), ...failed('seo')],
    version: report.lighthouseVersion,
    formFactor: report.configSettings?.formFactor,
    throttling: report.configSettings?.throttlingMethod,
  };
}
