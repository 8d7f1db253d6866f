// A count in a news report ("có 20 hộ thoát nghèo", "tạm giữ 1.920 phương tiện", "tại 384 chi bộ") is a figure. A few
// are not: animals that are children ("gia đình có 2 con"), and groups of places named by their geography rather than
// counted ("3 huyện ven biển", "hai huyện miền núi"), which describe where something happens.
import type { Candidate } from './scan-figures.ts';
import { INDEX_PARTS } from './vocabulary/units.ts';
import { PACKAGES, seizedBefore } from './seized-packages.ts';
import { MERGED_LEAD, MERGED_LEAD_REACH } from './spelled-figures.ts';
import { summedBeforeMerger } from './summed-before-merger.ts';
import { isSeasonsAfterSowing } from './seasons-after-sowing.ts';

// "con" counts animals ("tổng đàn trâu, bò 16.133 con"); "gia đình có 2 con" counts children, and is a story. Hatcheries
// count their fry in "con" too: "sản xuất giống thủy sản ước đạt 2,7 tỷ con", "tôm giống 1,2 tỷ con".
const LIVESTOCK = /(?<![\p{L}\p{M}])(?:đàn|trâu|bò|heo|lợn|gà|vịt|gia súc|gia cầm|dê|cừu|ngựa|thủy cầm|vật nuôi|chăn nuôi|con giống|giống thủy sản|tôm giống|cá giống|giống tôm|giống cá)(?!\p{L})(?!\p{M})/u;
const PLACE_UNITS = new Set(['xã', 'huyện', 'tỉnh', 'phường', 'thị trấn', 'đặc khu', 'thôn', 'ấp', 'bản', 'buôn', 'làng', 'khu phố']);
const GEOGRAPHY_AFTER = /^ (?:ven biển|miền núi|vùng cao|vùng sâu|biên giới|đồng bằng|trung du|hải đảo|phía (?:bắc|nam|đông|tây)|giáp ranh|lân cận|trọng điểm)(?!\p{L})(?!\p{M})/u;

// "xã có 7 ấp với 2.986 hộ", "cộng tác viên ở 8 ấp của xã.": the parts a place is made of, a constant of geography.
const MAKE_UP_AFTER = /^ (?:với|gồm) \d[\d.]* (?:hộ|nhân khẩu|người|dân)(?!\p{L})(?!\p{M})|^ của (?:xã|phường|thị trấn|huyện|thị xã|thành phố|tỉnh)\s*[.;\n]/u;

const ONLINE_TO_BEFORE = /(?<![\p{L}\p{M}])(?:trực tuyến|kết nối|truyền hình)(?: [\p{L}\p{M}]+){0,3} (?:đến|tới|với) (?:các |tất cả |toàn bộ )?$/u;

// "lưu trú bình quân 1,7 ngày", "2,1 ngày/khách": a length of stay; "trong 3 ngày", "sau 15 ngày" are durations.
const CHANGE_RIGHT_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm)(?: thêm)? $/u;
const AVERAGE_BEFORE = /(?<![\p{L}\p{M}])(?:bình quân|trung bình|lưu trú|lưu lại)(?!\p{L})(?!\p{M})/u;

// "nhà thầu phải làm 3 ca mỗi ngày", "xe khách … nay có 14 chuyến mỗi ngày": shifts or runs in a day are how one site or
// one service is scheduled, not a count of results.
const SCHEDULE_UNITS = new Set(['ca', 'chuyến']);
const PER_DAY_AFTER = /^ (?:mỗi|một|mọi|hằng|hàng|\/) ?(?:ngày|đêm|tuần)(?!\p{L})(?!\p{M})/u;

// "xuống giống 3 vụ lúa được 5.820 ha", "luân canh 2 vụ tôm": crops a year, how the land is farmed, not cases.
const CROP_SEASONS_AFTER = /^ (?:lúa|màu|tôm|mía|rau)(?!\p{L})(?!\p{M})/u;

const SEIZED_IN_TALLY = /\d (?:vụ|đối tượng)(?!\p{L})(?!\p{M})[^.;]*(?<![\p{L}\p{M}])thu giữ(?!\p{L})(?!\p{M})/u;
const TALLY_REACH = 160;

// "Điểm trường mầm non bản Huổi Lếch có 2 lớp học kiên cố với 46 cháu", "Trường Tiểu học Sín Thầu có 12 lớp": one school's
// classes and pupils, told of the school its clause opens on, are a detail of that school, not a result.
const ONE_SCHOOL_OPENING = /^[\s"“(–-]*(?:điểm trường|điểm lẻ|trường (?:mầm non|mẫu giáo|tiểu học|thcs|thpt|ptdtbt|phổ thông|ph[oổ] thông dân tộc))(?!\p{L})(?!\p{M})/u;
const SCHOOL_COUNTS = new Set(['lớp', 'lớp học', 'học sinh', 'cháu', 'em', 'trẻ', 'phòng học', 'giáo viên']);

// "Bảng tổng sắp huy chương của 3 đơn vị dẫn đầu", "5 tỉnh dẫn đầu cả nước về thu hút FDI": the top few of a ranking
// are its scope, as "tốp 5", "nhóm 10 địa phương" are, not a count of results.
const TOP_GROUP_AFTER = /^ (?:dẫn đầu|đứng đầu)(?!\p{L})(?!\p{M})/u;

export function acceptsCount(lower: string, c: Candidate, clauseStart: number): boolean {
  if (c.of === undefined && TOP_GROUP_AFTER.test(lower.slice(c.end, c.end + 12))) return false;
  if (SCHOOL_COUNTS.has(c.unit.unit) && ONE_SCHOOL_OPENING.test(lower.slice(clauseStart, clauseStart + 24))) return false;
  if (SCHEDULE_UNITS.has(c.unit.unit) && PER_DAY_AFTER.test(lower.slice(c.end, c.end + 16))) return false;
  if (PACKAGES.has(c.unit.unit) && !seizedBefore(lower, c.numberStart)) return false;
  // ("góp 126.500 ngày công" counts labour days given, no length of time.)
  if (c.unit.unit.startsWith('ngày') && c.unit.unit !== 'ngày công') {
    const before = lower.slice(Math.max(clauseStart, c.numberStart - 40), c.numberStart);
    return c.unit.unit.includes('/') || AVERAGE_BEFORE.test(before) || CHANGE_RIGHT_BEFORE.test(before);
  }
  // "402 triệu viên gạch" is a factory's output; "tàng trữ 30 viên ma túy", "2 viên thuốc" belong to incidents. A
  // month's tally of cases that goes on to what was seized ("bắt giữ 19 vụ, 27 đối tượng, thu giữ … 820 viên ma túy")
  // counts the seizures of all those cases.
  if (c.unit.unit === 'viên') return c.value >= 10_000 || SEIZED_IN_TALLY.test(lower.slice(Math.max(clauseStart, c.numberStart - TALLY_REACH), c.numberStart));
  if (c.unit.unit === 'vụ' && CROP_SEASONS_AFTER.test(lower.slice(c.end, c.end + 8))) return false;
  if (c.unit.unit === 'vụ' && isSeasonsAfterSowing(lower, c.numberStart)) return false;
  if (c.unit.unit === 'con') return LIVESTOCK.test(lower.slice(Math.max(clauseStart, c.numberStart - 120), c.end + 20));
  if (PLACE_UNITS.has(c.unit.unit) && c.of === undefined) {
    const after = lower.slice(c.end, c.end + 40);
    if (GEOGRAPHY_AFTER.test(after) || MAKE_UP_AFTER.test(after)) return false;
  }
  // "cả năm (tính gộp 5 phường cũ) đạt 188,2 tỷ đồng", "sau khi hợp nhất 3 xã": the parts merged or summed are named,
  // not counted, in digits as in words (merged-parts-named-in-digits); "(số liệu tính gộp 3 địa phương trước hợp nhất)"
  // too (merged-localities-named), and "sáp nhập 3 đơn vị hành chính: …" (merged-administrative-units-named).
  if ((PLACE_UNITS.has(c.unit.unit) || c.unit.unit.startsWith('đơn vị') || c.unit.unit === 'địa phương') && c.of === undefined &&
    MERGED_LEAD.test(lower.slice(Math.max(0, c.numberStart - MERGED_LEAD_REACH), Math.max(0, c.numberStart - 1)))) return false;
  // ("tính chung 3 tỉnh trước hợp nhất": summed-before-merger.)
  if ((PLACE_UNITS.has(c.unit.unit) || c.unit.unit.startsWith('đơn vị') || c.unit.unit === 'địa phương') && c.of === undefined &&
    summedBeforeMerger(lower, c.numberStart, c.end)) return false;
  // "Hội nghị được kết nối trực tuyến đến 135 xã, phường", "trực tuyến với 126 điểm cầu": where one meeting was watched
  // from, a detail of that event.
  if (c.unit.unit === 'điểm cầu' || ((PLACE_UNITS.has(c.unit.unit) || c.unit.unit === 'đơn vị') && c.of === undefined &&
    ONLINE_TO_BEFORE.test(lower.slice(Math.max(clauseStart, c.numberStart - 40), c.numberStart)))) return false;
  // "có chồng và 2 người con là liệt sĩ": a family's children.
  if (c.unit.unit === 'người' && lower.startsWith(' con', c.end) && !/[\p{L}\p{M}]/u.test(lower[c.end + 4] ?? '')) return false;
  if (c.of === undefined && isTopGroupCaption(lower, c)) return false;
  if (c.unit.unit === 'tỉnh' && c.of === undefined && isAllProvinces(lower, c)) return false;
  if (c.unit.unit === INDEX_PARTS && c.of === undefined && INDEX_MAKE_UP_BEFORE.test(lower.slice(Math.max(clauseStart, c.numberStart - 16), c.numberStart))) return false;
  return true;
}

// "Trong 8 chỉ số thành phần của PAR Index, tỉnh có 6/8 chỉ số tăng điểm", "PCI gồm 10 chỉ số thành phần": how many
// parts an index is made of is its make-up, a constant; the parts that moved are the result.
const INDEX_MAKE_UP_BEFORE = /(?<![\p{L}\p{M}])(?:trong(?: tổng)?(?: số)?|gồm) $/u;

// "công bố Chỉ số … năm 2025 của 34 tỉnh, thành phố", "khảo sát ở 63 tỉnh, thành phố": every province of the country (63
// before the 2025 reorganisation, 34 after) is the ranking's or the survey's whole, a constant, no result.
const ALL_PROVINCES_AFTER = /^, thành phố(?!\p{L})(?!\p{M})/u;

function isAllProvinces(lower: string, c: Candidate): boolean {
  return (c.value === 63 || c.value === 34) && ALL_PROVINCES_AFTER.test(lower.slice(c.end, c.end + 14));
}

// "5 địa phương có số vốn giải ngân lớn nhất năm 2024 (đơn vị: tỷ đồng):" over a table: the size of a top group a caption
// ranks, opening its own line that ends on a colon, is no result (as "5 địa phương dẫn đầu" is none).
const TOP_GROUP_CAPTION = /^[^\n]{0,100}?(?<![\p{L}\p{M}])(?:lớn nhất|cao nhất|thấp nhất|nhiều nhất|dẫn đầu)(?!\p{L})(?!\p{M})[^\n]{0,60}:\s*$/u;

function isTopGroupCaption(lower: string, c: Candidate): boolean {
  if (c.numberStart > 0 && lower[c.numberStart - 1] !== '\n') return false;
  const newline = lower.indexOf('\n', c.end);
  return TOP_GROUP_CAPTION.test(lower.slice(c.end, newline < 0 ? lower.length : newline));
}

// "lượng khách những ngày cao điểm tăng gấp 3 lần ngày thường": a rush measured against ordinary days describes one
// place's busy days, not a result.
const ORDINARY_DAYS_AFTER = /^ (?:so với )?(?:những |các )?(?:ngày thường|ngày bình thường|bình thường|mọi ngày)(?!\p{L})(?!\p{M})/u;

export function isRushOverOrdinaryDays(lower: string, c: Candidate): boolean {
  return c.unit.class === 'times' && ORDINARY_DAYS_AFTER.test(lower.slice(c.end, c.end + 32));
}
