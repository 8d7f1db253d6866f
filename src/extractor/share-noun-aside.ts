// "100% xã (theo địa giới trước sắp xếp) đạt chuẩn nông thôn mới", "80% số xã (trước sáp nhập) có sản phẩm OCOP": since
// the 2025 mergers papers qualify the places a share counts with a bracket on which boundaries they mean. The bracket
// is an aside; what the share measures is named after it, as a count's aside already lets it be
// ("2 xã (Hiệp An, Ninh Gia) đạt NTM kiểu mẫu").
const ASIDE_REACH = 80;

/** Where the phrase after a share goes on past a bracket opening at `at` (closed within its clause), or -1. */
export function pastShareAside(lower: string, at: number, clauseEnd: number): number {
  if (lower[at] !== '(') return -1;
  const close = lower.slice(at, Math.min(clauseEnd, at + ASIDE_REACH)).indexOf(')');
  return close > 0 ? at + close + 1 : -1;
}
