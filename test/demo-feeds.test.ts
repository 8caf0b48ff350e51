// The demo feeds, written by hand from the seed pages, must be valid against the shipped
// JSON Schema and pass the validator without a single problem.
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { validateFeed, formatProblem } from '../src/feed/validate.js';

const FEEDS = ['esfomo-2023', 'esfomo-2024', 'esfomo-2025', 'want-2023'];

async function json(path: string): Promise<unknown> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.json();
}

describe('the JSON Schema and the demo feeds', () => {
  let schema: Validator;
  before(async () => {
    schema = new Validator((await json('/feed.schema.json')) as object, '2020-12', false);
  });

  for (const name of FEEDS) {
    it(`${name}.json validates against feed.schema.json and the validator`, async () => {
      const feed = await json(`/demo/feeds/${name}.json`);
      const result = schema.validate(feed);
      expect(
        result.errors.map((e) => `${e.instanceLocation}: ${e.error}`),
        'schema errors',
      ).to.deep.equal([]);
      expect(validateFeed(feed).problems.map(formatProblem), 'validator problems').to.deep.equal([]);
    });
  }

  it('has the content of the seeds', async () => {
    const feeds = Object.fromEntries(
      await Promise.all(FEEDS.map(async (n) => [n, validateFeed(await json(`/demo/feeds/${n}.json`)).feed] as const)),
    );
    expect(feeds['esfomo-2023'].schedule[0].timezone).to.equal('Pacific/Honolulu');
    expect(feeds['esfomo-2024'].schedule[0]).to.include({ date: '2024-07-26', timezone: 'Europe/Vienna' });
    expect(feeds['esfomo-2025'].dates.find((d) => d.due === '2025-05-26T23:59')).to.include({ timezone: 'UTC' });
    expect(feeds['want-2023'].dates.some((d) => d.timezone === 'AoE' && d.previous.length > 0)).to.equal(true);
    expect(feeds['esfomo-2023'].dates.some((d) => d.tbd)).to.equal(true);
    // The workshops' days, as days; WANT's notes as its page wrote them.
    expect(feeds['esfomo-2024'].dates.find((d) => d.kind === 'event')).to.include({ due: '2024-07-26', timezone: 'Europe/Vienna' });
    expect(feeds['want-2023'].dates.find((d) => d.kind === 'event')).to.include({ due: '2023-12-16' });
    expect(feeds['want-2023'].dates[0].note).to.equal('all authors must have an OpenReview profile when submitting');
    for (const name of FEEDS) expect(feeds[name].topics.length, name).to.be.greaterThan(0);
  });

  for (const [bad, where] of [
    [{ version: 2 }, '/version'],
    [{ version: 1, schedule: [{ date: '2024-07-26', items: [{ start: '25:99', title: 'x' }] }] }, '/schedule/0/items/0/start'],
    [{ version: 1, people: [{ id: 'x' }] }, '/people/0'],
    [{ version: 1, people: [{ name: 'x', url: 'javascript:alert(1)' }] }, '/people/0/url'],
    [{ version: 1, dates: [{ label: 'x', due: '26/05/2025' }] }, '/dates/0/due'],
    [{ version: 1, topics: [42] }, '/topics/0'],
    [{ version: 1, papers: [{ id: 'marlin', authors: [] }] }, '/papers/0'],
  ] as const) {
    it(`the schema, like the validator, rejects ${JSON.stringify(bad)}`, () => {
      const result = schema.validate(bad);
      expect(result.valid).to.equal(false);
      expect(
        result.errors.some((e) => e.instanceLocation === `#${where}`),
        JSON.stringify(result.errors.map((e) => e.instanceLocation)),
      ).to.equal(true);
      let rejected = false;
      try {
        rejected = validateFeed(bad).problems.some((p) => p.severity === 'error' || p.path.endsWith('url'));
      } catch {
        rejected = true;
      }
      expect(rejected).to.equal(true);
    });
  }
});
