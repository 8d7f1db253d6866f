// Sentences and clauses of the text, so that context (period, locality, operator) never leaks across them.
import { isWordCode } from './vocabulary/letters.ts';

export interface Segments {
  /** Sorted start offsets of sentences. */
  sentenceStarts: number[];
  /** Sorted start offsets of clauses (sentences split further at ";" and line breaks). */
  clauseStarts: number[];
  /** Sorted start offsets of paragraphs (blocks separated by line breaks). */
  paragraphStarts: number[];
}

// "TP. Bến Tre", "TX. Cai Lậy": abbreviations whose dot does not end a sentence.
const ABBREVIATIONS = new Set(['tp', 'tx', 'tt', 'p', 'q', 'h', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'kts', 'th.s', 'ck', 'ck1', 'ck2', 'đ/c', 'st', 'nxb', 'vd', 'v.v', 'tr', 'x']);

const BREAK = /[\n;.!?\u2026]/g;

/** `text` is the page's text in its own case, `lower` its lower-cased copy (same offsets). */
export function segment(lower: string, text: string = lower): Segments {
  const sentenceStarts = [0];
  const clauseStarts = [0];
  const paragraphStarts = [0];
  const n = lower.length;
  // The breaks are single characters (\n ; . ! ? …), about one in fifty: V8 searches for a class of them natively
  // at about twice the speed of a JavaScript loop over every code unit.
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(lower); m !== null; m = BREAK.exec(lower)) {
    const i = m.index;
    const c = lower.charCodeAt(i);
    if (c === 10) {
      let j = i + 1;
      while (j < n && (lower[j] === '\n' || lower[j] === ' ' || lower[j] === '\r')) j++;
      j += speakerLabelLength(lower, j);
      push(sentenceStarts, j);
      push(clauseStarts, j);
      push(paragraphStarts, j);
      BREAK.lastIndex = j;
    } else if (c === 59) {
      if (!continuesRespectiveNumbers(lower, i, clauseStarts[clauseStarts.length - 1]!)) push(clauseStarts, i + 1);
    } else if (endsSentence(lower, i) && !(c === 0x2026 && ellipsisGoesOn(text, i))) {
      push(sentenceStarts, i + 1);
      push(clauseStarts, i + 1);
    }
  }
  return { sentenceStarts, clauseStarts, paragraphStarts };
}

// "lần lượt là 0,7012; 0,5526 và 0,6403 điểm", "lần lượt tăng 3,1%; 9,8% và 7,5%": numbers written with decimal commas
// are listed with semicolons; what follows the ";" up to the sentence's end is only more numbers of the same list, no
// clause of its own, so they keep the verb and the "lần lượt" before them.
// (A comma between items is followed by a space, so it is never read inside "0,5526": one way to split, no backtracking.)
const NUMBERS_ONLY_TAIL = /^ *\d[\d.,]*(?: ?(?:%|điểm %|điểm|lần))?(?:(?: *; *| *, +| +và +)\d[\d.,]*(?: ?(?:%|điểm %|điểm|lần))?)* *(?:[.\n]|$)/u;
const RESPECTIVE_REACH = 160;

function continuesRespectiveNumbers(lower: string, at: number, clauseStart: number): boolean {
  const before = lower.charCodeAt(at - 1);
  // (Only after a number or its unit: "0,7012;", "3,1%;", "0,12 điểm;".)
  if (!(before >= 48 && before <= 57) && before !== 37 && !lower.endsWith('điểm', at)) return false;
  if (!NUMBERS_ONLY_TAIL.test(lower.slice(at + 1, at + 1 + RESPECTIVE_REACH))) return false;
  return lower.slice(Math.max(clauseStart, at - RESPECTIVE_REACH), at).includes('lần lượt');
}

// "sản xuất đồ uống tăng 61,49%… so cùng kỳ năm 2022", "các xã A, B, C… đều đạt chuẩn": an ellipsis cutting a list
// short, with the sentence going on in lower case after it, ends no sentence (the base or verb after it is the list's).
// A capital after it opens one ("… Trong đó, …").
export function ellipsisGoesOn(text: string, at: number): boolean {
  if (text[at + 1] !== ' ') return false;
  const next = text[at + 2];
  return next !== undefined && next !== next.toLocaleUpperCase('vi') && isWordCode(text.charCodeAt(at + 2));
}

/** What `/[\p{L}\p{M}\d/.]/u` matches in one code unit (asked of every character before each full stop). */
const isAbbreviationCode = (code: number) => code === 46 || code === 47 || isWordCode(code);

/** Whether the ".", "!", "?" or "…" at `i` ends a sentence (not "TP. Bến Tre", "1.400", "v.v"). */
export function endsSentence(lower: string, i: number): boolean {
  const next = lower[i + 1];
  if (next === undefined) return true;
  if (next !== ' ' && next !== '"' && next !== '”' && next !== ')' && next !== '.' && next !== '\n') return false;
  if (lower[i] === '.') {
    let w = i;
    while (w > 0 && isAbbreviationCode(lower.charCodeAt(w - 1))) w--;
    if (ABBREVIATIONS.has(lower.slice(w, i))) return false;
    // "anh Trần Văn T. (32 tuổi, trú tại …) điều khiển …": police news abbreviates a name to its initial; a bracket
    // right after the initial's dot goes on with that person, no sentence opens on it.
    if (i - w === 1 && lower[w - 1] === ' ' && lower[i + 2] === '(' && isWordCode(lower.charCodeAt(w))) return false;
  }
  return true;
}

// "Ông Phạm Văn Thành: Đến ngày 31/3/2026, tổng dư nợ …": an interview's answer opens on its speaker's name; the
// paragraph (its period, its place) opens after it. A full name, two words at least after the title, so a place ("Bà
// Rịa: …", "Anh Sơn: …") heading a line is no speaker.
// (A name of two to four words, its answer not in quotes: "Bà Nguyễn Thị Hương nhận định: "…"" reports a saying.)
const SPEAKER_LABEL = /^(?:ông|bà|đồng chí) [\p{L}\p{M}]+(?: [\p{L}\p{M}]+){1,3}:[ \t]+(?!["“'])/u;

/** The length of an interview speaker's label opening the paragraph at `at`, or 0. */
function speakerLabelLength(lower: string, at: number): number {
  const c = lower.charCodeAt(at);
  // ("ô", "b", "đ": only a paragraph that opens with a title is looked at.)
  if (c !== 0xf4 && c !== 98 && c !== 0x111) return 0;
  return SPEAKER_LABEL.exec(lower.slice(at, at + 48))?.[0].length ?? 0;
}

function push(list: number[], at: number): void {
  if (list[list.length - 1]! < at) list.push(at);
}

/** How far back a sentence is read for context. A "sentence" longer than this (a list run on with semicolons, or
 * text with no full stops at all) is read only this far, so that context lookups stay linear in the text's length. */
export const SENTENCE_REACH = 1500;

/** Start of the sentence containing `pos`, or SENTENCE_REACH before `pos` when the sentence began earlier. */
export function sentenceWindowStart(segments: Segments, pos: number): number {
  return Math.max(segments.sentenceStarts[segmentIndex(segments.sentenceStarts, pos)]!, pos - SENTENCE_REACH);
}

/**
 * A value worked out once per sentence, and only for the sentences asked about: `compute(from, to)` over the sentence
 * holding `pos`. For what figures look up in their own sentence, when most sentences hold no figure.
 */
export function perSentence<T>(sentenceStarts: readonly number[], textLength: number, compute: (from: number, to: number) => T): (pos: number) => T {
  const done = new Map<number, T>();
  return (pos) => {
    const i = segmentIndex(sentenceStarts, pos);
    let value = done.get(i);
    if (value === undefined) {
      value = compute(sentenceStarts[i]!, sentenceStarts[i + 1] ?? textLength);
      done.set(i, value);
    }
    return value;
  };
}

/** Index of the segment containing `pos` (binary search over sorted starts). */
export function segmentIndex(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function segmentBounds(starts: readonly number[], pos: number, textLength: number): [number, number] {
  const i = segmentIndex(starts, pos);
  return [starts[i]!, starts[i + 1] ?? textLength];
}

// Headlines, datelines, captions and section headings are lines shorter than this; body paragraphs are longer.
const SHORT_PARAGRAPH = 150;

/** Whether the paragraph holding `pos` is a short line (a headline, caption or heading) rather than body text. */
export function isShortParagraph(segments: Segments, pos: number, textLength: number): boolean {
  const [from, to] = segmentBounds(segments.paragraphStarts, pos, textLength);
  return to - from < SHORT_PARAGRAPH;
}

/** The paragraphs no longer than `maxLength` that `keep` accepts, as [from, to) ranges: the page-furniture readers
 *  (market widgets, captions, readers' comments) each judge one short paragraph at a time. */
export function shortParagraphsWhere(lower: string, segments: Segments, maxLength: number, keep: (from: number, to: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const starts = segments.paragraphStarts;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = starts[i + 1] ?? lower.length;
    if (to - from <= maxLength && keep(from, to)) out.push([from, to]);
  }
  return out;
}
