// A heading line that ends with a colon governs the list under it:
//   "Một số chỉ tiêu chủ yếu 9 tháng năm 2023 (tăng, giảm so với cùng kỳ):" → the base of every "+ x%" in the list;
//   "Ước thực hiện 9 tháng năm 2025:" / "Nhiệm vụ 6 tháng cuối năm, tỉnh phấn đấu:" → the items are estimates / targets.
// Items are bullet lines ("- Thu ngân sách: 4.856 tỷ đồng") or label lines ("Thu ngân sách: 4.856 tỷ đồng").
import type { Base, Modality } from './figure.ts';
import type { Segments } from './segments.ts';
import { NAMES_TARGETS, PLAN_NOUNS } from './vocabulary/cues.ts';
import { HOLIDAY_A_YEAR_BEFORE } from './vocabulary/holidays.ts';
import { alternation } from './vocabulary/regexp.ts';
import { segmentIndex } from './segments.ts';
import { headsComingTermTargets } from './coming-term-heading.ts';

const HEADING_BASE: Array<[RegExp, Base]> = [
  // "(tăng, giảm so với cùng vụ năm trước):" over a crop list: the same season a year earlier, as in a sentence.
  [/so (?:với )?cùng (?:kỳ|vụ)/u, 'same_period'],
  // "(đồng/kg; tăng, giảm so với hôm qua):" over a daily market list, "(… so với cuối tuần trước):": the day or the week's
  // close before (heading-against-day-before).
  // ("Thị trường xuất khẩu chính niên vụ 2021 - 2022 (so với niên vụ trước):", "(so với năm học trước):": the crop or
  // school year before, as in a sentence: crop-year-before.)
  [/so (?:với )?(?:(?:cuối|đầu) (?=tuần|tháng|quý))?(?:tháng|quý|kỳ|vụ|tuần|niên vụ|năm học) trước/u, 'previous_period'],
  [/so (?:với )?(?:(?:báo cáo|số liệu|thống kê) )?(?:(?:ngày )?hôm qua|phiên (?:trước|hôm qua))(?!\p{L})(?!\p{M})/u, 'previous_period'],
  [new RegExp(`so (?:với )?${alternation(PLAN_NOUNS)}`, 'u'), 'target'],
  // "Kết quả phục vụ khách dịp Tết (so với Tết Quý Mão 2023):": the same holiday a year earlier.
  [new RegExp(`so (?:với )?${HOLIDAY_A_YEAR_BEFORE}`, 'u'), 'same_period'],
];
// "(tăng, giảm so với năm 2022):" — the changes listed are against that year; "(tăng so với ước thực hiện năm 2026):" over
// next year's aims, against that year's estimated result (heading-against-estimate).
const HEADING_YEAR_BASE = /so (?:với )?(?:(?:ước (?:thực hiện |tính )?|thực hiện |kết quả (?:thực hiện )?)(?:của )?)?(?:năm )?((?:19|20)\d\d)(?!\d)/u;
const HEADING_MODALITY: Array<[RegExp, Modality]> = [
  // (Not the estimate a heading measures against: "(tăng so với ước thực hiện năm 2026)" — heading-against-estimate.)
  [/(?<![\p{L}\p{M}])(?<!so (?:với )?)(?:ước|dự kiến|ước tính|ước thực hiện|sơ bộ)(?!\p{L})(?!\p{M})/u, 'estimate'],
  // "Kế hoạch đặt ra lộ trình cụ thể cho từng năm như sau:": a roadmap's items are what each year is to reach, this
  // year's included (roadmap-heading).
  // ("A. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2018:": tasks carried out are reviewed, not set.)
  [/(?<![\p{L}\p{M}])(?:phấn đấu|mục tiêu|chỉ tiêu kế hoạch|kế hoạch năm \d{4}|(?<!(?:(?:tình hình|kết quả) thực hiện|đánh giá|kết quả)(?: các)? )nhiệm vụ|định hướng|lộ trình)(?!\p{L})(?!\p{M})/u, 'target'],
  // "Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung cho tháng cuối năm:": a directive's items are what it asks for
  // (not documents that ask, "hồ sơ đề nghị công nhận gồm:", nor what came of one, "kết quả thực hiện các yêu cầu …:").
  [/(?<![\p{L}\p{M}]|hồ sơ |đơn |tờ trình |văn bản |kết quả (?:thực hiện )?(?:các |những )?)(?:yêu cầu|đề nghị)(?! (?:thanh toán|công nhận|xét|khen|cấp|phê duyệt|của)(?!\p{L})(?!\p{M}))(?!\p{L})(?!\p{M})/u, 'target'],
];
// Numbered and lettered lines ("1. Tổng giá trị sản xuất tăng 10 - 11%.", "a) …") are items as bullets are: a
// resolution lists its targets so under "… năm 2026 xác định 15 chỉ tiêu chủ yếu, trong đó:".
const ITEM = /^(?:[-–+•*]\s|(?:\d{1,2}[.)]|[a-zđ]\))\s+\S|[^:\n]{2,80}:\s*\S)/u;

/** The base a heading says its changes are measured against: "(tăng, giảm so với cùng kỳ)", "so với năm 2022". */
export function headingBase(heading: string): Base | undefined {
  return HEADING_BASE.find(([re]) => re.test(heading))?.[1] ?? (HEADING_YEAR_BASE.exec(heading)?.[1] as Base | undefined);
}

/**
 * "Một số sản phẩm chủ yếu tăng so với cùng kỳ: thủy sản chế biến 98.450 tấn (+12,3%); giày dép … (-3,6%)", "… 10 tháng so
 * với cùng kỳ: điện sản xuất +14,2%; xi măng -6,5%": a list run inline after a colon, its signed changes measured as the
 * words before the colon say. Only a sign (bracketed or bare), a
 * verb under a legend naming both ways ("tăng, giảm so với …"), or a verb going the one way the heading names ("tăng
 * so với cùng kỳ: … tăng 8,2%"): otherwise a verb ("tăng 10,2%") states its own comparison or none.
 */
export function inlineHeadingBase(lower: string, sentenceStart: number, numberStart: number): Base | undefined {
  // The words right before the number first: most changes have neither a bracketed sign nor a verb there.
  const signed = SIGNED_BRACKET.test(lower.slice(Math.max(sentenceStart, numberStart - 3), numberStart));
  if (!signed && !CHANGE_VERB_BEFORE.test(lower.slice(Math.max(sentenceStart, numberStart - 8), numberStart))) return undefined;
  // An inline list runs a few hundred characters past its colon and its heading is one clause: both reaches keep each
  // figure's search off the whole text when the text is one endless "sentence".
  const from = Math.max(sentenceStart, numberStart - INLINE_LIST_REACH);
  // ("Nhiều mặt hàng có kim ngạch xuất khẩu tăng so với cùng kỳ, gồm thủy sản chế biến … (tăng 25,9%); …": "gồm" after the
  // heading's clause opens the list as a colon does.)
  const window = lower.slice(from, numberStart);
  const at = Math.max(window.lastIndexOf(':'), window.lastIndexOf(', gồm '));
  if (at < 0) return undefined;
  const colon = from + at;
  const heading = lower.slice(Math.max(sentenceStart, colon - INLINE_HEADING_REACH), colon);
  // "Một số sản phẩm chủ yếu 9 tháng tăng, giảm so với cùng kỳ: điện 9.120 triệu kWh, tăng 16,4%; …": a heading that
  // names both directions is a legend for the changes after it, written with verbs too.
  if (!signed && !(BOTH_WAYS.test(heading) && CHANGE_VERB_BEFORE.test(lower.slice(Math.max(colon, numberStart - 8), numberStart))) &&
    !sameWayAsHeading(heading, lower.slice(Math.max(colon, numberStart - 8), numberStart))) return undefined;
  return headingBase(heading);
}

// "Một số sản phẩm chủ yếu tăng so với cùng kỳ: quần áo may sẵn tăng 8,2%; gạch ốp lát tăng 5,4%": a heading that says
// the items rose against a base, over items that rise, measures them so; an item that falls under it is not one of them.
const ONE_WAY = /(?<![\p{L}\p{M}])(tăng|giảm)(?: (?:khá|mạnh|nhẹ|cao))? so (?:với )?/u;

const RISE_BEFORE = /(?<![\p{L}\p{M}])tăng $/u;
const FALL_BEFORE = /(?<![\p{L}\p{M}])giảm $/u;

function sameWayAsHeading(heading: string, before: string): boolean {
  if (BOTH_WAYS.test(heading)) return false;
  const way = ONE_WAY.exec(heading)?.[1];
  return way !== undefined && (way === 'tăng' ? RISE_BEFORE : FALL_BEFORE).test(before);
}
const INLINE_LIST_REACH = 2000;
const INLINE_HEADING_REACH = 300;
// A sign in a bracket ("(+12,3%)"), or written bare against the number after the item's name ("xi măng -6,5%"): not
// an en dash, which joins a range or a pair of years.
const SIGNED_BRACKET = /(?:\(\s?[+\-−–]\s?|\s[+\-−])$/u;
const BOTH_WAYS = /(?<![\p{L}\p{M}])tăng(?:,| \/|\/| hoặc| và) ?giảm so (?:với )?/u;
const CHANGE_VERB_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm) $/u;

export interface ListContext {
  base?: Base;
  modality?: Modality;
  /** Where the heading starts: its words (an indicator) govern the items too. */
  headingStart: number;
  /** Where the heading's line ends. */
  headingEnd: number;
  /** Where the period the items take is read, when not from the heading line alone: a numbered group's outer heading,
   * or the plan named above a heading that names no year. */
  periodSpan?: readonly [number, number];
}

// "Một số chỉ tiêu chủ yếu đến năm 2030:" published in 2025: a heading that looks to a year not yet begun lists targets.
const HEADING_YEAR = /(?<![\p{L}\p{M}])(?:đến |tới )?năm ((?:19|20)\d\d)(?!\d)/gu;

function headsFuture(heading: string, publishedYear: number | undefined, publishedMonth?: number): boolean {
  if (publishedYear === undefined) return false;
  for (const m of heading.matchAll(HEADING_YEAR)) if (Number(m[1]) > publishedYear) return true;
  if (headsComingTermTargets(heading, publishedYear)) return true;
  if (publishedMonth !== undefined && publishedMonth < LAST_MONTH && headsRunningYearsEnd(heading, publishedYear)) return true;
  return publishedMonth !== undefined && publishedMonth <= YEAR_OPENING_MONTHS && headsYearsTargets(heading, publishedYear);
}

// "Một số chỉ tiêu cụ thể đến cuối năm 2026:" in July 2026: a heading that looks to the end of the year still running
// lists what the year is to reach (running-year-end-heading). Not in December, when the year's end is at hand and such
// a list may sum it up, nor a heading that reports ("Kết quả thực hiện đến hết năm 2026:", "ước đạt").
const RUNNING_YEAR_END = /(?<![\p{L}\p{M}])(?:đến|tới|vào) (?:cuối|hết) năm ((?:19|20)\d\d)(?!\d)/u;
const LAST_MONTH = 12;

function headsRunningYearsEnd(heading: string, publishedYear: number): boolean {
  const m = RUNNING_YEAR_END.exec(heading);
  return m !== null && Number(m[1]) === publishedYear && !REPORTS_RESULTS.test(heading);
}

// "Các chỉ tiêu chủ yếu năm 2024 như sau:" in January 2024: the targets set for the year just begun, as "các chỉ
// tiêu năm 2024, như: …" in a sentence. Only in the months when a year's targets are adopted: "Một số chỉ tiêu chủ
// yếu năm 2024:" in December 2024 sums the year up. Not a release's "Một số chỉ tiêu chủ yếu 9 tháng năm 2024:" (a part of the
// year, so results), nor a heading that reports ("Kết quả thực hiện các chỉ tiêu năm 2024:", "ước đạt").
const TARGETS_OF_YEAR = /(?<![\p{L}\p{M}])chỉ tiêu(?: [\p{L}\p{M}]+){0,3} năm ((?:19|20)\d\d)(?!\d)/u;
const REPORTS_RESULTS = /(?<![\p{L}\p{M}])(?:kết quả|thực hiện|tình hình|ước|đạt|tháng|quý)(?!\p{L})(?!\p{M})/u;

// "Năm 2026, Ban Chấp hành Đảng bộ tỉnh thống nhất 24 chỉ tiêu chủ yếu, trong đó:" in January 2026: the year opening
// the heading's sentence, then the targets it sets, heads the year's targets as "Các chỉ tiêu chủ yếu năm 2026:" does
// (year-opening-targets-heading).
const YEAR_OPENS_HEADING = /^\s*năm ((?:19|20)\d\d),/u;

const YEAR_OPENING_MONTHS = 4;

function headsYearsTargets(heading: string, publishedYear: number): boolean {
  const m = TARGETS_OF_YEAR.exec(heading) ?? (NAMES_TARGETS.test(heading) ? YEAR_OPENS_HEADING.exec(heading) : null);
  return m !== null && Number(m[1]) === publishedYear && !REPORTS_RESULTS.test(heading);
}

// "Chỉ tiêu chủ yếu năm 2025" on a line of its own, then "- Thu ngân sách: 980 tỷ đồng;": a title over bullets heads
// them as a colon would.
const TITLE_MAX = 100;

function titlesBullets(line: string, nextStart: string): boolean {
  return line.length > 0 && line.length < TITLE_MAX && /^[-–+•*]\s/u.test(nextStart) && !/[.!?;,:]$/u.test(line) && !ITEM.test(line);
}

/** Where /[^.!?]*:$/ starts matching in a line that ends with a colon: after its last full stop, "!" or "?" (found
 * directly; the pattern would be tried from every position of a long paragraph). */
export function ownSentenceStart(line: string): number {
  return Math.max(line.lastIndexOf('.'), line.lastIndexOf('!'), line.lastIndexOf('?')) + 1;
}

// "Các chỉ tiêu chủ yếu năm 2026:" on a line of its own, then a paragraph on how the targets were set ("Theo Nghị quyết,
// hệ thống chỉ tiêu gồm 20 chỉ tiêu, chia thành ba nhóm."), then the items: a title naming a plan's targets still heads
// the list a short preamble delays. Only a heading that is a whole line of its own and names targets: a sentence that
// ends on a colon ("… như sau:") opens its list at once.
const MAX_PREAMBLE_PARAGRAPHS = 2;
const PREAMBLE_MAX = 600;

function mayOpenWithPreamble(line: string): boolean {
  return line.endsWith(':') && line.length < TITLE_MAX && ownSentenceStart(line) === 0 && NAMES_TARGETS.test(line);
}

// "Các chỉ tiêu đều tăng so với cùng kỳ. Cụ thể:": a heading that only opens the list leaves how its changes are
// measured to the sentence before it (its base only: that sentence's own figures are not the items' modality).
const BARE_OPENER = /^\s*(?:cụ thể|cụ thể như sau|như sau|trong đó|bao gồm|gồm)\s*:$/u;

function sentenceBefore(line: string): string {
  const own = ownSentenceStart(line);
  const before = line.slice(0, Math.max(0, own - 1));
  // A full stop inside "1.400" is no sentence end: only one followed by a space is.
  const ends = [...before.matchAll(/[.!?]\s/gu)];
  return before.slice(ends.length ? ends[ends.length - 1]!.index! + 2 : 0);
}

// A table flattened one cell per line under its colon heading: "Số vụ" then "38 vụ (giảm 5 vụ)". A short label line
// with no digit or closing mark before a line that opens with a number, and that value line, are the list's items.
const LABEL_LINE = /^[^\d:.;!?]{2,40}$/u;
const VALUE_LINE = /^\d[\d.,]*(?:[\s%]|$)/u;

function isCellPerLine(line: string, next: string, previous: string): boolean {
  return (LABEL_LINE.test(line) && VALUE_LINE.test(next)) || (VALUE_LINE.test(line) && LABEL_LINE.test(previous));
}

// "Ngày 9/12/2022, HĐND tỉnh ban hành Nghị quyết … về kế hoạch phát triển kinh tế - xã hội năm 2023." over "Các chỉ tiêu
// chủ yếu:": a heading that names targets and no year, right under a paragraph naming the plan of a year not yet begun
// (or just begun), lists that plan's targets, of that year (plan-named-above-heading).
const PLAN_OF_YEAR = /(?<![\p{L}\p{M}])(?:kế hoạch|nghị quyết|chỉ tiêu|mục tiêu)(?: [^\s.;:]+){0,10}? năm ((?:19|20)\d\d)(?!\d)/u;
const PLAN_PARAGRAPH_MAX = 600;

/** Where the paragraph before `headingIndex` names a coming year's plan: the span of its year, else undefined. */
function planNamedAbove(lower: string, starts: readonly number[], headingIndex: number, heading: string, publishedYear?: number, publishedMonth?: number): readonly [number, number] | undefined {
  if (publishedYear === undefined || headingIndex === 0 || !NAMES_TARGETS.test(heading) || HEADING_YEAR_ANY.test(heading)) return undefined;
  const from = starts[headingIndex - 1]!;
  const paragraph = lower.slice(from, starts[headingIndex]!);
  if (paragraph.length > PLAN_PARAGRAPH_MAX || REPORTS_RESULTS.test(paragraph)) return undefined;
  const m = PLAN_OF_YEAR.exec(paragraph);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < publishedYear || (year === publishedYear && (publishedMonth === undefined || publishedMonth > YEAR_OPENING_MONTHS))) return undefined;
  const yearAt = from + m.index + m[0].length - 8;
  return [yearAt, yearAt + 8];
}
const HEADING_YEAR_ANY = /(?:19|20)\d\d/u;

// "Các chỉ tiêu chủ yếu:" then "1. Về kinh tế:" and its items, "2. Về xã hội:" and its items: a group's label under a
// heading divides its list and says nothing of the items' base, modality or period, which stay the heading's
// (numbered-groups-under-heading). Not a label that names a period, a plan or results of its own ("Kế hoạch quý IV:").
const GROUP_LABEL = /^(?:(?:\d{1,2}|[ivx]{1,4})[.)]\s*|[a-zđ]\)\s*)?[^\d:.;!?()]{2,40}:$/u;
const OWN_FRAME = /(?<![\p{L}\p{M}])(?:quý|tháng|năm|tuần|vụ|kỳ|kế hoạch|chỉ tiêu|mục tiêu|dự toán|nhiệm vụ|kết quả|thực hiện|ước|so)(?!\p{L})(?!\p{M})/u;

function isGroupLabel(line: string): boolean {
  return GROUP_LABEL.test(line) && !OWN_FRAME.test(line);
}

export function listContexts(lower: string, segments: Segments, publishedYear?: number, publishedMonth?: number): (pos: number) => ListContext | undefined {
  const starts = segments.paragraphStarts;
  const items = new Map<number, ListContext>();
  let current: ListContext | undefined;
  // Prose paragraphs a title heading may have before its first item (see mayOpenWithPreamble).
  let preambleLeft = 0;
  for (let i = 0; i < starts.length; i++) {
    const line = lower.slice(starts[i]!, starts[i + 1] ?? lower.length).trim();
    if (line.endsWith(':') || titlesBullets(line, lower.slice(starts[i + 1] ?? lower.length, (starts[i + 1] ?? lower.length) + 2))) {
      // Only the heading's own sentence: "… ước đạt 5,08%. Một số chỉ tiêu chủ yếu 9 tháng (…):" heads actuals.
      const heading = line.endsWith(':') ? line.slice(ownSentenceStart(line)) : line;
      const base = headingBase(heading) ?? (BARE_OPENER.test(heading) ? headingBase(sentenceBefore(line)) : undefined);
      const modality = HEADING_MODALITY.find(([re]) => re.test(heading))?.[1] ?? (headsFuture(heading, publishedYear, publishedMonth) ? 'target' : undefined);
      const headingStart = starts[i]!;
      const headingEnd = headingStart + lower.slice(headingStart, starts[i + 1] ?? lower.length).trimEnd().length;
      const outer = current;
      const plan = modality === undefined && base === undefined ? planNamedAbove(lower, starts, i, heading, publishedYear, publishedMonth) : undefined;
      if (outer && base === undefined && modality === undefined && isGroupLabel(line)) {
        current = { base: outer.base, modality: outer.modality, headingStart, headingEnd, periodSpan: outer.periodSpan ?? [outer.headingStart, outer.headingEnd] };
      } else if (plan) {
        current = { modality: 'target', headingStart, headingEnd, periodSpan: [plan[0], headingEnd] };
      } else {
        current = { base, modality, headingStart, headingEnd };
      }
      preambleLeft = mayOpenWithPreamble(line) ? MAX_PREAMBLE_PARAGRAPHS : 0;
    } else if (current && ITEM.test(line) && line.length < 400) {
      items.set(i, current);
      preambleLeft = 0;
    } else if (current && isCellPerLine(line, lower.slice(starts[i + 1] ?? lower.length, starts[i + 2] ?? lower.length).trim(), lower.slice(starts[i - 1]!, starts[i]!).trim())) {
      items.set(i, current);
      preambleLeft = 0;
    } else if (current && preambleLeft > 0 && line.length < PREAMBLE_MAX) {
      // Not an item: the paragraph explaining the list keeps its own reading, the list after it is still the heading's.
      preambleLeft--;
    } else {
      current = undefined;
    }
  }
  return (pos) => items.get(segmentIndex(starts, pos));
}

// "Kết quả một số sản phẩm chủ lực 9 tháng (so với kế hoạch năm):" then "- Chè búp tươi: 98.400 tấn, đạt 78,5%": under a
// heading that measures its list against the plan, a bare share reached right after the item's amount is that amount's
// share of the plan, as "đạt 78,5% kế hoạch" would be.
export const REACHED_AFTER_AMOUNT = /^\s*,\s*(?:đạt|bằng)\s+$/u;
// "Kết quả một số chỉ tiêu lâm nghiệp năm 2023 (so với kế hoạch):" then "- Trồng rừng tập trung: đạt 109,5%;": an item
// whose value is only its share reached, right after its label's colon, is that share of the plan too.
const REACHED_AFTER_LABEL = /:\s*(?:đạt|bằng)\s+$/u;
const LABEL_REACH = 12;

/** The percentage at `numberStart` is a plan share of the amount just before it (ending at `prevEnd`) in its item, or
 * the item's only value after its label. */
export function isPlanShareInList(list: ListContext | undefined, lower: string, numberStart: number, prevEnd: number, clauseStart: number): boolean {
  if (list?.base !== 'target') return false;
  if (prevEnd > clauseStart) return REACHED_AFTER_AMOUNT.test(lower.slice(prevEnd, numberStart));
  return REACHED_AFTER_LABEL.test(lower.slice(Math.max(0, numberStart - LABEL_REACH), numberStart));
}
