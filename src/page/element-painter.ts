// The painter for browsers without the CSS Custom Highlight API: each text-node piece of a range is wrapped in
// <soi-so-mark>, an element name that is never registered (content scripts have no customElements registry, and the
// page must not see one). Not in the Chromium build's content script: every Chromium it supports has the API
// (src/page/app.ts).
import type { Modality } from '../extractor/figure.ts';
import type { Painter, PaintHandle } from './highlighter.ts';

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

/** The element painter; `beforeFirstPaint` runs once, just before the first range is painted. */
export function elementPainter(doc: Document, beforeFirstPaint: () => void): Painter {
  return new ElementPainter(doc, beforeFirstPaint);
}
