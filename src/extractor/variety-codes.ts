// Rice and seed varieties are named by a code and a number: "lúa Đài Thơm 8 và OM 18 vụ Thu Đông", "giống IR 50404".
// Such a number names the variety; read with the word after it ("OM 18 vụ") it would look like a count.
import { PLAN_MARKERS } from './vocabulary/cues.ts';

// After a space, not a slash: "6.120 ha/KH 6.000 ha" is a plan (KH), not a variety.
const CODE_BEFORE = /(?<=^|[\s(,])\p{Lu}{2,4} $/u;
const NOT_CODES = new Set(PLAN_MARKERS);
const CROP_BEFORE = /(?<![\p{L}\p{M}])(?:lúa|giống|gạo|nếp|hạt giống)(?!\p{L})(?!\p{M})/u;
// How far before the code its crop word may stand: "lúa Đài Thơm 8 và OM 18".
const CROP_REACH = 40;
// A variety's number is a plain integer; one with a scale, a unit of measure or money after it is a figure ("vốn FDI
// 512 triệu USD" after a sentence on rice).
const NOT_A_VARIETY_NUMBER = /^\d+(?:[.,]\d|\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|đồng|usd|ha|tấn|kg|km)(?!\p{L})(?!\p{M}))/u;

/** Whether the number at `numberStart` follows an upper-case variety code after a crop word in its sentence. */
export function isVarietyCode(text: string, lower: string, numberStart: number, sentenceStart: number): boolean {
  const code = CODE_BEFORE.exec(text.slice(Math.max(0, numberStart - 6), numberStart));
  if (!code || NOT_CODES.has(code[0].trim().toLowerCase()) || NOT_A_VARIETY_NUMBER.test(lower.slice(numberStart, numberStart + 16))) return false;
  const codeStart = numberStart - code[0].length;
  return CROP_BEFORE.test(lower.slice(Math.max(sentenceStart, codeStart - CROP_REACH), codeStart));
}
