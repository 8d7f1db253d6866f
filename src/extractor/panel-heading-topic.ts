// Infographic panels: a heading line ("DU LỊCH", "THỦY SẢN") over lines whose colon labels name a measure of nothing in
// particular ("Tổng thu: 1.050 tỷ đồng", "Tổng sản lượng: 319.000 tấn"). The label names its indicator only with the
// heading, as "tổng thu du lịch" or "tổng sản lượng thủy sản" would in a sentence; without this, the line took the
// indicator of the panel before.
import { findIndicatorMentions } from './lexicon/match-indicators.ts';

// The number's own line up to it: a bullet at most, then a generic measure and its colon.
const GENERIC_LABEL = /(?:^|\n)[ \t]*(?:[-+•*][ \t]*)?((?:tổng )?(?:doanh thu|thu|sản lượng|giá trị sản xuất|giá trị|kim ngạch))[ \t]*:[ \t]*$/u;
// A heading: a short line with no number and no colon (a value line under it has digits; a blank line ends the panel).
export const HEADING = /^[ \t]*([\p{L}\p{M}][\p{L}\p{M} ,&–-]{1,48}[\p{L}\p{M}])[ \t]*$/u;
// The panel's lines looked at above the label: the heading, or a value line or two between.
const PANEL_LINES = 3;
const REACH = 300;

/** The indicator the panel's heading and the number's generic label name together, if the number sits in such a line. */
export function panelHeadingIndicator(lower: string, numberStart: number): string | undefined {
  // Most numbers follow no colon: nothing to read.
  let at = numberStart - 1;
  while (at >= 0 && at > numberStart - 4 && (lower[at] === ' ' || lower[at] === '\t')) at--;
  if (lower[at] !== ':') return undefined;
  const before = lower.slice(Math.max(0, numberStart - REACH), numberStart);
  const label = GENERIC_LABEL.exec(before);
  if (!label) return undefined;
  const lines = before.slice(0, label.index).split('\n');
  // The first element may be cut by the reach: never read as a heading.
  for (let k = lines.length - 1, seen = 0; k >= 1 && seen < PANEL_LINES; k--, seen++) {
    const line = lines[k]!;
    if (line.trim() === '') return undefined;
    const heading = HEADING.exec(line);
    if (!heading) {
      if (/\d/.test(line)) continue;
      return undefined;
    }
    const phrase = `${label[1]} ${heading[1]}`;
    const named = findIndicatorMentions(phrase).find((m) => m.start === 0 && m.end > label[1]!.length);
    return named?.id;
  }
  return undefined;
}

