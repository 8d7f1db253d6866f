// "Một số huyện thu đạt thấp như Lương Tài chỉ đạt 38,7% dự toán, Gia Bình đạt 41,2%", "các huyện còn khó khăn là Lương
// Tài, Gia Bình": a district name that is also a common word ("lương tài", talent) is never read bare, but an item of a
// list that a plural level word opens ("một số huyện … như", "các huyện …,") is one of those units
// (common-word-name-in-list).
import { SEP_BREAK, SEP_COMMA, SEP_SPACE, tokenText, type TokenStream } from './tokenize.ts';

// The words that hand over the items of a list.
const LIST_OPENERS = new Set(['như', 'là', 'gồm']);
const PLURAL = new Set(['các', 'những', 'nhiều', 'số']);
const LEVEL_WORDS = new Set(['huyện', 'xã', 'phường', 'quận']);
// (How far back, in tokens, the plural level word may stand: "Một số huyện thu ngân sách đạt thấp như".)
const REACH = 10;

/** The level word ("huyện") of the plural list whose item starts at token `i`, when it is one. */
export function listLevelBefore(ts: TokenStream, i: number): string | undefined {
  if (i <= 0 || i >= ts.count) return undefined;
  const sep = ts.sep[i]!;
  const opens = sep === SEP_COMMA || (sep === SEP_SPACE && LIST_OPENERS.has(tokenText(ts, i - 1)));
  if (!opens) return undefined;
  for (let k = i - 1; k >= 1 && k >= i - REACH; k--) {
    const word = tokenText(ts, k);
    if (LEVEL_WORDS.has(word) && (PLURAL.has(tokenText(ts, k - 1)) || sep === SEP_COMMA)) return word;
    // (A sentence's end or a bracket closes the list.)
    if (ts.sep[k] === SEP_BREAK) return undefined;
  }
  return undefined;
}
