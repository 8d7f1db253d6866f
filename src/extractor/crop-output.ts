// Whose output a bare "sản lượng … X tấn" is: the crop named before it. First the last crop or stock its own
// sentence names ("xuống giống 19.850 ha lúa, năng suất 58,6 tạ/ha, sản lượng đạt 116.320 tấn" → rice_output; "…
// 3.000 ha rau màu, sản lượng …" → none); else the last produce its paragraph or list line named ("Toàn huyện gieo sạ
// 10.420 ha lúa …; sản lượng đạt 71.377 tấn", "- Lúa: diện tích 10.420 ha, sản lượng 71.377 tấn") when that is rice.
// Any other produce named nearer ("diện tích xoài 12.450 ha. Sản lượng quý I ước 52.000 tấn") leaves it without one.
import { OTHER_PRODUCE, OUTPUT_CROPS, RICE_NOUNS } from './vocabulary/crops.ts';
import { alternation } from './vocabulary/regexp.ts';

// "sản lượng", then only words that say when or how much, right before the number (in its clause).
const BARE_IN_CLAUSE = /(?<![\p{L}\p{M}])sản lượng(?: (?:bình quân|ước|ước đạt|ước tính|dự kiến|đạt|thu hoạch|cả năm|trên|hơn|khoảng|gần|xấp xỉ|từ))* $/u;
const BARE_BEFORE = /(?<![\p{L}\p{M}])sản lượng(?: (?:cả vụ|cả năm|bình quân|thu hoạch|ước|ước đạt|đạt|ước tính|là|khoảng|từ|gần|hơn|trên|dự kiến|phấn đấu|đạt khoảng))*\s*$/u;
const CROP_WORDS = new Map(OUTPUT_CROPS);
const CROP_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...CROP_WORDS.keys()])})(?![\\p{L}\\p{M}])`, 'gu');
const PRODUCE = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation([...RICE_NOUNS, ...OTHER_PRODUCE])})(?![\\p{L}\\p{M}])`, 'gu');
const RICE = new Set(RICE_NOUNS);
const PARAGRAPH_REACH = 600;

/** The indicator of the tonnes at `numberStart` when they are a bare "sản lượng" of a crop named before them. */
export function cropOutputOf(lower: string, numberStart: number, clauseStart: number, sentenceStart: number): string | undefined {
  return namedInSentence(lower, numberStart, clauseStart, sentenceStart) ?? riceOfParagraph(lower, numberStart);
}

function namedInSentence(lower: string, numberStart: number, clauseStart: number, sentenceStart: number): string | undefined {
  const lead = lower.slice(Math.max(clauseStart, numberStart - 40), numberStart);
  const bare = BARE_IN_CLAUSE.exec(lead);
  if (!bare) return undefined;
  const upTo = numberStart - lead.length + bare.index;
  let crop: string | undefined;
  for (const m of lower.slice(sentenceStart, upTo).matchAll(CROP_RE)) crop = m[0];
  return crop === undefined ? undefined : CROP_WORDS.get(crop);
}

function riceOfParagraph(lower: string, numberStart: number): string | undefined {
  const before = lower.slice(Math.max(0, numberStart - 40), numberStart);
  const bare = BARE_BEFORE.exec(before);
  if (!bare) return undefined;
  const outputAt = numberStart - before.length + bare.index;
  const window = lower.slice(Math.max(0, outputAt - PARAGRAPH_REACH), outputAt);
  let last: string | undefined;
  for (const m of window.slice(window.lastIndexOf('\n') + 1).matchAll(PRODUCE)) last = m[1];
  return last !== undefined && RICE.has(last) ? 'rice_output' : undefined;
}
