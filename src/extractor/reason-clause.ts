// "IIP tăng 21,3% so với cùng kỳ, nhờ Nhà máy Lọc hóa dầu Nghi Sơn vận hành ổn định trở lại", "Thương mại nội địa tăng
// trưởng khá nhờ du lịch biển Sầm Sơn vào mùa": a place named in the reason for a result (in a plant's or an attraction's
// name, most often) is not what the sentences after it speak of.

// ("Nhờ đó, huyện …", "nhờ vậy huyện Đức Hòa đạt …": what follows "nhờ đó/vậy/thế" is the result, its place the subject.)
const REASON_BEFORE = /(?<![\p{L}\p{M}])nhờ(?! (?:đó|vậy|thế|vào đó)(?!\p{L})(?!\p{M}))(?: vào| có)?(?: [^,;:.()\n\d]*)? $/u;
// The reason opens at most a few words before the place: a plant, a sector, an attraction.
const REACH = 48;

/** The place mention at `start` (lower-cased text) stands in a reason clause opened by "nhờ". */
export function inReasonClause(lower: string, start: number): boolean {
  const window = lower.slice(Math.max(0, start - REACH), start);
  return window.includes('nhờ') && REASON_BEFORE.test(window);
}
