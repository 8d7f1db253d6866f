// "Lũy kế đến ngày 31/3/2026, các KCN của tỉnh có 2.086 dự án FDI còn hiệu lực với tổng vốn đăng ký 38,9 tỷ USD, trong đó
// … có 246 dự án, vốn 3,12 tỷ USD; cùng 612 dự án đầu tư trong nước …": a sentence that opens on a cumulative cut-off and
// then says what the place "có" (holds) counts what stands at that date, every level of it. ("Lũy kế đến ngày 31/10,
// toàn tỉnh giải ngân 5.120 tỷ đồng" sums the months instead: its first figure follows another verb.)
const CUMULATIVE_CUT_OFF = /^\s*(?:lũy|luỹ) kế (?:đến|tới) (?:hết )?(?:ngày )?\d{1,2}[/-]\d{1,2}(?:[/-](?:19|20)\d\d)?, /u;
const HOLDS_BEFORE_FIRST_NUMBER = /^[^\d.;:!?]*?(?<![\p{L}\p{M}])có $/u;

/** The sentence from `sentenceStart` opens on "Lũy kế đến <date>," and its first number is counted after "có". */
export function holdsAtCumulativeCutOff(lower: string, sentenceStart: number, numberStart: number): boolean {
  const head = CUMULATIVE_CUT_OFF.exec(lower.slice(sentenceStart, Math.min(numberStart, sentenceStart + 40)));
  if (!head) return false;
  const from = sentenceStart + head[0].length;
  let first = from;
  while (first < numberStart && !(lower[first]! >= '0' && lower[first]! <= '9')) first++;
  return HOLDS_BEFORE_FIRST_NUMBER.test(lower.slice(from, first));
}

// "… đã kích hoạt 2.918.460 tài khoản, đạt 86,9% số công dân đủ điều kiện. Trong đó, khu vực Cần Thơ cũ đạt 91,2%, …":
// a sentence that opens on "Trong đó," right after a stock breaks that stock down, so its levels stand at the same date.
// (Only words between the stock and the sentence: no other figure came between them.)
const BREAKDOWN_OPENING = /^\s*trong đó,/u;
const STOCK_TO_BREAKDOWN = /^[^\d;:!?]{0,80}$/u;

/** The sentence from `sentenceStart` opens on "Trong đó," and the last stock read (ending at `stockEnd`) closes the one
 *  before it. */
export function breaksDownStockBefore(lower: string, stockEnd: number, sentenceStart: number): boolean {
  return stockEnd >= 0 && stockEnd < sentenceStart && BREAKDOWN_OPENING.test(lower.slice(sentenceStart, sentenceStart + 12)) &&
    STOCK_TO_BREAKDOWN.test(lower.slice(stockEnd, sentenceStart));
}

// "Tổng nợ thuế đến ngày 30/9/2024 là 1.476 tỷ đồng, tăng 18,2% so với thời điểm 31/12/2023; trong đó nợ có khả năng thu
// 782 tỷ đồng, nợ khó thu 694 tỷ đồng": a clause of the same sentence that opens on "trong đó" right after the stock (no
// other figure between) breaks it down as the "Trong đó," sentence does: its levels stand at the same date
// (stock-breakdown-clause).
const BREAKDOWN_CLAUSE_OPENING = /^\s*trong đó[,:]?\s/u;

/** The clause from `clauseStart`, inside its sentence, opens on "trong đó" and the figure read last (ending at
 *  `lastEnd`, before the clause) is the stock (ending at `stockEnd`). */
export function breaksDownStockInClause(lower: string, stockEnd: number, lastEnd: number, clauseStart: number, sentenceStart: number): boolean {
  return stockEnd >= 0 && lastEnd === stockEnd && stockEnd <= clauseStart && clauseStart > sentenceStart &&
    BREAKDOWN_CLAUSE_OPENING.test(lower.slice(clauseStart, clauseStart + 12));
}
