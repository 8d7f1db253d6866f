// "Trong đó, kế hoạch vốn chuyển sang từ tỉnh Đắk Lắk (cũ) là 8.912,7 tỷ đồng, từ tỉnh Phú Yên (cũ) là 5.373,7 tỷ đồng":
// a plan split by where its parts come from or whom they go to, the next part in the same words with only the source
// changed, is planned too; the plan's noun stood only before the first part.

// After the part before: a comma, a source or owner ("từ", "của", "cho", "thuộc") and the plan's copula again.
const NEXT_PART = /^\s*,\s*(?:và\s+)?(?:từ|của|cho|thuộc)\s[^,;:%\d]{1,60}?\s(?:là|được giao)(?:\s+(?:khoảng|hơn|trên|gần))?\s*$/u;

/** Whether lower[prevEnd, numberStart), after a planned figure, gives the next part of that plan. */
export function continuesPlanParts(lower: string, prevEnd: number, numberStart: number): boolean {
  return NEXT_PART.test(lower.slice(prevEnd, numberStart));
}
