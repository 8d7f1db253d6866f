// "Từ đầu năm, các cơ quan … tiếp nhận 1.284.560 hồ sơ" in a report counted "đến hết tháng 10/2026": a flow summed from
// January is the months elapsed (2026-10M), not the cut-off month a stock stands at (2026-M10).

const MONTH = /^(\d{4})-M(\d\d)$/;
// The sentence opens on the count from January; "riêng tuần 32 có 41 ca" later in it is a part of its own.
const OPENS_FROM_JANUARY = /^[\s\-–•+]*(?:tính |lũy kế |luỹ kế |cộng dồn )?từ đầu năm(?![\p{L}\p{M}])/u;

/** The months-elapsed period for a figure dated to a month whose sentence opens its count "Từ đầu năm"; else undefined. */
export function monthsSinceJanuary(period: string | undefined, lower: string, sentenceStart: number, numberStart: number): string | undefined {
  const m = period ? MONTH.exec(period) : null;
  if (!m || !OPENS_FROM_JANUARY.test(lower.slice(sentenceStart, numberStart)) || lower.slice(sentenceStart, numberStart).includes('riêng ')) return undefined;
  const months = Number(m[2]);
  const part = months === 1 ? '-M01' : months === 3 ? '-Q1' : months === 6 ? '-H1' : months === 12 ? '' : `-${months}M`;
  return `${m[1]}${part}`;
}
