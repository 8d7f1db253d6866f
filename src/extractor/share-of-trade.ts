// "Các thị trường Mỹ, Nhật Bản, Trung Quốc và EU lần lượt chiếm 28%, 19,5%, 17,2% và 12,4% tổng kim ngạch": a share of
// the trade total is a share of exports (or imports), the whole named after the share or after the list it ends.

// The other shares of the same list, then the whole: "…, 19,5%, 17,2% và 12,4% tổng kim ngạch xuất khẩu".
const LIST_THEN_TRADE = /^(?:\s*(?:,\s*(?:và\s+)?|và\s+)\d[\d.,]*\s*%){0,6}\s+(?:(?:của|trong)\s+)?(?:tổng\s+)?kim ngạch(?:\s+(xuất khẩu|nhập khẩu))?(?![\p{L}\p{M}])/u;

/** Which trade total a share right after the figure divides: the named flow, 'bare' for "tổng kim ngạch", else none. */
export function tradeShareOf(lower: string, end: number): 'export_value' | 'import_value' | 'bare' | undefined {
  const m = LIST_THEN_TRADE.exec(lower.slice(end, end + 120));
  if (!m) return undefined;
  return m[1] === 'xuất khẩu' ? 'export_value' : m[1] === 'nhập khẩu' ? 'import_value' : 'bare';
}
