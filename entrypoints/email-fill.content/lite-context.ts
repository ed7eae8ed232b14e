/**
 * A small stand-in for WXT's `ContentScriptContext`, swapped in for the content-script build only
 * (see `wxt.config.ts`). It has the part of the API this script uses and leaves out WXT's location
 * watcher and its page-visible "script started" events, which a page could send to switch the
 * script off. Keeps the script inside its 8 KB budget.
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

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => this.isValid && callback(time));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  setTimeout(callback: () => void, ms?: number): number {
    const id = window.setTimeout(() => this.isValid && callback(), ms);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }
}
