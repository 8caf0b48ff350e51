/**
 * The one clock every live element shares (countdowns, the schedule's now-marker).
 *
 * Like GitHub's relative-time-element: a single module-level `setTimeout`, set for the
 * nearest instant any watcher needs, never a timer per element. Watchers recompute
 * what they show from absolute instants and `Date.now()`, never by counting ticks, so a
 * late or skipped wake-up cannot make them drift. While the page is hidden the timer is
 * stopped; when it shows again every watcher that is due is woken at once.
 */

/** Called with the current time (ms since the epoch). Returns when it next needs waking, or `undefined` when it is done. */
export type Wake = (now: number) => number | undefined;

interface Watch {
  at: number;
  wake: Wake;
}

/** The longest delay `setTimeout` keeps (2^31 - 1 ms, about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;

/** The next whole second after `now`: where a per-second display changes. */
export function nextSecond(now: number): number {
  return Math.floor(now / 1000) * 1000 + 1000;
}

/**
 * The next instant after `now` at which a display to the minute of the time left until `due`
 * changes (a whole number of minutes before `due`): the next wall minute for a deadline on one.
 */
export function nextMinute(now: number, due: number): number {
  const left = due - now;
  return left > 0 ? now + ((left - 1) % 60_000) + 1 : nextSecond(now);
}

export class SharedClock {
  #watches = new Map<object, Watch>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;
  #listening = false;

  /** How many owners are watching. */
  get size(): number {
    return this.#watches.size;
  }

  /** Whether a timer is pending (there is never more than one). */
  get running(): boolean {
    return this.#timer !== undefined;
  }

  /** Wake `wake` at `at` (ms since the epoch); replaces what `owner` watched before. */
  watch(owner: object, at: number, wake: Wake): void {
    this.#watches.set(owner, { at, wake });
    this.#listen();
    this.#schedule();
  }

  unwatch(owner: object): void {
    if (!this.#watches.delete(owner)) return;
    if (this.#watches.size === 0) {
      this.#stop();
      this.#unlisten();
    } else {
      this.#schedule();
    }
  }

  #schedule(): void {
    if (typeof document !== 'undefined' && document.hidden) return this.#stop();
    let at = Infinity;
    for (const w of this.#watches.values()) if (w.at < at) at = w.at;
    if (at === this.#timerAt && this.#timer !== undefined) return;
    this.#stop();
    if (at === Infinity) return;
    this.#timerAt = at;
    // A longer delay than a timer holds would fire at once, again and again: wait in steps.
    this.#timer = setTimeout(() => this.#fire(), Math.min(MAX_DELAY, Math.max(0, at - Date.now())));
  }

  #stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
  }

  #fire(): void {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = Date.now();
    for (const [owner, w] of [...this.#watches]) {
      if (w.at > now || this.#watches.get(owner) !== w) continue;
      let next: number | undefined;
      try {
        next = w.wake(now);
      } catch (error) {
        console.error('esfomo-elements: a clock watcher failed', error);
        next = undefined;
      }
      // The watcher may have re-watched or unwatched itself while waking.
      if (this.#watches.get(owner) !== w) continue;
      if (next === undefined) this.#watches.delete(owner);
      else w.at = next > now ? next : nextSecond(now);
    }
    if (this.#watches.size === 0) this.#unlisten();
    this.#schedule();
  }

  #onVisibility = (): void => {
    if (document.hidden) this.#stop();
    else this.#fire();
  };

  #listen(): void {
    if (this.#listening || typeof document === 'undefined') return;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#listening = true;
  }

  #unlisten(): void {
    if (!this.#listening) return;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#listening = false;
  }
}

const KEY = Symbol.for('esfomo-elements.clock');
type WithClock = typeof globalThis & { [KEY]?: SharedClock };

/** The page's one clock, shared even by two copies of the library. */
export const clock: SharedClock = ((globalThis as WithClock)[KEY] ??= new SharedClock());
