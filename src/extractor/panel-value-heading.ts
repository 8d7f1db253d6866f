// A bare value opening its line under an infographic panel's heading ("GRDP BÌNH QUÂN ĐẦU NGƯỜI" over "61,05 triệu
// đồng") measures what the heading names alone, per-head measures too (which a topic carried from an earlier sentence
// never gives: "triệu đồng" there is rarely per head).
import { findIndicatorMentions } from './lexicon/match-indicators.ts';
import { HEADING } from './panel-heading-topic.ts';

// The number's line before it: a bullet or an arrow at most; or the verb of a change line under the value
// ("61,05 triệu đồng" then "Tăng 6,4 triệu đồng so với năm 2021"), which measures the same.
const LINE_OPENING = /\n[ \t]*(?:[-+•*▲▼][ \t]*)?$/u;
const CHANGE_OPENING = /\n[ \t]*(?:tăng|giảm)(?: thêm)? $/u;
const LINE_OPENING_AT = new RegExp(LINE_OPENING.source, 'uy');
const CHANGE_OPENING_AT = new RegExp(CHANGE_OPENING.source, 'uy');
// A panel's value line: a number first, a short unit after it.
const VALUE_LINE = /^[ \t]*(?:[-+•*▲▼][ \t]*)?\d[\d.,]*(?:[ \t]*%|[ \t]+[\p{L}\p{M}/ ]{1,30})?[ \t]*$/u;

/** The indicator the heading line right above names, when the number opens a line of its own under it. Only one
 * indicator named in the heading counts: "NÔNG NGHIỆP - THỦY SẢN" names two and says neither. */
export function panelValueIndicator(lower: string, numberStart: number): string | undefined {
  const before = lower.slice(Math.max(0, numberStart - 120), numberStart);
  // Neither opening holds a line break after its own: only the window's last one can start a match, so the patterns
  // (asked of every figure) are tried there alone, not at each line break of the window.
  const lineStart = before.lastIndexOf('\n');
  if (lineStart < 0) return undefined;
  const lineOpens = opensAt(LINE_OPENING_AT, before, lineStart);
  if (!lineOpens && !opensAt(CHANGE_OPENING_AT, before, lineStart)) return undefined;
  const lines = before.slice(0, lineStart).split('\n');
  // ("Tăng 6,4 triệu đồng so với năm 2021" under the value line: the heading is one line higher.)
  const changeLine = !lineOpens;
  if (changeLine && (lines.length < 3 || !VALUE_LINE.test(lines[lines.length - 1]!))) return undefined;
  if (lines.length < 2) return undefined;
  const heading = HEADING.exec(lines[lines.length - (changeLine ? 2 : 1)]!);
  if (!heading) return undefined;
  const ids = new Set(findIndicatorMentions(heading[1]!).map((m) => m.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

function opensAt(pattern: RegExp, s: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(s);
}
