// Goods counted by their packaging ("3.500 bao thuốc lá", "1.200 chai rượu ngoại", "850 hộp sữa", "2.400 thùng nước
// giải khát", "460 túi xách") are figures where market control seizes or destroys them ("tạm giữ", "tịch thu", "thu
// giữ", "tiêu hủy" earlier in the sentence; seized-goods-packages). Elsewhere such a count is one delivery or one gift of
// a story ("bộ đội biên phòng … mang theo 20 thùng mì tôm và nước uống").
export const PACKAGES: ReadonlySet<string> = new Set(['bao', 'chai', 'hộp', 'thùng', 'túi', 'lon']);
const SEIZED_BEFORE = /(?<![\p{L}\p{M}])(?:tạm giữ|tịch thu|thu giữ|bắt giữ|tiêu hủy|tiêu huỷ|thu hồi)(?!\p{L})(?!\p{M})(?:[^.!?\n]|\.(?=\d))*$/u;
// (A dot between digits is a thousands mark, no sentence's end.)
const REACH = 200;

/** The package count starting at `numberStart` follows a seizure in its sentence. */
export function seizedBefore(lower: string, numberStart: number): boolean {
  return SEIZED_BEFORE.test(lower.slice(Math.max(0, numberStart - REACH), numberStart));
}
