/**
 * Stands in for WXT's `ContentScriptContext` in Honbun's two content scripts (aliased in
 * wxt.config.ts). WXT's own context announces every start to the page: a `postMessage` of
 * `<extension id>:<script>:wxt:content-script-started` and a DOM CustomEvent of the same name,
 * so any page learns the extension's id and when the clean view first opens (issue #12, F4).
 * Honbun's scripts coordinate through the isolated world instead (utils/reader/view/reader-api.ts),
 * so this context only keeps the part of the API they could use, and says nothing to the page.
 */
export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): ReturnType<typeof setTimeout> {
    const id = setTimeout(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): ReturnType<typeof setInterval> {
    const id = setInterval(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}
