// Runs once in each pinned browser zone (New York, Vienna, Honolulu, Kiritimati at UTC+14, UTC):
// the time left and the deadline's own-zone text must not depend on where the visitor is,
// and "your time" must be the visitor's wall clock.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/countdown.js';
import '../src/dates.js';
import type { DeadlineDetail } from '../src/countdown.js';
import { localZoneName } from '../src/time/zones.js';
import { remaining } from '../src/time/deadline.js';

const zone = localZoneName();
const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;
const numbers = (el: Element) => UNITS.map((u) => el.shadowRoot!.querySelector(`[part="${u}"]`)?.textContent ?? null);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

/** The visitor's wall clock at `ms`, told by the browser itself (not by the code under test). */
function wallClock(ms: number) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return { day: `${parts.day} ${parts.month}`, time: `${parts.hour}:${parts.minute}`, offset: -new Date(ms).getTimezoneOffset() };
}

describe(`deadlines in the browser zone ${zone}`, () => {
  let fake: sinon.SinonFakeTimers;
  afterEach(() => {
    fixtureCleanup();
    fake.restore();
  });

  async function countdown(now: number, due: string, timezone: string) {
    fake = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const events: DeadlineDetail[] = [];
    const wrap = await fixture(html`<div lang="en-GB" @esfomo-deadline=${(e: CustomEvent<DeadlineDetail>) => events.push(e.detail)}>
      <esfomo-countdown due=${due} timezone=${timezone}></esfomo-countdown>
    </div>`);
    const el = wrap.querySelector('esfomo-countdown')!;
    await el.updateComplete;
    return { el, events };
  }

  it('counts down to an AoE date (the end of that day, UTC-12) to the second', async () => {
    // Due 2023-10-07 11:59:59 UTC; 1 d 1 h 39 min 29 s before.
    const { el } = await countdown(Date.UTC(2023, 9, 6, 10, 20, 30), '2023-10-06', 'AoE');
    expect(numbers(el)).to.deep.equal(['1', '01', '39', '29']);
    expect(part(el, 'due')!.textContent).to.equal('6 Oct 2023, end of day AoE');
    fake.tick(29_000);
    expect(numbers(el)).to.deep.equal(['1', '01', '39', '00']);
  });

  it('counts down to a UTC time, closes on the second and fires once', async () => {
    const { el, events } = await countdown(Date.UTC(2025, 4, 26, 23, 58, 0, 250), '2025-05-26T23:59', 'UTC');
    expect(numbers(el)).to.deep.equal(['0', '00', '01', '00']);
    expect(part(el, 'due')!.textContent).to.equal('26 May 2025, 23:59 UTC');
    fake.tick(750);
    expect(numbers(el)).to.deep.equal(['0', '00', '00', '59']);
    fake.tick(58_999);
    expect(numbers(el)).to.deep.equal(['0', '00', '00', '01']);
    expect(events).to.have.length(0);
    fake.tick(1);
    await el.updateComplete;
    expect(events.map((e) => e.at)).to.deep.equal([Date.UTC(2025, 4, 26, 23, 59)]);
    expect(part(el, 'closed')).not.to.equal(null);
    fake.tick(5000);
    expect(events).to.have.length(1);
  });

  it('takes a date alone in a named zone as the end of that day there, summer time included', async () => {
    // The end of 3 June 2024 in Vienna (CEST, UTC+2) is 21:59:59 UTC.
    const now = Date.UTC(2024, 5, 1, 12, 0, 0);
    const { el } = await countdown(now, '2024-06-03', 'Europe/Vienna');
    const left = Date.UTC(2024, 5, 3, 21, 59, 59) - now;
    expect(numbers(el).map(Number)).to.deep.equal([
      Math.floor(left / 86_400_000),
      Math.floor(left / 3_600_000) % 24,
      Math.floor(left / 60_000) % 60,
      Math.floor(left / 1000) % 60,
    ]);
    expect(numbers(el)).to.deep.equal(['2', '09', '59', '59']);
    expect(part(el, 'due')!.textContent).to.equal('3 Jun 2024, end of day CEST');
  });

  it("shows the deadline in the visitor's own clock, or not at all when it reads the same", async () => {
    const due = Date.UTC(2023, 9, 7, 11, 59, 59);
    const { el } = await countdown(Date.UTC(2023, 9, 1), '2023-10-06', 'AoE');
    const local = wallClock(due);
    const text = part(el, 'local')!.textContent!;
    expect(text).to.match(new RegExp(`^your time: ${local.day}, ${local.time} \\S+$`));
    if (zone === 'Pacific/Kiritimati') {
      // East of UTC+12: the AoE day of 6 October ends on the 8th there.
      expect(text).to.equal('your time: 8 Oct, 01:59 UTC+14');
    }
    fixtureCleanup();
    fake.restore();
    const utc = await countdown(Date.UTC(2025, 4, 1), '2025-05-26T23:59', 'UTC');
    const localPart = part(utc.el, 'local');
    if (wallClock(Date.UTC(2025, 4, 26, 23, 59)).offset === 0) expect(localPart).to.equal(null);
    else expect(localPart!.textContent).to.contain(wallClock(Date.UTC(2025, 4, 26, 23, 59)).time);
  });

  it('computes the time left from instants alone', () => {
    const due = Date.UTC(2023, 9, 7, 11, 59, 59);
    expect(remaining(due, due - 90_061_000)).to.deep.equal({ total: 90_061, days: 1, hours: 1, minutes: 1, seconds: 1 });
    expect(remaining(due, due - 1)).to.include({ total: 1, seconds: 1 });
    expect(remaining(due, due)).to.include({ total: 0, days: 0, seconds: 0 });
    expect(remaining(due, due + 86_400_000)).to.include({ total: 0, days: 0, hours: 0, minutes: 0, seconds: 0 });
  });

  it('marks the same next date in <esfomo-dates> wherever the visitor is', async () => {
    // 7 Oct 2023 11:00 UTC: already the 8th in Kiritimati, still the 7th in Honolulu. The AoE deadline is still ahead for everyone.
    fake = sinon.useFakeTimers({ now: Date.UTC(2023, 9, 7, 11, 0), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = await fixture(html`<esfomo-dates
      .feed=${{
        version: 1,
        dates: [
          { label: 'Abstract', due: '2023-09-22', timezone: 'AoE' },
          { label: 'Full paper', due: '2023-10-06', timezone: 'AoE' },
          { label: 'Notification', due: '2023-10-27', timezone: 'AoE' },
        ],
      }}
    ></esfomo-dates>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const li = [...el.shadowRoot!.querySelectorAll('li')];
    expect(li.map((l) => l.getAttribute('aria-current'))).to.deep.equal([null, 'date', null]);
    expect(li[0].getAttribute('part')).to.contain('passed');
  });
});
