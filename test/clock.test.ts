import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { SharedClock, clock as pageClock, nextSecond } from '../src/time/clock.js';

describe('the shared clock', () => {
  let fake: sinon.SinonFakeTimers;
  let clock: SharedClock;
  const owners: object[] = [];
  /** An owner that is unwatched after the test, so no clock outlives its test. */
  const owner = () => {
    const o = {};
    owners.push(o);
    return o;
  };
  beforeEach(() => {
    fake = sinon.useFakeTimers({ now: Date.UTC(2025, 4, 26, 23, 58, 0, 250), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    clock = new SharedClock();
  });
  afterEach(() => {
    for (const o of owners.splice(0)) clock.unwatch(o);
    fake.restore();
  });

  it('is one object per page, shared through a global symbol', () => {
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('esfomo-elements.clock')]).to.equal(pageClock);
  });

  it('runs one timer for many watchers, at the nearest instant any needs', () => {
    const woken: number[] = [];
    for (let i = 0; i < 500; i++) clock.watch(owner(), nextSecond(Date.now()), (now) => (woken.push(now), nextSecond(now)));
    const later: number[] = [];
    clock.watch(owner(), Date.now() + 60_000, (now) => (later.push(now), undefined));
    expect(fake.countTimers()).to.equal(1);
    fake.tick(750);
    expect(woken).to.have.length(500);
    expect(new Set(woken)).to.deep.equal(new Set([Date.UTC(2025, 4, 26, 23, 58, 1)]));
    expect(fake.countTimers()).to.equal(1);
    fake.tick(1000);
    expect(woken).to.have.length(1000);
    expect(later).to.deep.equal([]);
    fake.tick(60_000);
    expect(later).to.have.length(1);
    expect(fake.countTimers()).to.equal(1);
  });

  it('wakes on second boundaries, whenever it was started', () => {
    const woken: number[] = [];
    clock.watch(owner(), nextSecond(Date.now()), (now) => (woken.push(now % 1000), nextSecond(now)));
    fake.tick(5000);
    expect(woken).to.deep.equal([0, 0, 0, 0, 0]);
  });

  it('stops its timer when nothing watches', () => {
    const o = owner();
    clock.watch(o, nextSecond(Date.now()), (now) => nextSecond(now));
    expect(clock.running).to.equal(true);
    clock.unwatch(o);
    expect(clock.running).to.equal(false);
    expect(fake.countTimers()).to.equal(0);
    clock.watch(owner(), nextSecond(Date.now()), () => undefined);
    fake.tick(1000);
    expect(clock.size).to.equal(0);
    expect(fake.countTimers()).to.equal(0);
  });

  it('replaces what an owner watched before', () => {
    const o = owner();
    const first = sinon.spy(() => undefined);
    const second = sinon.spy(() => undefined);
    clock.watch(o, Date.now() + 1000, first);
    clock.watch(o, Date.now() + 2000, second);
    expect(clock.size).to.equal(1);
    fake.tick(2000);
    expect(first.callCount).to.equal(0);
    expect(second.callCount).to.equal(1);
  });

  it('survives a watcher that throws', () => {
    const error = sinon.stub(console, 'error');
    const good = sinon.spy((now: number) => nextSecond(now));
    clock.watch(owner(), nextSecond(Date.now()), () => {
      throw new Error('boom');
    });
    clock.watch(owner(), nextSecond(Date.now()), good);
    fake.tick(2000);
    error.restore();
    expect(good.callCount).to.equal(2);
    expect(clock.size).to.equal(1);
  });

  it('pauses while the page is hidden and catches up when it shows', () => {
    let hidden = false;
    const hiddenProp = sinon.stub(document, 'hidden').get(() => hidden);
    const woken: number[] = [];
    clock.watch(owner(), nextSecond(Date.now()), (now) => (woken.push(now), nextSecond(now)));
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fake.countTimers()).to.equal(0);
    fake.tick(10_000);
    expect(woken).to.deep.equal([]);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(woken).to.deep.equal([Date.now()]);
    expect(fake.countTimers()).to.equal(1);
    hiddenProp.restore();
  });

  it('waits for an instant further away than a timer can (about 24.8 days) without spinning', () => {
    const warn = sinon.stub(console, 'warn');
    const woken: number[] = [];
    const due = Date.now() + 60 * 86_400_000;
    clock.watch(owner(), due, (now) => (woken.push(now), undefined));
    fake.tick(1000);
    expect(fake.countTimers()).to.equal(1);
    expect(woken).to.deep.equal([]);
    fake.tick(59 * 86_400_000 - 1000);
    expect(woken).to.deep.equal([]);
    fake.tick(86_400_000);
    warn.restore();
    expect(woken).to.deep.equal([due]);
    expect(fake.countTimers()).to.equal(0);
  });
});
