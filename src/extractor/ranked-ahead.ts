// Places ranked ahead of the subject are yardsticks, not places the article speaks of: "đứng thứ 2 tiểu vùng Bắc Trung
// Bộ (sau thành phố Huế)", "chỉ sau Thanh Hóa", and the list after a rank, "An Giang xếp thứ 5 cả nước, sau TP. Hồ Chí
// Minh, Hà Nội, Khánh Hòa và Quảng Ninh". Carried forward, such a name would take over the figures of later paragraphs.

const AHEAD_MARKED = /(?:\(|(?<![\p{L}\p{M}])(?:chỉ|xếp|đứng) )sau (?:(?:tỉnh|thành phố|tp\.?) )?$/u;
// "Sau Bắc Giang, Trà Vinh là địa phương có tăng trưởng GRDP cao thứ hai": a sentence opening on the place ranked ahead;
// its comma closes the phrase, so the place after the comma is the subject, not the next of a list.
const AHEAD_OPENING = /(?:^|[.!?]\s|\n\s*)sau (?:(?:tỉnh|thành phố|tp\.?) )?$/u;
const AHEAD_OPENED_BEFORE = /(?:^|[.!?]\s|\n\s*)sau [^,.;:\n]{2,40}$/u;
const OPENING_REACH = 48;
// ", sau A", "đứng thứ 3 cả nước sau A và B": only a yardstick when the sentence has just given a rank.
const AHEAD_AFTER_COMMA = /(?:,|(?<![\p{L}\p{M}])(?:cả nước|toàn quốc|trong vùng|trong khu vực)) sau (?:(?:tỉnh|thành phố|tp\.?) )?$/u;
const RANK_BEFORE = /(?<![\p{L}\p{M}])(?:thứ (?:\d+|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)|(?:dẫn|đứng) đầu)(?!\p{L})(?!\p{M})/u;
// "…, Hà Nội, Khánh Hòa và Quảng Ninh": the next names of the same list.
const LIST_JOIN = /^\s*(?:,|và)\s*(?:(?:tỉnh|thành phố|tp\.?)\s+)?$/u;
const REACH = 120;

/**
 * Whether the place named at `start` is ranked ahead of the subject. `aheadEnd` is where the last place found ranked
 * ahead ended (or -1): a name listed right after it is ranked ahead too.
 */
export function isRankedAhead(lower: string, start: number, aheadEnd: number): boolean {
  const before = lower.slice(Math.max(0, start - 24), start);
  // Both marks end with "sau " and at most a place's type: looked for first (a pattern ending with $ is tried from
  // every start in the window).
  const after = before.includes('sau ');
  if (after && (AHEAD_MARKED.test(before) || AHEAD_OPENING.test(before))) return true;
  if (aheadEnd >= 0 && aheadEnd <= start && start - aheadEnd <= 16 && LIST_JOIN.test(lower.slice(aheadEnd, start)) &&
    !(lower[aheadEnd] === ',' && AHEAD_OPENED_BEFORE.test(lower.slice(Math.max(0, aheadEnd - OPENING_REACH), aheadEnd)))) return true;
  if (!after || !AHEAD_AFTER_COMMA.test(before)) return false;
  const from = Math.max(0, start - REACH);
  const sentence = lower.slice(from, start);
  const stop = Math.max(sentence.lastIndexOf('. '), sentence.lastIndexOf('\n'));
  return RANK_BEFORE.test(stop >= 0 ? sentence.slice(stop) : sentence);
}

// "Vượt TP.HCM, Bắc Ninh xuất khẩu đứng đầu cả nước", "Bắc Ninh đã chính thức vượt TP.HCM, vươn lên dẫn đầu": the place
// overtaken is the yardstick of the one that passed it, never the subject.
const OVERTAKEN_BEFORE = /(?<![\p{L}\p{M}])vượt(?: qua| mặt)? (?:(?:tỉnh|thành phố|tp\.?) ?)?$/u;

/** Whether the place named at `start` is the one a subject overtook ("vượt TP.HCM"). */
export function isOvertaken(lower: string, start: number): boolean {
  const before = lower.slice(Math.max(0, start - 20), start);
  return before.includes('vượt') && OVERTAKEN_BEFORE.test(before);
}

// "Kiên Giang đạt doanh thu 1.886 tỷ đồng, tương đương Đà Nẵng, đưa mức tăng trưởng lên gần 50%", "cao hơn Bình Dương":
// the place a figure is likened or compared to is its yardstick, never the subject (compared-place).
// ("… khu vực Ninh Thuận cũ cao hơn khu vực Khánh Hòa cũ 1,4 điểm phần trăm": a former part named by its area too:
// compared-former-area.)
const COMPARED_BEFORE = /(?<![\p{L}\p{M}])(?:tương đương(?: với)?|ngang(?: bằng| với)?|cao hơn|thấp hơn|nhiều hơn|ít hơn|lớn hơn|nhỏ hơn) (?:(?:tỉnh|thành phố|tp\.?|khu vực|địa bàn) ?)?$/u;

/** Whether the place named at `start` is what a figure is compared with ("tương đương Đà Nẵng", "cao hơn Bình Dương"). */
export function isComparedPlace(lower: string, start: number): boolean {
  const before = lower.slice(Math.max(0, start - 28), start);
  return (before.includes('hơn') || before.includes('tương đương') || before.includes('ngang')) && COMPARED_BEFORE.test(before);
}
