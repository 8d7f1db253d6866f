// The page's side of the port to the background: the extractor runs there (warm, off the page's main thread), and
// the content script does not carry the extractor at all (parsing it cost more than the rest of the script). When the
// background cannot answer, the call fails; the controller tries again later. Tests and benchmarks may pass a `local`
// extractor to run in the page instead.
import { isPortResponse, isPortSaved } from '../messages/page-guards.ts';
import type { PortRequest, PortSaved } from '../messages/page-messages.ts';
import type { ExtractAnswer, ExtractFn, ExtractRequest } from './annotator.ts';

export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export interface BackgroundPortOptions {
  /** Opens a new port (throws when the extension is gone). */
  open(): PortLike;
  /** An extractor to run in the page when the background cannot be asked (not in the shipped content script). */
  local?(): Promise<{ extract: ExtractFn; version: string }>;
  /** How long to wait for the background's answer (default 10 s). */
  timeoutMs?: number;
}

interface Pending {
  resolve(result: ExtractAnswer): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class BackgroundPort {
  private port: PortLike | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed = false;
  /** Set after the background failed once: later calls go straight to the page's own extractor. */
  private remoteFailed = false;
  /** EXTRACTOR_VERSION of whichever extractor answered last. */
  version = '';
  private savedListener: ((notice: PortSaved) => void) | undefined;

  constructor(private readonly options: BackgroundPortOptions) {}

  /** Opens the port now (its breaking is how the page learns the extension went away). */
  connect(onDisconnect: () => void): void {
    this.ensure(onDisconnect);
  }

  private ensure(onDisconnect?: () => void): PortLike | undefined {
    if (this.closed) return undefined;
    if (this.port) return this.port;
    let port: PortLike;
    try {
      port = this.options.open();
    } catch {
      return undefined;
    }
    port.onMessage.addListener((m) => this.onMessage(m));
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = undefined;
      for (const [id, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(new Error('port closed'));
        this.pending.delete(id);
      }
      onDisconnect?.();
    });
    this.port = port;
    return port;
  }

  /** Hears how the saves made with extractions went, when the page must act on it (see PortSavedSchema). */
  onSaved(listener: (notice: PortSaved) => void): void {
    this.savedListener = listener;
  }

  private onMessage(message: unknown): void {
    // Validated as received, with the guards that accept exactly what PortResponseSchema and PortSavedSchema accept.
    if (isPortSaved(message)) {
      this.savedListener?.(message);
      return;
    }
    if (!isPortResponse(message)) return;
    const r = message;
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
    clearTimeout(p.timer);
    if (r.ok) this.version = r.version;
    if (r.ok) p.resolve({ figures: r.figures as ExtractAnswer['figures'], published: r.published, locality: r.locality, figureIds: r.figureIds });
    else p.reject(new Error(r.error));
  }

  private remote(text: string, options: ExtractRequest): Promise<ExtractAnswer> {
    const port = this.ensure();
    if (!port) return Promise.reject(new Error('no port'));
    const id = this.nextId++;
    const request: PortRequest = { id, type: 'extract', text, published: options.published, locality: options.locality,
      homeLocality: options.homeLocality, save: options.save };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('timeout'));
      }, this.options.timeoutMs ?? 10_000);
      this.pending.set(id, { resolve, reject, timer });
      try {
        port.postMessage(request);
      } catch (e) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  readonly extract: ExtractFn = async (text, options) => {
    let failure: unknown;
    // Twice: an idle service worker that was stopped breaks the port once; a new port starts it again.
    for (let attempt = 0; attempt < 2 && !(this.remoteFailed && this.options.local); attempt++) {
      try {
        return await this.remote(text, options);
      } catch (e) {
        failure = e;
        if (!(e instanceof Error && e.message === 'port closed')) this.remoteFailed = true;
      }
    }
    if (!this.options.local) throw new Error(`The extension's background could not extract: ${String(failure)}`);
    const local = await this.options.local();
    this.version = local.version;
    // The page's own extractor saves nothing: without figure ids the page sends its save itself.
    const { figures, published, locality } = await local.extract(text, { published: options.published, locality: options.locality, homeLocality: options.homeLocality });
    return { figures, published, locality };
  };

  close(): void {
    this.closed = true;
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    try {
      this.port?.disconnect();
    } catch {
      // Already gone.
    }
    this.port = undefined;
  }
}
