// Whose output a bare "sản lượng … X tấn" is: the crop named before it. First the last crop or stock its own
// sentence names ("xuống giống 19.850 ha lúa, năng suất 58,6 tạ/ha, sản lượng đạt 116.320 tấn" → rice_output; "…
// 3.000 ha rau màu, sản lượng …" → none); else the last produce its paragraph or list line named ("Toàn huyện gieo sạ
// 10.420 ha lúa …; sản lượng đạt 71.377 tấn", "- Lúa: diện tích 10.420 ha, sản lượng 71.377 tấn") when that is rice.
// Any other produce named nearer ("diện tích xoài 12.450 ha. Sản lượng quý I ước 52.000 tấn") leaves it without one.
import { OTHER_PRODUCE, OUTPUT_CROPS, RICE_NOUNS } from './vocabulary/crops.ts';
import { alternation } from './vocabulary/regexp.ts';

// "sản lượng", then only words that say when or how much, right before the number.
const BARE = /(?<![\p{L}\p{M}])sản lượng(?: (?:cả vụ|cả năm|bình quân|thu hoạch|ước|ước đạt|ước tính|đạt|đạt khoảng|là|dự kiến|phấn đấu|trên|hơn|khoảng|gần|xấp xỉ|từ))*\s*$/u;
const CROP_WORDS = new Map(OUTPUT_CROPS);
const CROP_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...CROP_WORDS.keys()])})(?!\\p{L})(?!\\p{M})`, 'gu');
const PRODUCE = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation([...RICE_NOUNS, ...OTHER_PRODUCE])})(?!\\p{L})(?!\\p{M})`, 'gu');
const RICE = new Set(RICE_NOUNS);
const PARAGRAPH_REACH = 600;

/** The indicator of the tonnes at `numberStart` when they are a bare "sản lượng" of a crop named before them. */
export function cropOutputOf(lower: string, numberStart: number, clauseStart: number, sentenceStart: number): string | undefined {
  const before = lower.slice(Math.max(0, numberStart - 40), numberStart);
  const bare = BARE.exec(before);
  if (!bare) return undefined;
  const outputAt = numberStart - before.length + bare.index;
  return (outputAt >= clauseStart ? namedInSentence(lower, outputAt, sentenceStart) : undefined) ?? riceOfParagraph(lower, outputAt);
}

/** The output of the last crop its sentence names before "sản lượng" (none for a crop without an indicator). */
// ("Vụ lúa Đông Xuân …, giảm 380 ha do nông dân chuyển sang trồng thanh long và dừa; năng suất …, sản lượng 31.508 tấn":
// the crops land was turned over to are no subject of the output after them: converted-crops-not-output.)
const CONVERTED_TO = /(?<![\p{L}\p{M}])chuyển(?: đổi)? sang(?!\p{L})(?!\p{M})[^;.]*$/u;
const CONVERTED_REACH = 48;

function namedInSentence(lower: string, outputAt: number, sentenceStart: number): string | undefined {
  let crop: string | undefined;
  for (const m of lower.slice(sentenceStart, outputAt).matchAll(CROP_RE)) {
    const at = sentenceStart + m.index;
    const head = lower.slice(Math.max(sentenceStart, at - CONVERTED_REACH), at);
    if (!(head.includes('sang') && CONVERTED_TO.test(head))) crop = m[0];
  }
  return crop === undefined ? undefined : CROP_WORDS.get(crop);
}

/** rice_output when the last produce its paragraph (or list line) names before "sản lượng" is rice. */
function riceOfParagraph(lower: string, outputAt: number): string | undefined {
  const window = lower.slice(Math.max(0, outputAt - PARAGRAPH_REACH), outputAt);
  let last: string | undefined;
  for (const m of window.slice(window.lastIndexOf('\n') + 1).matchAll(PRODUCE)) last = m[1];
  return last !== undefined && RICE.has(last) ? 'rice_output' : undefined;
}

// A clause that opens on a crop, after the separator of a row: "sản lượng lúa tăng 12,4%, ngô giảm 2,5%", "…; trong
// đó lúa 1,1 triệu tấn, ngô 100.000 tấn", "- Khoai lang: 8.100 tấn". Up to three more words of the crop's name ("khoai
// lang", "đậu tương", "rau các loại"), then at most a verb.
const CROP_OPENING = new RegExp(`^[\\s,;:+•–-]*(?:(?:trong đó|riêng|còn|cây)[\\s,:]+)?(${alternation([...new Set([...CROP_WORDS.keys(), ...RICE_NOUNS, ...OTHER_PRODUCE])])})((?: [\\p{L}\\p{M}]+){0,3}?)[\\s:]*(?:(?:ước |dự kiến )?(?:đạt|tăng|giảm|được|là)(?: khoảng| gần| hơn| trên)?)?\\s*$`, 'u');
const GROWTH_WORDS = /(?:^| )(?:sản lượng|diện tích|năng suất|giá|tỷ lệ|kim ngạch|xuất khẩu|doanh thu|giá trị)(?: |$)/u;
export const CROP_OUTPUTS: ReadonlySet<string> = new Set(['rice_output', 'food_output', 'aquaculture_output']);

/**
 * A crop output carried along a row to a clause that names another crop first is that crop's, not the one before:
 * `{ indicator }` with the crop's own output id (none for most crops), or undefined when the clause names no crop.
 */
export function cropOpeningClause(lower: string, clauseStart: number, numberStart: number): { indicator: string | undefined } | undefined {
  // The last comma's stretch: what stands before it belongs to the figure before ("tăng 4,4% so với năm trước, ngô …").
  const window = lower.slice(clauseStart, numberStart);
  const stretch = window.slice(Math.max(window.lastIndexOf(','), window.lastIndexOf(';')) + 1);
  if (stretch.length > 50) return undefined;
  const m = CROP_OPENING.exec(stretch);
  // ("ngô làm thức ăn chăn nuôi", "lúa giá tăng": words after the crop that name another measure leave it alone.)
  if (!m || GROWTH_WORDS.test(m[2]!)) return undefined;
  const crop = m[1]!;
  if (RICE.has(crop)) return { indicator: 'rice_output' };
  return { indicator: CROP_WORDS.get(crop) };
}
