// Paints figure ranges. With the CSS Custom Highlight API the page's DOM is not touched at all: ranges go into one
// Highlight per modality. Without it, each text-node piece of a range is wrapped in <soi-so-mark>, an element name
// that is never registered (content scripts have no customElements registry, and the page must not see one).
import type { Modality } from '../extractor/figure.ts';
import { highlightName, MODALITIES } from './styles.ts';

export interface Painter {
  readonly mode: 'highlight-api' | 'elements';
  /** Paints `range`; returns the handle to unpaint it. */
  paint(range: Range, modality: Modality): PaintHandle;
  /** Marks one painted range as the active one (hovered, focused, jumped to); undefined clears it. */
  setActive(handle: PaintHandle | undefined): void;
  /** Removes every mark. */
  clear(): void;
}

export interface PaintHandle {
  /** The live range as painted (for hit-testing and scrolling). */
  range: Range;
  unpaint(): void;
}

interface HighlightLike {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): boolean;
  clear(): void;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;

function highlightApi(win: Window): { registry: Map<string, HighlightLike>; Highlight: HighlightCtor } | undefined {
  const css = (win as unknown as { CSS?: { highlights?: Map<string, HighlightLike> } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (!css?.highlights || typeof Highlight !== 'function') return undefined;
  return { registry: css.highlights, Highlight };
}

class HighlightApiPainter implements Painter {
  readonly mode = 'highlight-api';
  /** Registered on first use: a page without targets never gets a target layer, and the browser repaints for each
   *  registry change. */
  private readonly layers = new Map<Modality | 'active', HighlightLike>();
  private active: Range | undefined;

  constructor(private readonly registry: Map<string, HighlightLike>, private readonly Highlight: HighlightCtor, private readonly beforeFirstPaint: () => void) {}

  private layer(m: Modality | 'active'): HighlightLike {
    let h = this.layers.get(m);
    if (h) return h;
    if (this.layers.size === 0) this.beforeFirstPaint();
    h = new this.Highlight();
    // The active layer is painted over the modality layers.
    if (m === 'active') (h as unknown as { priority: number }).priority = 1;
    this.layers.set(m, h);
    this.registry.set(highlightName(m), h);
    return h;
  }

  paint(range: Range, modality: Modality): PaintHandle {
    const layer = this.layer(modality);
    layer.add(range);
    return {
      range,
      unpaint: () => {
        layer.delete(range);
        if (this.active === range) this.setActive(undefined);
      },
    };
  }

  setActive(handle: PaintHandle | undefined): void {
    if (!handle && !this.layers.has('active')) return;
    const layer = this.layer('active');
    layer.clear();
    this.active = handle?.range;
    if (handle) layer.add(handle.range);
  }

  clear(): void {
    for (const [m, h] of this.layers) {
      h.clear();
      if (this.registry.get(highlightName(m)) === h) this.registry.delete(highlightName(m));
    }
    this.layers.clear();
  }
}

const TEXT_NODE = 3;

/** Text nodes the range touches, each with the part of it inside the range. */
function textPieces(range: Range): { node: Text; start: number; end: number }[] {
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const pieces: { node: Text; start: number; end: number }[] = [];
  const add = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) pieces.push({ node, start, end });
  };
  if (root.nodeType === TEXT_NODE) {
    add(root as Text);
    return pieces;
  }
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) add(n as Text);
  }
  return pieces;
}

class ElementPainter implements Painter {
  readonly mode = 'elements';
  private readonly marks = new Set<HTMLElement>();
  private activeMarks: HTMLElement[] = [];
  private painted = false;

  constructor(private readonly doc: Document, private readonly beforeFirstPaint: () => void) {}

  paint(range: Range, modality: Modality): PaintHandle {
    if (!this.painted) {
      this.painted = true;
      this.beforeFirstPaint();
    }
    const made: HTMLElement[] = [];
    for (const { node, start, end } of textPieces(range)) {
      // Live ranges follow splitText, so the figure's own range (and every other one) stays right.
      const middle = start > 0 ? node.splitText(start) : node;
      if (end - start < middle.data.length) middle.splitText(end - start);
      const mark = this.doc.createElement('soi-so-mark');
      mark.setAttribute('data-modality', modality);
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
      made.push(mark);
      this.marks.add(mark);
    }
    const painted = this.doc.createRange();
    if (made.length) {
      painted.setStartBefore(made[0]!.firstChild!);
      painted.setEndAfter(made[made.length - 1]!.lastChild!);
    }
    return {
      range: made.length ? painted : range,
      unpaint: () => {
        for (const m of made) this.unwrap(m);
      },
    };
  }

  private unwrap(mark: HTMLElement): void {
    this.marks.delete(mark);
    const parent = mark.parentNode;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
  }

  setActive(handle: PaintHandle | undefined): void {
    for (const m of this.activeMarks) m.removeAttribute('data-active');
    this.activeMarks = [];
    if (!handle) return;
    for (const m of this.marks) {
      if (handle.range.intersectsNode(m)) {
        m.setAttribute('data-active', '');
        this.activeMarks.push(m);
      }
    }
  }

  clear(): void {
    for (const m of [...this.marks]) this.unwrap(m);
  }
}

/** The Highlight API painter where the browser has it, else the element painter. `force` is for tests.
 *  `beforeFirstPaint` runs once, just before the first range is painted (the controller adds the page's highlight
 *  styles then: a page with no figures gets no style sheet, and the restyle it causes falls in the frame that paints
 *  the highlights instead of a frame of its own). */
export function createPainter(doc: Document, force?: Painter['mode'], beforeFirstPaint: () => void = () => undefined): Painter {
  const api = force === 'elements' ? undefined : highlightApi(doc.defaultView ?? (globalThis as unknown as Window));
  if (api) return new HighlightApiPainter(api.registry, api.Highlight, beforeFirstPaint);
  return new ElementPainter(doc, beforeFirstPaint);
}
