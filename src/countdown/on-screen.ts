/**
 * Whether a countdown is near the viewport, so that its ticks write the numbers only where a
 * reader can see them. A thousand countdowns on a page then cost it the few on screen: the text
 * of the others does not change, so the browser has no style or layout to redo for them. The
 * page's countdowns share one IntersectionObserver, with half a viewport of margin above and
 * below: a countdown is brought up to date before it scrolls into view. Nothing else changes
 * (no size held for it), so nothing on the page can move because of it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

const watched = new WeakMap<Element, OnScreen>();
let observer: IntersectionObserver | undefined;

export class OnScreen implements ReactiveController {
  /** Near the viewport, as far as is known: true until the observer first says otherwise. */
  near = true;
  readonly #host: ReactiveElement;
  readonly #cameNear: () => void;

  /** `cameNear` runs when the host comes back near the viewport: it brings the numbers up to date. */
  constructor(host: ReactiveElement, cameNear: () => void) {
    this.#host = host;
    this.#cameNear = cameNear;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver !== 'function') return;
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const watcher = watched.get(entry.target);
          if (watcher) watcher.#seen(entry.isIntersecting);
        }
      },
      { rootMargin: '50% 0px' },
    );
    watched.set(this.#host, this);
    observer.observe(this.#host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.#host);
    watched.delete(this.#host);
    this.near = true;
  }

  #seen(near: boolean): void {
    const was = this.near;
    this.near = near;
    if (near && !was) this.#cameNear();
  }
}
