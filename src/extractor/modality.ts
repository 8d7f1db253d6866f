// Actual, estimate or target: from markers before the figure within its clause (or its sentence, when a heading
// with a colon governs a list), from a plan marker right before it, or from a period still ahead of publication.
import type { Modality } from './figure.ts';
import type { Meaning } from './meaning.ts';
import { ESTIMATE_CUES, TARGET_CUES } from './vocabulary/cues.ts';

const L = '[\\p{L}\\p{M}]';
const STRONG_TARGET = new Set(['theo kế hoạch', 'phấn đấu', 'mục tiêu', 'chỉ tiêu chủ yếu', 'đặt mục tiêu', 'đề ra mục tiêu', 'nhằm đạt', 'phải đạt',
  'cần đạt', 'sẽ đạt', 'định hướng', 'chỉ tiêu kế hoạch', 'đề ra các chỉ tiêu']);
const CUE_RE = new RegExp(
  [...ESTIMATE_CUES.map((c) => [c, 'e'] as const), ...TARGET_CUES.map((c) => [c, 't'] as const)]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([c]) => `(?<!${L})${c}(?!${L})`).join('|'), 'gu');
const ESTIMATE = new Set(ESTIMATE_CUES);

export interface ModalityInput {
  lower: string;
  numberStart: number;
  sentenceStart: number;
  clauseStart: number;
  meaning: Meaning;
  /** Year of the figure's period and of publication, when known. */
  periodYear?: number;
  publishedYear?: number;
}

export function readModality(x: ModalityInput): Modality {
  if (x.meaning.planMarked) return 'target';
  const cue = lastCue(x.lower, x.sentenceStart, x.clauseStart, x.numberStart, x.publishedYear);
  if (cue === 'estimate') return 'estimate';
  if (cue === 'target') return 'target';
  if (x.periodYear !== undefined && x.publishedYear !== undefined && x.periodYear > x.publishedYear) return 'target';
  return 'actual';
}

// Strong cues govern the rest of their sentence; "đề ra" only reaches figures of its clause not set off by a bracket,
// a comma or a past-tense verb ("Nghị quyết đề ra mỗi năm kết nạp từ 120 - 150 đảng viên" vs "Trong 19 chỉ tiêu Thị
// ủy đề ra trong năm 2023 (có 1 chỉ tiêu …), thị xã đã thực hiện đạt 15 chỉ tiêu").
const MEDIUM_TARGET = new Set(['đề ra']);
const MEDIUM_BLOCKERS = /[(,]|(?<![\p{L}\p{M}])(?:đã|thực hiện|đạt được)(?![\p{L}\p{M}])/u;

function lastCue(lower: string, sentenceStart: number, clauseStart: number, numberStart: number, publishedYear?: number): Modality | undefined {
  const sentence = lower.slice(sentenceStart, numberStart);
  const clauseOffset = clauseStart - sentenceStart;
  let found: Modality | undefined;
  CUE_RE.lastIndex = 0;
  for (const m of sentence.matchAll(CUE_RE)) {
    const inClause = m.index >= clauseOffset;
    const rest = sentence.slice(m.index + m[0].length);
    // A heading ("các chỉ tiêu chủ yếu năm 2024, như: …") governs the items after its colon, across semicolons.
    const heading = /:|(?<![\p{L}\p{M}])như(?![\p{L}\p{M}])|lần lượt/u.test(rest);
    if (ESTIMATE.has(m[0])) {
      if (inClause || heading) found = 'estimate';
    } else if (STRONG_TARGET.has(m[0])) {
      found = 'target';
    } else if (MEDIUM_TARGET.has(m[0])) {
      if (inClause && !MEDIUM_BLOCKERS.test(rest)) found = 'target';
    } else if (heading && headsFutureList(rest, publishedYear)) {
      // "đạt 99,8% kế hoạch" uses the word as a base, not as a heading: weak cues count only when they head a list
      // for a year not yet over ("các chỉ tiêu năm 2024, như: …" published in January 2024).
      found = 'target';
    }
  }
  return found;
}

function headsFutureList(heading: string, publishedYear?: number): boolean {
  const year = /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(heading.split(/[:]/)[0] ?? '');
  return year !== null && publishedYear !== undefined && Number(year[1]) >= publishedYear;
}
