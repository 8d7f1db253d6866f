// "CƠ CẤU KINH TẾ" (or "TỶ TRỌNG CÁC KHU VỰC") over colon lines "Nông - lâm - thủy sản: 32,47%", "Công nghiệp - xây dựng:
// 20,59%", "Dịch vụ: 41,9%": each line's percentage is the sector's share of the economy, whatever output its label would
// name in a sentence ("công nghiệp - xây dựng" alone reads as industrial output).

// The number's line up to it: a bullet at most, a short label of words, its colon.
const LABEL_LINE = /\n[ \t]*(?:[-+•*][ \t]*)?[\p{L}\p{M}][\p{L}\p{M} ,&–-]{0,40}:[ \t]*$/u;
const LABEL_LINE_AT = new RegExp(LABEL_LINE.source, 'uy');
// A sibling line above: another sector's label and share.
const SHARE_LINE = /^[ \t]*(?:[-+•*][ \t]*)?[\p{L}\p{M}][\p{L}\p{M} ,&–-]{0,40}:[ \t]*\d[\d.,]*[ \t]*%[ \t;.]*$/u;
// The heading: a short line with no number that names the structure.
const STRUCTURE_HEADING = /^[ \t]*(?:cơ cấu|tỷ trọng|tỉ trọng)(?!\p{L})(?!\p{M})[^\d:\n]{0,50}$/u;
const SIBLINGS = 5;
const REACH = 360;

/** The percentage at `numberStart` is a sector's line under a heading that names the economy's structure. */
export function isStructureHeadingShare(lower: string, numberStart: number): boolean {
  const from = Math.max(0, numberStart - REACH);
  // The label's colon closes the window (spaces and tabs after it aside): most figures follow a word, and stop here.
  let end = numberStart;
  while (end > from && (lower[end - 1] === ' ' || lower[end - 1] === '\t')) end--;
  if (lower[end - 1] !== ':' || end <= from) return false;
  const before = lower.slice(from, numberStart);
  // The label line holds no line break after its own: only the window's last one can start a match (asked of every
  // percentage, so tried there alone, not at each line break of the window).
  const lineStart = before.lastIndexOf('\n');
  if (lineStart < 0) return false;
  LABEL_LINE_AT.lastIndex = lineStart;
  if (!LABEL_LINE_AT.test(before)) return false;
  const lines = before.slice(0, lineStart).split('\n');
  // The first element may be cut by the reach: never read.
  for (let k = lines.length - 1, seen = 0; k >= 1 && seen <= SIBLINGS; k--, seen++) {
    if (STRUCTURE_HEADING.test(lines[k]!)) return true;
    if (!SHARE_LINE.test(lines[k]!)) return false;
  }
  return false;
}
