// "Đổi thay ở bản Huổi Lếch" over a lead "… tới bản Huổi Lếch, xã Nậm Kè": a reporter's visit to one hamlet is about
// the hamlet's commune, which the text names right after the hamlet ("bản X, xã Y", "thôn X (xã Y)"). Hamlets are no
// administrative unit: their commune is the page's place, and carries as the commune of a headline does.
import { isMenuLine } from './menu-line.ts';
import { letterBefore } from './vocabulary/word-boundary.ts';

// (The start of its word is checked by hand: a leading (?<![\p{L}\p{M}]) would make V8 try the pattern at every position
// of the head, ~25 ns each, against one check where a hamlet's word stands.)
const HAMLET_IN_HEAD = /(?:bản|thôn|làng|buôn|plei|xóm|ấp) (\p{Lu}[\p{L}\p{M}']*(?: \p{Lu}[\p{L}\p{M}']*){0,3})/gu;
const COMMUNE_AFTER = /^(?:,\s*|\s*\(\s*)(?=(?:xã|phường) )/u;

/**
 * `communeAt(pos)`: the commune (level and name) whose mention starts at `pos`, if any.
 * The commune named right after the hamlet the head (before `headEnd`) names, when there is one.
 */
export function hamletCommune(cased: string, lower: string, headEnd: number, communeAt: (pos: number) => string | undefined): string | undefined {
  const head = cased.slice(0, headEnd);
  HAMLET_IN_HEAD.lastIndex = 0;
  for (let m = HAMLET_IN_HEAD.exec(head); m !== null; m = HAMLET_IN_HEAD.exec(head)) {
    // Inside a word: the search goes on one character later, as it would have past the lookbehind.
    if (letterBefore(head, m.index)) {
      HAMLET_IN_HEAD.lastIndex = m.index + 1;
      continue;
    }
    if (isMenuLine(lower, m.index)) continue;
    const hamlet = lower.slice(m.index, m.index + m[0].length);
    for (let at = lower.indexOf(hamlet, m.index + m[0].length); at >= 0; at = lower.indexOf(hamlet, at + 1)) {
      const end = at + hamlet.length;
      const gap = COMMUNE_AFTER.exec(lower.slice(end, end + 12));
      if (!gap) continue;
      const commune = communeAt(end + gap[0].length);
      if (commune !== undefined) return commune;
    }
  }
  return undefined;
}
