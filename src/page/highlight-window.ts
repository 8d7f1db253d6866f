// Which painted ranges are registered with the browser, on a page with very many of them. Chromium's frame after any
// change to a registered Highlight pre-paints every registered range and repaints every marked text within its
// paint area (viewport plus 4,000 px): some 4,900 ranges on a 1 MB page make one frame of 50–90 ms, however the adding
// is split over frames or over Highlight objects (BENCHMARKS.md, session 21 h91). Past `WINDOW_FROM` ranges, only
// those whose element is within `WINDOW_MARGIN` of the viewport are registered; an IntersectionObserver adds the
// rest as the reader scrolls towards them (before they come into view) and takes away those left far behind, so
// every frame registers a few hundred. A typical article stays far below the threshold and never uses it.

/** Ranges painted before the window is used: a long article's are all registered at once, as before. */
export const WINDOW_FROM = 400;
/** How far above and below the viewport ranges are kept registered: about two screens, so a reader's scrolling
 *  reaches none before the observer has added it. */
export const WINDOW_MARGIN = '1500px 0px';

export interface Layer {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): boolean;
}

interface Entry {
  range: Range;
  layer: Layer;
  /** The element the observer watches for it (where the range starts). */
  el: Element | null;
  removed?: boolean;
}

type ObserverCtor = new (cb: (entries: { target: Element; isIntersecting: boolean }[]) => void, options: { rootMargin: string }) => {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
};

/** Registers ranges in their layers directly while they are few, by viewport nearness once they are many. */
export class HighlightWindow {
  /** The first ranges, registered at once; filed with the observer only if the window comes into use. */
  private readonly early: Entry[] = [];
  private observer: InstanceType<ObserverCtor> | undefined;
  private readonly byElement = new Map<Element, Set<Entry>>();
  private readonly near = new Set<Element>();
  private readonly onPrint = () => this.registerAll();

  constructor(private readonly win: Window | undefined) {}

  add(range: Range, layer: Layer): () => void {
    const entry: Entry = { range, layer, el: elementOf(range) };
    if (!this.observer && this.early.length < WINDOW_FROM) {
      layer.add(range);
      this.early.push(entry);
      return () => this.remove(entry);
    }
    const Observer = (this.win as unknown as { IntersectionObserver?: ObserverCtor } | undefined)?.IntersectionObserver;
    if (!entry.el || !Observer) {
      layer.add(range);
      return () => entry.layer.delete(entry.range);
    }
    if (!this.observer) this.start(Observer);
    if (this.near.has(entry.el)) layer.add(range);
    this.file(entry);
    return () => this.remove(entry);
  }

  /** Forgets every range (their layers are cleared by the painter). */
  clear(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.win?.removeEventListener('beforeprint', this.onPrint);
    this.byElement.clear();
    this.near.clear();
    this.early.length = 0;
  }

  private start(Observer: ObserverCtor): void {
    this.observer = new Observer((entries) => {
      for (const e of entries) {
        const list = this.byElement.get(e.target);
        if (!list) continue;
        if (e.isIntersecting) this.near.add(e.target);
        else this.near.delete(e.target);
        for (const x of list) {
          if (e.isIntersecting) x.layer.add(x.range);
          else x.layer.delete(x.range);
        }
      }
    }, { rootMargin: WINDOW_MARGIN });
    // Those registered before the window: the observer's first report keeps the near ones and takes the rest away.
    for (const e of this.early) if (!e.removed && e.el) this.file(e);
    this.early.length = 0;
    // A printout shows the whole page: every range is registered for it.
    this.win?.addEventListener('beforeprint', this.onPrint);
  }

  private file(entry: Entry): void {
    const el = entry.el!;
    let list = this.byElement.get(el);
    if (!list) {
      this.byElement.set(el, (list = new Set()));
      this.observer?.observe(el);
    }
    list.add(entry);
  }

  private remove(entry: Entry): void {
    entry.layer.delete(entry.range);
    entry.removed = true;
    const el = entry.el;
    if (!el) return;
    const list = this.byElement.get(el);
    if (!list?.delete(entry) || list.size) return;
    this.byElement.delete(el);
    this.near.delete(el);
    this.observer?.unobserve(el);
  }

  private registerAll(): void {
    for (const [el, list] of this.byElement) {
      this.near.add(el);
      for (const x of list) x.layer.add(x.range);
    }
  }
}

function elementOf(range: Range): Element | null {
  const node = range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}
