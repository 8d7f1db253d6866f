// "Toàn huyện gieo sạ 10.420 ha lúa … ; sản lượng đạt 71.377 tấn", "- Lúa: diện tích 10.420 ha, sản lượng 71.377 tấn":
// a bare "sản lượng" in a paragraph (or list line) whose last-named produce is rice is the rice output. Any other
// produce named nearer ("diện tích xoài 12.450 ha. Sản lượng quý I ước 52.000 tấn") leaves it without an indicator.
import { OTHER_PRODUCE, RICE_NOUNS } from './vocabulary/crops.ts';
import { alternation } from './vocabulary/regexp.ts';

// "sản lượng", then only words that say when or how much, right before the number.
const BARE_OUTPUT_BEFORE = /(?<![\p{L}\p{M}])sản lượng(?: (?:cả vụ|cả năm|bình quân|thu hoạch|ước|ước đạt|đạt|ước tính|là|khoảng|từ|gần|hơn|trên|dự kiến|phấn đấu|đạt khoảng))*\s*$/u;
const PRODUCE = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation([...RICE_NOUNS, ...OTHER_PRODUCE])})(?![\\p{L}\\p{M}])`, 'gu');
const RICE = new Set(RICE_NOUNS);
const REACH = 600;

/** 'rice_output' when the tonnes at `numberStart` are a bare "sản lượng" of the rice the paragraph is about. */
export function cropOutputAt(lower: string, numberStart: number): string | undefined {
  const before = lower.slice(Math.max(0, numberStart - 40), numberStart);
  const bare = BARE_OUTPUT_BEFORE.exec(before);
  if (!bare) return undefined;
  const outputAt = numberStart - before.length + bare.index;
  const window = lower.slice(Math.max(0, outputAt - REACH), outputAt);
  let last: string | undefined;
  for (const m of window.slice(window.lastIndexOf('\n') + 1).matchAll(PRODUCE)) last = m[1];
  return last !== undefined && RICE.has(last) ? 'rice_output' : undefined;
}
