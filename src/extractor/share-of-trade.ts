// "Các thị trường Mỹ, Nhật Bản, Trung Quốc và EU lần lượt chiếm 28%, 19,5%, 17,2% và 12,4% tổng kim ngạch": a share of
// the trade total is a share of exports (or imports), the whole named after the share or after the list it ends.

// The other shares of the same list, then the whole: "…, 19,5%, 17,2% và 12,4% tổng kim ngạch xuất khẩu".
// "chiếm 98% giá trị xuất khẩu toàn tỉnh": the flow's value named so is the same whole.
const LIST_THEN_TRADE = /^(?:\s*(?:,\s*(?:và\s+)?|và\s+)\d[\d.,]*\s*%){0,6}\s+(?:(?:của|trong)\s+)?(?:tổng\s+)?(?:kim ngạch(?:\s+(xuất khẩu|nhập khẩu))?|giá trị\s+(xuất khẩu|nhập khẩu))(?!\p{L})(?!\p{M})/u;
// "thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94%", "nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD": a
// share that names no whole after it, said of a part of a trade flow.
const NO_WHOLE_AFTER = /^(?: (?:tỷ|tỉ) trọng)?\s*(?:[),;.]|$)/u;
const SHARE_VERB_BEFORE = /(?<![\p{L}\p{M}])chiếm(?: (?:tỷ|tỉ) trọng)?(?: khoảng| gần| hơn| trên)? $/u;

/** Which trade total a share right after the figure divides: the named flow, 'bare' for "tổng kim ngạch", else none. */
export function tradeShareOf(lower: string, end: number): 'export_value' | 'import_value' | 'bare' | undefined {
  const m = LIST_THEN_TRADE.exec(lower.slice(end, end + 120));
  if (!m) return undefined;
  const flow = m[1] ?? m[2];
  return flow === 'xuất khẩu' ? 'export_value' : flow === 'nhập khẩu' ? 'import_value' : 'bare';
}

/** A share that names no whole ("chiếm tỷ trọng 6,33%)", "chiếm tỷ trọng 3,65%,"): the trade flow its text speaks of
 *  is the whole, when there is one. */
export function isShareNamingNoWhole(lower: string, numberStart: number, end: number): boolean {
  return NO_WHOLE_AFTER.test(lower.slice(end, end + 12)) && SHARE_VERB_BEFORE.test(lower.slice(Math.max(0, numberStart - 30), numberStart));
}
