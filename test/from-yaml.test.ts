// Feeds written by Jekyll from YAML (script data-from="yaml"): the repair of what YAML makes
// of bare times and date-times, and al-folio's HTML names as text. The JSON texts below are
// what Debian's Jekyll 4.3.1 wrote (jsonify) for test/jekyll-site/_data/escaping.yml, built
// in UTC and in America/New_York.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { repairYamlFeed, repairYamlText } from '../src/feed/from-yaml.js';
import { markupToText } from '../src/feed/markup.js';
import { clearFeedCache } from '../src/feed/load.js';
import '../src/people.js';
import '../src/schedule.js';
import { settled, shadowText } from './helpers.js';

const SCHEDULE =
  '{"date":"2030-01-02","items":[{"start":32700,"end":86340,"title":"Bare YAML times"},{"start":36000,"title":"A session","kind":"session","items":[{"start":37800,"end":"11:00","title":"Nested bare times"},{"start":39600,"end":45000,"title":"A session in the session","kind":"session","items":[{"start":40500,"end":42300,"title":"Bare times three levels down","kind":"talk"},{"start":"11:45","title":"A quoted time three levels down","kind":"talk"}]}]}]}';
const BUILT_IN_UTC = `{"version":1,"schedule":[${SCHEDULE},{"date":"2030-01-03 00:00:00 +0000","items":[{"start":0,"end":34200,"title":"A second day, its date a YAML date-time"}]}],"dates":[{"id":"bare","label":"A bare YAML date-time","due":"2030-01-02 03:04:05 +0000","previous":["2029-12-31 23:59:00 +0000","2029-12-01"]}]}`;
const BUILT_IN_NEW_YORK = `{"version":1,"schedule":[${SCHEDULE},{"date":"2030-01-02 19:00:00 -0500","items":[{"start":0,"end":34200,"title":"A second day, its date a YAML date-time"}]}],"dates":[{"id":"bare","label":"A bare YAML date-time","due":"2030-01-01 22:04:05 -0500","previous":["2029-12-31 18:59:00 -0500","2029-12-01"]}]}`;

const REPAIRED = {
  version: 1,
  schedule: [
    {
      date: '2030-01-02',
      items: [
        { start: '09:05', end: '23:59', title: 'Bare YAML times' },
        {
          start: '10:00',
          title: 'A session',
          kind: 'session',
          items: [
            { start: '10:30', end: '11:00', title: 'Nested bare times' },
            {
              start: '11:00',
              end: '12:30',
              title: 'A session in the session',
              kind: 'session',
              items: [
                { start: '11:15', end: '11:45', title: 'Bare times three levels down', kind: 'talk' },
                { start: '11:45', title: 'A quoted time three levels down', kind: 'talk' },
              ],
            },
          ],
        },
      ],
    },
    { date: '2030-01-03', items: [{ start: '00:00', end: '09:30', title: 'A second day, its date a YAML date-time' }] },
  ],
  dates: [{ id: 'bare', label: 'A bare YAML date-time', due: '2030-01-02T03:04:05', previous: ['2029-12-31T23:59:00', '2029-12-01'] }],
};

describe('a feed Jekyll wrote from YAML', () => {
  afterEach(() => sinon.restore());

  it('gets every bare time back as HH:MM, at every depth, and date-times as the wall clock written, whatever the build zone', () => {
    expect(repairYamlFeed(JSON.parse(BUILT_IN_UTC)).feed).to.deep.equal(REPAIRED);
    expect(repairYamlFeed(JSON.parse(BUILT_IN_NEW_YORK)).feed).to.deep.equal(REPAIRED);
  });

  it('names each repaired value by its JSON path and says to quote it', () => {
    const messages = repairYamlFeed(JSON.parse(BUILT_IN_NEW_YORK)).repairs.map((r) => r.message);
    expect(messages).to.include(
      'schedule[0].items[1].items[1].items[0].start: 40500 is a YAML time read as a number; write "11:15" in quotes (repaired)',
    );
    expect(messages).to.include('schedule[0].items[0].start: 32700 is a YAML time read as a number; write "09:05" in quotes (repaired)');
    expect(messages).to.include(
      'dates[0].due: "2030-01-01 22:04:05 -0500" is a YAML timestamp read as a date-time; write "2030-01-02T03:04:05" in quotes (repaired)',
    );
    expect(messages).to.include(
      'dates[0].previous[0]: "2029-12-31 18:59:00 -0500" is a YAML timestamp read as a date-time; write "2029-12-31T23:59:00" in quotes (repaired)',
    );
    expect(messages).to.include(
      'schedule[1].date: "2030-01-02 19:00:00 -0500" is a YAML timestamp read as a date-time; write "2030-01-03" in quotes (repaired)',
    );
    // 10 bare times (the quoted "11:00" and "11:45" need nothing), a day's date, due and one of previous.
    expect(messages).to.have.length(13);
  });

  it('reads a timestamp that ended in Z (Ruby writes UTC) and leaves numbers that are no time of day for the validator', () => {
    const raw = {
      schedule: [
        {
          date: '2024-07-26',
          items: [
            { start: 38730, title: 'seconds' },
            { start: 90000, title: 'past a day' },
            { start: 38700, title: 'ok' },
          ],
        },
      ],
      dates: [{ id: 'z', due: '2024-07-26 23:59:00 UTC' }],
    };
    const { feed } = repairYamlFeed(raw) as { feed: any };
    expect(feed.schedule[0].items.map((i: any) => i.start)).to.deep.equal([38730, 90000, '10:45']);
    expect(feed.dates[0].due).to.equal('2024-07-26T23:59:00');
    expect(raw.schedule[0].items[2].start, 'the input is left as it was').to.equal(38700);
  });

  it('warns once per value, however many elements read the same script', () => {
    const warn = sinon.stub(console, 'warn');
    const text = BUILT_IN_UTC.replace('Bare YAML times', 'Bare YAML times, once');
    const first = repairYamlText(text, 'script#esfomo-feed');
    expect(repairYamlText(text, 'script#esfomo-feed')).to.equal(first);
    expect(JSON.parse(first).schedule[0].items[0].start).to.equal('09:05');
    expect(warn.callCount).to.equal(13);
    expect(warn.firstCall.args[0]).to.match(/^esfomo-elements: script#esfomo-feed: schedule\[0\]\.items\[0\]\.start: 32700 is a YAML time/);
  });

  it('gives text that is not JSON back as it is, for the reader to report', () => {
    expect(repairYamlText('{"version": 1,', 'x')).to.equal('{"version": 1,');
  });

  it("makes people's al-folio HTML names and affiliations plain text, and nothing else", () => {
    const raw = {
      people: [{ id: 'albert-gu', name: '<b>Albert</b> <br> Gu', affiliation: 'Carnegie Mellon &amp; Cartesia', bio: '<b>kept</b>' }],
      schedule: [
        {
          date: '2024-07-26',
          items: [
            {
              start: '09:00',
              title: '<b>A title</b>',
              speakers: [{ name: '<b>Dylan</b><br>Patel', affiliation: 'Semi&#x41;nalysis' }, 'albert-gu'],
            },
          ],
        },
      ],
      topics: ['<b>a topic</b>'],
    };
    const { feed } = repairYamlFeed(raw) as { feed: any };
    expect(feed.people[0]).to.deep.equal({
      id: 'albert-gu',
      name: 'Albert Gu',
      affiliation: 'Carnegie Mellon & Cartesia',
      bio: '<b>kept</b>',
    });
    expect(feed.schedule[0].items[0].speakers).to.deep.equal([{ name: 'Dylan Patel', affiliation: 'SemiAnalysis' }, 'albert-gu']);
    expect(feed.schedule[0].items[0].title).to.equal('<b>A title</b>');
    expect(feed.topics).to.deep.equal(['<b>a topic</b>']);
  });
});

describe('markupToText', () => {
  const cases: [string, string][] = [
    ['<b>Albert</b> <br> Gu', 'Albert Gu'],
    ['<b>Deepak</b><br/>Narayanan', 'Deepak Narayanan'],
    ['<strong>Tri</strong>Dao', 'TriDao'],
    ['<p>Line</p><p>two</p>', 'Line two'],
    ['  <b>Natalia</b>   <br>\n  Gimelshein ', 'Natalia Gimelshein'],
    ['ETH Z&#252;rich &amp; Together AI', 'ETH Zürich & Together AI'],
    ['Montr&#233;al, Hugging&#x20;Face, &Eacute;cole, &ntilde;, &Aring;, &ccedil;', 'Montréal, Hugging Face, École, ñ, Å, ç'],
    ['Daniel&nbsp;Y. Fu &mdash; &ldquo;Stanford&rdquo;', 'Daniel Y. Fu — “Stanford”'],
    ['<a href="https://research.google/" title="a > b">Google Research</a>', 'Google Research'],
    ['&lt;b&gt; stays text &amp;lt;', '<b> stays text &lt;'],
    ['3 < 4 & 5 > 2, &unknown; &#0; &#x110000;', '3 < 4 & 5 > 2, &unknown; \ufffd \ufffd'],
    ['before<script>alert(1)</script>after<style>b{}</style>!', 'beforeafter!'],
    ['a<!-- hidden -->b<!doctype html>c<?php x ?>d', 'abcd'],
    ['Quote " backslash \\ and </script><!-- in a name', 'Quote " backslash \\ and'],
    ['<img src=x onerror="alert(1)">Name', 'Name'],
    ['unclosed <b', 'unclosed'],
  ];
  for (const [markup, text] of cases) {
    it(`${JSON.stringify(markup)} is ${JSON.stringify(text)}`, () => expect(markupToText(markup)).to.equal(text));
  }

  it('runs nothing and loads nothing from the markup', async () => {
    const hits: string[] = [];
    (window as any).__markupRan = () => hits.push('ran');
    markupToText('<img src="/no-such.png" onerror="__markupRan()"><script>__markupRan()</script><svg onload="__markupRan()">');
    await new Promise((r) => setTimeout(r, 100));
    expect(hits).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').some((e) => e.name.endsWith('/no-such.png'))).to.equal(false);
  });
});

describe('the page\'s feed marked data-from="yaml", and one that is not', () => {
  afterEach(() => {
    document.getElementById('esfomo-feed')?.remove();
    clearFeedCache();
    sinon.restore();
  });

  const people = (name: string) =>
    JSON.stringify({ version: 1, people: [{ id: 'albert-gu', name, affiliation: 'CMU', roles: ['speaker'] }] });

  it("shows a marked feed's HTML names as text: the card, its initials and its alt text", async () => {
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      id: 'esfomo-feed',
      textContent: people('<b>Albert</b> <br> Gu'),
    });
    script.dataset.from = 'yaml';
    document.body.append(script);
    const el = await fixture(html`<esfomo-people roles="speaker"></esfomo-people>`);
    await settled(el);
    // The initials avatar, then the card's text (its blocks, no spaces between them).
    expect(shadowText(el)).to.equal('AGAlbert GuCMU');
    expect(el.shadowRoot!.querySelector('.initials')?.textContent).to.equal('AG');
    await expect(el).to.be.accessible();
  });

  it("shows an ordinary feed's <b> literally: its text is plain text", async () => {
    document.body.append(
      Object.assign(document.createElement('script'), {
        type: 'application/json',
        id: 'esfomo-feed',
        textContent: people('<b>Albert</b> Gu'),
      }),
    );
    const el = await fixture(html`<esfomo-people roles="speaker"></esfomo-people>`);
    await settled(el);
    expect(shadowText(el)).to.contain('<b>Albert</b> Gu');
  });

  it('shows a marked feed with bare times at three levels in the schedule', async () => {
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      id: 'esfomo-feed',
      textContent: BUILT_IN_NEW_YORK,
    });
    script.dataset.from = 'yaml';
    document.body.append(script);
    sinon.stub(console, 'warn');
    const el = await fixture(html`<esfomo-schedule lang="en-GB" day="2030-01-02"></esfomo-schedule>`);
    await settled(el);
    const text = shadowText(el);
    for (const t of ['09:05', '10:00', '10:30', '11:00', '11:15', 'Bare times three levels down', 'A quoted time three levels down'])
      expect(text).to.contain(t);
  });
});
