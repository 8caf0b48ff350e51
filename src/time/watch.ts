/**
 * An element's watch on the shared clock, as a Lit reactive controller: it watches only while
 * the element is on the page (it stops on disconnect), and asks for a render when the element
 * comes back, since time went on while it was away.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock, type Wake } from './clock.js';

export class ClockWatch implements ReactiveController {
  #host: ReactiveControllerHost;
  #wake: Wake;
  #key: unknown;
  #active = false;

  /** `wake` is called with the time and returns when it next needs waking, or `undefined` when done. */
  constructor(host: ReactiveControllerHost, wake: Wake) {
    this.#host = host;
    this.#wake = wake;
    host.addController(this);
  }

  /** Whether the clock will wake this element. */
  get active(): boolean {
    return this.#active;
  }

  /**
   * Watches from `at` on, for `key` (what is being waited for: a deadline, the next date).
   * Already watching for the same key, it does nothing: the wakes decide what comes next.
   */
  start(at: number, key: unknown): void {
    if (this.#active && this.#key === key) return;
    this.#active = true;
    this.#key = key;
    clock.watch(this, at, this.#onWake);
  }

  /** Watches until `next` (the instant something changes), or stops when there is none. */
  follow(next: number | undefined): void {
    if (next === undefined) this.stop();
    else this.start(next, next);
  }

  stop(): void {
    if (!this.#active) return;
    this.#active = false;
    this.#key = undefined;
    clock.unwatch(this);
  }

  #onWake = (now: number): number | undefined => {
    const next = this.#wake(now);
    if (next === undefined) {
      this.#active = false;
      this.#key = undefined;
    }
    return next;
  };

  hostConnected(): void {
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }
}
