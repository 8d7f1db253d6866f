// "Trong đó, kế hoạch vốn chuyển sang từ tỉnh Đắk Lắk (cũ) là 8.912,7 tỷ đồng, từ tỉnh Phú Yên (cũ) là 5.373,7 tỷ đồng":
// a plan split by where its parts come from or whom they go to, the next part in the same words with only the source
// changed, is planned too; the plan's noun stood only before the first part.

// After the part before: a comma, a source or owner ("từ", "của", "cho", "thuộc") and the plan's copula again.
const NEXT_PART = /^\s*,\s*(?:và\s+)?(?:từ|của|cho|thuộc)\s[^,;:%\d]{1,60}?\s(?:là|được giao)(?:\s+(?:khoảng|hơn|trên|gần))?\s*$/u;

// "… Thủ tướng Chính phủ giao 11.508 tỷ đồng (khu vực Tiền Giang cũ 6.214 tỷ đồng, khu vực Đồng Tháp cũ 5.294 tỷ
// đồng)": a merged province's plan split, in a bracket after it, among the former provinces, each named then its amount.
const FORMER_PART = /^\s*(?:\(|,\s*(?:và\s+)?)\s*(?:khu vực|địa bàn)?\s*(?:(?:tỉnh|thành phố|huyện|thị xã|xã|phường)\s+)?[^,;:%\d()]{2,40}?\s(?:cũ|\(cũ\))(?:\s+là)?\s*$/u;

// "HĐND tỉnh giao dự toán thu ngân sách 113.000 tỷ đồng, trong đó thu nội địa 42.480 tỷ đồng": a part of the plan named
// right after it, with no verb of its own, is planned too.
// So is the next part listed after that one, named the same way ("…, trong đó thu nội địa 36.400 tỷ đồng, thu từ hoạt
// động xuất nhập khẩu 15.500 tỷ đồng": plan-parts-listed).
const PART_NAMED = /^\s*,\s*(?:trong đó\s+|và\s+)?(?:thu|chi|vốn)(?: [\p{L}\p{M}]+){0,6}\s*$/u;
// "được giao chỉ tiêu 96.000 căn, lần lượt là 44.500 căn giai đoạn 2021 - 2025 và …": a plan split at once into its
// parts by "lần lượt là" (plan-split-respectively).
// (The plan's noun may run on a few words: "30.000 căn nhà ở xã hội, lần lượt là …".)
const RESPECTIVE_PARTS = /^(?: [\p{L}\p{M}]+){0,4}\s*,\s*lần lượt (?:là|gồm)\s*$/u;
const VERB_IN_PART = /(?<![\p{L}\p{M}])(?:đạt|ước|giải ngân|thực hiện|tăng|giảm|được|đã|mới)(?!\p{L})(?!\p{M})/u;

/** Whether lower[prevEnd, numberStart), after a planned figure, gives the next part of that plan. */
export function continuesPlanParts(lower: string, prevEnd: number, numberStart: number): boolean {
  const between = lower.slice(prevEnd, numberStart);
  return NEXT_PART.test(between) || FORMER_PART.test(between) || RESPECTIVE_PARTS.test(between) || (PART_NAMED.test(between) && !VERB_IN_PART.test(between));
}
