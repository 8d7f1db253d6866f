// Paints figure ranges. With the CSS Custom Highlight API the page's DOM is not touched at all: ranges go into one
// Highlight per modality (on a page with very many, only those near the viewport at a time: highlight-window.ts).
// Without it, the element painter (element-painter.ts) wraps each text-node piece of a range.
import type { Modality } from '../extractor/figure.ts';
import { HighlightWindow } from './highlight-window.ts';
import { highlightName } from './styles.ts';

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
  /** Which of the modality layers' ranges are registered: on a page with very many, those near the viewport. */
  private readonly window: HighlightWindow;

  constructor(private readonly registry: Map<string, HighlightLike>, private readonly Highlight: HighlightCtor, private readonly beforeFirstPaint: () => void, win: Window | undefined) {
    this.window = new HighlightWindow(win);
  }

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
    const remove = this.window.add(range, this.layer(modality));
    return {
      range,
      unpaint: () => {
        remove();
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
    this.window.clear();
    for (const [m, h] of this.layers) {
      h.clear();
      if (this.registry.get(highlightName(m)) === h) this.registry.delete(highlightName(m));
    }
    this.layers.clear();
  }
}

/** Makes the element painter (src/page/element-painter.ts), for browsers without the Highlight API. Passed in rather
 *  than imported here so that a build for browsers that all have the API leaves it out (src/page/app.ts). */
export type ElementPainterFactory = (doc: Document, beforeFirstPaint: () => void) => Painter;

/** True where the browser has the CSS Custom Highlight API. */
export function hasHighlightApi(win: Window): boolean {
  return highlightApi(win) !== undefined;
}

/** The Highlight API painter where the browser has it, else the element painter (`elements`; without one, an error).
 *  `force` is for tests. `beforeFirstPaint` runs once, just before the first range is painted (the controller adds
 *  the page's highlight styles then where they did not come with the script: a page with no figures gets no style
 *  sheet, and the restyle it causes falls in the frame that paints the highlights instead of a frame of its own). */
export function createPainter(doc: Document, force?: Painter['mode'], beforeFirstPaint: () => void = () => undefined, elements?: ElementPainterFactory): Painter {
  const win = doc.defaultView ?? (globalThis as unknown as Window);
  const api = force === 'elements' ? undefined : highlightApi(win);
  if (api) return new HighlightApiPainter(api.registry, api.Highlight, beforeFirstPaint, win);
  if (!elements) throw new Error('No Highlight API and no element painter.');
  return elements(doc, beforeFirstPaint);
}
