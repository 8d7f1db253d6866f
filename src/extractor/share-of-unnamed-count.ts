// "Tỷ lệ bao phủ bảo hiểm y tế đạt 96,4%. Phường có 24/26 tổ dân phố đạt chuẩn văn hóa, chiếm 92,3%": a share closing the
// clause of a count, with only words between ("đạt chuẩn văn hóa"), is that count's share; when the count measures
// nothing named, neither does the share, whatever rate the text spoke of before (share-of-unnamed-count).
const SHARE_OF_COUNT_AFTER = /^[^\d;.()\n]{0,48}(?:,\s*chiếm|\(\s*(?:chiếm)?)(?: tỷ lệ| tỉ lệ)?\s*$/u;

/** The percentage at `numberStart` is the share, after words only, of the count that ended at `countEnd`. */
export function sharesCountBefore(lower: string, countEnd: number, numberStart: number): boolean {
  return numberStart - countEnd <= 64 && SHARE_OF_COUNT_AFTER.test(lower.slice(countEnd, numberStart));
}
