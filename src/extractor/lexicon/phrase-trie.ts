// A token trie with bounded wildcard gaps, built once at module load. Matching walks the trie from one token;
// the work per start token is bounded by the longest phrase (plus a few gap tokens), so a scan is linear.
// Edges are numbers (vocabulary number × 4 + how the token is joined), so matching never builds a string.
import { eachToken, internRange, SEP_COMMA, SEP_JOIN, SEP_NUM, SEP_SPACE, type TokenStream } from './tokenize.ts';

/** Written between two parts of a phrase: "xuất khẩu … lao động" allows up to GAP_MAX tokens in between. */
export const GAP_MARK = '…';
export const GAP_MAX = 4;

interface TrieNode<V> {
  // A node's edges: most nodes have a child or two, so they are kept as parallel arrays from the start (a short scan
  // of numbers beats a Map probe in the matcher's innermost step, and the indicator lexicon's ~15,000 nodes are built
  // during the first extract(), faster without a Map each and a second pass to convert them); a node with more than
  // SCAN_MAX edges moves them to `next`.
  keys: number[] | undefined;
  kids: Array<TrieNode<V>> | undefined;
  next: Map<number, TrieNode<V>> | undefined;
  gap?: TrieNode<V>;
  value?: V;
}

// Nodes with more edges than this use a Map lookup.
const SCAN_MAX = 8;

function childOf<V>(node: TrieNode<V>, key: number): TrieNode<V> | undefined {
  const keys = node.keys;
  if (keys === undefined) return node.next!.get(key);
  for (let k = 0; k < keys.length; k++) if (keys[k] === key) return node.kids![k];
  return undefined;
}

function addChild<V>(node: TrieNode<V>, key: number, child: TrieNode<V>): void {
  const keys = node.keys;
  if (keys === undefined) {
    node.next!.set(key, child);
  } else if (keys.length < SCAN_MAX) {
    keys.push(key);
    node.kids!.push(child);
  } else {
    const next = new Map<number, TrieNode<V>>();
    for (let k = 0; k < keys.length; k++) next.set(keys[k]!, node.kids![k]!);
    next.set(key, child);
    node.next = next;
    node.keys = undefined;
    node.kids = undefined;
  }
}

/** Calls `visit` with each edge of `node`, in the order the edges were added. */
function eachEdge<V>(node: TrieNode<V>, visit: (key: number, child: TrieNode<V>) => void): void {
  if (node.keys === undefined) {
    for (const [key, child] of node.next!) visit(key, child);
  } else {
    for (let k = 0; k < node.keys.length; k++) visit(node.keys[k]!, node.kids![k]!);
  }
}

export interface TrieMatch<V> {
  value: V;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** Tokens taken by a wildcard gap, inclusive; absent when the phrase had no gap or it matched nothing. */
  gapFirst?: number;
  gapLast?: number;
}

function newNode<V>(): TrieNode<V> {
  // Every field from the start, so all nodes share one shape and the matcher's property reads stay monomorphic.
  return { keys: [], kids: [], next: undefined, gap: undefined, value: undefined };
}

// How a token must be joined to the previous one: by a space or hyphen (0), a comma (1), a numeric separator
// (2). A phrase never crosses a full stop or a bracket (-1).
function joinKind(sep: number): number {
  if (sep === SEP_SPACE || sep === SEP_JOIN) return 0;
  if (sep === SEP_COMMA) return 1;
  if (sep === SEP_NUM) return 2;
  return -1;
}

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = newNode();
  // The root's children by vocabulary number (the first word is always joined with kind 0); built by compile().
  private rootByWord: Array<TrieNode<V> | undefined> | undefined;
  // Scratch state of one longestAt call; the matcher is synchronous, so one set per trie is enough. The best match
  // so far is kept in fields, so only the one returned becomes an object.
  private hasBest = false;
  private bestValue: V | undefined;
  private bestLast = -1;
  private bestGapFirst = -1;
  private bestGapLast = -1;
  private accept: ((v: V) => boolean) | undefined;

  /**
   * Adds a normalised phrase (at most one gap). Returns the value already stored for the same phrase, if any;
   * the new value replaces it only when `replace` says so.
   */
  add(phrase: string, value: V, replace: (old: V) => boolean = () => false): V | undefined {
    this.rootByWord = undefined;
    let node = this.root;
    let first = true;
    let gaps = 0;
    // Walks the phrase once; "…" opens the gap edge before the next word.
    let from = 0;
    while (from <= phrase.length) {
      const mark = phrase.indexOf(GAP_MARK, from);
      const part = mark < 0 ? phrase.slice(from) : phrase.slice(from, mark);
      if (from > 0) {
        if (++gaps > 1) throw new Error(`phrase "${phrase}" has more than one gap`);
        node.gap ??= newNode();
        node = node.gap;
        first = true;
      }
      let words = 0;
      eachToken(part, (a, b, sep) => {
        const kind = first ? 0 : joinKind(sep);
        if (kind < 0) throw new Error(`phrase "${phrase}" crosses a break`);
        const key = internRange(part, a, b) * 4 + kind;
        let child = childOf(node, key);
        if (child === undefined) {
          child = newNode();
          addChild(node, key, child);
        }
        node = child;
        first = false;
        words++;
      });
      if (words === 0) throw new Error(`empty phrase part in "${phrase}"`);
      if (mark < 0) break;
      from = mark + GAP_MARK.length;
    }
    const old = node.value;
    if (old === undefined || replace(old)) node.value = value;
    return old;
  }

  /** Whether some phrase starts with the word of this vocabulary number. */
  starts(word: number): boolean {
    return word >= 0 && (this.rootByWord ?? this.compile())[word] !== undefined;
  }

  /** Longest phrase starting at token `first` whose value passes `accept`; on equal length, no gap wins. */
  longestAt(ts: TokenStream, first: number, accept?: (v: V) => boolean): TrieMatch<V> | undefined {
    if (first >= ts.count) return undefined;
    const w = ts.word[first]!;
    if (w < 0) return undefined;
    const start = (this.rootByWord ?? this.compile())[w];
    if (start === undefined) return undefined;
    this.hasBest = false;
    this.accept = accept;
    this.walk(ts, start, first, -1, -1);
    this.accept = undefined;
    if (!this.hasBest) return undefined;
    const value = this.bestValue!;
    this.bestValue = undefined;
    const last = this.bestLast;
    return this.bestGapFirst < 0 ? { value, first, last } : { value, first, last, gapFirst: this.bestGapFirst, gapLast: this.bestGapLast };
  }

  private compile(): Array<TrieNode<V> | undefined> {
    let size = 0;
    eachEdge(this.root, (key) => (size = Math.max(size, (key >> 2) + 1)));
    // Packed, without holes, so a miss does not walk the prototype chain.
    const byWord = Array.from({ length: size }, (): TrieNode<V> | undefined => undefined);
    eachEdge(this.root, (key, child) => (byWord[key >> 2] = child));
    this.rootByWord = byWord;
    return byWord;
  }

  private consider(node: TrieNode<V>, last: number, gapFirst: number, gapLast: number): void {
    const value = node.value;
    if (value === undefined || (this.accept !== undefined && !this.accept(value))) return;
    const better = !this.hasBest || last > this.bestLast || (last === this.bestLast && this.bestGapFirst >= 0 && gapFirst < 0);
    if (!better) return;
    this.hasBest = true;
    this.bestValue = value;
    this.bestLast = last;
    this.bestGapFirst = gapFirst;
    this.bestGapLast = gapLast;
  }

  private walk(ts: TokenStream, node: TrieNode<V>, last: number, gapFirst: number, gapLast: number): void {
    this.consider(node, last, gapFirst, gapLast);
    const nextIndex = last + 1;
    if (nextIndex < ts.count) {
      const w = ts.word[nextIndex]!;
      const kind = joinKind(ts.sep[nextIndex]!);
      if (w >= 0 && kind >= 0) {
        const child = childOf(node, w * 4 + kind);
        if (child !== undefined) this.walk(ts, child, nextIndex, gapFirst, gapLast);
        // "ước tổng mức mức bán lẻ hàng hóa", "giải phóng mặt mặt bằng": a word typed twice is read once (only twice: a
        // run of one word, "tăng tăng tăng …", is no slip, and walking it would cost its length at every start).
        else if (w === ts.word[last] && ts.sep[nextIndex] === SEP_SPACE && (last === 0 || ts.word[last - 1] !== w)) this.walk(ts, node, nextIndex, gapFirst, gapLast);
      }
    }
    if (node.gap !== undefined && gapFirst < 0) this.walkGap(ts, node.gap, last);
  }

  private walkGap(ts: TokenStream, gapNode: TrieNode<V>, last: number): void {
    // Skip 0..GAP_MAX tokens (a number with its "." or ",", a short modifier), then resume the phrase.
    for (let skipped = 0; skipped <= GAP_MAX; skipped++) {
      const resume = last + 1 + skipped;
      if (resume >= ts.count) return;
      const sep = ts.sep[resume]!;
      const joined = sep === SEP_SPACE || sep === SEP_JOIN;
      const w = ts.word[resume]!;
      if (joined && w >= 0) {
        const child = childOf(gapNode, w * 4);
        if (child !== undefined) {
          if (skipped === 0) this.walk(ts, child, resume, -1, -1);
          else this.walk(ts, child, resume, last + 1, resume - 1);
        }
      }
      // This token now joins the gap: the first one must follow the head closely, later ones may be digits.
      if (!joined && (skipped === 0 || sep !== SEP_NUM)) return;
    }
  }
}
