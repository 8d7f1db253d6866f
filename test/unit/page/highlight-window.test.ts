// @vitest-environment happy-dom
// On a page with very many figures, the painter registers with the browser only the ranges near the viewport (the
// browser's frame after each change pre-paints every registered range), and adds the others as the reader scrolls
// towards them. A typical article's ranges are all registered at once, as before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPainter } from '../../../src/page/highlighter.ts';
import { WINDOW_FROM } from '../../../src/page/highlight-window.ts';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** Stands in for the browser's observer: the test says which elements are near the viewport. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly observed = new Set<Element>();
  constructor(readonly report: (entries: { target: Element; isIntersecting: boolean }[]) => void, readonly options: { rootMargin: string }) {
    FakeObserver.last = this;
  }
  observe(el: Element) { this.observed.add(el); }
  unobserve(el: Element) { this.observed.delete(el); }
  disconnect() { this.observed.clear(); }
  /** The browser's report after a frame: `near` elements intersect the widened viewport, every other observed one not. */
  scrollTo(near: Element[]) {
    this.report([...this.observed].map((target) => ({ target, isIntersecting: near.includes(target) })));
  }
}

describe('Highlight API painter on a page with very many figures', () => {
  let registry: Map<string, FakeHighlight>;
  const win = window as unknown as { Highlight?: unknown; IntersectionObserver?: unknown };
  const css = Object.getOwnPropertyDescriptor(window, 'CSS');
  const io = win.IntersectionObserver;
  beforeEach(() => {
    registry = new Map();
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    win.Highlight = FakeHighlight;
    win.IntersectionObserver = FakeObserver;
    FakeObserver.last = undefined;
  });
  afterEach(() => {
    if (css) Object.defineProperty(window, 'CSS', css);
    else delete (window as unknown as { CSS?: unknown }).CSS;
    delete win.Highlight;
    win.IntersectionObserver = io;
  });

  /** An article of `n` paragraphs, each with two figures; returns the paragraphs. */
  const article = (n: number) => {
    document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>Thu ngân sách đạt ${i}.400 tỉ đồng, tăng ${i % 90},4% so với năm trước.</p>`).join('');
    return [...document.querySelectorAll('p')];
  };
  const figures = (p: Element) => {
    const text = p.firstChild!;
    return [...text.textContent!.matchAll(/\d[\d.,]*%?/g)].map((m) => {
      const r = document.createRange();
      r.setStart(text, m.index!);
      r.setEnd(text, m.index! + m[0].length);
      return r;
    });
  };
  const registered = () => [...registry.values()].reduce((a, h) => a + h.size, 0);

  it('registers every range of a typical article at once, with no observer', () => {
    const painter = createPainter(document);
    for (const p of article(7)) for (const r of figures(p)) painter.paint(r, 'actual');
    expect(registered()).toBe(14);
    expect(FakeObserver.last).toBeUndefined();
  });

  it('keeps registered only the figures near the viewport, and adds the others as the reader scrolls to them', () => {
    const paragraphs = article(WINDOW_FROM);
    const painter = createPainter(document);
    const handles = paragraphs.flatMap((p, i) => figures(p).map((r) => painter.paint(r, i % 2 ? 'target' : 'actual')));
    expect(handles.length).toBe(2 * WINDOW_FROM);
    const observer = FakeObserver.last!;
    expect(observer.observed.size).toBe(WINDOW_FROM);
    // The reader is at the top: the first ten paragraphs are near.
    observer.scrollTo(paragraphs.slice(0, 10));
    expect(registered()).toBe(20);
    expect([...registry.get('soi-so-actual')!]).toContain(handles[0]!.range);
    // Scrolled to the middle: the top ones go, the middle ones come, each in its own modality's layer.
    observer.scrollTo(paragraphs.slice(200, 210));
    expect(registered()).toBe(20);
    expect(registry.get('soi-so-actual')!.has(handles[0]!.range)).toBe(false);
    expect(registry.get('soi-so-actual')!.has(handles[400]!.range)).toBe(true);
    expect(registry.get('soi-so-target')!.has(handles[402]!.range)).toBe(true);
    // A near figure taken away is unregistered and not added back; a paragraph without figures is no longer observed.
    handles[400]!.unpaint();
    handles[401]!.unpaint();
    expect(observer.observed.has(paragraphs[200]!)).toBe(false);
    observer.scrollTo(paragraphs.slice(200, 210));
    expect(registry.get('soi-so-actual')!.has(handles[400]!.range)).toBe(false);
    expect(registered()).toBe(18);
    // A printout shows every figure.
    window.dispatchEvent(new Event('beforeprint'));
    expect(registered()).toBe(2 * WINDOW_FROM - 2);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(observer.observed.size).toBe(0);
  });
});
