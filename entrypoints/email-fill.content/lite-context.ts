/**
 * A small stand-in for WXT's `ContentScriptContext`, swapped in for the content-script build only
 * (see `wxt.config.ts`). It has the part of the API this script uses and leaves out WXT's location
 * watcher and its page-visible "script started" events, which a page could send to switch the
 * script off. Keeps the script small (its budget is 12 KB gzip).
 *
 * An old copy of the script left in a page after the extension was updated notices on its next
 * event (the runtime is gone) and shuts itself down.
 */
import { browser } from '#imports';

export class ContentScriptContext {
  readonly #controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isInvalid(): boolean {
    if (!browser.runtime?.id) this.abort('Content script context invalidated');
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, (event) => this.isValid && handler(event), { ...options, signal: this.signal });
  }

  // Each pending frame or timer holds one abort listener, dropped when it runs (one pass per frame
  // while the user scrolls must not pile listeners up on the signal).
  requestAnimationFrame(callback: FrameRequestCallback): number {
    const stop = this.onInvalidated(() => cancelAnimationFrame(id));
    const id = requestAnimationFrame((time) => {
      stop();
      if (this.isValid) callback(time);
    });
    return id;
  }

  setTimeout(callback: () => void, ms?: number): number {
    const stop = this.onInvalidated(() => clearTimeout(id));
    const id = window.setTimeout(() => {
      stop();
      if (this.isValid) callback();
    }, ms);
    return id;
  }
}
