// A site's navigation copied as one line: a bar of items ("Trang chủ | Thời sự | Kinh tế | Đắk Nông đất và người",
// "Thứ Sáu, 07/10/2022 | Gia Nghĩa 26°C | Tỷ giá USD: 24.150") or a breadcrumb ("Kinh tế > Kinh tế huyện, thành
// phố"). It names the site's sections and widgets: a place in it is a section's name or the weather's town, and
// "huyện, thành phố" in it means all of them, not what the page is about.

// A bar lists at least this many items; a breadcrumb at least two.
const MIN_BAR_ITEMS = 3;
const MIN_CRUMBS = 2;
// A table's row has cells that are numbers alone ("Cần Thơ | 6,2 | 7,3"); a bar has none.
const NUMBER_CELL = /^[\d.,%+\-–()\s]+$/u;
// A breadcrumb's steps are short section names without figures ("tỷ lệ > 90%" is a comparison).
const CRUMB_REACH = 40;
// "Quy Nhơn 31°C", "Tây Ninh 25°C - 33°C": a town's weather, a widget however few items its line has. A merged
// province's bar may show two towns in one cell ("Long Xuyên 33°C - Rạch Giá 32°C"): still the weather, town by town.
const TEMPERATURE = String.raw`-?\d+(?:[.,]\d+)?\s*°\s*c?`;
const TOWN_WEATHER = String.raw`[\p{L}\p{M}. ]{2,30} ${TEMPERATURE}(?:\s*[-–]\s*${TEMPERATURE})?`;
const WEATHER_ITEM = new RegExp(String.raw`^${TOWN_WEATHER}(?:\s*[-–,/]\s*${TOWN_WEATHER})*$`, 'u');

function lineAt(lower: string, at: number): string {
  const start = lower.lastIndexOf('\n', at - 1) + 1;
  const newline = lower.indexOf('\n', at);
  return lower.slice(start, newline < 0 ? lower.length : newline);
}

/** The line's non-empty items, trimmed (a loop, not split-map-filter: see matchStarts in sorted.ts). */
function itemsOf(line: string, separator: RegExp): string[] {
  const items: string[] = [];
  for (const item of line.split(separator)) {
    const trimmed = item.trim();
    if (trimmed !== '') items.push(trimmed);
  }
  return items;
}

/** The line holding `at` is a navigation bar or a breadcrumb. */
export function isMenuLine(lower: string, at: number): boolean {
  const line = lineAt(lower, at);
  const bar = itemsOf(line, /\|/u);
  if (bar.length >= MIN_BAR_ITEMS && bar.every((item) => !NUMBER_CELL.test(item))) return true;
  if (bar.some((item) => WEATHER_ITEM.test(item))) return true;
  const crumbs = itemsOf(line, /[>»]/u);
  return crumbs.length >= MIN_CRUMBS && crumbs.every((item) => item.length <= CRUMB_REACH && !/\d/u.test(item));
}
