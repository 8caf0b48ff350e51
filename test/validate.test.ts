import { expect } from '@open-wc/testing';
import { validateFeed, FeedError, formatProblem } from '../src/feed/validate.js';
import { safeUrl } from '../src/feed/urls.js';
import { sampleFeed } from './helpers.js';

function problems(raw: unknown): string[] {
  return validateFeed(raw).problems.map(formatProblem);
}

describe('validateFeed', () => {
  it('keeps a valid feed whole, resolving speaker ids and zones', () => {
    const { feed, problems } = validateFeed(sampleFeed());
    expect(problems).to.deep.equal([]);
    expect(feed.workshop.timezone).to.equal('Europe/Vienna');
    expect(feed.schedule[0].timezone).to.equal('Europe/Vienna');
    expect(feed.schedule[0].items[1].items[0].speakers[0]).to.include({ name: 'Albert Gu', affiliation: 'Carnegie Mellon' });
    expect(feed.dates[0]).to.include({ due: '2025-05-26T23:59', timezone: 'UTC', tbd: false });
    expect(feed.dates[1]).to.include({ tbd: true, timezone: 'Europe/Vienna' });
    expect(feed.topics).to.have.length(2);
  });

  it('fills absent sections with empty lists and the zone with UTC', () => {
    const { feed, problems } = validateFeed({ version: 1, topics: ['A'] });
    expect(problems).to.deep.equal([]);
    expect(feed).to.deep.equal({
      version: 1,
      workshop: { timezone: 'UTC' },
      people: [],
      schedule: [],
      dates: [],
      topics: ['A'],
      papers: [],
    });
  });

  for (const [raw, message] of [
    [null, 'The feed is null, not a JSON object.'],
    [[1], 'The feed is a list, not a JSON object.'],
    ['feed', 'The feed is "feed", not a JSON object.'],
    [{ topics: [] }, 'The feed has no "version" (it should be 1).'],
    [{ version: 2 }, 'The feed is version 2; this library reads version 1.'],
    [{ version: '1' }, 'The feed is version "1"; this library reads version 1.'],
  ] as const) {
    it(`rejects ${JSON.stringify(raw)} as a whole`, () => {
      expect(() => validateFeed(raw)).to.throw(FeedError, message);
    });
  }

  it('drops a section of the wrong type with an error at its path', () => {
    const result = validateFeed({ version: 1, people: { a: 1 }, schedule: 'tomorrow', dates: 5, topics: { title: 'x' } });
    expect(result.problems.map(formatProblem)).to.deep.equal([
      'people: an object is not a list',
      'schedule: "tomorrow" is not a list',
      'dates: 5 is not a list',
      'topics: an object is not a list',
    ]);
    expect(result.feed.schedule).to.deep.equal([]);
  });

  it('skips a bad schedule item and names its path, keeping the rest', () => {
    const raw = sampleFeed();
    raw.schedule![0].items.push({ start: '25:99', title: 'Late' }, { title: 'No start' } as never, { start: '11:00', title: 'Fine' });
    const { feed, problems } = validateFeed(raw);
    expect(problems.map(formatProblem)).to.deep.equal([
      'schedule[0].items[2].start: "25:99" is not a time of day (HH:MM) (skipped)',
      'schedule[0].items[3].start: missing: an item of a day needs a start time (HH:MM) (skipped)',
    ]);
    expect(feed.schedule[0].items.map((i) => i.title)).to.deep.equal(['Opening remarks', 'Session I', 'Fine']);
  });

  it('warns about an unknown kind and keeps the item as a plain one', () => {
    const raw = sampleFeed();
    raw.schedule![0].items[0].kind = 'keynote';
    const { feed, problems } = validateFeed(raw);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ path: 'schedule[0].items[0].kind', severity: 'warning' });
    expect(feed.schedule[0].items[0].kind).to.equal(undefined);
    expect(feed.schedule[0].items[0].title).to.equal('Opening remarks');
  });

  it('skips a day with a bad date or an unknown zone', () => {
    const raw = {
      version: 1,
      schedule: [
        { date: '2024-02-30', items: [] },
        { date: '2024-07-26', timezone: 'Mars/Olympus', items: [] },
        { date: '2024-07-27', timezone: 'AoE', items: [] },
      ],
    };
    const { feed, problems } = validateFeed(raw);
    expect(problems.map((p) => p.path)).to.deep.equal(['schedule[0].date', 'schedule[1].timezone']);
    expect(feed.schedule.map((d) => d.date)).to.deep.equal(['2024-07-27']);
  });

  it('warns about unknown speaker ids and shows them as nothing', () => {
    const raw = sampleFeed();
    raw.schedule![0].items[1].items![0].speakers = ['albert-gu', 'nobody', { name: 'Dylan Patel', affiliation: 'SemiAnalysis' }];
    const { feed, problems } = validateFeed(raw);
    expect(problems.map(formatProblem)).to.deep.equal([
      'schedule[0].items[1].items[0].speakers[1]: "nobody" is not the id of anyone in people (not shown)',
    ]);
    expect(feed.schedule[0].items[1].items[0].speakers.map((p) => p.name)).to.deep.equal(['Albert Gu', 'Dylan Patel']);
  });

  it('skips people without names and warns about duplicate ids', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      people: [{ id: 'a', name: 'A' }, { id: 'b' }, { id: 'a', name: 'A again' }, 'C'],
    });
    expect(problems.map(formatProblem)).to.deep.equal([
      'people[1].name: missing: a person needs a name (skipped)',
      'people[2].id: "a" is the id of an earlier person too (the first is used)',
      'people[3]: "C" is not a person (an object with a name) (skipped)',
    ]);
    expect(feed.people.map((p) => p.name)).to.deep.equal(['A', 'A again']);
  });

  it('drops unsafe links with a warning and keeps safe ones', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      people: [
        { name: 'A', url: 'javascript:alert(1)', photo: 'data:image/png;base64,AAAA' },
        { name: 'B', url: 'https://example.org/b', photo: 'assets/img/b.jpg' },
      ],
    });
    expect(problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal(['warning people[0].photo', 'warning people[0].url']);
    expect(feed.people[0]).to.not.have.property('url');
    expect(feed.people[0]).to.not.have.property('photo');
    expect(feed.people[1]).to.include({ url: 'https://example.org/b', photo: 'assets/img/b.jpg' });
  });

  it('never lets prototype keys reach an object', () => {
    const raw = JSON.parse(
      '{"version":1,"__proto__":{"polluted":true},"workshop":{"name":"W","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}},' +
        '"people":[{"name":"P","__proto__":{"isAdmin":true},"constructor":"x"}],"topics":[{"title":"T","__proto__":{"polluted":true},"items":[]}]}',
    );
    const { feed, problems } = validateFeed(raw);
    expect(({} as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(feed.workshop)).to.equal(Object.prototype);
    expect((feed.workshop as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect((feed.people[0] as unknown as Record<string, unknown>).isAdmin).to.equal(undefined);
    expect(Object.keys(feed.people[0])).to.deep.equal(['name', 'roles']);
    expect((feed.topics[0] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(problems.map(formatProblem)).to.deep.equal(['__proto__: is not a part of a version 1 feed (ignored)']);
  });

  it('takes an id of "__proto__" or "constructor" as just a name', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      people: [{ id: 'constructor', name: 'C' }],
      schedule: [{ date: '2024-07-26', items: [{ start: '09:00', title: 'T', speakers: ['constructor', '__proto__', 'toString'] }] }],
    });
    expect(feed.schedule[0].items[0].speakers.map((p) => p.name)).to.deep.equal(['C']);
    expect(problems.map((p) => p.path)).to.deep.equal(['schedule[0].items[0].speakers[1]', 'schedule[0].items[0].speakers[2]']);
  });

  it('checks dates: bad due skipped, missing due taken as TBD, bad previous dropped', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      dates: [
        { label: 'Bad', due: '26/05/2025' },
        { label: 'Neither' },
        { label: 'Extended', due: '2023-10-06', timezone: 'AoE', previous: ['2023-09-29', 'soon'] },
        { due: '2023-10-06' },
      ],
    });
    expect(problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal([
      'error dates[0].due',
      'warning dates[1]',
      'warning dates[2].previous[1]',
      'error dates[3].label',
    ]);
    expect(feed.dates.map((d) => [d.label, d.tbd, d.previous])).to.deep.equal([
      ['Neither', true, []],
      ['Extended', false, ['2023-09-29']],
    ]);
  });

  it('skips bad topics at any depth, naming the path', () => {
    const { feed, problems } = validateFeed({ version: 1, topics: ['A', 3, { title: 'G', items: ['B', '', { items: [] }] }] });
    expect(problems.map((p) => p.path)).to.deep.equal(['topics[1]', 'topics[2].items[1]', 'topics[2].items[2].title']);
    expect(feed.topics).to.deep.equal(['A', { title: 'G', items: ['B'] }]);
  });

  it('warns about an unknown top-level field', () => {
    expect(problems({ version: 1, topic: [] })).to.deep.equal(['topic: is not a part of a version 1 feed (ignored)']);
  });
});

describe('safeUrl', () => {
  for (const url of [
    'https://es-fomo.com',
    'http://x.org/a?b#c',
    'assets/img/gu.jpg',
    '/call/',
    '#dates',
    '?q=1',
    '//cdn.example/x.png',
    'HTTPS://X.ORG',
  ]) {
    it(`keeps ${url}`, () => expect(safeUrl(url)).to.equal(url));
  }
  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:x',
    '\u0001javascript:x',
    'data:text/html,<script>',
    'vbscript:x',
    'file:///etc/passwd',
    '',
    '   ',
    '\\\\evil',
  ]) {
    it(`drops ${JSON.stringify(url)}`, () => expect(safeUrl(url)).to.equal(undefined));
  }
  it('drops what is not a string', () => expect(safeUrl(42)).to.equal(undefined));
});
