/**
 * A small stand-in for WXT's `ContentScriptContext`, swapped in for the content-script build only
 * (see `wxt.config.ts`). It has only the part of the API this script uses (WXT's constructor arguments are ignored) and leaves out WXT's location
 * watcher and its page-visible "script started" events, which a page could send to switch the
 * script off. Keeps the script small (its budget is 12 KB gzip).
 *
 * An old copy of the script left in a page after the extension was updated notices on its next
 * event (the runtime is gone) and shuts itself down.
 */
import { browser } from '#imports';

export class ContentScriptContext {
  readonly #controller = new AbortController();
  readonly signal = this.#controller.signal;

  get isValid(): boolean {
    if (!browser.runtime?.id) this.#controller.abort();
    return !this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, (event) => this.isValid && handler(event), { ...options, signal: this.signal });
  }

  // A pending frame holds one abort listener, dropped when it runs (one pass per frame while the
  // user scrolls must not pile listeners up on the signal).
  requestAnimationFrame(callback: FrameRequestCallback): number {
    const stop = this.onInvalidated(() => cancelAnimationFrame(id));
    const id = requestAnimationFrame((time) => {
      stop();
      if (this.isValid) callback(time);
    });
    return id;
  }
}
