// "Trước sắp xếp, tỉnh Kiên Giang 6 tháng đầu năm 2024 chỉ tăng 6,11% … Sau hợp nhất, khu vực Kiên Giang cũ có quy mô
// kinh tế khoảng 68.900 tỷ đồng": a sentence opening on the merger ("Sau hợp nhất", "Sau khi sáp nhập", "Sau sắp xếp")
// turns from the former units' past to the new unit's present, so a period an earlier sentence of the paragraph named
// does not date it; the report's own period does.
const AFTER_MERGER = /^(?:sau (?:khi )?(?:hợp nhất|sáp nhập|sắp xếp)|từ khi (?:hợp nhất|sáp nhập))(?!\p{L})(?!\p{M})[^\d.!?\n]{0,4}[,\s]/u;
const REACH = 32;

/** Whether the sentence starting at `sentenceStart` opens on the merger. */
export function opensAfterMerger(lower: string, sentenceStart: number): boolean {
  return AFTER_MERGER.test(lower.slice(sentenceStart, sentenceStart + REACH).trimStart());
}
