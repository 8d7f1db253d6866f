// "… thu ngân sách đạt 5.600 tỷ đồng, 100% thôn đạt danh hiệu văn hóa", "giữ 100% phường đạt chuẩn văn minh đô thị":
// a percentage followed right away by the units it is a share of measures those units; the measure named before the
// figure before it is not its (share-of-units-named-after). The caller reads its own words from that figure on.
import type { Candidate } from './scan-figures.ts';

const UNITS_RIGHT_AFTER = /^\s*(?:số )?(?:thôn|ấp|bản|buôn|xóm|khóm|khu phố|tổ dân phố|khu dân cư|xã|phường|thị trấn|trường|trường học|trạm y tế|hộ|hộ gia đình|cơ quan|đơn vị|doanh nghiệp|hợp tác xã|người dân)(?!\p{L})(?!\p{M})/u;

/** The percentage's number is followed by a noun of units it is a share of. */
export function namesUnitsAfter(lower: string, c: Candidate): boolean {
  return c.unit.class === 'percent' && UNITS_RIGHT_AFTER.test(lower.slice(c.end, c.end + 24));
}

// ("Toàn tỉnh có 141/161 xã đạt chuẩn nông thôn mới, trong đó khu vực Đồng Nai (cũ) có 100% xã đạt chuẩn": a share of
// the very units the figure before counted goes on measuring what that count measured.)
/** The units after the percentage are those the figure before counted (`unitBefore`, as written). */
export function sharesUnitsBefore(lower: string, c: Candidate, unitBefore: string): boolean {
  const after = lower.slice(c.end, c.end + 24).trimStart();
  return after.startsWith(unitBefore) && !/[\p{L}\p{M}]/u.test(after[unitBefore.length] ?? '');
}
