// The Jekyll integration, end to end: test/jekyll-site is an al-folio-like site (people in
// _projects/, the workshop in _data/esfomo.yml, pages in markdown with bare tags) that uses the
// shipped includes (jekyll/_includes). `npm test` builds it with Jekyll (scripts/jekyll-site.mjs)
// before this file runs; the test server serves the built pages and the bundle from dist/cdn.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../src/feed/validate.js';
import { repairYamlFeed } from '../src/feed/from-yaml.js';
import { openPage, shadowText, until } from './helpers.js';
import { liveFeed, measure } from './contrast.js';

const SITE = '/test/jekyll-site/_site';

/** The page's feed as the page holds it: the JSON inside script#esfomo-feed, as Jekyll wrote it. */
function rawFeed(win: Window): Record<string, any> {
  const script = win.document.getElementById('esfomo-feed');
  expect(script?.localName, 'script#esfomo-feed').to.equal('script');
  expect(script!.getAttribute('type')).to.equal('application/json');
  expect(script!.dataset.from, 'the script says it was written from YAML').to.equal('yaml');
  return JSON.parse(script!.textContent ?? '');
}

/** The page's feed as the elements read it: YAML's times and al-folio's HTML names repaired. */
function pageFeed(win: Window): Record<string, any> {
  return repairYamlFeed(rawFeed(win)).feed as Record<string, any>;
}

/** The element `selector` of the page, once it shows its content (not the loading message). */
async function shown(win: Window, selector: string): Promise<Element> {
  const el = win.document.querySelector(selector);
  expect(el, selector).to.exist;
  expect(win.customElements.get(el!.localName), `<${el!.localName}> is defined by the bundle`).to.exist;
  await until(() => !!el!.shadowRoot && el!.shadowRoot.childElementCount > 0 && !el!.shadowRoot.querySelector('[part="loading"]'), 3000);
  expect(el!.shadowRoot!.querySelector('[part="message"]'), `${selector} shows no error message`).to.equal(null);
  return el!;
}

async function open(path: string): Promise<Window> {
  const response = await fetch(`${SITE}${path}`);
  if (!response.ok)
    throw new Error(`${SITE}${path}: ${response.status}; the Jekyll test site is not built: run \`npm run build:jekyll\` (npm test does)`);
  return openPage(`${SITE}${path}`);
}

const closeFrames = () => document.querySelectorAll('iframe').forEach((frame) => frame.remove());

/** The people of _projects/ as the site's markdown front matter has them. */
const SPEAKERS = [
  ['Adam Roberts', 'Google Research'], // title: <b>Adam</b> <br> Roberts, description: <a href=...>Google Research</a>
  ['Deepak Narayanan', 'Microsoft Research'],
  ['Natalia Vassilieva', 'Cerebras'],
  ['Tim Dettmers', 'University of Washington'],
  ['Aakanksha Chowdhery', 'Google Research'],
  ['Natalia Gimelshein', 'Meta'],
  ['Ce Zhang', 'ETH Zürich & Together AI'], // ETH Z&#252;rich &amp; Together AI
  ['Thomas Wang', 'Hugging Face'], // Hugging&#x20;Face
];
const PANELISTS = [
  ['Anna Goldie', 'Anthropic'],
  ['Rishi Bommasani', 'Stanford University CRFM'], // Stanford University <br> CRFM
  ['Susan Zhang', 'Meta'],
  ['Emily Weber', 'AWS, Montréal'], // AWS, Montr&#233;al
];
const ORGANIZERS = [
  ['Julien Launay', 'Adaptive ML'],
  ['Daniel Y. Fu', 'Stanford University'], // <b>Daniel&nbsp;Y.</b> <br> Fu
  ['Tri Dao', 'Stanford University'],
  ['Max Ryabinin', 'Yandex, HSE University'],
];

describe('the Jekyll site: the home page', () => {
  let win: Window;
  before(async () => {
    win = await open('/');
  });
  after(closeFrames);

  it('loads the bundle with the script include, and writes the feed with the feed include', () => {
    const script = win.document.querySelector('script[type="module"]') as HTMLScriptElement;
    expect(new URL(script.src).pathname).to.equal('/dist/cdn/esfomo-elements.min.js');
    expect(win.document.querySelectorAll('script#esfomo-feed')).to.have.length(1);
  });

  it("holds the schedule, dates and topics of _data/esfomo.yml in the page's feed, times as HH:MM", () => {
    const feed = pageFeed(win);
    expect(feed.version).to.equal(1);
    expect(feed.workshop).to.deep.equal({
      name: 'ES-FoMo',
      title: 'Efficient Systems for Foundation Models',
      venue: 'ICML 2023, Honolulu, Hawaii',
      timezone: 'Pacific/Honolulu',
      url: 'https://es-fomo.com',
    });
    const [day] = feed.schedule;
    expect(day.date).to.equal('2023-07-29');
    // Bare YAML times (start: 10:15) are numbers in the page's feed (seconds: 36900) ...
    expect(
      rawFeed(win)
        .schedule[0].items.map((i: any) => i.start)
        .slice(0, 3),
    ).to.deep.equal([31500, 32400, 36900]);
    // ... and come back as the text written.
    expect(day.items.map((i: any) => i.start)).to.deep.equal([
      '08:45',
      '09:00',
      '10:15',
      '10:30',
      '10:35',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '14:15',
      '15:15',
      '15:30',
      '16:30',
      '17:30',
    ]);
    expect(day.items.at(-1).end).to.equal('17:45');
    expect(day.items[1].items.map((t: any) => [t.title, t.speakers])).to.deep.equal([
      ['Scaling Up Models and Data with t5x and seqio', ['adam-roberts']],
      ['Using Megatron to Train Large Language Models', ['deepak-narayanan']],
      ['Training Large Language Models on Cerebras Wafer-Scale Clusters', ['natalia-vassilieva']],
    ]);
    expect(feed.dates).to.deep.equal([
      { id: 'submission', label: 'Submission deadline', due: '2023-05-31' },
      { id: 'notification', label: 'Acceptance notification', tbd: true },
      { id: 'camera-ready', label: 'Camera-ready deadline', tbd: true },
    ]);
    expect(feed.topics.map((t: any) => t.title)).to.deep.equal([
      'Training and inference systems',
      'Algorithms for improved training and inference efficiency',
      'Systems for foundation models',
    ]);
  });

  it("maps every _projects entry to a person of the page's feed, with only the fields it has", () => {
    const people: any[] = pageFeed(win).people;
    const byRole = (role: string) => people.filter((p) => p.roles?.includes(role)).map((p) => [p.name, p.affiliation]);
    expect(byRole('speaker')).to.have.deep.members(SPEAKERS);
    expect(byRole('panelist')).to.have.deep.members(PANELISTS);
    expect(byRole('organizer')).to.have.deep.members(ORGANIZERS);
    expect(people).to.have.length(SPEAKERS.length + PANELISTS.length + ORGANIZERS.length + 1); // + the escaping test's entry
    const person = (id: string) => people.find((p) => p.id === id);
    expect(person('adam-roberts')).to.deep.equal({
      id: 'adam-roberts',
      name: 'Adam Roberts',
      affiliation: 'Google Research',
      roles: ['speaker'],
      importance: 1,
      photo: `${SITE}/assets/img/adam-roberts.svg`, // img through relative_url: the site's baseurl
      url: 'https://research.google/', // redirect
    });
    expect(person('tim-dettmers').bio).to.equal(
      'Tim works on 4-bit and 8-bit inference & training, “making large models accessible” — see his blog.',
    );
    expect(person('emily-weber')).to.deep.equal({
      id: 'emily-weber',
      name: 'Emily Weber',
      affiliation: 'AWS, Montréal',
      roles: ['panelist'],
      importance: 12,
    });
    // As Jekyll wrote them: al-folio's HTML, which the elements read as text.
    const raw = (id: string) => rawFeed(win).people.find((p: any) => p.id === id);
    expect(raw('adam-roberts').name).to.equal('<b>Adam</b> <br> Roberts');
    expect(raw('emily-weber').affiliation).to.equal('AWS, Montr&#233;al');
  });

  it("has a page's feed that the validator takes without a single problem", () => {
    expect(validateFeed(pageFeed(win)).problems).to.deep.equal([]);
  });

  it('shows the schedule, with speakers and affiliations from _projects', async () => {
    const text = shadowText(await shown(win, 'esfomo-schedule'));
    for (const title of [
      'Opening remarks',
      'Session I: Training Strategies and Libraries',
      'Scaling Up Models and Data with t5x and seqio',
      'Panel: Large Language Models Tooling Across Industry and Academia',
      'Awards',
    ]) {
      expect(text).to.contain(title);
    }
    expect(text).to.contain('Adam Roberts').and.to.contain('Google Research');
    expect(text).to.contain('Natalia Gimelshein').and.to.contain('Meta');
  });

  it("shows al-folio's HTML names as text: schedule speaker cells, cards, initials and alt text", async () => {
    const schedule = await shown(win, 'esfomo-schedule');
    const cells = [...schedule.shadowRoot!.querySelectorAll('[part~="person"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells).to.include.members([
      'Adam Roberts (Google Research)',
      'Deepak Narayanan (Microsoft Research)',
      'Ce Zhang (ETH Zürich & Together AI)',
      'Thomas Wang (Hugging Face)',
    ]);
    const speakers = await shown(win, 'esfomo-people[roles="speaker"]');
    const names = [...speakers.shadowRoot!.querySelectorAll('[part="name"]')].map((n) => n.textContent!.trim());
    expect(names).to.include.members(['Adam Roberts', 'Deepak Narayanan', 'Natalia Gimelshein', 'Ce Zhang', 'Thomas Wang']);
    const initials = [...speakers.shadowRoot!.querySelectorAll('.initials')].map((n) => n.textContent);
    expect(initials).to.include.members(['DN', 'NG', 'CZ', 'TW']);
    // The photo's text is empty: the name is printed beside it.
    const photographed = [...speakers.shadowRoot!.querySelectorAll('[part="card"]')]
      .filter((c) => c.querySelector('img'))
      .map((c) => c.querySelector('[part="name"]')!.textContent!.trim());
    expect(photographed).to.include.members(['Adam Roberts', 'Tim Dettmers']);
    expect(new Set([...speakers.shadowRoot!.querySelectorAll('img')].map((img) => img.getAttribute('alt')))).to.deep.equal(new Set(['']));
    for (const el of [schedule, speakers, await shown(win, 'esfomo-people[roles="panelist"]')]) {
      expect(shadowText(el)).not.to.match(/<|&#|&amp;|&nbsp;/);
    }
  });

  it('shows the speakers of _projects, and only them, with their photos', async () => {
    const el = await shown(win, 'esfomo-people[roles="speaker"]');
    const text = shadowText(el);
    for (const [name, affiliation] of SPEAKERS) expect(text).to.contain(name).and.to.contain(affiliation);
    for (const [name] of [...PANELISTS, ...ORGANIZERS]) expect(text).not.to.contain(name);
    const photo = [...el.shadowRoot!.querySelectorAll('img')].find((img) => img.src.endsWith('/adam-roberts.svg'));
    expect(photo, "Adam Roberts' photo").to.exist;
    expect(new URL(photo!.src).pathname).to.equal(`${SITE}/assets/img/adam-roberts.svg`);
    photo!.scrollIntoView(); // the cards' photos may load lazily
    await until(() => photo!.complete && photo!.naturalWidth > 0, 3000);
    expect(photo!.naturalWidth).to.be.greaterThan(0);
  });

  it('shows the panelists in a row and the organizers in a grid', async () => {
    const panel = await shown(win, 'esfomo-people[roles="panelist"]');
    expect(panel.getAttribute('layout')).to.equal('row');
    for (const [name, affiliation] of PANELISTS) expect(shadowText(panel)).to.contain(name).and.to.contain(affiliation);
    const organizers = shadowText(await shown(win, 'esfomo-people[roles="organizer"]'));
    for (const [name, affiliation] of ORGANIZERS) expect(organizers).to.contain(name).and.to.contain(affiliation);
    expect(organizers).not.to.contain('Adam Roberts');
  });

  it('shows the countdown to the submission deadline of the feed', async () => {
    expect(shadowText(await shown(win, 'esfomo-countdown[deadline="submission"]'))).to.contain('Submission deadline');
  });
});

describe('the Jekyll site: the call for papers', () => {
  let win: Window;
  before(async () => {
    win = await open('/call/');
  });
  after(closeFrames);

  it('shows the topics, nested', async () => {
    const el = await shown(win, 'esfomo-topics');
    const text = shadowText(el);
    expect(text).to.contain('Algorithms for improved training and inference efficiency');
    expect(text).to.contain('Large batch training and optimization');
    expect(el.shadowRoot!.querySelectorAll('ul ul')).to.have.length(3);
  });

  it('publishes the same feed as a file (the include with script=false), fetched once', async () => {
    const file = await fetch(`${SITE}/esfomo.json`).then((r) => r.json());
    expect(file).to.deep.equal(rawFeed(win));
    const requests = win.performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === `${SITE}/esfomo.json`);
    expect(requests).to.have.length(1);
  });

  it('shows the important dates, from <esfomo-feed src> around them', async () => {
    const text = shadowText(await shown(win, 'esfomo-feed esfomo-dates'));
    for (const label of ['Submission deadline', 'Acceptance notification', 'Camera-ready deadline']) expect(text).to.contain(label);
  });
});

describe("the Jekyll site: text that could break the page's feed", () => {
  // _data/escaping.yml and _projects/zz-escaping.md, exactly as YAML reads them.
  const WORKSHOP = 'Quote " backslash \\ </script> <!-- --> <script>';
  const TOPICS = [
    'a "quoted" topic',
    String.raw`a backslash \ and \n (not a newline) and \u003c`,
    'two lines,\nthe second with </script> in it\n',
    { title: '</ScRiPt><!-- a group -->', items: ['<script>alert(1)</script>', 'tab\there, nul-free, é ü 💬 and \u2028 too'] },
  ];
  const PERSON = {
    id: 'zz-escaping',
    name: 'Quote " backslash \\ and </script><!-- in a name',
    affiliation: 'Line one\nline two\twith a tab, "quotes", \\ and </SCRIPT >',
    roles: ['escaping-test'],
    importance: 99,
    url: 'https://example.org/?a=1&b=</script>',
    bio: 'A bio with “quotes”, a backslash \\ and an emphasised word, then </script> as text, and 3 < 4 & 5 > 2.',
  };

  let win: Window;
  before(async () => {
    win = await open('/escaping/');
  });
  after(closeFrames);

  it('keeps every string intact: quotes, backslashes, newlines, tabs, </script>, <!--', () => {
    const feed = rawFeed(win);
    expect(feed.workshop).to.deep.equal({ name: WORKSHOP });
    expect(feed.topics).to.deep.equal(TOPICS);
    expect(feed.people.find((p: any) => p.id === 'zz-escaping')).to.deep.equal(PERSON);
  });

  it('writes JSON that no HTML parser can end early: not one "<" in the script', async () => {
    const html = await fetch(`${SITE}/escaping/`).then((r) => r.text());
    const open = '<script type="application/json" id="esfomo-feed" data-from="yaml">';
    const start = html.indexOf(open) + open.length;
    const raw = html.slice(start, html.indexOf('</script>', start));
    expect(raw).not.to.contain('<');
    expect(JSON.parse(raw)).to.deep.equal(rawFeed(win));
    // What comes after the script in the layout is still the page's, not the script's text.
    expect(win.document.getElementById('site-footer')?.previousElementSibling?.id).to.equal('esfomo-feed');
  });

  it('turns bare YAML times (at three levels) and date-times back into the text written, whatever the build zone', () => {
    const feed = pageFeed(win);
    const [first, session] = feed.schedule[0].items;
    const inner = session.items[1];
    expect([first.start, first.end, session.start, session.items[0].start, session.items[0].end]).to.deep.equal([
      '09:05',
      '23:59',
      '10:00',
      '10:30',
      '11:00',
    ]);
    expect([inner.start, inner.end, inner.items[0].start, inner.items[0].end, inner.items[1].start]).to.deep.equal([
      '11:00',
      '12:30',
      '11:15',
      '11:45',
      '11:45',
    ]);
    expect(feed.schedule[1].date).to.equal('2030-01-03');
    expect(feed.dates[0].due).to.equal('2030-01-02T03:04:05');
    expect(feed.dates[0].previous).to.deep.equal(['2029-12-31T23:59:00', '2029-12-01']);
    expect(validateFeed(feed).problems).to.deep.equal([]);
  });

  it('shows the talk three levels down at its bare time', async () => {
    const el = await shown(win, 'esfomo-schedule');
    const row = [...el.shadowRoot!.querySelectorAll('tr')].find((tr) => tr.textContent!.includes('Bare times three levels down'));
    expect(row, 'the talk three levels down').to.exist;
    expect(row!.querySelector('[part~="time"]')!.textContent).to.contain('11:15');
  });

  it('shows the strings as text', async () => {
    const topics = shadowText(await shown(win, 'esfomo-topics'));
    expect(topics).to.contain('a "quoted" topic').and.to.contain('</ScRiPt><!-- a group -->').and.to.contain('<script>alert(1)</script>');
    // The name is al-folio HTML, read as a browser would show it: the end tag and the comment it opens are not text.
    const people = await shown(win, 'esfomo-people');
    expect(people.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Quote " backslash \\ and');
    expect(people.shadowRoot!.querySelector('[part="affiliation"]')!.textContent!.trim()).to.equal(
      'Line one line two with a tab, "quotes", \\ and',
    );
  });
});

describe('the Jekyll includes', () => {
  it("pin the package's own version in the CDN address", async () => {
    const [include, pkg] = await Promise.all([
      fetch('/jekyll/_includes/esfomo-script.html').then((r) => r.text()),
      fetch('/package.json').then((r) => r.json()),
    ]);
    expect(include).to.contain(`default: "${pkg.version}"`);
    expect(include).to.contain('https://cdn.jsdelivr.net/npm/esfomo-elements@{{ esfomo_version }}/dist/cdn/esfomo-elements.min.js');
  });
});

/** axe, run inside the site's page (it checks only nodes of its own document), on `elements`: what it finds, by rule and target. */
async function axeInPage(win: Window & { axe?: any }, elements: Element[]): Promise<{ rule: string; target: unknown }[]> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    win.document.head.append(script);
    await loaded;
  }
  const found: { rule: string; target: unknown }[] = [];
  for (const el of elements) {
    const { violations } = await win.axe.run(el);
    for (const v of violations) for (const node of v.nodes) found.push({ rule: v.id, target: node.target });
  }
  return found;
}

describe("the Jekyll site: al-folio's theme colours, light and dark", () => {
  // al-folio's --global-theme-color (test/jekyll-site/assets/css/main.css, as _sass/_themes.scss).
  const THEME = { light: 'rgb(181, 9, 172)', dark: 'rgb(38, 152, 186)' };
  after(closeFrames);

  for (const theme of ['light', 'dark'] as const) {
    it(`takes the site's theme colour for links and accents, and keeps every contrast, in ${theme} mode`, async function () {
      this.timeout(20_000); // a page, and axe on four elements
      const win = await open(`/?theme=${theme}`);
      const doc = win.document;
      expect(doc.documentElement.getAttribute('data-theme')).to.equal(theme);
      // A day in progress (the site's own is past), in the page's own text: elements made by the page's bundle.
      const feed = liveFeed();
      const made = ['esfomo-schedule', 'esfomo-dates', 'esfomo-people'].map((tag) => {
        const el = Object.assign(doc.createElement(tag), { feed });
        el.setAttribute('lang', 'en-GB');
        doc.querySelector('main')!.append(el);
        return el;
      });
      await until(() => made.every((el) => !!el.shadowRoot?.querySelector('[part="now-badge"], [part="list"], [part="grid"]')), 3000);
      const [schedule, dates, people] = made;
      const style = (el: Element) => win.getComputedStyle(el);
      const tab = schedule.shadowRoot!.querySelector('[part~="tab-selected"]')!;
      expect(style(tab).borderBottomColor, 'the accent').to.equal(THEME[theme]);
      expect(style(people.shadowRoot!.querySelector('[part="name"] a')!).color, 'a name link').to.equal(THEME[theme]);
      expect(style(dates.shadowRoot!.querySelector('[part="calendar"]')!).color, 'a calendar link').to.equal(THEME[theme]);
      for (const { what, ratio, needs } of measure(schedule, dates, people)) {
        expect(ratio, `${what} in ${theme} mode: ${ratio.toFixed(2)}:1`).to.be.at.least(needs);
      }
      const violations = await axeInPage(win, [...made, await shown(win, 'esfomo-people[roles="speaker"]')]);
      expect(violations, JSON.stringify(violations, null, 1)).to.deep.equal([]);
    });
  }
});
