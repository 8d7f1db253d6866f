// Actual, estimate or target: from markers before the figure within its clause (or its sentence, when a heading
// with a colon governs a list), from a plan marker right before it, or from a period still ahead of publication.
import { REACHED_TARGET_LISTED } from './reached-target-colon.ts';
import { estimateTitleSpans } from './estimate-title.ts';
import { isAssignedTarget } from './assigned-target.ts';
import type { Modality } from './figure.ts';
import type { Meaning } from './meaning.ts';
import { firstAtOrAfter, hasBetween, matchStarts } from './sorted.ts';
import { perSentence, segmentIndex } from './segments.ts';
import { sentenceMatches } from './vocabulary/word-boundary.ts';
import { ACTUAL_NOW, ESTIMATE_CUES, HELD_NOW, NAMES_TARGETS, PLAN_PHRASE_CLOSED, TARGET_CUES, TARGET_SETTING_VERBS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';
import { wordStartTest } from './vocabulary/word-start.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';
import { followsYearAims } from './year-aims.ts';
import { AIM_CUES, aimGoverns } from './aim-cue.ts';
import { isNeededMore } from './needed-more.ts';
import { isPledged } from './pledge-cue.ts';
import { isTargetsCountSet } from './targets-count-set.ts';
import { pastWhenClauseBetween } from './when-clause.ts';
import { isPlanValueAfterColon } from './plan-value-after-colon.ts';

const STRONG_TARGET = new Set(['các chỉ tiêu chủ yếu', 'theo kế hoạch', 'phấn đấu', 'mục tiêu', 'chỉ tiêu chủ yếu', 'đặt mục tiêu', 'đề ra mục tiêu', 'nhằm đạt',
  'phải đạt', 'cần đạt', 'sẽ đạt', 'định hướng', 'chỉ tiêu kế hoạch', 'đề ra các chỉ tiêu', 'phải tăng', 'phải giảm']);
// "đề ra" only reaches figures of its clause not set off by a bracket, a comma or a past-tense verb ("Nghị quyết đề
// ra mỗi năm kết nạp từ 120 - 150 đảng viên" vs "Trong 19 chỉ tiêu Thị ủy đề ra trong năm 2023 (có 1 chỉ tiêu …),
// thị xã đã thực hiện đạt 15 chỉ tiêu").
const MEDIUM_TARGET = new Set(['đề ra']);
// "đề nghị Công an tỉnh nâng tỷ lệ điều tra khám phá đạt trên 85%, án rất nghiêm trọng trên 95%, kéo giảm tai nạn giao
// thông từ 5 - 10%": a directive governs the rest of its sentence, unless the sentence reports what was done.
const DIRECTIVE = new Set(['đề nghị', 'yêu cầu']);
// "số tiền đề nghị thanh toán", "hồ sơ đề nghị công nhận": a request named as a thing, not a directive. A delegate who
// "đề nghị làm rõ vì sao … chỉ đạt 312 người" asks for a result to be explained, and sets nothing (request-to-explain).
const NOT_A_DIRECTIVE = /^ (?:thanh toán|công nhận|xét|khen|cấp|hỗ trợ|bổ sung|điều chỉnh|phê duyệt|của|được|làm rõ|giải trình|cho biết|lý giải)(?!\p{L})(?!\p{M})/u;
// "tiếp nhận 12.356 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 9,6%": the documents that ask, counted.
const REQUEST_AS_THING = /(?<![\p{L}\p{M}])(?:hồ sơ|đơn|tờ trình|văn bản|số tiền) $/u;
// "yêu cầu … tập trung hoàn thành 21 chỉ tiêu Nghị quyết năm 2022, trong đó tổng sản lượng lương thực đạt …; tỷ lệ hộ
// nghèo giảm 4 - 5%; …": the directive's object, detailed after ", trong đó", heads the items its semicolons part.
const DETAILED_OBJECT = /^[^;.:]*, trong đó (?!có )[^;]*;/u;
function detailsDirective(span: string): boolean {
  return span.includes(', trong đó ') && DETAILED_OBJECT.test(span);
}
const DIRECTIVE_BLOCKER = /(?<![\p{L}\p{M}])(?:đã|đạt được|đáp ứng)(?!\p{L})(?!\p{M})/u;
// ("thấp hơn so kế hoạch đề ra gần 2%", "cao hơn kế hoạch đề ra 15%": a plan compared with, too.)
const COMPARED_BEFORE = /(?:so với|(?<![\p{L}\p{M}])so|thấp hơn|cao hơn|đạt|vượt)(?: [\p{L}\p{M}]+){1,3} $/u;
export const CUE_RE = new RegExp([...ESTIMATE_CUES, ...TARGET_CUES, ...AIM_CUES].sort((a, b) => b.length - a.length).join('|'), 'gu');
const ESTIMATE = new Set(ESTIMATE_CUES);
const AIM = new Set(AIM_CUES);
// Cues that are nouns, so can be what a number counts ("21/24 chỉ tiêu chủ yếu").
const NOUN_CUE = /chỉ tiêu|mục tiêu|kế hoạch|dự toán/u;
const EARMARKED_BEFORE = /(?<![\p{L}\p{M}])(?:hỗ trợ|bổ sung) có $/u;
const PURPOSE_BEFORE = /(?<![\p{L}\p{M}])để (?:đạt|hoàn thành|thực hiện)(?: được)?(?: các| những)? $/u;
const PURPOSE_CLOSED_AFTER = /^[^,.;:\d]{0,30},/u;
// The target's value in brackets right after its name, then a comma: "vượt mục tiêu (9%), …".
const TARGET_VALUE_CLOSED = /^[^()\d,;]{0,24}\([^()]*\d[^()]*\)\s*,/u;
// Or by a comma a few words on, no figure before it: "đảm bảo theo kế hoạch đề ra từ đầu năm, trong đó …".
const TARGET_WORDS_CLOSED = /^[^()\d,;:%]{0,30},/u;
// ("ước đạt 7,65%, thấp hơn mục tiêu 8% đề ra; quy mô GRDP đạt …": a target compared with is closed as one reached.)
// ("Thu ngân sách đảm bảo theo kế hoạch đề ra, trong đó thu tiền sử dụng đất 37 tỷ đồng": kept to the plan, a verdict.)
// ("vượt mục tiêu Nghị quyết 0,36%": by how much a result passed the plan it names, as "vượt kế hoạch 0,36%".)
const GAP_FROM_PLAN_BEFORE = /(?<![\p{L}\p{M}])(?:(?:thấp|cao) hơn (?:so (?:với )?)?|vượt (?:mức )?)$/u;
// Between the plan's noun and the gap: the plan's verb at most ("thấp hơn mục tiêu đề ra 2,5 điểm phần trăm").
const GAP_AFTER_PLAN = /^(?: (?:đề ra|đặt ra|được giao|giao|của tỉnh|nghị quyết|năm))* (?:khoảng |gần |hơn )?$/u;
// ("Thành phố hoàn thành sớm mục tiêu xóa nhà tạm, nhà dột nát; đến cuối năm 2025, tỷ lệ hộ nghèo … giảm còn 0,16%": a goal
// reached ahead of time too: goal-reached-early.)
const REACHED_BEFORE = wordStartTest(/(?<![\p{L}\p{M}])(?:hoàn thành|vượt|đạt|về đích|thấp hơn|cao hơn|đảm bảo|bảo đảm)(?: vượt mức| trước| đúng| sớm)? $/u);
// A heading ("các chỉ tiêu chủ yếu năm 2024, như: …") governs the items after its colon, across semicolons.
export const HEADING_MARK = /:|như|lần lượt/gu;
export const MEDIUM_BLOCKER = /[(,]|đã|thực hiện|đạt được/gu;
const YEAR = /(?:19|20)\d\d/g;
const PLAN_OPENERS = new Set(['kế hoạch', 'kế hoạch năm', 'chỉ tiêu năm', 'dự toán năm']);
// What may stand between the opening plan noun and its comma: the period only ("vụ Hè Thu 2025", "năm 2025"), or one
// named by "năm nay", "năm tới" ("Kế hoạch vụ Hè Thu năm nay, toàn tỉnh gieo sạ 228.000 ha": plan-opening-this-year).
const PLAN_OPENING_PERIOD = /^(?: (?:năm|vụ|lúa|đông xuân|hè thu|thu đông|xuân hè|vụ mùa|quý [ivx]+|tháng \d{1,2}|niên vụ|năm học))* (?:(?:19|20)\d\d(?: ?[-–/] ?(?:19|20)\d\d)?|(?<= năm )(?:nay|tới|sau)),/u;
// ("Ước cả năm 2025, …; sản lượng lương thực đạt …": the whole year may carry its number: fronted-whole-year-estimate.)
const FRONTED_ESTIMATE = /^(?:dự ước|ước tính|ước thực hiện|ước)(?: (?:cả năm(?: \d{4})?|năm \d{4}|quý [ivx]+(?:\/\d{4}| năm \d{4})?|(?:\d{1,2} )?tháng(?: đầu năm)?(?: \d{1,2})?(?:\/\d{4}| năm \d{4})?))+,/u;
const FRONTED_ESTIMATE_REACH = 48;
// "Số liệu 9 tháng là số ước tính": a note that makes the figures after it estimates.
const ESTIMATE_NOTE = /(?:số liệu|các số liệu|con số)[^.\n]{0,60}?(?:là|được tính|theo) (?:số )?(?:ước tính|ước|sơ bộ)(?!\p{L})(?!\p{M})/u;

// "lần lượt (là) 7,5%/năm, 9 - 10%/năm và ": the items of one list, before the one a figure is.
const RESPECTIVE_ITEMS = /^lần lượt(?: là| đạt| ở mức)?\s[^;:()!?]*$/u;
const RESPECTIVE_LIST_REACH = 120;
const BRACKET_REACH = 40;
const NEXT_ITEM_AFTER_BRACKET = /^\s*(?:[,;]|và )/u;
const FAILED = new Set(['not_achieved', 'nearly']);
const NOT_AIMED_AFTER = /^ (?:cường|ca|giá)(?!\p{L})(?!\p{M})/u;
const DETAILS = /^\s*(?:trong đó|cụ thể|theo đó)\s*,/u;
// How far before the figure "sau điều chỉnh" (in its sentence) and "dự toán" (there or in the sentence before) may stand.
const ADJUSTED_REACH = 200;
const ESTIMATE_REACH = 400;
const SET_REACH = 400;
// (A sentence that sets a list's targets may also just strive for them or hand them down: "phấn đấu", "giao".)
const SETS_TARGETS = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...TARGET_SETTING_VERBS, 'phấn đấu', 'giao'])})(?!\\p{L})(?!\\p{M})`, 'u');
// What makes the sentence before a report of results: "đạt 10/12 chỉ tiêu đề ra", "đã hoàn thành", "ước đạt" (a congress
// that "đã thông qua" its targets, or "đã biểu quyết thông qua" them, still sets them).
const STATES_RESULT = /(?<![\p{L}\p{M}])(?:đạt|vượt|hoàn thành|ước|đã(?! (?:thông qua|đề ra|xác định|đặt ra|giao|biểu quyết|nhất trí|thống nhất)))(?!\p{L})(?!\p{M})/u;
const DOCUMENT_NUMBER_AFTER = /^ (?:số:? ?\d|\d+\/)/u;
const BASE_BEFORE = /(?<![\p{L}\p{M}])so với (?:số |mức )?$/u;
// ("hoàn thành 28/29 chỉ tiêu chủ yếu theo kế hoạch đề ra": the plan the counted targets were held to, four words on.)
const RATIO_NOUN_BEFORE = /\d\s*\/\s*\d[\d.,]*(?: [\p{L}\p{M}]+){0,4} $/u;
// The count may close on ", trong đó:" or ", gồm:" before its list ("đề ra 18 chỉ tiêu, trong đó: …; …").
const TARGETS_COUNTED_AFTER = /^ (?:\d{1,3}|[\p{L}\p{M}]+) (?:nhóm )?(?:chỉ tiêu|mục tiêu)(?: [\p{L}\p{M}]+){0,4}(?:, (?:trong đó|gồm|cụ thể))?\s*:/u;
const REVIEWED_SINCE = wordStartTest(/(?<![\p{L}\p{M}])(?:đến nay|hiện nay|đã|kết quả|thực hiện được)(?!\p{L})(?!\p{M})/u);
// The verb that sets a count of targets, right before it: "Nghị quyết đề ra 21 chỉ tiêu", "Đại hội xác định 18 chỉ tiêu".
const SET_COUNT_BEFORE = /(?<![\p{L}\p{M}])(?:đề ra|đặt ra|xác định)(?: (?:được|tổng số))? $/u;
const SET_COUNT_REACH = 24;
const COUNTED_TARGETS_BEFORE = /\d\s*(?:chỉ tiêu|tiêu chí)\s+$/u;
// A subject headed by a plan noun, right before its copula: "kế hoạch vốn … là", "dự toán thu ngân sách … được giao";
// or the plan compared with, then its value: "vượt xa so với kế hoạch là 600 nghìn ha", "vượt tốc độ tăng trưởng so với
// kế hoạch đề ra đầu năm là 8,42%". A target named as such is one too: "Chỉ tiêu giao năm 2025 là 12.000 tỷ đồng".
// ("Dự án … có kế hoạch vốn năm 2024 là 1.000 tỷ đồng": the plan a project has, too.)
// ("Để hoàn thành dự toán năm 2024 là 10.360 tỷ đồng, …": the plan a purpose names, then its value: plan-value-of-purpose.)
const PLAN_SUBJECT = /(?:^\s*|[,:]\s*|\n|(?<![\p{L}\p{M}])(?:so với|có|(?:để|muốn|nhằm) (?:đạt|hoàn thành|thực hiện)(?: được)?)\s+)(?:tổng\s+)?(?:kế hoạch|dự toán|chỉ tiêu(?! (?:không |chưa )?(?:đạt|vượt|hoàn thành|xấp xỉ)))(?!\p{L})(?!\p{M})[^,;:%]*\s$/u;
const PLAN_COPULAS = new Set(['là', 'được giao']);
// A plan noun, who handed it down, "giao", then the value (no verb or figure between): "kế hoạch vốn Thủ tướng Chính phủ
// giao", "dự toán HĐND tỉnh giao". ("đạt 105% chỉ tiêu tỉnh giao" has a verb before the plan: its figure comes first.)
// ("…, trong đó kế hoạch Thủ tướng Chính phủ giao 4.096 tỷ đồng": the plan named by who handed it down alone.)
const PLAN_HANDED_DOWN = /(?:^|[,:;(]\s*|(?<![\p{L}\p{M}])(?:trong đó|gồm|riêng)\s+)(?:tổng\s+)?(?:kế hoạch vốn|kế hoạch(?= (?:thủ tướng|chính phủ|trung ương|hđnd|ubnd|tỉnh|huyện))|dự toán(?: thu| chi)?)(?!\p{L})(?!\p{M})[^,;:%\d()]{0,60} giao $/u;
const EXPECTED_PLAN = /(?<![\p{L}\p{M}])(?:dự kiến\s+)?(?:tổng\s+)?kế hoạch vốn(?!\p{L})(?!\p{M})[^,;:%\d()]{0,40}năm (?:19|20)\d\d[^,;:%\d()]{0,30}?\s(?:dự kiến\s+)?(?:là\s+)?(?:khoảng|trên|hơn|gần)?\s*$/u;
// "Để hoàn thành kế hoạch trồng 13.000 ha rừng năm 2025, …": a plan named by the work it sets, then its amount, is the
// plan's value (plan-of-work-amount).
const PLAN_OF_WORK = /(?<![\p{L}\p{M}])kế hoạch (?:trồng(?: mới)?(?: rừng)?|trồng rừng(?: tập trung)?|gieo trồng|gieo cấy|gieo sạ|xuống giống|thả nuôi|tiêm phòng|khai thác|thu hoạch) (?:khoảng |trên |hơn |gần )?$/u;
// ("Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng": the capital planned, named the same way.)
const BUDGET_PLAN_OPENING = /^\s*(?:tổng\s+)?(?:dự toán (?:thu|chi)|kế hoạch vốn)(?!\p{L})(?!\p{M})[^,;:%\d()]{0,60}\s$/u;

interface Cue {
  start: number;
  end: number;
  word: string;
}

export interface ModalityInput {
  numberStart: number;
  sentenceStart: number;
  clauseStart: number;
  meaning: Meaning;
  /** The modality a list heading gives its items ("Ước thực hiện 9 tháng:"). */
  listModality?: Modality;
  /** The figure names its own, earlier period: what was, not what is estimated or planned. */
  attachedPeriod?: boolean;
  /** Year of the figure's period and of publication, when known. */
  periodYear?: number;
  publishedYear?: number;
  /** The figure's period when it is a stretch of years ("2025/2030"). */
  periodTerm?: string;
  /** The figure counts targets ("21 chỉ tiêu"). */
  countsTargets?: boolean;
}

/**
 * Finds cues and heading marks one sentence at a time, for the sentences whose figures ask (a minority of the text);
 * blockers and years on first use. Each figure then looks up only what lies before it in its sentence.
 */
export function createModalityReader(lower: string, sentenceStarts: readonly number[] = [0]) {
  const cuesAround = perSentence(sentenceStarts, lower.length, (from, to) => cuesIn(lower, from, to));
  const headingsAround = perSentence(sentenceStarts, lower.length, (from, to) => matchStarts(sentenceMatches(lower, HEADING_MARK, from, to)));
  // Blockers matter only after a medium cue ("đề ra"), which few texts have: found in that cue's sentence (every comma
  // of the text would be one otherwise).
  const blockersAround = perSentence(sentenceStarts, lower.length, (from, to) => matchStarts(sentenceMatches(lower, MEDIUM_BLOCKER, from, to)));
  // (Searched only where its opening words stand: most articles carry no such note.)
  const note = indexOfPhrase(lower, 'số liệu') >= 0 || indexOfPhrase(lower, 'con số') >= 0 ? ESTIMATE_NOTE.exec(lower) : null;
  const estimatesFrom = note ? note.index : Infinity;
  const estimatesTo = note ? noteScopeEnd(lower, note.index, note[0]) : Infinity;
  const underNote = (at: number) => at > estimatesFrom && at < estimatesTo;
  const titled = estimateTitleSpans(lower);
  // Years are needed only for weak cues heading a list: found on first use (pushed, not mapped: see matchStarts).
  let yearList: Array<{ at: number; year: number }> | undefined;
  const years = () => {
    if (yearList) return yearList;
    yearList = [];
    for (const m of lower.matchAll(YEAR)) if (!isDigit(lower[m.index - 1]) && !isDigit(lower[m.index + 4])) yearList.push({ at: m.index, year: Number(m[0]) });
    return yearList;
  };

  function headsFutureList(cue: Cue, numberStart: number, publishedYear?: number): boolean {
    if (publishedYear === undefined) return false;
    const headings = headingsAround(cue.start);
    const h = firstAtOrAfter(headings, cue.end, (x) => x);
    const until = h < headings.length && headings[h]! < numberStart ? headings[h]! : numberStart;
    const list = years();
    for (let i = firstAtOrAfter(list, cue.end, (y) => y.at); i < list.length && list[i]!.at < until; i++) {
      if (list[i]!.year >= publishedYear) return true;
    }
    return false;
  }

  // "Kế hoạch vụ Hè Thu 2025, huyện gieo sạ 9.600 ha": a plan noun and a period opening the sentence, then a comma,
  // head it like "Theo kế hoạch," would.
  function opensWithPlan(cue: Cue, sentenceStart: number): boolean {
    return PLAN_OPENERS.has(cue.word) && /^[\s\-–+•*]*$/u.test(lower.slice(sentenceStart, cue.start)) && PLAN_OPENING_PERIOD.test(lower.slice(cue.end, cue.end + 48));
  }

  // The cue's own clause must open the list: "IIP ước tăng 14,2%; một số sản phẩm tăng khá như …" lists actuals.
  function headsList(cue: Cue, numberStart: number): boolean {
    const headings = headingsAround(cue.start);
    const h = firstAtOrAfter(headings, cue.end, (x) => x);
    if (h >= headings.length || headings[h]! >= numberStart) return false;
    const between = lower.slice(cue.end, headings[h]!);
    return !between.includes(';') && !between.includes('\n');
  }

  // The cue stands in a bracket opened in its sentence that holds a figure after the cue and closes before the number.
  function estimateClosedInBracket(cue: Cue, sentenceStart: number, numberStart: number): boolean {
    const from = Math.max(sentenceStart, cue.start - BRACKET_REACH);
    const open = lower.slice(from, cue.start).lastIndexOf('(');
    if (open < 0 || lower.slice(from + open, cue.start).includes(')')) return false;
    // (Looked for up to the number only.)
    const i = lower.slice(cue.end, numberStart).indexOf(')');
    const close = i < 0 ? -1 : cue.end + i;
    // (Then the next item: "… (cả nước ước đạt 42,5%) là 3,1 điểm phần trăm" still compares with the estimate.)
    return close >= 0 && /\d/u.test(lower.slice(cue.end, close)) && NEXT_ITEM_AFTER_BRACKET.test(lower.slice(close + 1, close + 6));
  }

  // Where "lần lượt" opens a list between the cue and the number, with only the list's items before the number.
  function listedAfterCue(cueEnd: number, numberStart: number): number | undefined {
    // (Looked for in the reach before the number only, never back through the whole text.)
    const from = Math.max(cueEnd, numberStart - RESPECTIVE_LIST_REACH);
    const i = lower.slice(from, numberStart).lastIndexOf('lần lượt');
    return i >= 0 && RESPECTIVE_ITEMS.test(lower.slice(from + i, numberStart)) ? from + i : undefined;
  }

  function lastCue(x: ModalityInput): Modality | undefined {
    if (HELD_NOW.test(lower.slice(Math.max(x.sentenceStart, x.numberStart - 10), x.numberStart))) return undefined;
    if (isPlanValueAfterColon(lower, x.sentenceStart, x.numberStart)) return 'target';
    let found: Modality | undefined;
    const cues = cuesAround(x.numberStart);
    let planOpened = false;
    // Cues of this sentence before the number, oldest first, so the nearest one wins.
    for (let i = firstAtOrAfter(cues, x.sentenceStart, (c) => c.start); i < cues.length && cues[i]!.start < x.numberStart; i++) {
      const cue = cues[i]!;
      if (cue.end > x.numberStart) break;
      const inClause = cue.start >= x.clauseStart;
      const heading = headsList(cue, x.numberStart);
      if (ESTIMATE.has(cue.word)) {
        // "Kế hoạch vụ Hè Thu 2025, tỉnh dự kiến xuống giống 181.000 ha": what a plan foresees is its target.
        // ("tỷ lệ lao động qua đào tạo (ước đạt 31,5%, kế hoạch 33%) và số xã … (đạt 1/2 xã …)": an estimate of a figure
        // inside a bracket closed before the number stays in it: estimate-closed-in-bracket.)
        // ("Dự ước 9 tháng, tổng giá trị sản xuất tăng 7,34%, …; công nghiệp tăng 9,1%; …": an estimate fronted with its
        // stretch, opening the sentence, covers all of it: fronted-estimate-sentence.)
        const fronted = !inClause && cue.start - x.sentenceStart <= 3 && FRONTED_ESTIMATE.test(lower.slice(cue.start, cue.start + FRONTED_ESTIMATE_REACH));
        if ((inClause || heading || fronted) && !(planOpened && cue.word === 'dự kiến') && !estimateClosedInBracket(cue, x.sentenceStart, x.numberStart)) found = 'estimate';
      } else if (STRONG_TARGET.has(cue.word)) {
        // "…, cơ bản hoàn thành mục tiêu cả giai đoạn được giao; có 67 xã đạt chuẩn nâng cao": a target reached, in a
        // clause before, says nothing of the figures after it.
        // ("…, vượt mục tiêu cả giai đoạn được giao và 743 xã đạt chuẩn kiểu mẫu": closed by "được giao" in the same one.)
        // ("…, vượt mục tiêu đặt ra (9%), đứng thứ 6 cả nước, tăng 7 bậc": closed by the target's own value in brackets.)
        const after = lower.slice(cue.end, x.numberStart);
        // "Năm 2024, huyện đạt và vượt 18/20 chỉ tiêu chủ yếu. Cụ thể, các chỉ tiêu chủ yếu: … đạt 99,5%; …": the targets
        // named where a sentence details the results of the one before head those results (details-of-results).
        if (NAMES_TARGETS.test(cue.word) && detailsResults(x.numberStart)) continue;
        if ((!inClause || PLAN_PHRASE_CLOSED.test(after) || TARGET_VALUE_CLOSED.test(after) || TARGET_WORDS_CLOSED.test(after) ||
          REACHED_TARGET_LISTED.test(after)) &&
          REACHED_BEFORE.test(lower.slice(Math.max(x.sentenceStart, cue.start - 24), cue.start))) continue;
        // "chứng chỉ 36,5%, thấp hơn mục tiêu 2,5 điểm phần trăm": the gap from a plan compared with is how far a result
        // fell short of it (or passed it), a result as "thấp hơn kế hoạch 2,5 điểm phần trăm" is (gap-from-named-plan).
        if (x.meaning.kind === 'change' && x.meaning.base === 'target' && GAP_FROM_PLAN_BEFORE.test(lower.slice(Math.max(x.sentenceStart, cue.start - 20), cue.start)) &&
          GAP_AFTER_PLAN.test(after)) continue;
        // "mục tiêu … là rất thách thức khi năm 2025 tỉnh chỉ đạt hơn 7%": what a year already come brought is a result.
        if (pastWhenClauseBetween(lower, cue.end, x.numberStart, x.publishedYear)) { found = undefined; continue; }
        // "phấn đấu … đạt trên 60% dự toán; đẩy nhanh giải ngân, hiện mới đạt 14,5% kế hoạch": the state of things now.
        // ("…; GRDP phải tăng khoảng 7,7% thì cả năm mới đạt chỉ tiêu; thu ngân sách cả năm đạt trên 8.500 tỷ đồng": only the
        // figure's own clause can say it stands now; "mới đạt" in a clause before it is the aim's condition:
        // now-words-own-clause.)
        found = ACTUAL_NOW.test(lower.slice(Math.max(cue.end, x.clauseStart), x.numberStart)) ? undefined : 'target';
      } else if (FAILED.has(x.meaning.status ?? '')) {
        // "đề nghị phân tích rõ nguyên nhân 3 chỉ tiêu có nguy cơ không đạt": targets missed are no aim a plan or a
        // directive sets; the count reviews them (missed-targets-not-aimed).
        continue;
      } else if (DIRECTIVE.has(cue.word)) {
        const span = lower.slice(cue.end, x.numberStart);
        // ("yêu cầu …: giải ngân …; thu ngân sách cả năm đạt …": after the directive's colon, semicolons part its items.)
        if ((!span.includes(';') || heading || detailsDirective(span)) && !NOT_A_DIRECTIVE.test(span) && !REQUEST_AS_THING.test(lower.slice(Math.max(0, cue.start - 10), cue.start)) &&
          !DIRECTIVE_BLOCKER.test(lower.slice(Math.max(cue.start - 40, x.sentenceStart), x.numberStart))) found = 'target';
      } else if (AIM.has(cue.word)) {
        if (aimGoverns(lower, cue.start, cue.end, x.numberStart, inClause)) found = 'target';
      } else if (MEDIUM_TARGET.has(cue.word)) {
        // "đạt thấp so với NQ đề ra như: …" compares with the plan; "Nghị quyết đề ra mỗi năm …" states it.
        // ("đề ra 21 chỉ tiêu: đến nay 18 chỉ tiêu đạt và vượt" reviews them.)
        // (Read near the number only: an endless sentence must not be read back to each cue.)
        const reviewed = REVIEWED_SINCE.test(lower.slice(Math.max(cue.end, x.numberStart - 160), x.numberStart));
        // ("Nghị quyết ba tỉnh đề ra lần lượt 7,5%/năm, 9 - 10%/năm và 8%/năm": the commas of a "lần lượt" list part
        // its items, each set by the same verb: respective-items-share-cue.)
        const blockersTo = listedAfterCue(cue.end, x.numberStart) ?? x.numberStart;
        if (inClause && !reviewed && !hasBetween(blockersAround(x.numberStart), cue.end, blockersTo) && !COMPARED_BEFORE.test(lower.slice(Math.max(0, cue.start - 30), cue.start))) found = 'target';
        // "Đảng bộ xã đề ra 12 chỉ tiêu cụ thể: …; …": the targets it counts are the list after the colon.
        else if (heading && !reviewed && !x.meaning.status && TARGETS_COUNTED_AFTER.test(lower.slice(cue.end, cue.end + 48))) found = 'target';
      } else if (opensWithPlan(cue, x.sentenceStart)) {
        found = 'target';
        planOpened = true;
      } else if (heading && headsFutureList(cue, x.numberStart, x.publishedYear)) {
        // "đạt 99,8% kế hoạch" uses the word as a base, not as a heading: weak cues count only when they head a
        // list for a year not yet over ("các chỉ tiêu năm 2024, như: …" published in January 2024).
        found = 'target';
      }
    }
    return found;
  }

  // "Theo Sở Tài chính, kế hoạch vốn đầu tư công năm 2024 của tỉnh là 5.872,4 tỷ đồng": the plan is the subject and
  // the figure its amount.
  function statesPlan(x: ModalityInput): boolean {
    const op = x.meaning.operator;
    // "Dự toán chi ngân sách địa phương 701,2 tỷ đồng": a clause that opens with the estimate's name and no verb.
    if (!op && BUDGET_PLAN_OPENING.test(lower.slice(x.clauseStart, x.numberStart))) return true;
    // "…, trong đó kế hoạch vốn Thủ tướng Chính phủ giao 19.618 tỷ đồng": the plan named with who handed it down.
    // (The pattern ends with " giao ": looked for first, the pattern tries every start in the window.)
    if (lower.endsWith(' giao ', x.numberStart) && PLAN_HANDED_DOWN.test(lower.slice(Math.max(x.clauseStart, x.numberStart - 100), x.numberStart))) return true;
    // "Dự kiến kế hoạch vốn đầu tư công năm 2026 của tỉnh khoảng 15.900 tỷ đồng", "kế hoạch vốn năm 2026 dự kiến khoảng
    // 13.200 tỷ đồng": next year's capital plan, as far as it is known, is a plan all the same.
    if (x.periodYear !== undefined && x.publishedYear !== undefined && x.periodYear > x.publishedYear &&
      EXPECTED_PLAN.test(lower.slice(Math.max(x.clauseStart, x.numberStart - 100), x.numberStart))) return true;
    if (adjustsEstimate(x)) return true;
    if (lower.startsWith(' ', x.numberStart - 1) && PLAN_OF_WORK.test(lower.slice(Math.max(x.clauseStart, x.numberStart - 48), x.numberStart))) return true;
    if (!op || op.wordsBetween !== 0 || !PLAN_COPULAS.has(op.phrase) || op.start <= x.clauseStart) return false;
    return PLAN_SUBJECT.test(lower.slice(Math.max(x.clauseStart, op.start - 120), op.start));
  }

  // "HĐND phường thông qua NQ điều chỉnh dự toán thu, chi ngân sách năm 2025 …. Theo đó, tổng thu cân đối ngân sách năm
  // 2025 sau điều chỉnh gần 216 tỷ đồng": the amounts of a budget estimate as adjusted are plans. (Revised statistics,
  // "GRDP sau điều chỉnh", name no estimate; both words are looked for near the figure only.) A sentence that details
  // it ("Trong đó, thu bổ sung từ ngân sách cấp trên hơn 196 tỷ đồng") gives the parts of that plan.
  function adjustsEstimate(x: ModalityInput): boolean {
    const details = DETAILS.test(lower.slice(x.sentenceStart, x.sentenceStart + 16));
    const near = lower.slice(Math.max(details ? 0 : x.sentenceStart, x.numberStart - ADJUSTED_REACH), x.numberStart);
    return near.includes('sau điều chỉnh') && lower.slice(Math.max(0, x.sentenceStart - ESTIMATE_REACH), x.numberStart).includes('dự toán');
  }

  // "Năm 2025, tỉnh đề ra 12 chỉ tiêu chủ yếu. Trong đó, GRDP đạt từ 9% - 9,5%": a sentence that opens by detailing
  // one that set targets lists those targets; one detailing a sentence of targets reached ("Năm 2024, huyện đạt và vượt
  // 18/20 chỉ tiêu. Cụ thể, …") lists results. What the sentence before says, asked once per sentence: 'set', 'reached'
  // or nothing.
  const detailedSentence = perSentence(sentenceStarts, lower.length, (from, to): 'set' | 'reached' | undefined => {
    if (!DETAILS.test(lower.slice(from, Math.min(to, from + 16)))) return undefined;
    const i = segmentIndex(sentenceStarts, from);
    if (i === 0) return undefined;
    const before = lower.slice(Math.max(sentenceStarts[i - 1]!, from - SET_REACH), from);
    if (!NAMES_TARGETS.test(before)) return undefined;
    const sets = SETS_TARGETS.test(before);
    const reached = STATES_RESULT.test(before);
    return sets && !reached ? 'set' : reached && !sets ? 'reached' : undefined;
  });
  const detailsTargets = (at: number) => detailedSentence(at) === 'set';
  const detailsResults = (at: number) => detailedSentence(at) === 'reached';

  return {
    read(x: ModalityInput): Modality {
      if (x.meaning.planMarked || statesPlan(x) || isAssignedTarget(lower, x.clauseStart, x.numberStart)) return 'target';
      if (x.attachedPeriod) return 'actual';
      // "Nghị quyết Đại hội đề ra 21 chỉ tiêu chủ yếu cho cả nhiệm kỳ", "Nghị quyết đề ra 9 chỉ tiêu chủ yếu" on a page
      // reviewing a stretch begun in an earlier year: how many targets were set is part of the record of the stretch
      // under way, as the count of its targets reached is (running-stretch-targets-set).
      if (x.countsTargets && !x.listModality && x.periodTerm !== undefined && x.publishedYear !== undefined && isTermBegunBefore(x.periodTerm, x.publishedYear) &&
        SET_COUNT_BEFORE.test(lower.slice(Math.max(x.sentenceStart, x.numberStart - SET_COUNT_REACH), x.numberStart))) return 'actual';
      const cue = lastCue(x) ?? x.listModality ?? (titled.some(([from, to]) => x.numberStart > from && x.numberStart < to) ? 'estimate' : undefined);
      // "Năm 2026, HĐND tỉnh dự kiến thông qua 24 chỉ tiêu chủ yếu": how many targets a council is expected to adopt is a
      // count of targets set, not an estimate (targets-count-expected-set).
      if (cue === 'estimate' && !x.meaning.status && isTargetsCountSet(lower, x.clauseStart, x.numberStart, x.periodYear, x.publishedYear)) return 'target';
      if (cue) return cue;
      // (Read before the figure only, not with the cues: a pattern among the cue words' literals slows every sentence.)
      if (isNeededMore(lower, x.clauseStart, x.numberStart) || isPledged(lower, x.clauseStart, x.numberStart)) return 'target';
      if (detailsTargets(x.numberStart)) return 'target';
      if (followsYearAims(lower, x.sentenceStart, x.numberStart, x.publishedYear)) return 'target';
      if (x.periodYear !== undefined && x.publishedYear !== undefined && x.periodYear > x.publishedYear) return 'target';
      if (!x.meaning.status && isTargetsCountSet(lower, x.clauseStart, x.numberStart, x.periodYear, x.publishedYear)) return 'target';
      // "tốc độ tăng GRDP bình quân giai đoạn 2025 - 2030 đạt 10 - 10,5%/năm" in 2025: a term that had not begun (or
      // began that year) when the article appeared has no results yet, only targets.
      // (A school or crop year, "2024/2025", is one year: under way, it has results.)
      // A verdict ("19/21 chỉ tiêu nhiệm kỳ đạt và vượt") is a result whatever term it was dated to.
      if (x.periodTerm !== undefined && x.publishedYear !== undefined && !x.meaning.status && isTermAhead(x.periodTerm, x.publishedYear)) return 'target';
      return underNote(x.numberStart) ? 'estimate' : 'actual';
    },
    /** A table column's modality under the page's note that its figures are estimates ("Số liệu dưới đây là số ước
     * tính"): a "Thực hiện" column reports what was done as far as the page knows, so an estimate; plans stay plans. */
    column(columnModality: Modality, numberStart: number): Modality {
      return columnModality === 'actual' && underNote(numberStart) ? 'estimate' : columnModality;
    },
  };
}

/** The cues in lower[from, to), as the scan of the whole text finds them there. */
const YEAR_RIGHT_BEFORE = /(?<![\d.,])(?:19|20)\d\d $/;

function cuesIn(lower: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (const m of sentenceMatches(lower, CUE_RE, from, to)) {
    const word = m[0];
    // "21/24 chỉ tiêu chủ yếu đạt…" counts targets; the words after a number are its noun, not a cue.
    // ("Nghị quyết … nhiệm kỳ 2020 - 2025 đề ra mục tiêu mỗi năm …": a year before the cue is no count it names.)
    if (NOUN_CUE.test(word) && /\d[%\s]*$/.test(lower.slice(Math.max(0, m.index - 3), m.index)) && !YEAR_RIGHT_BEFORE.test(lower.slice(Math.max(0, m.index - 7), m.index))) continue;
    // "Theo Kế hoạch số 298/KH-UBND …, lực lượng đã kiểm tra 186 vụ": a plan cited by its number is a document the
    // work follows, not a statement of targets.
    if (NOUN_CUE.test(word) && DOCUMENT_NUMBER_AFTER.test(lower.slice(m.index + word.length, m.index + word.length + 12))) continue;
    // "Để đạt mục tiêu, tỉnh đã bố trí 312 ha đất …": a goal named as the purpose of what follows its comma sets no figure
    // of the sentence (purpose-goal-no-target); one whose value stands in the purpose ("Để đạt mục tiêu tăng trưởng 8%,
    // …") still does.
    if (NOUN_CUE.test(word) && PURPOSE_BEFORE.test(lower.slice(Math.max(0, m.index - 24), m.index)) &&
      PURPOSE_CLOSED_AFTER.test(lower.slice(m.index + word.length, m.index + word.length + 40))) continue;
    // "Chương trình mục tiêu quốc gia" is a programme's name, not a target.
    if (word === 'mục tiêu' && lower.startsWith('chương trình ', m.index - 13)) continue;
    // "Vốn ngân sách trung ương hỗ trợ có mục tiêu", "bổ sung có mục tiêu": a kind of transfer (earmarked), not a target.
    if (word === 'mục tiêu' && EARMARKED_BEFORE.test(lower.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "18 chỉ tiêu đạt và vượt, 4 chỉ tiêu ước đạt, 3 chỉ tiêu không đạt": the verdict on a count of targets, not a
    // cue for the counts after it.
    if (ESTIMATE.has(word) && COUNTED_TARGETS_BEFORE.test(lower.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "tăng 12% so với ước thực hiện năm 2025": the estimate is what the figure is measured against, not what it is.
    if (ESTIMATE.has(word) && BASE_BEFORE.test(lower.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "giải quyết việc làm cho 9.850/37.000 lao động theo kế hoạch, đạt 26,6%": the plan is what the ratio's whole
    // stands for, not a cue that the figures after it are planned.
    if (word === 'theo kế hoạch' && RATIO_NOUN_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "phải tăng cường kiểm tra", "phải tăng ca", "phải giảm giá bán": a duty or a forced move, not a figure aimed at.
    if (word.startsWith('phải ') && NOT_AIMED_AFTER.test(lower.slice(m.index + word.length, m.index + word.length + 8))) continue;
    out.push({ start: m.index, end: m.index + word.length, word });
  }
  return out;
}

// "(số liệu trong bảng là số ước tính)": a note that speaks of a table covers that table only.
const TABLE_NOTE = /(?<![\p{L}\p{M}])(?:trong|tại|của|ở) bảng(?!\p{L})(?!\p{M})|(?<![\p{L}\p{M}])bảng (?:dưới|sau|trên)(?!\p{L})(?!\p{M})/u;
const TABLE_REACH = 400;

/** Where an estimate note stops governing: the end of the table it speaks of (the first line without cells after the
 * table's rows), or nowhere. */
function noteScopeEnd(lower: string, from: number, note: string): number {
  if (!TABLE_NOTE.test(note)) return Infinity;
  let lineStart = lower.indexOf('\n', from) + 1;
  let seenRow = false;
  while (lineStart > 0 && lineStart < lower.length) {
    let lineEnd = lower.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = lower.length;
    const row = /[|\t]/u.test(lower.slice(lineStart, lineEnd));
    if (row) seenRow = true;
    else if (seenRow) return lineStart;
    else if (lineStart - from > TABLE_REACH) return Infinity;
    lineStart = lineEnd + 1;
  }
  return Infinity;
}

/** A stretch of several years ("2021/2025") opened before `publishedYear`. */
function isTermBegunBefore(term: string, publishedYear: number): boolean {
  const from = Number(term.slice(0, 4));
  return from < publishedYear && Number(term.slice(5)) - from > 1;
}

/** A stretch of several years ("2025/2030") that opens in `publishedYear` or later. */
function isTermAhead(term: string, publishedYear: number): boolean {
  const from = Number(term.slice(0, 4));
  return from >= publishedYear && Number(term.slice(5)) - from > 1;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
