// "So với tháng 4/2025, số vụ tăng 01 (+ 5,8%); số người chết tăng 03 (+37,5%)", "Phát hiện 07 vụ, so với tháng 4/2025
// tăng 01 vụ (+ 16,7%)": a police or statistics bulletin puts the month compared with before its row of changes. The
// comparison read after a figure never sees it; the month just before the figure's own is its previous period
// (compared-month-before).

const COMPARED = 'so với ';
// (Far enough for "So với tháng 4/2025," and a row of several changes after it.)
const REACH = 240;
const TEXT = 32;

/** The last "so với …" of the figure's sentence before the number, when no other figure's own base follows it. */
export function comparedBefore(lower: string, sentenceStart: number, numberStart: number): string | undefined {
  // (Searched in its window only: a whole-text lastIndexOf from every figure would grow with the square of an endless
  // sentence.)
  const from = Math.max(sentenceStart, numberStart - REACH);
  const at = lower.slice(from, numberStart).lastIndexOf(COMPARED);
  if (at < 0) return undefined;
  return lower.slice(from + at, Math.min(numberStart, from + at + TEXT));
}

// ("tăng 18,2% so với quý IV/2023 và gấp 1,6 lần cùng kỳ năm 2023": a figure that names its own base after it keeps it.)
const OWN_BASE_AFTER = /(?<![\p{L}\p{M}])(?:so|cùng)(?!\p{L})(?!\p{M})/u;

/** Whether the words after a figure (its own base's window) name a base of its own. */
export function namesOwnBase(after: string): boolean {
  return OWN_BASE_AFTER.test(after);
}
