// A site's name alone on a line at the head of the page ("ĐÀ NẴNG ONLINE", "Tuyên Quang điện tử", "BÁO ĐẮK LẮK ĐIỆN
// TỬ") says who publishes, like "Báo …": the place in it is the page's only when the head names no other place.

// What follows a place in a site's own name. (Not "… trực tuyến", which headlines use: "Đà Nẵng trực tuyến hóa …".)
const SITE_SUFFIXES = [' online', ' điện tử', ' news', ' 24h'];
// A site's name is a few words; a headline ending in "điện tử" ("Bình Dương phát triển thương mại điện tử") is longer.
const NAME_REACH = 32;

// "SÓC TRĂNG ONLINE - CƠ QUAN CỦA ĐẢNG BỘ … TỈNH SÓC TRĂNG": the site's name, then a dash and the publisher's formula.
const NAME_THEN_FORMULA = / [-–|] (?=cơ quan )/u;

/** The line holding `at` (in the lower-cased text) is a site's name: short, no digits, ending in a media word; or such a
 *  name set off by a dash before the publisher's formula. */
export function isSiteNameLine(lower: string, at: number): boolean {
  const start = lower.lastIndexOf('\n', at - 1) + 1;
  const newline = lower.indexOf('\n', at);
  let line = lower.slice(start, newline < 0 ? lower.length : newline).trim();
  const dash = line.length > NAME_REACH ? line.search(NAME_THEN_FORMULA) : -1;
  if (dash > 0 && at < start + dash && PUBLISHER_FORMULA.test(line.slice(dash))) line = line.slice(0, dash);
  if (line.length > NAME_REACH || /\d/.test(line)) return false;
  return SITE_SUFFIXES.some((suffix) => line.endsWith(suffix));
}

// "BÁO SÓC TRĂNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH SÓC TRĂNG": the publisher's formula names
// whose paper it is. Its place says who publishes, like the site's name, even when the headline is about a city or
// district of that province. The formula and the place must share one line.
const PUBLISHER_FORMULA = /cơ quan (?:ngôn luận |chủ quản )?của (?:đảng bộ|tỉnh ủy|thành ủy|ban chấp hành)[^\n]{0,60}$/u;

/** The place at `at` (lower-cased text) closes a publisher's formula on its line. */
export function isPublisherLine(lower: string, at: number): boolean {
  const start = lower.lastIndexOf('\n', at - 1) + 1;
  const before = lower.slice(start, at);
  return before.includes('cơ quan') && PUBLISHER_FORMULA.test(before);
}

// A broadcaster's name before its province says who publishes, as "Báo …" does: "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC
// TRĂNG", "STV - Đài PT-TH Sóc Trăng", "Yên Bái TV - Đài …", and since the 2025 mergers of papers and stations "BÁO VÀ PHÁT THANH, TRUYỀN
// HÌNH LÂM ĐỒNG", or the province's media centre that runs both ("QTV - TRUNG TÂM TRUYỀN THÔNG TỈNH QUẢNG NINH"). Only at
// the head of its line: a reporter "của Đài PT-TH Nghệ An" in the body names a place's station.
const STATION_BEFORE = new RegExp(
  '^\\s*(?:[\\p{L}\\p{M}\\d]+(?: [\\p{L}\\p{M}\\d]+){0,3} [-–] )?' +
  '(?:đài phát thanh(?: và| -| –|,) truyền hình|đài pt-th|đài ptth|đài phát thanh|đài truyền hình|báo và phát thanh,? truyền hình|trung tâm truyền thông)' +
  ' (?:tỉnh |thành phố )?$', 'u');

// "YÊN BÁI TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH YÊN BÁI", "Hà Nam TV": a station's brand, its province then "TV", opening
// the line. (Not a headline: "Hà Nam TV trao giải …" goes on after the brand; the brand must close its line or be set off
// by a dash or a bar.)
const STATION_BRAND = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,3} tv\s*(?:[-–|]|$)/u;

/** The place at `at` (in the lower-cased text) is the province in a broadcaster's (or media centre's) name at the head of its line, or opens
 *  the line as the station's brand. */
export function isStationNameBefore(lower: string, at: number): boolean {
  const start = lower.lastIndexOf('\n', at - 1) + 1;
  if (at - start > NAME_REACH + 16) return false;
  const before = lower.slice(start, at);
  // (Every station name holds "đài" or "báo và": a literal look spares the pattern on most places.)
  if ((before.includes('đài') || before.includes('báo và') || before.includes('truyền thông')) && STATION_BEFORE.test(before)) return true;
  if (before.trim() !== '') return false;
  const newline = lower.indexOf('\n', at);
  return STATION_BRAND.test(lower.slice(at, Math.min(newline < 0 ? lower.length : newline, at + NAME_REACH + 16)));
}

// A portal's or a party committee's site named over the page ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU", "TRANG THÔNG TIN ĐIỆN
// TỬ ĐẢNG BỘ TỈNH KON TUM", "Cổng TTĐT UBND tỉnh …") says who publishes, as a paper's or a station's name does. Only at the
// head of its line, and only a province's (the caller checks the level): a district's or a ward's own portal is about it.
const PORTAL_BEFORE = new RegExp(
  '^\\s*(?:cổng|trang) (?:thông tin điện tử|ttđt)(?: của)? (?:(?:đảng bộ|ubnd|ủy ban nhân dân|uỷ ban nhân dân|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ) )?' +
  '(?:tỉnh |thành phố )?$', 'u');

/** The place at `at` (in the lower-cased text) closes a portal's or a party site's name at the head of its line. */
export function isPortalNameBefore(lower: string, at: number): boolean {
  const start = lower.lastIndexOf('\n', at - 1) + 1;
  if (at - start > NAME_REACH + 16) return false;
  const before = lower.slice(start, at);
  return (before.includes('thông tin điện tử') || before.includes('ttđt')) && PORTAL_BEFORE.test(before);
}

// "Thanh Hà - 12/02/2025 11:05 GMT+7", "Minh Khang | 08/10/2025": the author's name beside the time of posting, on a
// line of its own. A name that is also a district's ("Thanh Hà", "Tân Phú") names who wrote, not where.
const BYLINE = /^[\p{L}\p{M}. ]{2,40}\s[-–|]\s\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?:\s*[-–|,]?\s*\d{1,2}[:h]\d\d(?:\s*(?:gmt\+7|\(gmt\+7\)))?)?\s*$/u;

/** The place at `at` (lower-cased text) opens a byline: the author's name, a dash and the date posted, alone on a line. */
export function opensByline(lower: string, at: number): boolean {
  const around = shortLineAround(lower, at, BYLINE_REACH);
  return around !== undefined && lower.slice(around.start, at).trim() === '' && BYLINE.test(around.line);
}
const BYLINE_REACH = 80;

/** The line holding `at`, when it is at most `reach` characters long; searched within that reach only, since a page may
 *  be one endless line and these are asked of every place. */
function shortLineAround(lower: string, at: number, reach: number): { start: number; line: string } | undefined {
  const from = Math.max(0, at - reach - 1);
  const start = from + lower.slice(from, at).lastIndexOf('\n') + 1;
  if (start === from && from > 0) return undefined;
  const after = lower.slice(at, at + reach + 1);
  const newline = after.indexOf('\n');
  const line = lower.slice(start, newline < 0 ? at + after.length : at + newline);
  return line.length <= reach ? { start, line } : undefined;
}

// "Báo Pháp luật TP.HCM", "Báo Người lao động Hà Nội": a paper named after its city with other words before the place;
// the line holds the name alone (a headline "Báo cáo tình hình …" is no paper's name).
const PAPER_NAME = /^báo (?!cáo(?!\p{L})(?!\p{M}))(?:[\p{L}\p{M}.]+ ){1,3}[\p{L}\p{M}.]+(?: [\p{L}\p{M}.]+){0,3}$/u;
const PAPER_NAME_REACH = 40;

/** The line holding `at` is a paper's name that holds a place after other words ("Báo Pháp luật TP.HCM"). */
export function isPaperNameLine(lower: string, at: number): boolean {
  const around = shortLineAround(lower, at, PAPER_NAME_REACH);
  return around !== undefined && PAPER_NAME.test(around.line.trim());
}
