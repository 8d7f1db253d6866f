// What a figure says: its kind (level, change, attainment, ratio), direction, base, status and bound, read from the
// words around it inside its clause.
import { NAMED_TERM } from './vocabulary/named-term.ts';
import { multipleOfTermStart } from './multiple-of-term-start.ts';
import { multipleOfFormerUnits } from './multiple-of-former-units.ts';
import { withoutNounRest } from './counted-noun-before-more-words.ts';
import { multipleOfYearEnd } from './multiple-of-year-end.ts';
import { comparativeBeforeSo } from './compared-own-rate.ts';
import { isPlanLabelled } from './plan-label-colon.ts';
import { sharesCountedWhole } from './share-of-counted.ts';
import { ifYearBeforeNow } from './if-then-now.ts';
import { gapFromPlan, type FigureBefore } from './plan-gap.ts';
import { isComparedPlanAmount, isComparedPlanValue } from './compared-plan-value.ts';
import { HOLIDAY_A_YEAR_BEFORE, TOURIST_SEASONS, YEARLY_EVENTS } from './vocabulary/holidays.ts';
import { FISHING_SEASONS } from './vocabulary/fishing-seasons.ts';
import { isDisbursedShare, isRankedDisbursedShare } from './disbursed-share.ts';
import { isCollectedShare } from './collected-share.ts';
import { isValueShareBeforeGrowth } from './value-share-before-growth.ts';
import type { Base, Bound, Direction, FigureKind, Status } from './figure.ts';
import type { Candidate } from './scan-figures.ts';
import { endsWithPhrase, windowEndsWith } from './vocabulary/backward.ts';
import { isLetter, isLetterCode, isSpaceCode } from './vocabulary/letters.ts';
import { hashOf } from './vocabulary/word-hash.ts';
import { BOUNDS_AFTER, BOUNDS_BEFORE, CAUSED_LOSS_WORDS, CHANGE_OPENS_BRACKET, COMPARED_ONLY, NOT_A_CHANGE_AFTER, OPERATORS, PEAK_WORDS, PLAN_MARKERS, PLAN_NOUNS, STATUS_PHRASES, YEAR_ITEM_VERBS, type Operator } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';
import { createPlanAfterLaterDate } from './plan-after-later-date.ts';
import { ownComparisonAfter } from './own-comparison-after.ts';
import { isMoneyGapAfterOwnValue } from './money-gap-after-own-value.ts';
import { SHORTFALL_VERBS, shortfallAgainstPlan } from './shortfall-against-plan.ts';
import { isRecommendationTerm } from './audit-recommendation-terms.ts';
import { isTargetValueBeforePlan } from './target-value-before-plan.ts';

export interface Meaning {
  kind: FigureKind;
  direction?: Direction;
  base?: Base;
  status?: Status;
  bound?: Bound;
  /** The verb that governs the figure, and how many words stand between it and the number. */
  operator?: { op: Operator; phrase: string; start: number; wordsBetween: number };
  /** "NQ tăng 2%", "KH 16.200 con": the figure states the plan itself. */
  planMarked: boolean;
  /** "cao hơn bình quân cả nước (99,3%)": the yardstick's own value, and the place it belongs to. */
  yardstick?: string;
}

// No letter or mark next: the word ends (two lookaheads, parsed faster than one on the union; see README.md).
const WORD_END = '(?!\\p{L})(?!\\p{M})';
/** A base meaning the end of the year before the figure's: replaced by that year once the period is known. */
export const LAST_YEAR_END = 'last_year_end' as Base;
/** "so với năm trước": the year before the figure's, once the period is known. */
export const LAST_YEAR = 'last_year' as Base;
/** "so với đầu nhiệm kỳ": the year the term opened, once the text's term is known. */
export const TERM_START = 'term_start' as Base;
// Operators keyed by their last word, longest first: the verb nearest the number is found by walking back word by word.
const OPERATORS_BY_LAST_WORD = new Map<string, string[]>();
for (const [phrase] of [...OPERATORS].sort((a, b) => b[0].length - a[0].length)) {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  OPERATORS_BY_LAST_WORD.set(last, [...(OPERATORS_BY_LAST_WORD.get(last) ?? []), phrase]);
}
// A filter in front of the map: a word whose hash no verb's last word has is skipped without cutting it out.
const OPERATOR_LAST_WORD_HASHES = new Set([...OPERATORS_BY_LAST_WORD.keys()].map((w) => hashOf(w, 0, w.length)));
const NOT_A_CHANGE = new Set(NOT_A_CHANGE_AFTER);
const COMPARED = new Set(COMPARED_ONLY);
const SHORTFALL = new Set(SHORTFALL_VERBS);
const LAG_BOUNDS = new Set(['khoảng', 'gần', 'hơn', 'trên', 'xấp xỉ']);
const OPERATOR_OF = new Map(OPERATORS.map(([p, o]) => [p, o] as const));
const PLAN = alternation(PLAN_NOUNS);
const planAfterLaterDate = createPlanAfterLaterDate(PLAN);
// Who assigns a plan, named before "giao" ("đạt 135,7% xã giao", "so với tỉnh giao").
const ASSIGNERS = '(?:xã|phường|đặc khu|huyện|tỉnh|thành phố|cấp trên|trên|trung ương|thành ủy|tỉnh ủy|huyện ủy|đảng ủy)';
// The patterns anchored at the start say which letters can open them after spaces and commas, so the window is
// tested only when it opens with one.
// A crop or school year named by its two years ("niên vụ 2020 - 2021", "năm học 2022 - 2023").
const CROP_OR_SCHOOL_YEAR_SPAN = '(?:niên vụ|năm học) (?:19|20)\\d\\d ?[-–] ?(?:19|20)\\d\\d(?!\\d)';
// The north names its seasons "vụ Chiêm xuân", "vụ Xuân", "vụ Đông" besides "vụ Mùa".
// The fishing seasons are compared as the crop seasons are.
const SEASONS = `(đông xuân|hè thu|thu đông|mùa|xuân hè|đông - xuân|hè - thu|chiêm xuân|chiêm|xuân|đông|${FISHING_SEASONS})`;
const NAMED_SEASON_BASE = new RegExp(`so (?:với )?(cùng )?vụ (?:lúa )?${SEASONS}(?!\\p{L})(?!\\p{M})`, 'u');
// "Kế hoạch vụ Hè Thu 2025, … giảm 820 ha so với vụ Đông Xuân": the season named before the figure is its own.
// So is the crop named by its season: "năng suất lúa Hè Thu thấp hơn … so với vụ Đông Xuân", "giá lúa tươi Hè Thu …
// tăng 500 - 800 đồng/kg so với vụ lúa Đông Xuân".
const OWN_SEASON = new RegExp(`(?<![\\p{L}\\p{M}])(?:vụ (?:lúa )?|lúa (?:tươi |khô )?)${SEASONS}(?!\\p{L})(?!\\p{M})`, 'gu');
// "So với vụ Đông Xuân 2023 - 2024, năng suất lúa Hè Thu thấp hơn 8,6 tạ/ha": a season put first in its clause.
const FRONTED_SEASON_OPENING = new RegExp(`^[\\s"“(–-]*so (?:với )?vụ (?:lúa )?${SEASONS}(?: năm)?(?: (?:19|20)\\d\\d(?: ?[-–] ?(?:19|20)\\d\\d)?)?,`, 'u');
const BASE_FORMS: Array<[RegExp, (m: RegExpExecArray) => Base, string?]> = [
  // "CPI tháng 9 tăng 1,88% so với tháng 12-2023": against the end of that year, a year base.
  // ("so với tháng 12.2018": some papers join month and year with a dot.)
  // ("so với cuối tháng 12/2024": the end of that month, the same; month-end-before-base.)
  [new RegExp(`so (?:với )?(?:cuối )?tháng 12(?:[/ .-]|[ ,]năm )((?:19|20)\\d\\d)`, 'u'), (m) => m[1] as Base],
  // ("so với 6 tháng cuối năm 2023" of the second half of 2024; the half just before is told apart later, half-before.ts.)
  [new RegExp(`so (?:với )?(?:quý [ivx1-4]+|tháng \\d{1,2}|\\d{1,2} tháng(?: (?:đầu|cuối) năm)?|6 tháng|nửa (?:đầu|cuối) năm)(?:[/ -]|[ ,]năm )(?:19|20)\\d\\d`, 'u'), () => 'same_period'],
  // "tăng 3,12% so với cùng tháng năm trước", "so với cùng quý năm 2025": the same month or quarter a year earlier,
  // which statistics offices write beside "so với tháng trước"; before the month patterns, which would read "tháng".
  [new RegExp(`so (?:với )?cùng (?:tháng|quý)(?: (?:năm (?:trước|ngoái)|năm (?:19|20)\\d\\d|(?:19|20)\\d\\d))?(?![\\p{L}\\p{M}\\d/])`, 'u'), () => 'same_period'],
  // (Not "so với tháng 12 năm trước": the end of last year, read below.)
  [new RegExp(`so (?:với )?tháng (?:\\d{1,2}|trước)(?![/\\d]|[ ,]+năm trước)`, 'u'), () => 'previous_period'],
  // (Not "(năm 2021 tăng 1,52%, năm 2022 tăng 8,53%)": a year with its own verb after it opens the next item, dating it.)
  [new RegExp(`^[ ,]*(?:so (?:với )?(?:năm )?((?:19|20)\\d\\d)(?!\\d)|(?:năm )?((?:19|20)\\d\\d)(?!\\d)(?! (?:${YEAR_ITEM_VERBS})(?!\\p{L})(?!\\p{M})))`, 'u'), (m) => (m[1] ?? m[2]) as Base, 'sn12'],
  [new RegExp(`^[ ,]*(?:so (?:với )?)?cùng kỳ`, 'u'), () => 'same_period', 'sc'],
  // "đạt 367.200 tấn, bằng 96,3% năm trước": the year before named right after the figure, as "năm 2024" is above.
  // ("tăng 8,5%, năm trước tăng 7,2%" sets the year before's own figure beside it: not after a comma, nor before a verb.)
  // ("bằng 115% của năm ngoái": "của" may stand before it.)
  [new RegExp(`^ (?:của )?năm (?:trước|ngoái)${WORD_END}(?! *(?:tăng|giảm|đạt|là|chỉ|có|\\d))`, 'u'), () => LAST_YEAR, 'nc'],
  // "bằng 38,6% KH, tăng 13,9% CK", "tăng 5% SCK": reports and tables abbreviate "(so) cùng kỳ" as they abbreviate "KH".
  [new RegExp(`^[ ,]*(?:so (?:với )?)?s?ck(?![\\p{L}\\p{M}\\d])`, 'u'), () => 'same_period', 'sc'],
  // "gieo cấy được 1.585,2 nghìn ha, bằng 98,4% vụ mùa năm trước": the same season a year earlier, right after the figure.
  [new RegExp(`^[ ,]*(?:so (?:với )?)?(?:cùng )?vụ (?:lúa )?${SEASONS} (?:năm (?:trước|ngoái)|năm (?:19|20)\\d\\d)(?![\\p{L}\\p{M}\\d])`, 'u'), () => 'same_period', 'scv'],
  // "tổng đàn bò … tăng 3,1% so với cùng thời điểm năm trước": a stock against the same date a year earlier; "số lao động
  // … tăng 0,6% so với cùng thời điểm tháng trước": against the same date a month earlier.
  [new RegExp(`so (?:với )?cùng thời điểm (?:tháng|quý) trước(?![\\p{L}\\p{M}\\d])`, 'u'), () => 'previous_period'],
  [new RegExp(`so (?:với )?cùng thời điểm(?: (?:năm (?:trước|ngoái)|năm (?:19|20)\\d\\d))?(?![\\p{L}\\p{M}\\d])(?! (?:tháng|quý) trước)`, 'u'), () => 'same_period'],
  // "gấp 1,9 lần nhiệm kỳ trước", "tăng 42% so với giai đoạn trước": the term or stretch just before.
  [new RegExp(`^[ ,]*(?:so (?:với )?)?(?:nhiệm kỳ|giai đoạn) trước${WORD_END}`, 'u'), () => 'previous_period', 'sng'],
  // "gấp 1,8 lần giai đoạn 2016 - 2020", "tăng 42% so với nhiệm kỳ 2015 - 2020": an earlier stretch named by its years,
  // right after the figure (stretch-as-base; periods.ts keeps it from dating the figure).
  [new RegExp(`^[ ,]*(?:so (?:với )?)?(?:nhiệm kỳ|giai đoạn) (?:19|20)\\d\\d ?[-–] ?(?:19|20)\\d\\d(?!\\d)`, 'u'), () => 'previous_period', 'sng'],
  // "CPI bình quân 10 tháng tăng 3,91% so với bình quân cùng kỳ"; "so với tháng cùng kỳ năm 2018 giảm 116 vụ (giảm
  // 7,9%)", the same month a year before (not the year named after it).
  [new RegExp(`so (?:với )?(?:bình quân |tháng |quý )?cùng kỳ`, 'u'), () => 'same_period'],
  // "tăng 38 trường so với đầu năm học trước": the last school year, counted at its start.
  [new RegExp(`so (?:với )?(?:đầu |cuối )năm học trước`, 'u'), () => 'previous_period'],
  // "tăng 21,3% so với niên vụ 2020 - 2021", "so với năm học 2022 - 2023": a crop or school year named by its two years is
  // one before the figure's, and no year form fits it (crop-year-before).
  [new RegExp(`so (?:với )?${CROP_OR_SCHOOL_YEAR_SPAN}`, 'u'), () => 'previous_period'],
  // "nợ thuế … tăng 18,2% so với thời điểm 31/12/2023": a stock against the end of that year, a year base
  // (moment-at-year-end-base).
  [new RegExp(`so (?:với )?(?:thời điểm |ngày |thời điểm ngày )?31[/.-]12[/.-]((?:19|20)\\d\\d)(?!\\d)`, 'u'), (m) => m[1] as Base],
  // "so với đầu năm", "so với tháng 12 năm trước": against the end of last year, which the caller dates.
  [new RegExp(`so (?:với )?(?:đầu năm|thời điểm đầu năm|tháng 12 năm trước|cuối năm trước|31/12 năm trước)(?! \\d)`, 'u'), () => LAST_YEAR_END],
  // "tăng 84 xã so với đầu nhiệm kỳ": against the year the term opened, which the caller dates.
  [new RegExp(`so (?:với )?(?:lúc |thời điểm )?đầu nhiệm kỳ${WORD_END}`, 'u'), () => TERM_START],
  // "so với năm trước": the year before, a year like any other (the spec keeps previous_period for months and quarters).
  [new RegExp(`so (?:với )?năm (?:trước|ngoái)`, 'u'), () => LAST_YEAR],
  // ("so với cuối tuần trước", a gold quote against the week before's close: earlier-point-bases.)
  [new RegExp(`so (?:với )?(?:(?:cuối|đầu) (?=tuần|tháng|quý))?(?:tháng|quý|kỳ|tuần|đợt|vụ|niên vụ|năm học) trước`, 'u'), () => 'previous_period'],
  // "tăng 1,2 điểm phần trăm so với 6 tháng đầu năm" in a report on the second half: the half just before (with its
  // year, "so với 6 tháng đầu năm 2024", it is the same half a year earlier, above).
  [new RegExp(`so (?:với )?(?:(?:6|sáu) tháng đầu năm|nửa đầu năm)(?![\\p{L}\\p{M}]| (?:năm )?\\d)`, 'u'), () => 'previous_period'],
  // "tăng 1.000 đồng/kg so với hôm qua", "so với ngày hôm qua", "so với phiên trước": a daily market page's day (or
  // trading session) before.
  // ("tăng 1.930 nhà so với báo cáo ngày hôm qua": a daily tally against yesterday's report: earlier-point-bases.)
  [new RegExp(`so (?:với )?(?:(?:báo cáo|số liệu|thống kê) )?(?:(?:ngày )?hôm qua|phiên (?:trước|hôm qua))${WORD_END}`, 'u'), () => 'previous_period'],
  // "giá thịt bò tăng 10 - 15% so với trước Tết", "giá phòng tăng 15 - 20% so với trước kỳ nghỉ": against the days
  // just before the holiday.
  [new RegExp(`so (?:với )?(?:thời điểm |những ngày |ngày )?trước (?:tết|kỳ nghỉ|đợt nghỉ|dịp lễ|lễ)(?!\\p{L})(?!\\p{M})`, 'u'), () => 'previous_period'],
  // "tăng 5.000 đồng/kg so với đầu tháng", "so với đầu tuần": against the start of the month or week reported on, an
  // earlier point of the same stretch ("so với đầu năm" is the end of last year, above).
  // ("giảm khoảng 20% so với đầu tháng 3" on a March page: the month's start named by its number, without a year:
  // earlier-point-bases.)
  [new RegExp(`so (?:với )?(?:đầu|hồi đầu) (?:tháng|tuần|quý|vụ)(?: (?:1[0-2]|[1-9])(?![\\d/-]|\\.\\d))?(?![\\p{L}\\p{M}]| \\d)`, 'u'), () => 'previous_period'],
  // "tăng khoảng 3.000 đồng/kg so với cuối tháng 10" on a November page, "so với cuối tháng trước": the end of the month
  // before, the previous period (month-end-before-base). (December's end is last year's, above and below.)
  [new RegExp(`so (?:với )?cuối tháng (?:trước|[1-9](?!\\d)|1[01])(?![\\d/-]|\\.\\d)`, 'u'), () => 'previous_period'],
  // "so với cùng vụ", "so với vụ Hè Thu năm 2024", "… vụ Đông Xuân năm trước": the same season a year earlier is the
  // same period.
  [new RegExp(`so (?:với )?cùng vụ(?!\\p{L})(?!\\p{M})`, 'u'), () => 'same_period'],
  [NAMED_SEASON_BASE, () => 'same_period'],
  // "giảm 38% so với mùa khô năm trước": a climate season a year earlier, as a crop season is (climate-season-year-before;
  // with its year, "so với mùa khô năm 2023", the caller reads the year as the same period).
  [new RegExp(`so (?:với )?(?:cùng )?mùa (?:khô|mưa|lũ|mưa bão|mưa lũ|khô hạn|${TOURIST_SEASONS})(?: năm)? (?:trước|ngoái)(?!\\p{L})(?!\\p{M})`, 'u'), () => 'same_period'],
  // "tăng 8% so với Tết năm trước": the same holiday a year earlier, as a season is.
  [new RegExp(`so (?:với )?(?:dịp )?tết(?: nguyên đán)? (?:năm trước|năm ngoái)(?!\\p{L})(?!\\p{M})`, 'u'), () => 'same_period'],
  // "tăng 21,5% so với Tết Ất Tỵ 2025", "gấp 1,4 lần Tết năm trước": the holiday named by its year, or right after a multiple.
  [new RegExp(`^[ ,]*(?:so (?:với )?)?(?:dịp )?tết(?: nguyên đán| dương lịch)?(?: (?!năm )[\\p{L}\\p{M}]+ [\\p{L}\\p{M}]+)?(?: năm (?:trước|ngoái)| (?:19|20)\\d\\d)(?![\\p{L}\\p{M}\\d])`, 'u'), () => 'same_period', 'st'],
  [new RegExp(`so (?:với )?${HOLIDAY_A_YEAR_BEFORE}`, 'u'), () => 'same_period'],
  // "gấp 1,5 lần ngày hội năm 2025": the same event a year earlier, right after a multiple.
  [new RegExp(`^[ ,]*${YEARLY_EVENTS}(?: (?!năm )[^\\s;,.:()]+){0,3}? (?:năm (?:trước|ngoái)|(?:năm )?(?:19|20)\\d\\d)(?![\\p{L}\\p{M}\\d])`, 'u'), () => 'same_period', 'tnhfl'],
  [new RegExp(`so (?:với )?(?:cuối |đầu )?(?:năm |cả năm )?((?:19|20)\\d\\d)(?!\\d)`, 'u'), (m) => m[1] as Base],
  // (Not "so với kế hoạch năm 2022", "so với dự toán năm 2024": the plan of that year, a target, read below.)
  [new RegExp(`so (?:với )?(?!(?:với )?${PLAN}${WORD_END})(?:[\\p{L}\\p{M}]+ ){1,4}năm ((?:19|20)\\d\\d)(?!\\d)`, 'u'), (m) => m[1] as Base],
  // "so với tổng thu của ba tỉnh (cũ) năm 2024": after a merger, the year's base is the former units' sum, named longer.
  [new RegExp(`so (?:với )?(?!(?:với )?${PLAN}${WORD_END})(?:[\\p{L}\\p{M}]+ ){1,6}(?:của )(?:[\\p{L}\\p{M}]+ ){1,3}(?:\\(cũ\\) |cũ )?năm ((?:19|20)\\d\\d)(?!\\d)`, 'u'), (m) => m[1] as Base],
  [new RegExp(`so (?:với )?${PLAN}${WORD_END}`, 'u'), () => 'target'],
  // "đạt 192,5% so với tỉnh giao": what the level above assigned is the plan, named by who assigned it.
  [new RegExp(`so (?:với )?(?:mức )?${ASSIGNERS} giao${WORD_END}`, 'u'), () => 'target'],
  // "so với tổng thu của hai tỉnh An Giang và Kiên Giang cùng kỳ năm 2025": after a merger the same period is often
  // named as the old units' sum. Last, so that a plan or a year named first wins.
  [new RegExp(`so (?:với )?(?:[\\p{L}\\p{M}]+ ){1,10}cùng kỳ${WORD_END}`, 'u'), () => 'same_period'],
];
// Each with whether it can only match where "so " occurs (it starts with those letters).
// "gấp 1,4 lần năm trước", "tăng gấp đôi năm ngoái": a multiple of last year's level, as "so với năm trước" is. (Read for
// multiples only: after other figures the words may open the next clause, "tăng 12%, năm trước tăng 8%".)
const MULTIPLE_OF_LAST_YEAR = /^ (?:so (?:với )?)?năm (?:trước|ngoái)(?!\p{L})(?!\p{M})/u;
// "gấp 1,6 lần tuần trước": a multiple of the week (month, quarter) before (earlier-point-bases).
const MULTIPLE_OF_PERIOD_BEFORE = /^ (?:so (?:với )?)?(?:tuần|tháng|quý|kỳ) trước(?!\p{L})(?!\p{M})/u;
const BASE_PATTERNS = BASE_FORMS.map(([re, make, opens]) => ({ re, make, needsSo: re.source.startsWith('so '), opens }));
// ("đạt 100% dự toán huyện giao trở lên": the plan named with who assigned it, too.)
const PLAN_LEAD = new RegExp(`^${PLAN}(?: năm| vốn| đề ra| giao| ${ASSIGNERS} giao)?\\s+`, 'u');
// ("diện tích cấy đạt 14 nghìn ha, tương đương 50% diện tích theo kế hoạch": the measure may be named again before
// the plan: plan-measure-named-again.)
const PLAN_RIGHT_AFTER = new RegExp(`^ *(?:của )?(?:(?:tổng )?(?:diện tích|sản lượng) (?:theo |của )?)?${PLAN}${WORD_END}`, 'u');
// "Thu ngân sách đạt 135,7% xã giao", "đạt 112% huyện giao", "đạt 61,8% nguồn vốn tỉnh giao": the plan named only by
// who assigned it, as after "so với" (BASE_FORMS).
const ASSIGNED_RIGHT_AFTER = new RegExp(`^ *(?:mức |(?:nguồn |số |tổng )?vốn )?${ASSIGNERS} giao${WORD_END}`, 'u');
// "đạt 48%/KH;": the share of the plan, written with a slash and no plan value after it.
const PLAN_SLASH_ALONE = new RegExp(`^\\/ ?${PLAN}${WORD_END}(?![^\\d;.\\n]{0,24}\\d)`, 'u');
// A list of three or more shares one plan too: "lần lượt đạt 88,5%, 85,2% và 81,7% kế hoạch".
const JOINED_PLAN_AFTER = new RegExp(`^(?:\\s*(?:,\\s*(?:và\\s+)?|và\\s+)\\d[\\d.,]*\\s*%){1,4}\\s*(?:của )?${PLAN}${WORD_END}`, 'u');
// (The fields named in a list: "14/15 chỉ tiêu kinh tế - xã hội, môi trường đạt, vượt kế hoạch", "… chỉ tiêu về kinh tế,
// xã hội và môi trường đạt"; the resolution named with its congress: "29/31 chỉ tiêu Nghị quyết Đại hội đạt và vượt";
// a verdict forecast: "5 chỉ tiêu dự báo khó đạt".)
// ("5/6 chỉ tiêu kế hoạch được giao đạt và vượt", "8/10 chỉ tiêu chuyên môn đạt": which plan and who set it, too.)
// ("18/20 chỉ tiêu Nghị quyết nhiệm kỳ 2020 - 2025 đạt và vượt": the term named by its years, too: verdict-after-named-term.)
const STATUS_FILLER = new RegExp(`^ *(?:(?:(?:, *|và |- *)?(?:môi trường|quốc phòng - an ninh|quốc phòng, an ninh|xã hội|văn hóa - xã hội)|còn lại|đã|dự kiến|dự báo|ước|được đánh giá|nghị quyết|nq|đại hội|kinh tế - xã hội|kinh tế-xã hội|kt-xh|kt - xh|chủ yếu|cơ bản|đề ra|của nghị quyết|năm \\d{4}|nông thôn mới(?: nâng cao| kiểu mẫu)?|ntm|${NAMED_TERM}|nhiệm kỳ|cả nhiệm kỳ|(?:về )?kinh tế|kế hoạch|kh|chuyên môn|(?:được )?giao)(?!\\p{L})(?!\\p{M}) *)*`, 'u');
const STATUS_AFTER = new RegExp(`^${alternation(STATUS_PHRASES.map(([p]) => p))}${WORD_END}`, 'u');
const STATUS_OF = new Map(STATUS_PHRASES);
// ("10/10 chỉ tiêu trong lĩnh vực kinh tế của huyện đạt và vượt", "… thuộc khối văn hóa - xã hội đạt": the field, then
// whose they are; "20/20 chỉ tiêu ở khối văn hóa - xã hội cũng được huyện Long Điền thực hiện đạt và vượt": and who did it;
// "12/12 chỉ tiêu kinh tế - xã hội của phường đạt và vượt kế hoạch": whose, with nothing before it.)
const TOPIC_THEN_STATUS = new RegExp(`^(?:về|trong|thuộc|ở|của)(?: (?:[\\p{L}\\p{M}]+|-)){1,14}? (${alternation(STATUS_PHRASES.map(([p]) => p))})${WORD_END}`, 'u');
const STATUS_WORDS = STATUS_PHRASES.map(([p]) => p);
const FROM = ['từ'];
const COMPARATIVES = ['cao', 'thấp', 'nhiều', 'ít', 'lớn', 'nhỏ'];
// "giảm từ 34,5% năm 2021, năm 2023 còn 21,2%": "còn" after a fall is the level reached.
// A move from a level ("giảm từ 34,5%"), not a change by an amount ("giảm 0,42 điểm phần trăm, còn 1,1%": a level).
const DOWN_BEFORE = /(?<![\p{L}\p{M}])(?:giảm|kéo giảm|hạ) từ(?!\p{L})(?!\p{M})/gu;
// "giảm từ 0,82% năm 2020 xuống còn 0,11%, toàn phường hiện còn 14 hộ nghèo": a fall that already reached its level
// ("xuống còn", "xuống", "còn") is closed; a later "còn" is what stands now, no level it fell to (closed-fall-remains).
const FALL_REACHED = /(?<![\p{L}\p{M}])(?:xuống|còn)(?!\p{L})(?!\p{M})/u;

/** A fall "từ" a level in the window whose end it has not yet reached: the "còn" after the window is where it fell to. */
function fallStillOpen(window: string): boolean {
  let last = -1;
  for (const m of window.matchAll(DOWN_BEFORE)) last = m.index + m[0].length;
  return last >= 0 && !FALL_REACHED.test(window.slice(last));
}
// "tỷ lệ hộ nghèo giảm mạnh nhất, lần lượt còn 3,12% và 4,05%": a fall by no stated amount, then the level it left.
// ("giảm 0,42 điểm phần trăm, còn 1,1%" states the amount: the level after it is a level.)
const FELL_THEN_REMAINS = /(?<![\p{L}\p{M}])(?:giảm|kéo giảm)(?: [\p{L}\p{M}]+){0,3},? (?:lần lượt )?$/u;
// "phấn đấu giảm tỷ lệ hộ nghèo còn dưới 1,5%": the verb moves the rate it names, and "còn" gives where it falls to, as
// "giảm tỷ lệ … xuống còn" does (rate-named-falls-to).
const RATE_FELL_TO = /(?<![\p{L}\p{M}])(?:giảm|kéo giảm|hạ) t[ỷỉ] lệ [^\d(),;:.]{2,60} $/u;
// ("tăng cao nhất là nhóm giao thông với 1,27%": the one that rose most, named before "với".)
const MOVED_MOST = /(?<![\p{L}\p{M}])(tăng|giảm)(?: [\p{L}\p{M}]+){0,2} nhất(?: là [^;.\d()]{1,50})? $/u;
// "vượt kế hoạch 17 trường": exceeds the plan by that much.
const PLAN_BETWEEN = new RegExp(`^\\s*${PLAN}(?: (?:năm|đề ra|giao|được giao|nghị quyết|nq|của nghị quyết|tỉnh giao|huyện giao)){0,2}\\s*$`, 'u');
// ("cao hơn vụ Mùa năm 2024 là 0,9 tạ/ha": "là" may hand over the amount after the comparison.)
const COMPARED_SAME_SEASON = /(?<![\p{L}\p{M}])(?:hơn|với) cùng vụ(?: năm (?:trước|ngoái|\d{4}))?\s*(?:là\s+)?(?:khoảng|gần|hơn|từ)?\s*$/u;
// "cao hơn vụ Mùa năm trước 1,4 tạ/ha": a season named with the year before it is the same season a year earlier.
// ("cao hơn vụ Đông Xuân 2022 - 2023 khoảng 1.500 đồng/kg": or with the two years it spans, compared-season-crop-year.)
const COMPARED_NAMED_SEASON = new RegExp(`(?<![\\p{L}\\p{M}])(?:hơn|với) vụ (?:lúa )?${SEASONS} (?:năm (?:trước|ngoái|\\d{4})|(?:19|20)\\d\\d ?[-–] ?(?:19|20)\\d\\d)\\s*(?:là\\s+)?(?:khoảng|gần|hơn|từ)?\\s*$`, 'u');
// "cao hơn năm 2024 là 1,4 tạ/ha", "thấp hơn năm trước 2%": a year compared without "so với".
// ("cao hơn kết quả năm 2022 gần 1 điểm phần trăm", "thấp hơn thực hiện năm 2023 0,5 điểm %": the year's result named.)
const COMPARED_YEAR = /(?<![\p{L}\p{M}])(?:cao|thấp|nhiều|ít) hơn (?:(?:kết quả|thực hiện)(?: của)? )?(?:cuối )?năm ((?:19|20)\d\d|trước|ngoái)\s*(?:là\s+)?(?:khoảng|gần|hơn|từ)?\s*$/u;
// "cao hơn năm 2024 là 1,4 tạ/ha": the comparative is the verb; "là" only hands over its amount.
const COMPARATIVE_THEN_IS = /(?<![\p{L}\p{M}])(cao|thấp|nhiều|ít) hơn(?: (?:[\p{L}\p{M}]+|(?:19|20)\d\d)){1,8} là\s*$/u;
// "cao hơn đầu tháng 10 khoảng 4.500 đồng/kg", "thấp hơn hôm qua 500 đồng/kg": an earlier point of the stretch reported
// on, or a daily page's day before, compared without "so với" (as "so với đầu tháng", "so với hôm qua" are).
// ("cao hơn niên vụ 2020 - 2021 khoảng 310 USD/tấn": a crop or school year named by its years, crop-year-before.)
const COMPARED_PREVIOUS = /(?<![\p{L}\p{M}])hơn (?:(?:tháng|quý|kỳ|vụ|niên vụ|đợt) trước|(?:niên vụ|năm học) (?:19|20)\d\d ?[-–] ?(?:19|20)\d\d|(?:hồi )?đầu (?:tháng|tuần|vụ)(?: \d{1,2})?|(?:ngày )?hôm qua)\s*(?:khoảng|gần|hơn|từ)?\s*$/u;
// "cao hơn dịp lễ năm trước 5,2 điểm phần trăm", "cao hơn Tết năm trước 2.000 đồng/kg": a holiday a year earlier, compared
// without "so với", is the same period, as "so với Tết năm trước" is.
const COMPARED_HOLIDAY = new RegExp(`(?<![\\p{L}\\p{M}])hơn ${HOLIDAY_A_YEAR_BEFORE}\\s*(?:là\\s+)?(?:khoảng|gần|hơn|từ)?\\s*$`, 'u');
const GROWTH_WORDS = /tăng trưởng|tốc độ tăng|grdp|gdp/u;
// "…, vượt 333 hộ và đạt 133,3% so với kế hoạch": the plan the share after the amount is measured against.
// ("vượt 333 hộ và đạt 192,5% so với tỉnh giao": the plan named by who assigned it, as ASSIGNED_RIGHT_AFTER reads.)
const JOINED_ATTAINMENT_AFTER = new RegExp(`^[^\\d;]{0,24}?(?:,|và)\\s*(?:đạt|bằng)\\s+[\\d.,]+\\s*%\\s*(?:so với\\s+)?(?:${PLAN}|${ASSIGNERS} giao)${WORD_END}`, 'u');
const COMPARED_RATE = /^ (?:mức|tốc độ) (tăng|giảm)(?: trưởng)?(?: bình quân)? $/u;
const FROM_TO = /^[^;]*?(?<![\p{L}\p{M}])(?<!trở )(?:xuống còn|xuống|lên|còn)(?!\p{L})(?!\p{M})/u;

// "mức giảm lần lượt là", "mức tăng tương ứng là": the move named right before the "là" that gives its amount.
const MOVE_NAMED_THEN_IS = /(?<![\p{L}\p{M}])mức (tăng|giảm)(?: (?:lần lượt|tương ứng))? $/u;
// The verb of a change, its count and the counted noun, right before the figure's bracket: "giảm 18 vụ".
const COUNT_MOVED_BEFORE = /(?<![\p{L}\p{M}])(tăng|giảm)(?: thêm)? \d[\d.,]* [\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2}$/u;
// A comparison right after the figure, with nothing between: "… đồng/kg so với tuần trước".
const COMPARED_RIGHT_AFTER = /^ so (?:với )?[\p{L}\p{M}]/u;

/** `previous`: the figure before this one in its clause, when there is one. */
export function readMeaning(lower: string, c: Candidate, clauseStart: number, clauseEnd: number, prevEnd: number, nextStart: number, previous?: FigureBefore): Meaning {
  const previousClass = previous?.unitClass;
  const leading = leadingWords(lower, c.numberStart);
  const lead = leading.start;
  // ("có ít nhất 85/188 xã đạt chuẩn": a ratio takes a bound written before it; what follows a ratio is its status.)
  const bound = c.of === undefined ? leading.bound ?? boundAfter(lower, c.end, clauseEnd) : leading.bound;
  // "thấp hơn mục tiêu 6,5%", "vượt chỉ tiêu giao (trên 75%)": the plan's own value; no verb before it applies.
  const planGap = gapFromPlan(lower, lead, c.unit.class, c.value, previous);
  // "đạt 61,6% kế hoạch (792,9 tỷ/1.287,4 tỷ đồng)": a part out of its whole in the bracket is the result against the
  // plan, not the plan's value.
  const ownPlan = !planGap && !(c.of !== undefined && lower[lead] === '(') && planRightBefore(lower, lead);
  const named = yardstickBefore(lower, lead);
  // (A gap after the yardstick is the figure's own distance from it, moved by the comparative: no value of the
  // yardstick's place.)
  const gap = named ? gapFromYardstick(lower, lead, c, bound) : undefined;
  const yardstick = (gap ? undefined : named) ?? yardstickAfter(lower, lead, c.end);
  let operator = gap ?? planGap ?? (ownPlan || yardstick ? undefined : findOperator(lower, Math.max(clauseStart, prevEnd, c.numberStart - 160), lead));
  // "mặt hàng rau quả ước đạt 1,7 tỉ USD, tăng trưởng 44,6% so cùng kỳ": growth by an amount measured against a base is
  // a rise ("tăng trưởng GRDP đạt 7%", with no base after it, stays the rate).
  // (A verb found further back, "đạt 0,7955, tăng trưởng 8,6% so với năm 2023", is not the nearer one.)
  if ((!operator || operator.wordsBetween >= 2) && BASE_RIGHT_AFTER.test(lower.slice(c.end, c.end + 8)) && GROWTH_VERB_BEFORE.test(lower.slice(Math.max(clauseStart, lead - 24), lead))) {
    operator = { op: 'up', phrase: 'tăng trưởng', start: lower.lastIndexOf('tăng trưởng', lead), wordsBetween: 0 };
  }
  // "GRDP tăng trưởng âm 2,5%", "tốc độ tăng trưởng đạt -8,21%": growth below zero is a fall by that much.
  if (!operator || ((operator.op === 'reach' || operator.op === 'equal' || operator.op === 'is') && operator.wordsBetween === 0)) {
    const near = lower.slice(Math.max(clauseStart, lead - 32), lead);
    const negative = near.includes('âm') ? NEGATIVE_GROWTH_BEFORE.exec(near) : null;
    if (negative) operator = { op: 'down', phrase: negative[0].trim(), start: lead - negative[0].length, wordsBetween: 0 };
    else if (operator && c.sign) operator = { ...operator, op: c.sign };
  }
  // "tăng so với năm ngoái khoảng 10%", "giảm so với cùng kỳ 3 vụ": the verb, then its base, then the amount.
  let baseBetween: Base | undefined;
  // ("cũng tăng so với tháng 3 với mức 0,84%": the amount handed over by "với mức".)
  if (operator?.op === 'is' && (operator.phrase === 'so với' || operator.phrase === 'là' || (operator.phrase === 'với' && lower.startsWith(' mức', operator.start + 3)))) {
    const from = Math.max(clauseStart, lead - 64);
    const so = lower.slice(from, lead).lastIndexOf('so với');
    const moved = so > 0 ? MOVE_BEFORE_BASE.exec(lower.slice(Math.max(clauseStart, from + so - 16), from + so)) : null;
    const compared = moved && baseAt(lower.slice(from + so, operator.phrase === 'với' ? operator.start : lead));
    if (moved && compared) {
      const verb = moved[1] ?? moved[2]!;
      operator = { op: verb === 'giảm' || verb === 'thấp' ? 'down' : 'up', phrase: verb, start: from + so - moved[0].length, wordsBetween: 0 };
      baseBetween = compared;
    }
  }
  if (operator?.op === 'is' && operator.phrase === 'là' && operator.wordsBetween === 0) {
    const from = Math.max(clauseStart, prevEnd, lead - 64);
    const compared = COMPARATIVE_THEN_IS.exec(lower.slice(from, lead));
    if (compared) operator = { op: compared[1] === 'thấp' || compared[1] === 'ít' ? 'down' : 'up', phrase: `${compared[1]} hơn`, start: from + compared.index, wordsBetween: 0 };
  }
  // "thấp hơn mức chung 1,19 điểm %" moves by points; "cao hơn mức 3,4% của cùng kỳ" names the level compared with.
  if (operator && c.unit.class === 'points' && /^(?:cao|thấp) hơn mức$/.test(operator.phrase)) {
    operator = { ...operator, op: operator.phrase.startsWith('cao') ? 'up' : 'down' };
  }
  // "chỉ thấp hơn tốc độ tăng 9,44% của cùng kỳ năm 2022": the figure is the rate compared with, a rise whatever side
  // of it the sentence stands ("tốc độ tăng" names a rate, so the comparative was the nearest verb).
  if (operator && (operator.phrase === 'thấp hơn' || operator.phrase === 'cao hơn')) {
    const rate = COMPARED_RATE.exec(lower.slice(operator.start + operator.phrase.length, lead));
    if (rate) operator = { ...operator, op: rate[1] === 'giảm' ? 'down' : 'up' };
  }
  // "Nhóm giáo dục tăng cao nhất với 2,15%": the rise is the verb; "với" only hands over its amount. ("giảm mạnh nhất,
  // với 31 vụ, giảm 11 vụ …" gives the count that stands after the fall: a level.)
  if (operator?.phrase === 'với' && (c.unit.class === 'percent' || c.unit.class === 'points' || c.unit.class === 'score')) {
    const moved = MOVED_MOST.exec(lower.slice(Math.max(clauseStart, operator.start - 60), operator.start));
    if (moved) operator = { ...operator, op: moved[1] === 'giảm' ? 'down' : 'up' };
  }
  // "nhóm giáo dục tăng cao nhất, 9,1%": the rise set off by a comma from its amount, as "với" does above.
  // ("chỉ số Quản trị điện tử tăng mạnh nhất, 0,74 điểm": an index's score moves the same way.)
  if (!operator && !ownPlan && !yardstick && (c.unit.class === 'percent' || c.unit.class === 'points' || c.unit.class === 'score')) {
    let comma = lead;
    while (lower.charCodeAt(comma - 1) === 32) comma--;
    if (lower.charCodeAt(comma - 1) === 44) {
      const from = Math.max(clauseStart, prevEnd, comma - 33);
      const moved = MOVED_MOST.exec(lower.slice(from, comma - 1) + ' ');
      if (moved) operator = { op: moved[1] === 'giảm' ? 'down' : 'up', phrase: moved[1]!, start: from + moved.index, wordsBetween: moved[0].split(' ').length - 2 };
    }
  }
  // "lần lượt tăng 57% và 3,2 lần": a figure joined to the one before shares its verb.
  // "thấp hơn tỷ lệ chung của cả nước (99,2%) 0,27 điểm phần trăm": after the yardstick's bracket comes the gap.
  // "tăng 4,2% so với tháng trước và 31,6% so với cùng kỳ": the first figure's base may stand between them.
  // ("tăng 19,7% và hơn 18.700 doanh nghiệp quay trở lại hoạt động": a count after a percentage starts a new item.)
  // ("tăng 25 - 30%, 50% hộ kinh doanh …": a share of a counted whole opens an item of its own.)
  const joined = prevEnd > clauseStart && !(previousClass && isMoveClass(previousClass) !== isMoveClass(c.unit.class)) &&
    !(c.unit.class === 'percent' && sharesCountedWhole(lower, c.end)) && (JOINED_TO_PREVIOUS.test(lower.slice(prevEnd, lead)) ||
    (previousClass === 'count' && c.unit.class === 'count' && COUNT_NOUN_THEN_AND.test(lower.slice(prevEnd, lead))));
  if (joined && !ownPlan && !yardstick && (!operator || (operator.op === 'is' && operator.start >= prevEnd))) {
    // Past the first figure's base ("so với tháng trước và") the verb is read from before the first figure.
    const between = lower.slice(prevEnd, lead);
    // "lần lượt tăng 3,1%, 9,8% và 7,5%": after a list's comma the verb stands before its first figure (the comma after
    // that figure would otherwise read as one that sets the verb off).
    const to = /^\s*(?:so|về) /u.test(between) ? prevEnd : LIST_COMMA.test(between) ? listStart(lower, lead, clauseStart) : lead;
    operator = findOperator(lower, Math.max(clauseStart, c.numberStart - 160), to);
  }
  // "với mức giảm lần lượt là 0,12 điểm; 0,25 điểm và 0,31 điểm", "mức tăng là 1,2%": "là" hands over the amount of the
  // move the words before it name (each item of the list shares it).
  if (operator?.op === 'is' && operator.phrase === 'là' && (c.unit.class === 'percent' || c.unit.class === 'points' || c.unit.class === 'score')) {
    const named = MOVE_NAMED_THEN_IS.exec(lower.slice(Math.max(clauseStart, operator.start - 32), operator.start));
    if (named) operator = { ...operator, op: named[1] === 'giảm' ? 'down' : 'up' };
  }
  // "tăng 103 vụ (16,5%) so với cùng kỳ", "giảm 18 vụ (7,9%)": a bare percentage in brackets right after a change of a
  // count is that change in per cent (a count of places, "743 xã (12,3%)", gives its share).
  // (The bracket may open a clause of its own: the words before it are read from the text.)
  const open = c.numberStart - 1;
  if (!c.sign && c.unit.class === 'percent' && lower[open] === '(' && lower[open - 1] === ' ') {
    const moved = COUNT_MOVED_BEFORE.exec(lower.slice(Math.max(0, open - 49), open - 1));
    if (moved) operator = { op: moved[1] === 'giảm' ? 'down' : 'up', phrase: moved[1]!, start: open - 1 - moved[0].length, wordsBetween: 0 };
  }
  const moves = operator?.op === 'up' || operator?.op === 'down';
  const after = lower.slice(c.end, baseWindowEnd(lower, c.end, Math.min(clauseEnd, c.end + 90), nextStart, moves));
  // "lần lượt giải ngân được 82,4% và 79,6% kế hoạch vốn": the plan named after the last of a pair is both's; so is one
  // after the same share at a later date (plan-after-later-date.ts).
  const planAfter = PLAN_RIGHT_AFTER.test(after) || (c.unit.class === 'percent' && (JOINED_PLAN_AFTER.test(lower.slice(c.end, c.end + 80)) || ASSIGNED_RIGHT_AFTER.test(after) ||
    (lower[c.end] === '/' && PLAN_SLASH_ALONE.test(lower.slice(c.end, c.end + 40))) ||
    planAfterLaterDate(lower.slice(c.end, c.end + 90))));
  const base = baseBetween ?? readBase(lower, after, clauseStart, c);
  const planMarked = ownPlan || isPlanMarked(lower, operator, c);
  const status = readStatus(lower, c, lead, clauseStart, clauseEnd);

  // Every field from the start (one object shape for the readers downstream).
  const m: Meaning = { kind: 'level', direction: undefined, base: undefined, status: undefined, bound, operator, planMarked, yardstick };
  if (c.of !== undefined) {
    m.kind = 'ratio';
    if (operator?.op === 'rise-to' || operator?.op === 'fall-to') m.direction = operator.op === 'rise-to' ? 'up' : 'down';
  } else if (operator?.op === 'fall-to' || (operator?.op === 'down' && operator.wordsBetween === 0 && bound === 'under') ||
    (operator?.op === 'remain' && operator.wordsBetween === 0 && fallStillOpen(lower.slice(Math.max(clauseStart, operator.start - 80), operator.start))) ||
    // (the second of "còn 3,12% và 4,05%" shares the first's "còn")
    (operator?.op === 'remain' && (operator.wordsBetween === 0 || joined) && FELL_THEN_REMAINS.test(lower.slice(Math.max(clauseStart, operator.start - 40), operator.start))) ||
    (operator?.op === 'remain' && operator.wordsBetween === 0 && RATE_FELL_TO.test(lower.slice(Math.max(clauseStart, operator.start - 80), operator.start)))) {
    // "giảm còn 0,69%", "giảm dưới 1,5%": the level reached.
    m.direction = 'down';
  } else if (operator?.op === 'rise-to' && base !== undefined && !c.sign && COMPARED_RIGHT_AFTER.test(lower.slice(c.end, c.end + 12))) {
    // "giá lúa nhích lên 100 - 200 đồng/kg so với tuần trước": a rise measured against a base is the change itself,
    // not the level reached.
    m.kind = 'change';
    m.direction = 'up';
    m.base = base;
  } else if (operator?.op === 'rise-to') {
    // "Công suất phòng đạt 68,5%, có thời điểm lên 90 - 95%": a peak now and then, not a level the figure moved to.
    if (!windowEndsWith(lower, operator.start, 24, PEAK_WORDS, true)) m.direction = 'up';
  } else if (operator?.op === 'times' || (c.unit.class === 'times' && (operator?.op === 'up' || operator?.op === 'down' || operator?.op === 'equal' || c.sign))) {
    // ("bằng 1,8 lần năm 2024" is "gấp 1,8 lần": a multiple of the base.)
    m.kind = 'change';
    m.direction = operator?.op === 'down' ? 'down' : 'up';
    m.base = base ?? multipleOfYearEnd(after) ?? (multipleOfFormerUnits(after) as Base | undefined) ?? (MULTIPLE_OF_LAST_YEAR.test(after) ? LAST_YEAR : MULTIPLE_OF_PERIOD_BEFORE.test(after) ? 'previous_period' : multipleOfTermStart(after) ? TERM_START : undefined);
  } else if ((operator?.op === 'up' || operator?.op === 'down') && leading.from && FROM_TO.test(lower.slice(c.end, Math.min(clauseEnd, c.end + 60)))) {
    // "giảm từ 19,26% (năm 2015) xuống còn 7,97%": the starting point is a level, the move belongs to the end point.
  } else if (operator?.op === 'up' && c.unit.class === 'money' && !c.sign && ADDED_CAPITAL.test(lower.slice(Math.max(clauseStart, c.numberStart - 72), c.numberStart))) {
    // "38 lượt dự án điều chỉnh tăng vốn thêm 226,9 triệu USD", "số vốn tăng thêm 422,6 triệu USD": the capital added
    // is an amount invested, not a change of some level.
  } else if ((operator?.op === 'up' || operator?.op === 'down') && c.unit.class === 'percent' && !c.sign &&
    RATE_THEN_BRACKET.test(lower.slice(operator.start + operator.phrase.length, lower[lead] === '(' ? lead + 1 : lead))) {
    // "tăng tỷ lệ chăn nuôi lợn hình thức trang trại (trên 60% tổng đàn)": the verb moves the rate it names; the bracket
    // after the rate's name gives the level the rate reached (rate-value-in-bracket).
    m.direction = operator.op;
  } else if (operator?.op === 'up' || operator?.op === 'down' || (c.sign && (!operator || operator.op === 'is'))) {
    m.kind = 'change';
    m.direction = operator?.op === 'down' || (!operator || operator.op === 'is') && c.sign === 'down' ? 'down' : 'up';
    if (operator?.op === 'up' || operator?.op === 'down') m.direction = operator.op === 'down' ? 'down' : 'up';
    m.base = planAfter || planGap ? 'target' : base;
    if (m.base === 'target' && m.direction === 'up') m.status = 'exceeded';
  } else if (operator?.op === 'exceed' && (c.unit.unit === 'chỉ tiêu' || c.unit.unit === 'tiêu chí') && base !== 'target' &&
    (operator.wordsBetween === 0 || PLAN_BETWEEN.test(lower.slice(operator.start + operator.phrase.length, lead)))) {
    // "vượt kế hoạch 6 chỉ tiêu", "hoàn thành vượt 12 chỉ tiêu": the verdict on the targets counted, not the plan beaten
    // by that many ("vượt 2 chỉ tiêu so với kế hoạch", with its base after, is, above).
    m.status = 'exceeded';
  } else if (operator?.op === 'exceed' && PLAN_BETWEEN.test(lower.slice(operator.start + operator.phrase.length, lead))) {
    m.kind = 'change';
    m.direction = 'up';
    m.base = 'target';
    m.status = 'exceeded';
  } else if (operator?.op === 'exceed' && operator.wordsBetween === 0 && c.unit.class !== 'percent' && c.unit.class !== 'points' &&
    (base === 'target' || (previousClass === c.unit.class && JOINED_ATTAINMENT_AFTER.test(lower.slice(c.end, Math.min(clauseEnd, c.end + 80)))))) {
    // "vượt 333 hộ so với kế hoạch"; "có 1.333 hộ thoát nghèo, vượt 333 hộ và đạt 133,3% so với kế hoạch tỉnh giao" (after
    // the level reached, in the same unit): beyond the plan by that much. ("Xuất khẩu vượt 3 tỉ USD, đạt 120% kế hoạch"
    // names a mark passed, below.)
    m.kind = 'change';
    m.direction = 'up';
    m.base = 'target';
    m.status = 'exceeded';
  } else if (operator?.op === 'exceed' && c.unit.class !== 'percent' && c.unit.class !== 'points' && !lower.slice(operator.start + operator.phrase.length, lead).includes('(')) {
    // "vượt mốc 200 nghìn tỷ đồng", "vượt 120.000 đồng/kg": a level above a mark. (Not the plan's own value in a bracket
    // after the plan passed: "vượt mục tiêu cả nhiệm kỳ (Nghị quyết đề ra 15 xã)": plan-value-in-bracket-not-bound.)
    m.bound ??= 'over';
  } else if (operator?.op === 'exceed' && operator.wordsBetween <= 1 && planAfter && c.unit.class === 'percent' && c.value >= 100 && c.high === undefined) {
    // "ngành du lịch … vượt 115% kế hoạch năm": a plan passed by more than itself is the share of it reached, above it
    // (exceeded-share-of-plan).
    m.kind = 'attainment';
    m.base = 'target';
    m.status = 'exceeded';
  } else if (operator?.op === 'exceed' && operator.wordsBetween <= 1) {
    m.kind = 'change';
    m.direction = 'up';
    m.base = planAfter ? 'target' : base;
    if (m.base === 'target') m.status = 'exceeded';
  } else if (c.unit.class === 'percent' && operator?.op === 'share' && base === 'target') {
    // "kết nạp được 1.669 đảng viên, chiếm tỷ lệ 83,45% so với chỉ tiêu Nghị quyết": a share of the plan is attainment.
    m.kind = 'attainment';
    m.base = 'target';
  } else if (c.unit.class === 'percent' && planAfter && (!operator || operator.op === 'reach' || operator.op === 'equal' || operator.op === 'is') &&
    !(operator && isTargetValueBeforePlan(lower, operator.start, lead))) {
    // "đạt 99,8% kế hoạch", "Giải ngân vốn đầu tư công: 52,6% kế hoạch".
    m.kind = 'attainment';
    m.base = 'target';
  } else if (c.unit.class === 'percent' && operator?.op === 'reach' && targetsReaching(lower.slice(Math.max(clauseStart, operator.start - 40), operator.start))) {
    // "bảy chỉ tiêu đạt trên 50%", "9/21 chỉ tiêu đạt trên 50%": how far those targets are toward their plan (a result:
    // "chỉ tiêu" is what is counted, not a plan the figure is set by).
    m.kind = 'attainment';
    m.base = 'target';
    m.planMarked = false;
  } else if (c.unit.class === 'percent' && base === undefined && (isDisbursedShare(lower, clauseStart, c.numberStart) || isCollectedShare(lower, clauseStart, c.numberStart, c.end) ||
    (operator?.op === 'reach' && isValueShareBeforeGrowth(lower, clauseStart, c.numberStart, c.end)) ||
    isRankedDisbursedShare(lower, c.numberStart))) {
    m.kind = 'attainment';
    m.base = 'target';
  } else if (c.unit.class === 'percent' && base === undefined && targetsCarriedOut(lower, clauseStart, c.numberStart)) {
    // "Hai chỉ tiêu không đạt có tỷ lệ thực hiện lần lượt là 97,7% và 91,4%": how much of their plan the targets carried
    // out (targets-carried-out-rate).
    m.kind = 'attainment';
    m.base = 'target';
  } else if (c.unit.class === 'percent' && operator?.op === 'reach' && operator.wordsBetween === 0 && RATIO_OF_PLAN.test(lower.slice(Math.max(clauseStart, operator.start - 60), operator.start))) {
    // "giải quyết việc làm cho 9.850/37.000 lao động theo kế hoạch, đạt 26,6%": the share of the plan the ratio states.
    m.kind = 'attainment';
    m.base = 'target';
  } else if ((operator?.op === 'reach' || operator?.op === 'equal') && c.unit.class === 'percent' && base && !(operator.op === 'reach' && GROWTH_WORDS.test(lower.slice(Math.max(clauseStart, c.numberStart - 120), c.numberStart)))) {
    // "bằng 85,2% so với cùng kỳ" is an index; "tăng trưởng quý II ước đạt 11,02% so với cùng kỳ" is a growth rate.
    m.kind = 'attainment';
    m.base = base;
  }
  if (yardstick === 'cả nước' && m.kind === 'level' && c.unit.class === 'percent') rateYardstick(lower, m, lead, clauseStart);
  if (status && !m.status) m.status = status;
  return m;
}

// The first words of the bounds after a number ("trở"): a window without one of them holds no bound.
const BOUND_AFTER_HEADS = [...new Set(BOUNDS_AFTER.map(([phrase]) => phrase.split(' ')[0]!))];
const BOUND_WORDS = BOUNDS_BEFORE.map(([w]) => w);
const BOUND_OF = new Map(BOUNDS_BEFORE);

/** The words that belong to the number (sign, "từ", a bound) and where they start; the verb is looked for before. */
function leadingWords(lower: string, numberStart: number): { start: number; bound?: Bound; from?: boolean } {
  let p = numberStart;
  if (lower[p - 1] === '+' || lower[p - 1] === '-' || lower[p - 1] === '−') p--;
  if (lower[p - 1] === '(') p--;
  const tu = endsWithPhrase(lower, p, FROM);
  if (tu) p = tu.start;
  let b = endsWithPhrase(lower, p, BOUND_WORDS);
  // "thấp hơn 4,8 điểm %", "cao hơn 5%": a comparative verb, not a bound.
  if (b && (b.phrase === 'hơn' || b.phrase === 'cao hơn') && endsWithPhrase(lower, b.start, COMPARATIVES)) b = undefined;
  if (b?.phrase === 'cao hơn') b = undefined;
  if (b) p = b.start;
  return { start: p, bound: b ? BOUND_OF.get(b.phrase) : undefined, from: !!tu };
}

const PER_YEAR = /^\s*\/\s*năm(?!\p{L})(?!\p{M})/u;
const SHARE_WHOLE = /^dân số\s+/u;

function boundAfter(lower: string, end: number, clauseEnd: number): Bound | undefined {
  // "đạt từ 95% kế hoạch trở lên": the plan's name may stand between the number and its bound.
  const window = lower.slice(end, Math.min(clauseEnd, end + 40));
  if (!BOUND_AFTER_HEADS.some((head) => window.includes(head))) return undefined;
  // "từ 3.000 đảng viên mới trở lên": an adjective of the counted noun may stand there too.
  // "tăng bình quân 9%/năm trở lên": a per-year rate's "/năm" too.
  // "đạt 92,5% dân số trở lên": the whole a share is of too.
  const text = window.replace(PER_YEAR, '').trimStart().replace(PLAN_LEAD, '').replace(NOUN_ADJECTIVE, '').replace(SHARE_WHOLE, '');
  // "giảm 30 hộ nghèo trở lên": the rest of the counted noun too (counted-noun-before-more-words).
  const bare = BOUNDS_AFTER.some(([phrase]) => text.startsWith(phrase)) ? text : withoutNounRest(text);
  for (const [phrase, bound] of BOUNDS_AFTER) if (bare.startsWith(phrase)) return bound;
  return undefined;
}

/** Units that measure a move in relative terms (per cent, points, times) rather than an amount. */
function isMoveClass(unitClass: string): boolean {
  return unitClass === 'percent' || unitClass === 'points' || unitClass === 'times';
}

const CAUSED_LOSS = new Set(CAUSED_LOSS_WORDS);
// A rate named right after its verb, then a bracket opening on the figure: "tăng tỷ lệ hộ dùng nước sạch (".
const RATE_THEN_BRACKET = /^ t[ỷỉ] (?:lệ|trọng) [^\d(),;:]{2,80}\($/u;
const OWN_BRACKET_WORDS = 5;

function findOperator(lower: string, from: number, to: number): Meaning['operator'] {
  if (to <= from) return undefined;
  const slice = lower.slice(from, to);
  // Walk back word by word from the number; the first verb met is the nearest. Words are hashed in place and only
  // those whose hash a verb's last word has are cut out and looked up.
  let end = slice.length;
  let wordsAfter = 0;
  let nextStart = -1;
  let nextEnd = -1;
  let closed = 0;
  for (;;) {
    while (end > 0 && !isLetterCode(slice.charCodeAt(end - 1))) {
      // "tăng cao nhất qua 10 năm (các năm đều dao động từ 8,02% đến 10,12%)": a bracket still open at the number that
      // opens on words of its own says something of its own; a verb before it moves nothing inside it.
      const code = slice.charCodeAt(end - 1);
      if (code === 41) closed++;
      else if (code === 40 && closed > 0) closed--;
      else if (code === 40 && wordsAfter >= OWN_BRACKET_WORDS) return undefined;
      // "Bệnh tay chân miệng cũng có xu hướng tăng: từ đầu năm ghi nhận 624 ca": a colon opens what the words before
      // it announce; a verb there governs no number after it.
      if (slice.charCodeAt(end - 1) === 58 && wordsAfter > 0) return undefined;
      end--;
    }
    if (end === 0) return undefined;
    let start = end;
    while (start > 0 && isLetterCode(slice.charCodeAt(start - 1))) start--;
    // "có bảy chỉ tiêu vượt, sáu chỉ tiêu đạt": a verb set off by a comma governs what came before it.
    // (A decimal comma, "(99,2%)", sets nothing off.)
    if (wordsAfter === 0 && hasClauseMark(slice, end)) return undefined;
    // "tăng điểm ở 7 chỉ số thành phần", "giảm ở 3 xã": "ở" right before the number says where the move happened; the
    // number counts those places or parts, it is not the move's size.
    if (wordsAfter === 0 && end - start === 1 && slice[start] === 'ở') return undefined;
    // "nước lên nhanh khiến 640 hộ phải sơ tán": what a cause brings about is counted, not moved by the verb before it.
    if (end - start === 5 && slice.startsWith('khiến', start)) return undefined;
    // "Giá trị sản xuất nông nghiệp giảm do hạn mặn làm thiệt hại 1.240 ha lúa", "mưa lớn gây ngập 320 nhà": so is the
    // loss a cause does.
    if ((slice.startsWith('làm', start) || slice.startsWith('gây', start)) && end - start === 3 && nextEnd > 0 && CAUSED_LOSS.has(slice.slice(nextStart, nextEnd))) return undefined;
    const phrases = OPERATOR_LAST_WORD_HASHES.has(hashOf(slice, start, end)) ? OPERATORS_BY_LAST_WORD.get(slice.slice(start, end)) : undefined;
    if (phrases) {
      const next = nextEnd < 0 ? undefined : slice.slice(nextStart, nextEnd);
      for (const phrase of phrases) {
        const at = end - phrase.length;
        if (at < 0 || !slice.startsWith(phrase, at) || isLetter(slice[at - 1])) continue;
        if (!isOperatorHere(phrase, slice, at, next)) continue;
        if (SHORTFALL.has(phrase) && !shortfallAgainstPlan(lower, from + at, to)) continue;
        if (isRecommendationTerm(lower, from + at, phrase, next)) return undefined;
        return { op: OPERATOR_OF.get(phrase)!, phrase, start: from + at, wordsBetween: wordsAfter };
      }
    }
    nextStart = start;
    nextEnd = end;
    wordsAfter++;
    end = start;
  }
}

// (A ";" inside one clause separates numbers written with decimal commas: see segments.ts.)
const LIST_COMMA = /^\s*[,;]\s*$/u;
// One figure of a list and the mark after it: "3,1%, ", "1.240 ha và ".
const LISTED_ITEM = /(?<![\p{L}\p{M}\d.,])\d[\d.,]*(?:\s*%| [\p{L}\p{M}/]{1,12})?\s*(?:,|;|và)\s*$/u;
const ITEM_REACH = 30;

/** Where the list of figures that runs up to `to` starts: each figure and its "," or "và" is stepped over, back to `from`. */
function listStart(lower: string, to: number, from: number): number {
  for (let k = 0; k < 12 && to > from; k++) {
    const at = Math.max(from, to - ITEM_REACH);
    const item = LISTED_ITEM.exec(lower.slice(at, to));
    if (!item) break;
    to = at + item.index;
  }
  return to;
}

function hasClauseMark(s: string, from: number): boolean {
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 59 || (c === 44 && !(s.charCodeAt(k + 1) >= 48 && s.charCodeAt(k + 1) <= 57))) return true;
  }
  return false;
}

/** "tăng trưởng", "tốc độ tăng", "trở lên", "xuống giống" are not verbs of change. */
function isOperatorHere(phrase: string, slice: string, start: number, nextWord: string | undefined): boolean {
  if ((phrase === 'tăng' || phrase === 'giảm') && nextWord !== undefined && NOT_A_CHANGE.has(nextWord) && slice[start + phrase.length] === ' ') return false;
  if (phrase === 'tăng' && slice.slice(Math.max(0, start - 7), start) === 'tốc độ ') return false;
  // "vào sâu hơn 50 km" is a bound; "sâu hơn cùng kỳ 12 km" a change.
  if (nextWord === undefined && COMPARED.has(phrase)) return false;
  // "chậm khoảng 8% so với kế hoạch" says how far works lag; "tiền chậm nộp và cưỡng chế 12 doanh nghiệp", "46 dự án chậm
  // tiến độ, trong đó 9 dự án" do not move the number after them (works-behind-plan).
  if (phrase.startsWith('chậm') && nextWord !== undefined && !LAG_BOUNDS.has(nextWord)) return false;
  // "điều chỉnh tăng vốn 28 lượt dự án": the capital increase is what the projects counted right after it had.
  if (phrase === 'tăng' && nextWord === 'vốn' && /^ vốn\s*$/u.test(slice.slice(start + 4)) && slice.slice(Math.max(0, start - 11), start) === 'điều chỉnh ') return false;
  if ((phrase === 'lên' || phrase === 'xuống') && slice.slice(Math.max(0, start - 4), start) === 'trở ') return false;
  // "Tổng số tiền lên tới trên 15,1 tỉ đồng": "lên tới", "lên đến" say how much a total comes to, not that it rose.
  if (phrase === 'lên' && (nextWord === 'tới' || nextWord === 'đến')) return false;
  // "Trước khi lũ lên, các địa phương đã sơ tán 2.340 hộ": "lên" closing its clause says the water rose, it moves no
  // figure to a level.
  if ((phrase === 'lên' || phrase === 'xuống') && (slice[start + phrase.length] === ',' || slice[start + phrase.length] === ';')) return false;
  if (phrase === 'xuống' && (nextWord === 'giống' || nextWord === 'cấp' || nextWord === 'đường')) return false;
  return true;
}

/** The base a "so với …" phrase at the start of `text` names, whatever follows it ("so với cùng kỳ năm trước"). */
export function baseNamed(text: string): Base | undefined {
  for (const { re, make, needsSo } of BASE_PATTERNS) {
    if (!needsSo) continue;
    const m = re.exec(text);
    if (m && m.index === 0) return re === NAMED_SEASON_BASE && !m[1] ? 'same_period' : make(m);
  }
  return undefined;
}

/** The base a "so với …" phrase opening `text` names ("so với năm ngoái khoảng "): only when nothing else follows it. */
function baseAt(text: string): Base | undefined {
  for (const { re, make, needsSo } of BASE_PATTERNS) {
    if (!needsSo) continue;
    const m = re.exec(text);
    if (m && m.index === 0 && BASE_THEN_AMOUNT.test(text.slice(m[0].length))) return re === NAMED_SEASON_BASE && !m[1] ? 'same_period' : make(m);
  }
  return undefined;
}

const MONTH_RIGHT_AFTER = /^ tháng (?:\d{1,2}|trước)(?![/\d\p{L}\p{M}]|[ ,-]+(?:năm|\d))/u;

/** The base a text opens on ("so với cùng kỳ năm 2017 …"), any words after it. */
function baseOpening(text: string): Base | undefined {
  for (const { re, make, needsSo } of BASE_PATTERNS) {
    if (!needsSo) continue;
    const m = re.exec(text);
    if (m && m.index === 0) return re === NAMED_SEASON_BASE && !m[1] ? 'same_period' : make(m);
  }
  return undefined;
}

// "CPI bình quân 7 tháng tăng 3,16% so với cùng kỳ, cao hơn mức tăng chung của cả nước (3,12%)": a yardstick that names
// a rate of change holds the country's change, measured against the base of the figure it is set beside. (The
// economy's growth beside it, "GRDP tăng 6,89% …, cao hơn mức tăng chung của cả nước (6,42%)", is the growth rate the
// corpora read as a level.)
const RATE_YARDSTICK = /(?<![\p{L}\p{M}])(?:mức|tốc độ) (tăng|giảm)(?: bình quân)?(?: chung)?(?: của)? (?:cả nước|toàn quốc)\s*\(?\s*$/u;
const YARDSTICK_REACH = 56;
const ECONOMY_GROWTH = /grdp|gdp|tổng sản phẩm|tăng trưởng kinh tế/u;
const SENTENCE_REACH = 240;

function rateYardstick(lower: string, m: Meaning, lead: number, clauseStart: number): void {
  const rate = RATE_YARDSTICK.exec(lower.slice(Math.max(clauseStart, lead - YARDSTICK_REACH), lead));
  if (!rate) return;
  const sentence = lower.lastIndexOf('. ', lead);
  if (ECONOMY_GROWTH.test(lower.slice(Math.max(sentence, clauseStart - SENTENCE_REACH, 0), lead))) return;
  m.kind = 'change';
  m.direction = rate[1] === 'giảm' ? 'down' : 'up';
  const so = lower.lastIndexOf('so ', rate.index + Math.max(clauseStart, lead - YARDSTICK_REACH));
  if (so >= clauseStart && so > sentence) m.base = baseOpening(lower.slice(so, lead));
}

function readBase(lower: string, after: string, clauseStart: number, c: Candidate): Base | undefined {
  // "tăng 2,38% so với tháng trước, đặc biệt so với cùng tháng năm trước bắt đầu tăng nhẹ 0,01%": the first comparison
  // after the figure is its own; a later one belongs to the figure after it (first-comparison-own).
  const first = after.indexOf('so ');
  const second = first < 0 ? -1 : after.indexOf(' so ', first + 3);
  if (second >= 0) after = after.slice(0, second);
  // Most patterns start with "so ": without it in the window only the anchored ones can match. ("tỷ lệ giải ngân đạt
  // 58,33%, thấp hơn so với cùng kỳ năm 2021 (63,86%)": a comparison set off after the figure has its own base.)
  const compares = after.includes('so ') && !COMPARISON_SET_OFF.test(after);
  let k = 0;
  while (after[k] === ' ' || after[k] === ',') k++;
  const opening = after[k];
  for (const { re, make, needsSo, opens } of BASE_PATTERNS) {
    if (needsSo && !compares) continue;
    if (opens !== undefined && (opening === undefined || !opens.includes(opening))) continue;
    const m = re.exec(after);
    if (m) return re === NAMED_SEASON_BASE && !m[1] ? seasonBase(lower, clauseStart, c.numberStart, m[2]!) : make(m);
  }
  // "so với cùng kỳ năm 2017 (giảm 6,19% số vụ, giảm 0,75% số người chết …)": changes in a bracket right after the
  // base they are measured against.
  // (Looked for within a bracket's reach only: an endless sentence must not be read back to its start per figure.)
  const reach = Math.max(clauseStart, c.numberStart - 120);
  const inReach = lower.slice(reach, c.numberStart);
  const open = reach + inReach.lastIndexOf('(');
  if (open > reach && !inReach.includes(')', open - reach) && CHANGE_OPENS_BRACKET.test(lower.slice(open, open + 8))) {
    const head = lower.slice(Math.max(clauseStart, open - 48), open);
    const so = head.lastIndexOf('so ');
    // ("thấp hơn nhiều so với cùng kỳ năm 2022 (tăng 22,4%)": the compared stretch's own rate, compared-own-rate.ts.)
    if (so >= 0 && /^so (?:với )?[^,;()]*?\s*$/u.test(head.slice(so)) && !comparativeBeforeSo(head, so)) {
      const opening = baseOpening(head.slice(so));
      if (opening) return opening;
    }
  }
  // "gấp 1,8 lần tháng 8", "bằng 1,2 lần tháng trước": a month named right after a multiple is its base, as after "so
  // với" ("gấp 1,5 lần tháng 8 năm 2024" names the same month a year before: left to the forms above).
  if (c.unit.class === 'times' && MONTH_RIGHT_AFTER.test(after)) return 'previous_period';
  // "Nếu như năm 2015 … thì đến nay … đã gấp hơn 2,5 lần": a multiple of what the "nếu" clause's year stood at.
  if (c.unit.class === 'times') {
    const ifYear = ifYearBeforeNow(lower, clauseStart, c.numberStart);
    if (ifYear) return ifYear as Base;
  }
  if (ownComparisonAfter(after)) return undefined;
  // "So với cùng kỳ, thu ngân sách tăng 12%": a base put first in its clause. Every form names "cùng kỳ".
  const before = lower.slice(clauseStart, Math.min(c.numberStart, clauseStart + 40));
  const near = lower.slice(Math.max(clauseStart, c.numberStart - 50), c.numberStart);
  // "…, so với năm 2022 giảm 3 vụ, giảm 2 người chết", "so với cùng kỳ giảm 2 vụ, tăng 1 người chết", "so với tháng
  // trước giảm 3 vụ, giảm 2 người chết": a base put before the row of changes it measures.
  const window = lower.slice(Math.max(clauseStart, c.numberStart - 80), c.numberStart);
  const fronted = window.includes('so ') ? FRONTED_BASE.exec(window) : null;
  // ("; so với năm trước giảm 3 vụ, giảm 2 người chết": the year before the figure's.)
  if (fronted) return (fronted[1] ?? (fronted[2] ? 'previous_period' : fronted[3] ? LAST_YEAR : 'same_period')) as Base;
  // "So với mùa khô năm 2020, năm nay diện tích lúa thiệt hại giảm gần 80%": a year base that opens the clause, or
  // the quote inside it ("… cho biết: “So với …").
  const head = c.numberStart - clauseStart < 240 ? lower.slice(clauseStart, c.numberStart) : '';
  if (head.includes('so ') || head.includes('theo ')) {
    const quoteAt = Math.max(head.lastIndexOf('“'), head.lastIndexOf('"'), head.lastIndexOf(': '));
    const opened = FRONTED_YEAR_OPENING.exec(quoteAt >= 0 ? head.slice(quoteAt + 1) : head);
    if (opened) return opened[1] as Base;
    // Against another season than the one the clause then names, the season before; against the same, a year before.
    const season = FRONTED_SEASON_OPENING.exec(head);
    if (season) {
      const own = lastSeasonIn(head.slice(season[0].length));
      if (own !== undefined) return sameSeason(own, season[1]!) ? 'same_period' : 'previous_period';
    }
    // "Nếu so với kế hoạch Thủ tướng Chính phủ giao, tỷ lệ giải ngân đạt 58,33%": the plan, put first.
    if (FRONTED_PLAN_OPENING.test(quoteAt >= 0 ? head.slice(quoteAt + 1) : head)) return 'target';
  }
  // "cao hơn vụ trước khoảng 500 đồng/kg", "thấp hơn tháng trước 2%": the comparison without "so với".
  if ((near.includes('trước') || near.includes('đầu ') || near.includes('hôm qua') || near.includes('niên vụ') || near.includes('năm học')) && COMPARED_PREVIOUS.test(near)) return 'previous_period';
  // "cao hơn cùng vụ năm ngoái gần 0,5 tấn/ha": the same season a year before, as "cùng kỳ".
  if (near.includes('cùng vụ') && COMPARED_SAME_SEASON.test(near)) return 'same_period';
  if (near.includes('vụ ') && COMPARED_NAMED_SEASON.test(near)) return 'same_period';
  if (near.includes('hơn ') && COMPARED_HOLIDAY.test(near)) return 'same_period';
  const year = near.includes('hơn ') ? COMPARED_YEAR.exec(near) : null;
  if (year) return /^\d/.test(year[1]!) ? (year[1] as Base) : LAST_YEAR;
  if (!before.includes('cùng kỳ') && !near.includes('cùng kỳ')) return undefined;
  // ("cao hơn cùng kỳ năm 2024 là 14,2 điểm phần trăm": "là" hands over the amount, as after "cùng vụ".)
  if (/^\s*(?:-\s*)?so (?:với )?cùng kỳ/u.test(before) || /(?:hơn|với) cùng kỳ(?: năm (?:trước|ngoái|\d{4}))?\s*(?:là\s+)?(?:khoảng|gần|hơn|từ)?\s*$/u.test(near) ||
    /(?:^|[ ,(])so (?:với )?cùng kỳ(?: năm (?:trước|\d{4}))?,?\s+(?:[\p{L}\p{M}]+\s+){0,2}$/u.test(near)) return 'same_period';

  return undefined;
}

/** Another season than the figure's own (named before it in its clause) is the one just before: previous_period. */
function seasonBase(lower: string, clauseStart: number, numberStart: number, compared: string): Base {
  const own = lastSeasonIn(lower.slice(clauseStart, numberStart));
  return own !== undefined && !sameSeason(own, compared) ? 'previous_period' : 'same_period';
}

function lastSeasonIn(text: string): string | undefined {
  let own: string | undefined;
  for (const m of text.matchAll(OWN_SEASON)) own = m[1];
  return own;
}

const sameSeason = (a: string, b: string) => a.replace(' - ', ' ') === b.replace(' - ', ' ');

// "mới giải ngân 38,6 tỷ đồng trên tổng số 215 tỷ đồng kế hoạch", "trong tổng số 956 tỷ đồng kế hoạch": the whole an
// amount is measured against, named a plan right after it, is the plan's amount.
const WHOLE_BEFORE = /(?<![\p{L}\p{M}])(?:trên|trong) tổng(?: số)? $/u;
const PLAN_NOUN_AFTER = /^ (?:kế hoạch|dự toán)(?!\p{L})(?!\p{M})/u;

function isPlanMarked(lower: string, operator: Meaning['operator'], c: Candidate): boolean {
  if (c.afterPlanSlash) return true;
  // "(Kế hoạch: 7%)": the plan under its label (plan-label-colon).
  if (isPlanLabelled(lower, c.numberStart)) return true;
  if (c.unit.class === 'money' && PLAN_NOUN_AFTER.test(lower.slice(c.end, c.end + 12)) && WHOLE_BEFORE.test(lower.slice(Math.max(0, c.numberStart - 16), c.numberStart))) return true;
  if (c.unit.class === 'percent' && isComparedPlanValue(lower, c.numberStart)) return true;
  if (c.unit.class === 'money' && isComparedPlanAmount(lower, c.numberStart)) return true;
  if (!operator || operator.wordsBetween !== 0) return false;
  return planRightBefore(lower, operator.start);
}

// "đạt 100,7% dự toán (+23,9%)", "bằng 71,6% dự toán HĐND tỉnh giao (-3,2%)": the plan word closes the share before the
// bracket.
const SHARE_THEN_PLAN = new RegExp(`\\d\\s*%\\s+(?:của\\s+)?${PLAN}(?!\\p{L})(?!\\p{M})[^\\d%();,\\n]{0,30}$`, 'u');
// A sign opening the bracket.
const SIGN_AT = /^\s?[+\-–−]/u;
const CHANGE_VERB_AT = /^\s?(?:tăng|giảm) /u;

// ("đạt 81% chỉ tiêu NQ cả nhiệm kỳ (600 đảng viên)": the whole term's or year's plan, too.)
// ("thấp hơn kịch bản tăng trưởng đề ra cho quý I (8,6%)": the plan set for a stretch, too.)
const PLAN_BEFORE_BRACKET = new RegExp(`(?:giao|đề ra|${PLAN})(?:\\s+(?:quốc hội|cho (?:quý (?:iv|iii|ii|i)|(?:3|6|9) tháng(?: đầu năm)?|(?:nửa|6 tháng) (?:đầu|cuối) năm)|tăng trưởng|hđnd|ubnd|tỉnh|huyện|trung ương|cấp trên|năm|(?:giai đoạn|nhiệm kỳ|năm) (?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?|(?:cả )?(?:giai đoạn|nhiệm kỳ|năm))){0,2}\\s*$`, 'u');

/** A plan word right before `at` ("NQ", "mục tiêu"), or a bracket after one ("chỉ tiêu giao (trên 75%"). */
function planRightBefore(lower: string, at: number): boolean {
  if (lower[at] === '(') at++;
  // "thấp hơn kịch bản tăng trưởng 7,8%", "mục tiêu tăng trưởng 8,5%": the plan's growth rate, named by the plan noun.
  if (lower.endsWith(' tăng trưởng ', at)) at -= 'tăng trưởng '.length;
  if (lower[at - 1] === '(') {
    const before = lower.slice(Math.max(0, at - 60), at - 1);
    // A signed change in the bracket is how the amount moved, not the plan the share was measured against.
    // ("đạt 100,1% kế hoạch (tăng 2,3% so với cùng kỳ)": so is a change the bracket words with its verb.)
    if ((SIGN_AT.test(lower.slice(at, at + 2)) || CHANGE_VERB_AT.test(lower.slice(at, at + 6))) && SHARE_THEN_PLAN.test(before)) return false;
    return PLAN_BEFORE_BRACKET.test(before) && !/so(?: với)?\s+\S+(?:\s+\S+)?\s*$/u.test(before);
  }
  const marker = endsWithPhrase(lower, at, PLAN_MARKERS);
  if (!marker) return false;
  // "so với NQ (2/3 xã)", "đạt 99% KH 5 xã": the plan word closes the phrase before, it does not mark this figure.
  // ("trong năm 2024 với chỉ tiêu 330 tỷ đồng": "với" alone brings the target in, as "có" would.)
  // ("hoàn thành vượt mức kế hoạch 10/25 chỉ tiêu": so does the plan a verdict names.)
  return !/(?:\d\s*\/|so với|so|đạt|bằng|vượt|vượt mức|hoàn thành|theo|của|%|\d)\s*$/u.test(lower.slice(Math.max(0, marker.start - 12), marker.start));
}

function readStatus(lower: string, c: Candidate, lead: number, clauseStart: number, clauseEnd: number): Status | undefined {
  if (c.unit.unit !== 'chỉ tiêu' && c.unit.unit !== 'tiêu chí') return undefined;
  // "bình quân mỗi xã đạt 17,6 tiêu chí": a count with a fraction is an average, not the criteria some unit met.
  if (c.decimals > 0) return undefined;
  let rest = lower.slice(c.end, Math.min(clauseEnd, c.end + STATUS_REACH));
  // "12/15 (80%) chỉ tiêu đạt và vượt": the ratio's span stops before its bracketed share; the counted noun and the
  // verdict come after the bracket.
  const share = SHARE_THEN_NOUN.exec(rest);
  if (share) rest = rest.slice(share[0].length);
  const filler = STATUS_FILLER.exec(rest)?.[0].length ?? 0;
  const statusText = rest.slice(filler).trimStart();
  const m = STATUS_AFTER.exec(statusText);
  // "9 chỉ tiêu đạt từ 70% trở lên": "đạt" introduces a threshold there, not a verdict.
  if (m && !/^\s*(?:từ|trên|dưới|khoảng)?\s*\d/u.test(statusText.slice(m[0].length))) return STATUS_OF.get(m[0]);
  // "còn 2 tiêu chí về thu nhập và môi trường chưa đạt": what the criteria are about may stand before the verdict.
  const topical = m ? undefined : TOPIC_THEN_STATUS.exec(statusText);
  if (topical) return STATUS_OF.get(topical[1]!);
  // "các xã Hòa Tịnh và Song Bình lần lượt đạt 17/19 và 15/19 tiêu chí": the verdict before the first of ratios joined by
  // "và" or commas is each one's (verdict-over-joined-ratios).
  const joined = JOINED_RATIOS_BEFORE.exec(lower.slice(Math.max(0, lead - JOINED_RATIOS_REACH), lead));
  const before = endsWithPhrase(lower, lead - (joined?.[0].length ?? 0), STATUS_WORDS);
  // "phấn đấu hoàn thành 21/21 chỉ tiêu": an aim, not a verdict.
  if (before && AIMED.test(lower.slice(Math.max(0, before.start - 16), before.start))) return undefined;
  // "tỉnh phấn đấu giải ngân … trên 95% kế hoạch và hoàn thành 22/22 chỉ tiêu": the aim governs every verb its clause
  // joins with "và", the last one too.
  if (before && AIM_JOINED.test(lower.slice(Math.max(clauseStart, before.start - AIM_REACH), before.start))) return undefined;
  return before ? STATUS_OF.get(before.phrase) : undefined;
}
// Targets, then the rate they were carried out at, then the percentages (joined by commas or "và").
const TARGETS_CARRIED_OUT = /(?<![\p{L}\p{M}])chỉ tiêu(?!\p{L})(?!\p{M})[^.;:]{0,60}?(?<![\p{L}\p{M}])(?:tỷ|tỉ) lệ thực hiện(?: (?:lần lượt|đạt|là|bằng))*(?: [\d.,]+ ?%(?:,| và))* $/u;
const TARGETS_CARRIED_OUT_REACH = 140;

function targetsCarriedOut(lower: string, clauseStart: number, numberStart: number): boolean {
  const window = lower.slice(Math.max(clauseStart, numberStart - TARGETS_CARRIED_OUT_REACH), numberStart);
  return window.includes('thực hiện') && TARGETS_CARRIED_OUT.test(window);
}

const AIM_REACH = 120;
const STATUS_REACH = 90;
const JOINED_RATIOS_BEFORE = /(?<![\d/.,])(?:\d{1,3}\/\d{1,3}(?:,| và) )+$/u;
const JOINED_RATIOS_REACH = 40;
const AIM_JOINED = /(?<![\p{L}\p{M}])phấn đấu(?!\p{L})(?!\p{M})[^.;:!?]*(?<![\p{L}\p{M}])và $/u;
// ("yêu cầu các cấp ủy tập trung hoàn thành 21 chỉ tiêu": what a directive asks to be focused on is aimed at too.)
const AIMED = /(?<![\p{L}\p{M}])(?:phấn đấu|quyết tâm|nỗ lực|cố gắng|nhằm|để|tập trung)\s*$/u;
const SHARE_THEN_NOUN = /^ *\((?:đạt |chiếm )?[\d.,]+ ?%\) *(?:chỉ tiêu|tiêu chí)(?!\p{L})(?!\p{M})/u;

// A ratio whose whole is the plan, then a comma and the verb: "9.850/37.000 lao động theo kế hoạch, đạt …".
const RATIO_OF_PLAN = /\d\s*\/\s*\d[\d.,]*(?: [\p{L}\p{M}]+){0,3} theo (?:kế hoạch|chỉ tiêu|kh)(?: năm)?\s*,\s*$/u;
// A count of targets (in digits, a ratio or words) right before the verb: "có bảy chỉ tiêu đạt", "9/21 chỉ tiêu chủ yếu đạt".
const TARGETS_REACHING = /(?:\d+(?:\/\d+)?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: [\p{L}\p{M}]+)?) chỉ tiêu(?: (?:chủ yếu|còn lại|nghị quyết|nq|khác))? $/u;

/** TARGETS_REACHING, tried only where its noun stands (an end-anchored pattern is tried from every start). */
function targetsReaching(window: string): boolean {
  return window.includes('chỉ tiêu') && TARGETS_REACHING.test(window);
}

/** Where the words that can state a base end: the next figure, unless it is only a bracketed aside ("giảm 38 vụ
 * (-5,98%) so với cùng kỳ"), whose base is shared. */
function baseWindowEnd(lower: string, from: number, limit: number, nextStart: number, moves: boolean): number {
  if (nextStart >= limit) return limit;
  // "giảm 31 vụ, tương đương giảm 9,78% so với cùng kỳ", "lần lượt tăng 57% và 3,2 lần so với cùng kỳ", "giảm 38 vụ
  // (-5,98%) so với cùng kỳ": figures joined this way share the base stated after the last of them.
  const gap = lower.slice(from, nextStart);
  if (SHARED_BASE_JOIN.test(gap) || (moves && SHARED_BASE_ROW.test(gap))) return limit;
  return nextStart;
}

// "So với kế hoạch Thủ tướng Chính phủ giao (8.412,5 tỷ đồng), tỷ lệ giải ngân đạt 24,5%": the plan's amount may follow
// it in brackets.
// ("Tính theo kế hoạch tỉnh giao, tỷ lệ giải ngân mới đạt 57,1%": the plan it is reckoned by, too.)
const FRONTED_PLAN_OPENING = new RegExp(`^[\\s"“(–-]*(?:(?:nếu )?so (?:với )?|(?:tính|xét) theo )${PLAN}${WORD_END}[^,;.\\d()]{0,60}(?:\\([^()]{0,40}\\)\\s*)?,`, 'u');
// ("… đạt trên 80% và đều tăng trưởng cao hơn so với năm 2022": a move joined after the figure, with no amount of its own,
// has the base too.)
const COMPARISON_SET_OFF = /^\s*(?:,|và)\s*(?:(?:đều|cũng|vẫn) )?(?:(?:tăng trưởng|tăng|giảm)(?: (?:cao|thấp|nhiều|ít|mạnh|nhẹ) hơn)?|(?:cao|thấp|nhiều|ít|lớn|nhỏ|nhanh|chậm) hơn)(?!\p{L})(?!\p{M})/u;
// ("công nhận mới từ 50 sản phẩm OCOP trở lên": the programme that grades the products, too.)
const NOUN_ADJECTIVE = /^(?:mới|ocop(?: mới)?|được [\p{L}\p{M}]+|các loại|các cấp)\s+/u;
const GROWTH_VERB_BEFORE = /(?<![\p{L}\p{M}]|tốc độ )tăng trưởng $/u;
const BASE_RIGHT_AFTER = /^,? so(?: với)? /u;
const NEGATIVE_GROWTH_BEFORE = /(?<![\p{L}\p{M}])tăng trưởng âm(?: ở mức| với| là)? $/u;
// ("giá lúa có giảm hơn so với đầu vụ từ 500 đến 700 đồng/kg": "hơn" may stand between the verb and its base; "giá
// lúa cao hơn so với đầu vụ 500 đồng/kg" compares the same way.)
const MOVE_BEFORE_BASE = /(?<![\p{L}\p{M}])(?:(tăng|giảm)(?: (?:nhẹ|mạnh|thêm|cao|sâu))?(?: hơn)?|(cao|thấp) hơn) $/u;
// What may stand between the base and the amount: a bound word at most.
const BASE_THEN_AMOUNT = /^\s*(?:khoảng|gần|hơn|trên|dưới|chừng|ước|là|,)?\s*$/u;
// (A year is also the end of that year: "so với tháng 12/2023 tăng 2,95%", "so với cuối năm 2023 giảm 1.203 hộ".)
// (A holiday of an earlier year fronted the same way, "so với Tết năm trước giảm 2 vụ", is the same period.)
// ("so với tháng 3 giảm 6 vụ, giảm 3 người chết" in an April paragraph: the month before by its number; "so với cùng kỳ
// giảm 9,6% số vụ, giảm 7,5% số người chết": a row of shares: fronted-base-row-forms.)
const FRONTED_BASE = new RegExp(String.raw`(?:^|[ ,(])so (?:với )?(?:(?:năm |cuối năm |tháng 12(?:[/.-]| năm ))?(?:((?:19|20)\d\d)|cùng kỳ(?: năm (?:trước|(?:19|20)\d\d))?)|((?:tháng|quý|tuần|kỳ) (?:trước|liền kề)|tháng (?:1[0-2]|[1-9])(?![\d/.-]| năm))|(năm (?:trước|ngoái))|${HOLIDAY_A_YEAR_BEFORE}),?\s+(?:(?:tăng|giảm)(?: thêm)? [\d.,]+%? [\p{L}\p{M} ]{1,20}?(?:, | và )){0,3}(?:tăng|giảm)(?: thêm)? $`, 'u');
const FRONTED_YEAR_OPENING = new RegExp(`^[\\s"“(–-]*so (?:với )?(?:(?!(?:${PLAN}|cùng)${WORD_END})[\\p{L}\\p{M}]+ ){0,3}năm ((?:19|20)\\d\\d),`, 'u');
// "tăng 12,5% về số doanh nghiệp và 21,3% về vốn": what the first figure measures may stand between them too.
const JOINED_TO_PREVIOUS = /^\s*(?:(?:so (?:với )?|về )[^,;.()\d]{2,30}?\s+và|và|,|;|\))\s*$/u;
// "giảm 4 vụ, giảm 3 người chết và 2 người bị thương": the rest of the first count's noun may stand before "và"; the
// count joined after it shares the verb (count-noun-then-and).
const COUNT_NOUN_THEN_AND = /^\s*[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2}\s+và\s*$/u;
// ("điều chỉnh tăng vốn thêm 274,1 triệu USD và 345 tỷ đồng": the part in đồng joined to the part in dollars too.)
const ADDED_CAPITAL = /(?:tăng vốn|vốn tăng|vốn điều chỉnh tăng)(?: thêm)?(?: [^\d,;.]{0,30})?\s*(?:\d[\d.,]* (?:(?:nghìn|triệu|tỷ|tỉ) )?(?:usd|đồng) và )?$/u;
const SHARED_BASE_JOIN = /^\s*(?:\(|,?\s*(?:tương đương|tức là|tức|và)(?:\s+(?:tăng|giảm))?)\s*[+\-−]?$/u;
// "tai nạn tăng 3 vụ, số người chết tăng 2 người so với cùng kỳ": changes in a row, each with its short subject,
// measured against the base stated after the last.
// ("Chỉ số giá vàng tăng 19,65% và chỉ số giá đô la Mỹ tăng 4,33% so với cùng kỳ", "xăng E5 RON 92 giảm 2,14% và dầu
// diesel 0,05S giảm 3,05% so với tháng trước": after "và" the subject may run longer and hold a grade written with digits;
// long-subject-shares-base.)
const SHARED_BASE_ROW = /^\s*(?:,\s+(?:[\p{L}\p{M}]+\s+){1,4}|,?\s+và\s+(?:[\p{L}\p{M}][\p{L}\p{M}\d]*\s+|\d[\d,.]*[\p{L}\p{M}]+\s+){1,7})(?:tăng|giảm)(?:\s+thêm)?\s*$/u;

const YARDSTICK_PLACES = ['cả nước', 'toàn quốc', 'vùng', 'khu vực', 'toàn tỉnh', 'toàn thành phố', 'tỉnh', 'thành phố', 'huyện'];
const YARDSTICK = new RegExp(`(?:bình quân|trung bình|mức(?: tăng trưởng| tăng| giảm)?|tỷ lệ|tỉ lệ|chung)(?: chung)?(?: của)? (${YARDSTICK_PLACES.join('|')})\\s*\\(?\\s*$`, 'u');

// "thấp hơn không đáng kể so với mức 99,4% của cả nước": a level named as "mức …" and owned by a place after it.
const LEVEL_WORD_BEFORE = /(?<![\p{L}\p{M}])mức\s*$/u;
const OWNER_AFTER = new RegExp(`^ *(?:của|trên) (${YARDSTICK_PLACES.join('|')})(?!\\p{L})(?!\\p{M})`, 'u');

// "cao hơn 3,18 điểm phần trăm so với mức tăng 8,02% của cả nước", "thấp hơn mức tăng 8,02% của cả nước": a rate of
// change named by "mức tăng" and owned by the country after it is the country's, whose move it still is (the verb
// reading stays; only the place is the owner's: rate-of-country-after).
const RATE_WORD_BEFORE = /(?<![\p{L}\p{M}])mức (?:tăng|giảm)(?: trưởng)?\s*$/u;

/** 'cả nước' when the rate at `numberStart`..`end` is "mức tăng X% của cả nước". */
export function rateOwnedByCountry(lower: string, numberStart: number, end: number): 'cả nước' | undefined {
  if (!RATE_WORD_BEFORE.test(lower.slice(Math.max(0, numberStart - 16), numberStart))) return undefined;
  const owner = OWNER_AFTER.exec(lower.slice(end, end + 32))?.[1];
  return owner === 'cả nước' || owner === 'toàn quốc' ? 'cả nước' : undefined;
}

function yardstickAfter(lower: string, lead: number, end: number): string | undefined {
  if (!LEVEL_WORD_BEFORE.test(lower.slice(Math.max(0, lead - 8), lead))) return undefined;
  const m = OWNER_AFTER.exec(lower.slice(end, end + 32));
  if (!m) return undefined;
  return m[1] === 'cả nước' || m[1] === 'toàn quốc' ? 'cả nước' : m[1]!;
}

/** The place a yardstick in brackets belongs to ("bình quân cả nước (38,3%)" → cả nước), when it names one. */
// "cao hơn mức bình quân chung của tỉnh khoảng 18 triệu đồng", "thấp hơn so với bình quân cả nước 1,2 điểm phần trăm":
// after a comparative, an amount written straight after the yardstick (no bracket) is how far the figure stands from
// it. Points and a rough amount are gaps; a bare percentage or amount there may still be the yardstick's own value.
const COMPARED_WITH_YARDSTICK = /(?<![\p{L}\p{M}])(cao|thấp|nhiều|ít) hơn (?:so với )?[^\d;,.()]{0,40}$/u;

function gapFromYardstick(lower: string, lead: number, c: Candidate, bound: Bound | undefined): Meaning['operator'] {
  const gapShaped = c.unit.class === 'points' || bound === 'about' || bound === 'nearly';
  if (!gapShaped && c.unit.class !== 'money') return undefined;
  if (lower.slice(Math.max(0, lead - 3), lead).includes('(')) return undefined;
  const from = Math.max(0, lead - 70);
  const m = COMPARED_WITH_YARDSTICK.exec(lower.slice(from, lead));
  if (!m) return undefined;
  // (Money is a gap only after the figure's own value: money-gap-after-own-value.)
  if (!gapShaped && !isMoneyGapAfterOwnValue(lower, from + m.index, c.unit.class)) return undefined;
  const op = m[1] === 'thấp' || m[1] === 'ít' ? 'down' : 'up';
  return { op, phrase: `${m[1]} hơn`, start: from + m.index, wordsBetween: 0 };
}

function yardstickBefore(lower: string, lead: number): string | undefined {
  const from = Math.max(0, lead - 40);
  // The pattern ends with the yardstick's place (then white space and a bracket): without one right there it cannot
  // match, and it is tried at every position of the window, so the ending is compared in place first.
  let end = lead;
  while (end > from && isSpaceCode(lower.charCodeAt(end - 1))) end--;
  if (end > from && lower.charCodeAt(end - 1) === 40) end--;
  while (end > from && isSpaceCode(lower.charCodeAt(end - 1))) end--;
  if (!windowEndsWith(lower, end, end - from, YARDSTICK_PLACES)) return undefined;
  const m = YARDSTICK.exec(lower.slice(from, lead));
  if (!m) return undefined;
  return m[1] === 'cả nước' || m[1] === 'toàn quốc' ? 'cả nước' : m[1]!;
}
