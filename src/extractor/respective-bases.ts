// "Chỉ số giá tiêu dùng tháng 9 so với tháng trước và cùng kỳ năm trước tăng lần lượt 0,52% và 3,21%": two bases named
// together, then "lần lượt" and two changes; each change is measured against its own base, in order.
import type { Base } from './figure.ts';

// The two bases, the verb and "lần lượt" (in either order), up to the first change.
const PAIRED_BASES = /so (?:với )?([^,;.()\d]{3,40}?) và ([^,;.()\d]{3,40}?),? (?:(?:tăng|giảm) lần lượt|lần lượt (?:tăng|giảm)|lần lượt|lần lượt là) $/u;
const REACH = 120;
// Between the first change and the second: "và", or a comma.
const NEXT_ITEM = /^\s*(?:và|,)\s*$/u;

/** The base of the change at `numberStart` when it is one of two after paired bases; `read` names a "so với …" base. */
export function respectiveBase(lower: string, numberStart: number, clauseStart: number, read: (phrase: string) => Base | undefined): Base | undefined {
  const from = Math.max(clauseStart, numberStart - REACH);
  const window = lower.slice(from, numberStart);
  // Both readings need "lần lượt" before the figure; the pattern, anchored at its end, is tried from every position.
  if (!window.includes('lần lượt')) return undefined;
  const first = PAIRED_BASES.exec(window);
  if (first) return read(`so với ${first[1]!}`);
  // The second change: the first one and a "và" between.
  const percent = window.lastIndexOf('%');
  if (percent < 0 || !NEXT_ITEM.test(window.slice(percent + 1))) return undefined;
  let k = percent;
  while (k > 0 && /[\d.,]/.test(window[k - 1]!)) k--;
  const before = PAIRED_BASES.exec(window.slice(0, k));
  return before ? read(`so với ${before[2]!}`) : undefined;
}
