// "(▲▼: tăng, giảm so với cùng kỳ năm 2025)": an infographic's legend says what its arrows compare with; every
// arrow-marked change after it takes that base, whatever panel it sits in (the panels are no list under a colon).
import type { Base } from './figure.ts';
import { headingBase } from './list-headings.ts';
import { arrowBefore, hasArrow } from './vocabulary/arrows.ts';

export function arrowLegends(lower: string): (numberStart: number) => Base | undefined {
  const legends: Array<{ start: number; base: Base }> = [];
  let from = hasArrow(lower) ? 0 : lower.length;
  while (from < lower.length) {
    const end = lower.indexOf('\n', from) === -1 ? lower.length : lower.indexOf('\n', from);
    const line = lower.slice(from, end);
    if (line.length < 160 && line.includes('so ') && hasArrow(line)) {
      const base = headingBase(line);
      if (base) legends.push({ start: from, base });
    }
    from = end + 1;
  }
  return (numberStart) => {
    if (legends.length === 0 || !arrowBefore(lower, numberStart)) return undefined;
    return legends.findLast((l) => l.start < numberStart)?.base;
  };
}
