// A news page's top bar carries market widgets beside the date and weather: "Tỷ giá USD: 23.550 | Giá vàng SJC: 66,9
// triệu đồng/lượng | VN-Index: 1.052,3 (+0,45%)". Their prices and indexes are the page's, refreshed by the minute,
// not the article's figures.
import { shortParagraphsWhere, type Segments } from './segments.ts';
import { MARKET_WIDGET_LABELS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';

// A widget cell: a market label, a few words of qualifier ("SJC", "USD", "bán ra"), a colon, then its value.
const WIDGET_CELL = new RegExp(String.raw`^(?:${alternation(MARKET_WIDGET_LABELS)})(?!\p{L})(?!\p{M})[^:|]{0,24}:\s*[-+(]?\d`, 'u');
// A farm price shown among them ("Quế khô: 38.000 đồng/kg", "Cà phê: 118.500 đ/kg"): one or a few words, a colon, a price
// per unit. Only on a line that also holds a market widget, so an article's "Giá lúa: …" line stays the article's.
const PRICE_CELL = /^[\p{L}\p{M}][\p{L}\p{M} ]{1,30}:\s*\d[\d.,]*\s*(?:(?:triệu|nghìn|ngàn)\s+)?(?:đồng|đ|vnđ)\/[\p{L}\p{M}]+$/u;
// The bar's other cells, beside the widgets: the day ("Thứ Ba, 21/10/2025") and the weather ("Tây Ninh 25°C - 33°C",
// "Thời tiết Cần Thơ: 24 - 32°C", the degree sign after the range only).
const DAY_CELL = /^(?:(?:thứ [\p{L}\p{M}]+|chủ nhật),?\s*)?(?:ngày\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}$/u;
const WEATHER_CELL = /^[\p{L}\p{M} ]{0,30}:?\s*-?\d{1,2}\s*(?:°c?)?(?:\s*[-–]\s*-?\d{1,2})?\s*°c?$/u;
const CELL_SEPARATOR = /\s*[|·•]\s*|\s{3,}/;
// A widget line is short: an article's sentence that quotes a gold price runs on.
const MAX_LINE = 240;

/** Paragraphs that are a line of market widgets: every cell that holds a number is a "label: value" widget. */
export function marketWidgetRanges(lower: string, segments: Segments): Array<[number, number]> {
  return shortParagraphsWhere(lower, segments, MAX_LINE, (from, to) => {
    const line = lower.slice(from, to).trim();
    // Plain tests first: a widget cell needs a colon, and almost no line names a market.
    if (!line.includes(':') || !MARKET_WIDGET_LABELS.some((label) => line.includes(label))) return false;
    const cells = line.split(CELL_SEPARATOR).filter((cell) => /\d/.test(cell));
    return cells.some((cell) => WIDGET_CELL.test(cell)) &&
      cells.every((cell) => WIDGET_CELL.test(cell) || PRICE_CELL.test(cell) || DAY_CELL.test(cell) || WEATHER_CELL.test(cell));
  });
}
