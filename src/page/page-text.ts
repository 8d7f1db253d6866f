// The article as one string the extractor can read, and the way back from offsets in that string to DOM text nodes.
// Text nodes are taken in document order; a block element (p, div, li, h1 …) starts a new block and blocks are joined
// with "\n\n" (the cells of a table row with " | ", its rows with "\n"); inline elements add nothing, so
// "<b>1.400</b> tỉ đồng" reads as one run "1.400 tỉ đồng". Offsets into a block's text are offsets into its text
// nodes' data: layout whitespace (\n, \t, \r) is read as a space of the same length, so no offset ever shifts. No
// computed style is used: this runs in Node (happy-dom) as well as in pages.
import { isSkipped } from './skip-rules.ts';
import { hasNonSpace, layoutSpacesAsSpaces } from './whitespace.ts';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

export const BLOCK_SEPARATOR = '\n\n';

/** One run of inline text: the text nodes between two block boundaries. */
export interface TextBlock {
  /** The nearest block element around the run (used to tell which blocks a DOM change touched). */
  element: Element;
  text: string;
  nodes: Text[];
  /** Where each node's data starts in `text`. */
  starts: number[];
}

export interface WalkOptions {
  /** Extra selector for elements never to scan (a site adapter's `exclude`). */
  exclude?: string;
}

/** The text blocks under `root`, in document order, skipping page furniture (see skip-rules.ts). */
export function collectBlocks(root: Element, options: WalkOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  // The adapter's exclusions as a set of elements: one query for the walk instead of a selector match per element.
  const excluded = options.exclude ? new Set(root.querySelectorAll(options.exclude)) : undefined;
  let current: TextBlock | null = null;
  let parts: string[] = [];
  let length = 0;

  const close = () => {
    if (current) {
      current.text = parts.join('');
      if (current.text.trim()) blocks.push(current);
    }
    current = null;
    parts = [];
    length = 0;
  };

  const visit = (el: Element, blockEl: Element, furniture: boolean) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        const data = (n as Text).data;
        if (!data) continue;
        if (!current) {
          // Whitespace between blocks (indentation of the HTML source) is not part of any block.
          if (!hasNonSpace(data)) continue;
          current = { element: blockEl, text: '', nodes: [], starts: [] };
        }
        current.nodes.push(n as Text);
        current.starts.push(length);
        parts.push(layoutSpacesAsSpaces(data));
        length += data.length;
      } else if (n.nodeType === ELEMENT_NODE) {
        const child = n as Element;
        if (isSkipped(child, furniture, excluded)) {
          // A skipped inline element (an icon, a button) does not split the sentence around it; a skipped block does.
          if (BLOCK_TAGS.has(child.tagName.toUpperCase())) close();
          continue;
        }
        const tag = child.tagName.toUpperCase();
        if (tag === 'BR') {
          if (current) {
            // A line break inside a paragraph ends the run: text after it is a new block.
            close();
          }
          continue;
        }
        if (BLOCK_TAGS.has(tag)) {
          close();
          visit(child, child, true);
          close();
        } else {
          visit(child, blockEl, true);
        }
      }
    }
  };

  visit(root, root, false);
  close();
  return blocks;
}

/** The blocks joined into the one string given to the extractor, with each block's offset in it. */
export interface ArticleText {
  text: string;
  blocks: TextBlock[];
  /** Where each block starts in `text`. */
  offsets: number[];
}

export function joinBlocks(blocks: TextBlock[]): ArticleText {
  const offsets: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) {
      const sep = separatorBetween(blocks[i - 1]!, blocks[i]!);
      parts.push(sep);
      at += sep.length;
    }
    offsets.push(at);
    parts.push(blocks[i]!.text);
    at += blocks[i]!.text.length;
  }
  return { text: parts.join(''), blocks, offsets };
}

// A table reaches the extractor as lines of cells: "Chỉ tiêu | Kế hoạch | Thực hiện" (see src/extractor/table-rows.ts).
export const CELL_SEPARATOR = ' | ';
const ROW_SEPARATOR = '\n';

function separatorBetween(a: TextBlock, b: TextBlock): string {
  const cellA = cellOf(a.element);
  const cellB = cellA && cellOf(b.element);
  if (!cellA || !cellB || cellA === cellB) return BLOCK_SEPARATOR;
  if (cellA.parentElement === cellB.parentElement) return CELL_SEPARATOR;
  return cellA.closest('table') === cellB.closest('table') ? ROW_SEPARATOR : BLOCK_SEPARATOR;
}

function cellOf(el: Element): Element | null {
  const tag = el.tagName.toUpperCase();
  return tag === 'TD' || tag === 'TH' ? el : el.closest('td, th');
}

/** Index of the last element of a sorted array that is <= x (binary search). */
function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** The DOM point for an offset in a block's text. `end` picks the earlier node at a boundary between two nodes, so
 *  a range never ends at offset 0 of the node after it. */
export function pointInBlock(block: TextBlock, offset: number, end = false): DomPoint | undefined {
  if (offset < 0 || offset > block.text.length || block.nodes.length === 0) return undefined;
  let i = lastAtOrBefore(block.starts, end ? offset - 1 : offset);
  if (i < 0) i = 0;
  const node = block.nodes[i]!;
  return { node, offset: Math.min(offset - block.starts[i]!, node.data.length) };
}

/** A block index and the offset inside that block for an offset into the joined text (undefined on a separator). */
export function locate(article: ArticleText, offset: number): { block: number; offset: number } | undefined {
  const i = lastAtOrBefore(article.offsets, offset);
  if (i < 0) return undefined;
  const local = offset - article.offsets[i]!;
  if (local > article.blocks[i]!.text.length) return undefined;
  return { block: i, offset: local };
}

/** A DOM range for [start, end) of the joined text; it may span several text nodes and blocks. */
export function rangeFor(article: ArticleText, start: number, end: number, doc: Document): Range | undefined {
  if (end <= start) return undefined;
  const a = locate(article, start);
  const b = locate(article, end);
  if (!a || !b) return undefined;
  const p = pointInBlock(article.blocks[a.block]!, a.offset);
  const q = pointInBlock(article.blocks[b.block]!, b.offset, true);
  if (!p || !q) return undefined;
  const range = doc.createRange();
  range.setStart(p.node, p.offset);
  range.setEnd(q.node, q.offset);
  return range;
}
