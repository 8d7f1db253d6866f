// "ngành sản xuất và phân phối điện (chủ yếu điện gió ven biển khu vực Trà Vinh cũ) tăng 19,8%", "sản lượng tôm (phần
// lớn ở các xã ven biển huyện Duyên Hải) đạt …": a bracket that opens on "chủ yếu", "phần lớn", "tập trung" says where
// most of a whole comes from. The place inside explains the whole; the figure after the bracket is not that place's.
const MAINLY_OPENS = /\((?:chủ yếu|phần lớn|hầu hết|tập trung)(?!\p{L})(?!\p{M})[^()]*$/u;
const OPEN_REACH = 80;
const CLOSE_REACH = 40;

/** Whether the place at `start`..`end` stands in such a bracket, closed before the figure at `pos`. */
export function inMainlyAside(lower: string, start: number, end: number, pos: number): boolean {
  if (!MAINLY_OPENS.test(lower.slice(Math.max(0, start - OPEN_REACH), start))) return false;
  // ("(chủ yếu ở khu vực Trà Vinh (cũ))": the former unit's own mark is no bracket of its own.)
  const inside = lower.slice(end, Math.min(pos, end + CLOSE_REACH)).replace(/\((?:cũ|mới)\)/gu, (m) => ' '.repeat(m.length));
  const close = inside.indexOf(')');
  return close >= 0 && !inside.slice(0, close).includes('(');
}
