// A token trie with bounded wildcard gaps, built once at module load. Matching walks the trie from one token;
// the work per start token is bounded by the longest phrase (plus a few gap tokens), so a scan is linear.
import { SEP_COMMA, SEP_JOIN, SEP_NUM, SEP_SPACE, tokenize, type Sep, type Token } from './tokenize.ts';

/** Written between two parts of a phrase: "xuất khẩu … lao động" allows up to GAP_MAX tokens in between. */
export const GAP_MARK = '…';
export const GAP_MAX = 4;

interface TrieNode<V> {
  readonly next: Map<string, TrieNode<V>>;
  gap?: TrieNode<V>;
  value?: V;
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
  return { next: new Map() };
}

// The edge key says how the token must be joined to the previous one: plain for a space or hyphen, "," for a
// comma, "." for a numeric separator. A phrase never crosses a full stop or a bracket.
function edgeKey(text: string, sep: Sep): string | undefined {
  if (sep === SEP_SPACE || sep === SEP_JOIN) return text;
  if (sep === SEP_COMMA) return ',' + text;
  if (sep === SEP_NUM) return '.' + text;
  return undefined;
}

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = newNode();

  /**
   * Adds a normalised phrase. Returns the value already stored for the same phrase, if any, so that the caller
   * can decide which wins; the new value replaces it only when `replace` says so.
   */
  add(phrase: string, value: V, replace: (old: V) => boolean = () => false): V | undefined {
    const parts = phrase.split(GAP_MARK).map((p) => p.trim());
    let node = this.root;
    parts.forEach((part, partIndex) => {
      if (partIndex > 0) {
        node.gap ??= newNode();
        node = node.gap;
      }
      const tokens = tokenize(part);
      if (tokens.length === 0) throw new Error(`empty phrase part in "${phrase}"`);
      tokens.forEach((t, i) => {
        const key = i === 0 ? t.text : edgeKey(t.text, t.sep);
        if (key === undefined) throw new Error(`phrase "${phrase}" crosses a break`);
        let child = node.next.get(key);
        if (child === undefined) {
          child = newNode();
          node.next.set(key, child);
        }
        node = child;
      });
    });
    const old = node.value;
    if (old === undefined || replace(old)) node.value = value;
    return old;
  }

  /** Longest phrase starting at token `first` whose value passes `accept`; on equal length, no gap wins. */
  longestAt(tokens: readonly Token[], first: number, accept?: (v: V) => boolean): TrieMatch<V> | undefined {
    const t0 = tokens[first];
    if (t0 === undefined) return undefined;
    const start = this.root.next.get(t0.text);
    if (start === undefined) return undefined;
    let best: TrieMatch<V> | undefined;
    const consider = (node: TrieNode<V>, last: number, gapFirst?: number, gapLast?: number): void => {
      if (node.value === undefined || (accept !== undefined && !accept(node.value))) return;
      const better = best === undefined || last > best.last || (last === best.last && best.gapFirst !== undefined && gapFirst === undefined);
      if (better) best = gapFirst === undefined ? { value: node.value, first, last } : { value: node.value, first, last, gapFirst, gapLast };
    };
    const walk = (node: TrieNode<V>, last: number, gapFirst?: number, gapLast?: number): void => {
      consider(node, last, gapFirst, gapLast);
      const nextToken = tokens[last + 1];
      if (nextToken !== undefined) {
        const key = edgeKey(nextToken.text, nextToken.sep);
        const child = key === undefined ? undefined : node.next.get(key);
        if (child !== undefined) walk(child, last + 1, gapFirst, gapLast);
      }
      if (node.gap !== undefined && gapFirst === undefined) this.walkGap(tokens, node.gap, last, walk);
    };
    walk(start, first);
    return best;
  }

  private walkGap(
    tokens: readonly Token[],
    gapNode: TrieNode<V>,
    last: number,
    walk: (node: TrieNode<V>, last: number, gapFirst?: number, gapLast?: number) => void,
  ): void {
    // Skip 0..GAP_MAX tokens (a number with its "." or ",", a short modifier), then resume the phrase.
    for (let skipped = 0; skipped <= GAP_MAX; skipped++) {
      const resume = tokens[last + 1 + skipped];
      if (resume === undefined) return;
      const joined = resume.sep === SEP_SPACE || resume.sep === SEP_JOIN;
      if (joined) {
        const child = gapNode.next.get(resume.text);
        if (child !== undefined) {
          if (skipped === 0) walk(child, last + 1);
          else walk(child, last + 1 + skipped, last + 1, last + skipped);
        }
      }
      // This token now joins the gap: the first one must follow the head closely, later ones may be digits.
      if (!joined && (skipped === 0 || resume.sep !== SEP_NUM)) return;
    }
  }
}
