// Which figure is under the pointer. With the Highlight API there is no element to hover, so the caret position
// under the pointer is looked up among the figures' ranges (indexed by text node), then checked against the
// range's boxes so the blank space after a line's end does not count as the figure.
import type { PlacedFigure } from './annotator.ts';

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
  }
  return undefined;
}

export class FigureIndex {
  private byNode = new Map<Node, PlacedFigure[]>();

  constructor(figures: PlacedFigure[]) {
    for (const f of figures) {
      const r = f.handle?.range;
      if (!r) continue;
      const nodes = new Set<Node>([r.startContainer, r.endContainer]);
      if (r.startContainer !== r.endContainer) {
        const walker = r.startContainer.ownerDocument!.createTreeWalker(r.commonAncestorContainer, 4 /* SHOW_TEXT */);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (r.intersectsNode(n)) nodes.add(n);
      }
      // Fallback marks: the caret lands in the text inside the mark.
      for (const n of [...nodes]) if (n.nodeType === 1) for (let c = n.firstChild; c; c = c.nextSibling) nodes.add(c);
      for (const n of nodes) {
        const list = this.byNode.get(n);
        if (list) list.push(f);
        else this.byNode.set(n, [f]);
      }
    }
  }

  at(doc: Document, x: number, y: number): PlacedFigure | undefined {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const candidates = this.byNode.get(caret.node);
    if (!candidates) return undefined;
    for (const f of candidates) {
      const r = f.handle!.range;
      for (const box of Array.from(r.getClientRects())) {
        if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return f;
      }
    }
    return undefined;
  }
}
