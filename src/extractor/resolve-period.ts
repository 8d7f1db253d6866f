// The period a figure belongs to: a year in brackets right after it, else the nearest period named before it in its
// sentence (or after it in its clause), else the period the article was last talking about, else the publication year.
// Targets over a term ("mỗi năm kết nạp …" in a 2020–2025 resolution) take the term.
import { isForecastDeadline } from './forecast-deadline.ts';
import { isMoveTotalBetween } from './move-total-clause.ts';
import { opensAfterMerger } from './after-merger-sentence.ts';
import { endsOnHolidayName } from './holiday-name-days.ts';
import { followsComparativeSo } from './compared-own-rate.ts';
import { yearEndRightAfter } from './year-end-after-figure.ts';
import { yearEndOpensClause } from './year-end-opens-clause.ts';
import { TARGETS_OF_YEAR } from './targets-year-in-lead.ts';
import { thenNowBetween } from './if-then-now.ts';
import { whenClauseBetween } from './when-clause.ts';
import { roundupItems } from './roundup-items.ts';
import { digestItemStarts, digestLabel, digestLeadEnd, itemStartBetween } from './digest-page.ts';
import { cutOffOpensReport } from './cut-off-opens-report.ts';
import { createCutOffSectionReach } from './cut-off-section-reach.ts';
import { bodyStretchFrame } from './body-stretch-frame.ts';
import type { StorySentences } from './anecdotes.ts';
import { mention, isPlanYear, type PeriodMention, ASIDE_AFTER_CLAUSE, ASIDE_REACH } from './periods.ts';
import type { Candidate } from './scan-figures.ts';
import { SENTENCE_REACH, isShortParagraph, segmentBounds, segmentIndex, type Segments } from './segments.ts';
import { firstAtOrAfter } from './sorted.ts';
import { headsComingTermTargets } from './coming-term-heading.ts';
import { sectionAt, type TermSection } from './term-sections.ts';
import { ACTUAL_NOW, CHANGE_OPENS_BRACKET, HELD_NOW, PLAN_PHRASE_CLOSED, YEAR_ITEM_VERBS } from './vocabulary/cues.ts';
import { hasWholeWord } from './vocabulary/word-boundary.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';
import { OTHER_PRODUCE, PERENNIALS, RICE_NOUNS } from './vocabulary/crops.ts';
import { wordStartTest } from './vocabulary/word-start.ts';
import { isReviewedPlanStretch } from './reviewed-plan-stretch.ts';
import { isSeasonHarvestMonth } from './season-harvest-month.ts';

// How much of a list heading is read for the term whose targets it names.
const HEADING_READ = 300;

export interface PeriodChoice {
  value?: string;
  year?: number;
  /** The period to report if the figure turns out to be a target. */
  forTarget?: string;
  /** Stated right after the figure ("(năm 2015)", "của cùng kỳ năm 2023"): a past value, never an estimate. */
  attached?: boolean;
  /** Dated by "đến ngày 30/6/2025": the month, for a stock counted at that date. */
  asOf?: string;
  /** In a bracket right after its period: that period's own value (a plan's, after "mục tiêu đến năm 2025 (80%)"). */
  ownValue?: boolean;
}

// A year mentioned long before publication ("năm 1995 gia đình chỉ có…") is history, not the report's period.
const CARRY_YEARS_BACK = 3;
// "(năm 2015)", "của cùng kỳ năm 2023" (that year's same part), "mức 6,46% của năm 2023" (that whole year).
const ATTACHED = /^ *\((?:năm |cuối năm |đầu năm )?((?:19|20)\d\d)\)|^ *của (cùng kỳ )?(?:năm )?((?:19|20)\d\d)/;
// "chỉ thấp hơn mức tăng 14,38% của quý III/2022": a quarter of a year named right after the figure dates it.
const QUARTER_ATTACHED = /^ của quý (iv|iii|ii|i|[1-4])(?:\/| năm )((?:19|20)\d\d)(?!\d)/;
const QUARTER_NUMBER: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
// "chỉ thấp hơn tốc độ tăng 6,58% của 6 tháng đầu năm 2022": so are the months of a year so far (half-attached).
const MONTHS_ATTACHED = /^ của (6|9|sáu|chín) tháng (?:đầu )?năm ((?:19|20)\d\d)(?!\d)/u;
const MONTHS_PART: Readonly<Record<string, string>> = { 6: '-H1', sáu: '-H1', 9: '-9M', chín: '-9M' };
const SAME_SPAN_LAST_YEAR_AFTER = /^ của cùng kỳ năm (?:trước|ngoái)(?!\p{L})(?!\p{M})/u;
const STRETCH_AFTER = /(?<![\p{L}\p{M}])trong (?:cả )?(?:(?:giai đoạn|thời kỳ) )?$/u;
// "từ 28,6% năm 2021 xuống 17,9% năm 2023": a year right after a figure, then a break, dates that figure.
// "từ 21,7% năm 2020": a year that dates the figure just before it, and nothing else.
// Not across a line break: a heading's year ("… TRONG NĂM 2024\n\nNăm 2024, …") dates no figure.
// "cao hơn mức 6,46% của năm 2023": "của" ties the year to the figure before it too.
// "giảm từ 9,63% cuối năm 2023 xuống còn 6,32%": the end of a year, right after a figure (not after a year: "từ 34,5%
// năm 2021 đến cuối năm 2023 còn 21,2%"), is that figure's too.
// "giảm từ 3,45% (cuối năm 2022) xuống còn 2,38%": the end or start of a year in a bracket after the level a move
// started from dates that level only. (After the level reached, "còn 0,76% (cuối năm 2024). Toàn xã có …", it is the
// time the paragraph speaks of, and carries.)
const YEAR_OF_FIGURE = /\d(?:%| ?[\p{L}]+(?:\/[\p{L}]+)*)?(?: của)?[ \t]*\(?$|(?<!(?:19|20)\d)\d(?:%| ?[\p{L}]+) cuối $|(?<![\p{L}\p{M}])từ [\d.,]+(?:%| ?[\p{L}]+) \((?:cuối|đầu) $/u;
// ("tăng từ 52 triệu đồng (năm 2020) lên 78 triệu đồng", "từ 120 doanh nghiệp năm 2020 lên …": after the level a move
// started from, a unit of a few words, money or a counted noun, still ties the year to that level:
// move-start-year-multiword-unit.)
const MOVE_START_BEFORE = /(?<![\p{L}\p{M}])từ [\d.,]+ (?:[\p{L}\p{M}/]+ ){1,3}\(?$/u;
const MOVE_START_REACH = 40;
const EDITION_BEFORE = /(?<![\p{L}\p{M}])thứ \d+[ \t]*\(?$/u;
// "trong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ 2026 (từ ngày 14-22/2)": a bare year is no figure the stretch could date.
const BARE_YEAR_BEFORE = /(?<![\d.,])(?:19|20)\d\d[ \t]*\(?$/u;
// "từ 25/1 đến 30/1": the stretch's first day, a date, is no figure the closing day could date.
const DAY_BEFORE = /(?<![\p{L}\p{M}])từ (?:ngày )?\d{1,2}[/-]\d{1,2}[ \t]*$/u;
const DAYS_BEFORE = /(?<![\p{L}\p{M}\d.,])\d{1,2} ngày(?: đêm)?[ \t]*\(?$/u;
// "Tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2022": the number before is the month's, no figure to date.
const MONTH_AND_MONTHS_BEFORE = /(?<![\p{L}\p{M}])tháng \d{1,2},? (?:và )?$/u;
// "Sau 6 tháng vận hành chính quyền địa phương 2 cấp (từ ngày 1/7 đến 31/12/2025), …": the levels of government name
// the model, no figure the bracketed stretch could date; the stretch dates its sentence.
const GOVERNMENT_LEVELS_BEFORE = /(?<![\p{L}\p{M}\d.,])[23] cấp[ \t]*\(?$/u;
// A reason ("do …", "vì …", "bởi …") still open at a month: nothing but words and spaces between them.
const CAUSE_BEFORE = /(?<![\p{L}\p{M}])(?:do|vì|bởi)(?!\p{L})(?!\p{M})[^,;:.()\d]*$/u;
const CAUSE_REACH = 90;
// "triển khai nhiệm vụ tháng 12", "triển khai phương hướng, nhiệm vụ quý IV": the period of the tasks a meeting sets.
// ("kết quả thực hiện nhiệm vụ năm 2022" reviews that year.)
const COMING_TASKS_BEFORE = /(?<![\p{L}\p{M}])(?:triển khai|bàn|đề ra)(?: phương hướng,?)? (?:các )?nhiệm vụ(?: trọng tâm)? $/u;

function namesComingTasks(lower: string, start: number): boolean {
  return COMING_TASKS_BEFORE.test(lower.slice(Math.max(0, start - 48), start));
}
// ("từ 4,05% năm 2021 giảm còn 1,62% năm 2025": the verb of the move may follow the year, as "xuống còn" does.)
const YEAR_AFTER = /^ (?:năm |cuối năm )((?:19|20)\d\d)(?=\s*(?:[,.;)]|xuống|lên|còn|và|(?:giảm|tăng) |$))/;
// What may follow a stretch that closes a figure's item: a mark, "và" or the end.
const ITEM_CLOSES = /^\s*(?:[,.;)]|và(?!\p{L})(?!\p{M})|$)/u;
// "6 tháng qua toàn Đảng bộ kết nạp 842 đảng viên" after "… đến cuối năm 2022 còn 2,36%": the months just past are
// counted back from the report, so they take the report's year, not a year named earlier in the paragraph.
const PAST_MONTHS = /(?<![\p{L}\p{M}])qua$/u;
// "giảm từ 2,84% đầu năm xuống còn 2,31%": the level at the start of the year is where the year before ended.
const START_OF_YEAR = /^ (?:vào |hồi |thời điểm )?đầu năm(?=\s*(?:[,.;)]|xuống|lên|còn|và|$))/u;
// An average per year: "bình quân mỗi năm giảm 1,9%", "mỗi năm tăng 2.000 hộ".
const PER_YEAR = /(?:mỗi|hằng|hàng|bình quân) năm[^,;]{0,30}$/u;
// What may stand before a period that sets its paragraph's topic: "Năm 2023, …", "Trong 9 tháng đầu năm, …",
// "Riêng quý IV, …", "Tính đến hết năm 2023, …".
// "tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là …", "dự toán thu ngân sách năm 2026 HĐND tỉnh giao là …", "cuộc họp
// về giải ngân vốn đầu tư công năm 2025": the year a plan or the public capital is of, in a report whose lead counts a
// stretch of that same year ("Đến ngày 30/11/2025", "6 tháng đầu năm 2026"), names what the amounts are; it dates its
// own sentence, never the report nor the sentences after it.
// "Riêng quý III, thu ngân sách đạt 9.126 tỷ đồng, …": a stretch singled out at the head of its sentence is an aside on
// the report's own stretch; it dates its paragraph (month-aside-after-clause.test.ts), and the paragraphs after it go
// back to the frame.
const SINGLED_OUT = /^\s*riêng (?:trong )?$/u;
const STRETCH_LEAD = /^(?:(?:trong|riêng|tính|đến|lũy|luỹ|kế|cả|hết|qua|sau|từ đầu năm),? )*$/u;
// "TTXVN - ", "(BGĐT) - ", "(Baothanhhoa.vn) - ": a site's own name in brackets may be a web address.
const DATELINE_TAG = /^\s*(?:\([\p{L}\p{M}.-]{2,24}\)|[\p{L}\p{M}.-]{2,8})\s*[-–]\s*/u;
const NOW_SINCE_PLAN = /(?<![\p{L}\p{M}])(?:đến nay|hiện nay|hiện mới|hiện đã|đã giải ngân|mới giải ngân)(?!\p{L})(?!\p{M})/u;
const PLAN_OF_YEAR = /(?<![\p{L}\p{M}])(?:kế hoạch|dự toán|vốn đầu tư công)(?: [\p{L}\p{M}]+){0,5} $/u;
// ("… đến ngày 30/6/2024 giải ngân đạt trên 45% và đến hết năm 2024 giải ngân 100% kế hoạch": to the end of the year;
// "đến cuối năm 2024 đạt 95%" too: year-end-not-cut-off.)
const WHOLE_YEAR_BEFORE = wordStartTest(/(?<![\p{L}\p{M}])(?:bình quân|trung bình|cả|hết|cuối) $/u);
const TOPIC_LEAD = /^(?:(?:trong|riêng|tính|đến|chung|lũy|luỹ|kế|cả|hết|qua|sau|cuối|đầu|vào|tại thời điểm|kết thúc),? )*$/;
// What may stand before a season or school year that sets its sentence's topic: "Về nông nghiệp, vụ lúa Đông Xuân …",
// or who reports it: "Theo Sở Nông nghiệp và Phát triển nông thôn, niên vụ 2023 - 2024, toàn tỉnh có …" (attribution-
// before-season; such a season dates the later sentences of its paragraph only until one opens on a period of its own).
const SPAN_LEAD = /^(?:(?:về|trong|riêng|đối với|với) [^,.;]{1,30}, |theo [^,.;:\d]{2,80}, )?(?:(?:trong|riêng|tính|đến|chung|lũy|luỹ|kế|cả|hết|qua|sau|cuối|đầu|vào|kết thúc|niên vụ|năm học),? )*$/u;
// At most a few words before a season with its year, and no mark: "Vụ Xuân 2024, …", "Kế hoạch vụ Hè Thu 2025, …"; or who
// reports it first: "Theo Sở Nông nghiệp và Môi trường, vụ Xuân 2025 toàn tỉnh …" (attribution-before-season-year).
const SEASON_OPENS = /^(?:theo [^,.;:\d]{2,80}, )?(?:[\p{L}\p{M}]+ ){0,3}$/u;
// How far into its paragraph or sentence a topic-setting period may stand.
const LEAD_REACH = 60;
// "đến hết tháng 9/2024", "tính đến cuối tháng 6/2025": a month that closes the count, not one the count happened in.
const LEAD_CUT_OFF = /(?:^|[\s,])(?:tính )?đến (?:hết |cuối )?$/u;
// An attribution, then a cut-off that opens the rest of the sentence: "Theo Sở Nông nghiệp và Phát triển nông thôn, tính ".
const ATTRIBUTION_OPENING = /^[\s"“(–-]*theo [^,.;:\d]{2,80}, (?:tính )?(?:đến |tới )?(?:hết )?(?:ngày )?$/u;
const TOPIC_OPENING = /^[\s"“(–-]*(?:đối với|về) [^,.;:\d]{2,80}, (?:tính )?(?:đến |tới )?(?:hết )?(?:ngày )?$/u;
const ELABORATES = /^(?:cụ thể|theo đó|trong đó),/u;
const ATTRIBUTED = /^[\s"“(–-]*theo /u;
const WHOLE_YEAR_IN_SENTENCE = ['trong năm', 'cả năm', 'trong cả năm'];
// ("trong năm học", "trong năm 2024": a school year, or a year named outright, read as such.)
const NAMED_YEAR_AFTER = /^[\p{L}\p{M} ]*?năm (?:học|\d)/u;
// A sentence that opens on a date, a cut-off or a stretch of its own: "Đến ngày 15/3, …", "Tháng 3, …", "6 tháng, …".
const OPENS_ON_OWN_DATE = /^[\s"“(–-]*(?:(?:tính )?(?:đến|tới) (?:hết |cuối )?(?:ngày |tháng )?\d|(?:ngày|tháng|quý|năm) \d|\d{1,2} tháng)/u;
// "Theo báo cáo của UBND huyện, " before the stretch a report opens with.
const REPORT_OPENING = /^[\s"“(–-]*theo (?:báo cáo|số liệu)[^,.;:\d]{0,60}, $/u;
// "Nhìn lại nhiệm kỳ 2020 - 2025, …": what may stand before a term that opens its paragraph.
const TERM_OPENER = /^(?:(?:nhìn lại|trong|qua|sau|cả|suốt|kết thúc)\s+)?$/u;
// How many paragraphs a review of a term opened before a figure's own may reach back.
const REVIEW_PARAGRAPHS = 3;
// "Từ một xã có thu nhập năm 2015 chỉ khoảng 28 triệu đồng, sau 8 năm xây dựng nông thôn mới, … đã hoàn thành 19/19
// tiêu chí": years elapsed since a period bring the sentence back to now; that period dates nothing after them.
const ELAPSED_SINCE = wordStartTest(/(?<![\p{L}\p{M}])sau (?:hơn |gần |tròn |đúng )?(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mấy|nhiều) năm(?!\p{L})(?!\p{M})/u);
// A year right after a figure ("(năm 2021)", "của năm 2023") dates that figure.
const RIGHT_AFTER = /^[\s(]*(?:của\s+)?$/;
const DIGIT = /\d/;
const RATE_OPENS_CLAUSE = /^\s*t[ỷỉ] lệ /u;
// Two words or more, then the cut-off: "Giải ngân vốn đầu tư công đến ngày …" (not "Tính đến ngày …", "Đến hết tháng …").
// The subject is money spent to the date (a flow: "Giải ngân vốn đầu tư công đến ngày …"); a stock's cut-off ("Dư nợ tín
// dụng đến ngày 30/9 đạt …; tỷ lệ nợ xấu 1,2%") still stands for the rates after it.
const SUBJECT_BEFORE_CUT_OFF = /^\s*(?:tỷ lệ |tiến độ |việc |công tác )?giải ngân [^,;:\d]*?(?:(?:tính )?(?:đến|tới) (?:hết )?(?:ngày )?)?$/u;
// "tăng 7,5% (năm 2023 tăng 11,2%)", "đạt 7,5%/năm (năm 2022 tăng 5,1%, …)": a period after a figure that goes on with
// its own verb opens an item of its own; it dates that item, not the figure before it.
const OWN_ITEM_AFTER = new RegExp(`^ (?:${YEAR_ITEM_VERBS})(?!\\p{L})(?!\\p{M})`, 'u');
// What the running term achieved: "từ đầu nhiệm kỳ đến nay", "nhiệm kỳ qua", "… trên địa bàn 5 năm đạt 58,6 tỉ đồng"
// in a congress report (the five years are the term under review).
// So is what a mid-term review foresees for its end: "Dự báo đến cuối nhiệm kỳ, có 20/23 chỉ tiêu đạt và vượt".
// ("Giá trị sản xuất nhiệm kỳ tăng 9,15%": the term named bare after what it measures, right before its verb.)
const RUNNING_TERM = /(?<![\p{L}\p{M}])(?:từ đầu nhiệm kỳ|nhiệm kỳ qua|trong nhiệm kỳ|cả nhiệm kỳ|nhiệm kỳ(?= (?:tăng|đạt|giảm) )|(?:đến|vào) cuối nhiệm kỳ|(?:sau|nhìn lại|qua) (?:hơn )?(?:[\p{L}\p{M}\d]+ ){1,2}năm(?: rưỡi)? thực hiện nghị quyết|(?:trong |qua |sau )?5 năm(?! (?:tới|sau|đến|nữa)))(?!\p{L})(?!\p{M})/u;
// Every RUNNING_TERM match holds one of these words. They are looked for first (from their rare letters, rare-anchor.ts):
// the pattern's leading lookbehind makes V8 try it at every position of the text it is given (~0.75 µs a clause).
const YEARS_OF_CONGRESS_RESOLUTION = /(?<![\p{L}\p{M}])(?:sau|nhìn lại|qua) (?:hơn )?(?:[\p{L}\p{M}\d]+ ){1,2}năm(?: rưỡi)? thực hiện nghị quyết đại hội(?!\p{L})(?!\p{M})/u;
const RUNNING_TERM_WORDS = ['nhiệm kỳ', 'nghị quyết', '5 năm'];

/** Whether RUNNING_TERM matches in `text`, tested only where one of `words` stands (a whole sentence, and the sentences
 *  after a mention, have always been tested only where "nhiệm kỳ" or "5 năm" stands). */
function speaksOfRunningTerm(text: string, words: readonly string[] = RUNNING_TERM_WORDS): boolean {
  return words.some((word) => indexOfPhrase(text, word) >= 0) && RUNNING_TERM.test(text);
}
const TERM_OR_FIVE_YEARS = ['nhiệm kỳ', '5 năm'];
// Whole words, looked for in the sentence in place (a regex would have to test every position of it).
// "… 22/28 chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh": a congress's resolution sets the term's targets.
const TERM_WORDS = ['nhiệm kỳ', 'nghị quyết đại hội'];
const RESOLUTION_WORDS = ['nghị quyết'];
// "vượt 38,5% mục tiêu giai đoạn (200 sản phẩm)": the plan of the stretch the article named.
// Between a count of targets and the year they are of: the rest of their name ("chỉ tiêu kinh tế - xã hội").
const TARGETS_NAMED = /^(?: chỉ tiêu)?(?: [^\d,;.():]{1,40})? $/u;
const TERM_TARGET = ['nhiệm kỳ', 'mỗi năm', 'hằng năm', 'hàng năm', 'bình quân năm', 'cả giai đoạn', 'mục tiêu giai đoạn', 'chỉ tiêu giai đoạn', 'kế hoạch giai đoạn'];
const YEARLY_WORDS = ['mỗi năm', 'hằng năm', 'hàng năm', 'bình quân năm', 'bình quân mỗi năm'];
const THIS_YEAR = ['năm nay'];
// How far before a past year opening its paragraph "năm nay" may stand (the lead and a paragraph or two).
const LOOK_BACK_REACH = 1500;

// How far back a digest's lead clause is read for the ';' that closes the clause before.
const DIGEST_CLAUSE_REACH = 600;

export function createPeriodResolver(lower: string, periods: PeriodMention[], published: string | undefined, stories: StorySentences, segments: Segments, leadEnd = lower.length, sections: readonly TermSection[] = []) {
  const publishedYear = published ? Number(published.slice(0, 4)) : undefined;
  const publishedMonth = published ? Number(published.slice(5, 7)) : 12;
  const sentenceOf = (pos: number) => segmentBounds(segments.sentenceStarts, pos, lower.length);
  // Asked of the same mentions for figure after figure: answered once per mention.
  const datingFigure = new Map<PeriodMention, boolean>();
  // A year, quarter or month ("…, trong đó riêng quý III đạt …": breakdown-period-own-item); not a cut-off date ("…, tổng
  // dư nợ đến 30/11/2024 đạt …" still dates the figures before it), nor a stretch or a term.
  const opensOwnItem = (p: PeriodMention) => (p.part !== '' || p.year !== undefined) && !p.span && !p.asOf && !p.term && OWN_ITEM_AFTER.test(lower.slice(p.end, p.end + 12));
  // "chỉ đạt 94,2% kế hoạch do diện tích nuôi ngao bị thiệt hại sau đợt triều cường tháng 10": the month of the event a
  // reason names dates no figure of its sentence.
  // (A figure stands before the reason: "vốn … do địa phương quản lý tháng 10/2026 ước đạt …" names who manages it.)
  const causeMonths = new Map<PeriodMention, boolean>();
  const monthOfCause = (p: PeriodMention) => {
    if (!/^-M\d\d$/.test(p.part)) return false;
    let named = causeMonths.get(p);
    if (named === undefined) {
      const from = sentenceOf(p.start)[0];
      const windowStart = Math.max(from, p.start - CAUSE_REACH);
      const cause = CAUSE_BEFORE.exec(lower.slice(windowStart, p.start));
      named = cause !== null && /\d/.test(lower.slice(from, windowStart + cause.index));
      causeMonths.set(p, named);
    }
    return named;
  };
  const datesAFigure = (p: PeriodMention) => {
    let dates = datingFigure.get(p);
    if (dates === undefined) {
      // "vắc xin sởi mũi 1 từ đầu năm đến nay": a week or the year's running total is no year written after a figure.
      // "Festival Hoa Đà Lạt lần thứ 10 (từ ngày 7 đến 11/12/2024)": an edition's number is no figure to date, nor is
      // the length of the stretch ("kéo dài 4 ngày (từ 30/8 đến 2/9/2025)").
      const before = lower.slice(Math.max(0, p.start - 24), p.start);
      dates = !p.week && !p.yearToDate && (YEAR_OF_FIGURE.test(before) || MOVE_START_BEFORE.test(lower.slice(Math.max(0, p.start - MOVE_START_REACH), p.start))) &&
        !EDITION_BEFORE.test(before) && !BARE_YEAR_BEFORE.test(before) && !DAYS_BEFORE.test(before) && !DAY_BEFORE.test(before) &&
        !MONTH_AND_MONTHS_BEFORE.test(before) && !GOVERNMENT_LEVELS_BEFORE.test(before) && !endsOnHolidayName(before);
      datingFigure.set(p, dates);
    }
    return dates;
  };
  // Years long past are history and do not date the sentences after them. Years ahead are horizons ("đến năm
  // 2030"): they date later targets ("Mục tiêu đến năm 2025? — Phấn đấu … còn dưới 6%") but not later results.
  const usable = (p: PeriodMention) => !p.term && !p.isBase && !p.sameSpan && !stories.has(sentenceOf(p.start)[0]) &&
    !(p.year !== undefined && publishedYear !== undefined && p.year < publishedYear - CARRY_YEARS_BACK) &&
    !datesAFigure(p);
  // Not over yet when the article was published: a later year, or a quarter, half or month of this year still to
  // come ("triển khai nhiệm vụ quý IV" in October).
  const ahead = (p: PeriodMention) => {
    if (publishedYear === undefined) return false;
    // A quarter or month named without a year is this year's.
    const year = p.year ?? (p.part ? publishedYear : undefined);
    if (year === undefined) return false;
    if (year !== publishedYear) return year > publishedYear && !p.comingTet;
    // A holiday's stretch of days that closed before the page ("từ 30/4 đến hết 3/5/2026" on 4 May) is over, though the
    // quarter that names it runs on.
    const end = p.through ?? endMonth(p.part);
    return end !== undefined && end > publishedMonth;
  };
  // A school or crop year dates the whole article when it is the first period the article names (a season's harvest
  // report, a school-year review); named after another ("quý I/2025 … vụ Đông Xuân 2024 - 2025 đạt …") it dates its
  // own paragraph.
  // The lead's period frames the article before the headline's: "Tỷ lệ tốt nghiệp THPT năm 2024 đạt 99,47%" over a
  // lead about "tổng kết năm học 2023 - 2024" is a school-year review.
  // (A stretch named outright, "9 tháng năm 2024", "6 tháng đầu năm 2026", counts anywhere in the head; a cut-off date
  // must open its sentence, after the dateline's tag at most: "(LĐ) - Tính đến ngày 30/11/2023, …", "Luỹ kế từ đầu năm
  // đến hết tháng 9/2024, …". A cut-off inside a sentence dates that paragraph only, and the plan's year frames.)
  const opensLeadSentence = (p: PeriodMention) => p.asOf === undefined ||
    STRETCH_LEAD.test(lower.slice(sentenceOf(p.start)[0], p.start).replace(DATELINE_TAG, '').trimStart());
  const leadStretchYears = new Set(periods.filter((p) => p.start < leadEnd && !p.isBase && !p.term && p.part !== '' && p.year !== undefined && opensLeadSentence(p))
    .map((p) => p.year));
  const yearOfPlan = (p: PeriodMention) => p.part === '' && !p.span && p.year !== undefined && leadStretchYears.has(p.year) &&
    (PLAN_OF_YEAR.test(lower.slice(Math.max(0, p.start - 48), p.start)) || (p.start < leadEnd && TARGETS_OF_YEAR.test(lower.slice(Math.max(0, p.start - 40), p.start))));
  // ("tổ chức kỳ họp thứ 8 (kỳ họp thường lệ giữa năm 2023) để xem xét … 6 tháng đầu năm": the session's name frames
  // nothing.)
  // (A month deeper in its sentence than a dateline's tag and a few words opens nothing: the head is read only then.)
  const harvestMonth = (p: PeriodMention) => {
    const [from, to] = sentenceOf(p.start);
    return p.part.startsWith('-M') && p.start - from <= 48 &&
      isSeasonHarvestMonth(p, lower.slice(from, p.start).replace(DATELINE_TAG, '').trimStart(), periods, to);
  };
  const framing = periods.find((p) => !p.isBase && !p.term && !yearOfPlan(p) && !isShortParagraph(segments, p.start, lower.length) && p.start < leadEnd &&
    !namesSession(lower, p.start) && !harvestMonth(p)) ??
    periods.find((p) => !p.isBase && !p.term && !yearOfPlan(p));
  for (const p of periods) if (p.span && framing && !framing.span && !p.local) p.local = true;
  // "Sản xuất nông nghiệp ổn định; vụ Xuân 2023 gieo cấy 2.145 ha lúa, …. Tổng mức bán lẻ … ước đạt 4.215 tỷ đồng" in a
  // half-year report: a season with its year dates its own sentence, as a crop year does, not the paragraph after it.
  // (One that opens its sentence, "Vụ Xuân 2024, năng suất …", "Kế hoạch vụ Hè Thu 2025, huyện …", goes on dating.)
  const ownSentenceSeasons = new Set(periods.filter((p) => p.season && framing && framing !== p && !framing.span && !framing.season && !p.local &&
    !SEASON_OPENS.test(lower.slice(sentenceOf(p.start)[0], p.start).trimStart())));
  for (const p of ownSentenceSeasons) p.local = true;
  // "Tính đến ngày 31/10/2025, toàn tỉnh đã giải ngân …" opening a paragraph of a report framed by that year: the
  // cut-off is where the report's count stands; the paragraphs after it go on at that date (cut-off-opens-report.ts).
  // (Plans are still dated by the year: not a horizon for targets.)
  const carriedForTargets = periods.filter((p) => usable(p) && !p.local);
  const singledOut = (p: PeriodMention) => p.part !== '' && !p.term && p.start - sentenceOf(p.start)[0] <= 16 &&
    SINGLED_OUT.test(lower.slice(sentenceOf(p.start)[0], p.start));
  // "Tại Hà Tĩnh, … tổng diện tích gieo trồng toàn tỉnh đạt 158.555 ha, … tăng 1.767 tấn so với năm 2022" on 5 January
  // 2024: a page early in the year whose first year named is last year (or, as a base, the year before it) reviews last
  // year, so its figures before any period are last year's, not the new year's.
  // "Năm 2024, chỉ TP HCM, Hà Nội và Đà Nẵng đạt doanh thu trên 1.000 tỷ đồng, năm nay, có 8 tỉnh thành …": a past year
  // set against "năm nay" later in its sentence is the comparison, not what the page reports on: it frames nothing and
  // is carried nowhere (year-against-this-year).
  const contrasted = (p: PeriodMention) => p.year !== undefined && publishedYear !== undefined && p.year < publishedYear && p.part === '' && !p.isBase &&
    hasWholeWord(lower, THIS_YEAR, p.end, sentenceOf(p.start)[1]);
  const firstYear = periods.find((p) => !p.term && p.year !== undefined && (p.isBase || usable(p)) && !contrasted(p));
  const reviewsLastYear = publishedYear !== undefined && publishedMonth <= 2 && firstYear !== undefined &&
    (firstYear.isBase ? firstYear.year === publishedYear - 2 : firstYear.year === publishedYear - 1 && firstYear.part === '' && !firstYear.span);
  const yearOfUndated = reviewsLastYear ? publishedYear - 1 : publishedYear;
  // (The session's name is not the report's frame either: "khai mạc kỳ họp thứ 14 (kỳ họp thường lệ giữa năm 2024)" over
  // "Theo báo cáo của UBND huyện, 6 tháng đầu năm 2024, …" is a half-year report.)
  // (Only when the report's own stretch opens a sentence after "Theo báo cáo …,": a speech's "trong 7 tháng đầu năm 2025"
  // frames nothing, and the session's year stays the frame.)
  const reportOpens = periods.some((q) => q.start < leadEnd && q.part !== '' && REPORT_OPENING.test(lower.slice(sentenceOf(q.start)[0], q.start)));
  // "Năm 2023, … xảy ra 9 loại hình thiên tai (năm 2022 là 11 loại hình), …. Thiên tai làm 4 người chết": a bracket that
  // opens on another year and gives that year's figure is an aside; its year dates the bracket only, never the sentences
  // after it (bracket-year-aside).
  // "… tăng 20,20% so với cùng kỳ (quý I tăng 19,85%, quý II tăng 12,00%, quý III tăng 29,15%). Trong đó, …": nor does
  // a part of the year that gives its figure anywhere inside a bracket (bracket-parts-aside).
  const bracketAside = (p: PeriodMention) => !p.span && !p.term && (p.part === '' ? lower[p.start - 1] === '(' : true) && holdsOwnFigure(lower, sentenceOf(p.start)[0], p);
  const carried = periods.filter((p) => usable(p) && !ahead(p) && !yearOfPlan(p) && !singledOut(p) && !contrasted(p) && !bracketAside(p) && !(reportOpens && namesSession(lower, p.start)) &&
    (!p.local || cutOffOpensReport(p, framing, lower, segmentBounds(segments.paragraphStarts, p.start, lower.length)[0], published)));
  // A monthly report ("CPI tháng 9 tăng 0,29%" as its headline) is framed by its month, which then dates later
  // paragraphs as a year would; a month named first in the body is only that paragraph's.
  const firstNamed = periods.find((p) => usable(p) && !ahead(p) && !yearOfPlan(p));
  // So is a report whose lead counts its stocks to the end of a month ("Theo Bảo hiểm xã hội tỉnh, đến hết tháng 9/2024,
  // toàn tỉnh có …"): the cut-off is the report's date.
  // So is a weekly report by its week's month ("Tuần qua (từ ngày 8 đến 13/9), giá lúa …"), unless its lead also gives
  // the year's running total ("Cộng dồn từ đầu năm đến nay, …"): a bulletin's breakdowns below are of that total.
  // A day date counted to ("tính đến ngày 30/9/2024, …") is such a cut-off by its own words: stocks later stand at its
  // month, flows at the months elapsed.
  // So is a page about a ranking whose head names it with its year before any other period ("PCI 2023: Quảng Nam tăng
  // 14 bậc", published in May 2024): the ranking's year is the page's.
  const weekly = firstNamed?.week === true && !periods.some((p) => p.yearToDate && p.start < leadEnd);
  if (firstNamed?.local && !firstNamed.dayTally && !namesSession(lower, firstNamed.start) && firstNamed.start < leadEnd && (firstNamed.asOf !== undefined || firstNamed.indexYear || (/^-M\d\d$/.test(firstNamed.part) &&
    (weekly || isShortParagraph(segments, firstNamed.start, lower.length) || LEAD_CUT_OFF.test(lower.slice(Math.max(0, firstNamed.start - 16), firstNamed.start)))))) {
    carried.unshift(firstNamed);
  }
  // A tally whose lead names no period is framed by the stretch of days its first body paragraph opens on.
  const bodyStretch = bodyStretchFrame(lower, segments, periods, carried, leadEnd);
  if (bodyStretch) carried.unshift(bodyStretch);
  // A single month, a plan's year or "cả năm" carries to the end of its paragraph only.
  // Only when it sets the topic of its sentence ("Cũng trong tháng 10, …", "Tháng 11, …"); "chỉ số giá tháng 9
  // tăng…" in the middle of a sentence dates that sentence alone.
  // So does a cut-off month opening its sentence after an attribution ("Theo Bảo hiểm xã hội tỉnh, đến hết tháng 3/2026,
  // toàn tỉnh có …"): the stocks of the paragraph stand at that month.
  const cutOffOpening = (p: PeriodMention) => LEAD_CUT_OFF.test(lower.slice(Math.max(0, p.start - 16), p.start)) &&
    opensClause(lower.slice(Math.max(sentenceOf(p.start)[0], p.start - LEAD_REACH), p.start));
  // So does a day's cut-off after an attribution ("Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 15/12/2024,
  // toàn tỉnh có 9.526 tàu cá … Có 3.598/3.617 tàu đã lắp …"): the next sentences' stocks stand at its month too.
  // So does one after the topic a sentence opens on ("Đối với dự án đường ven biển …, đến ngày 15/12, địa phương đã bàn
  // giao …. Huyện đã chi trả …"): topic-then-cut-off.
  // "Giải ngân vốn đầu tư công đến ngày 31/12/2025 mới đạt 89,2% kế hoạch; tỷ lệ lao động qua đào tạo … 36,5%": the
  // cut-off of money disbursed, written after its subject, dates that clause; a rate opening a later clause after ";" is
  // another measure, in the report's period ("Đến ngày 30/9, …; tỷ lệ …", the cut-off opening the sentence, still frames
  // it) (disbursed-cut-off-own-clause).
  const disbursedCutOffOwnClause = (p: PeriodMention, wholeStart: number, clauseStart: number) =>
    p.start < clauseStart && clauseStart > wholeStart && lower[clauseStart - 1] !== ',' && RATE_OPENS_CLAUSE.test(lower.slice(clauseStart, clauseStart + 12)) &&
    SUBJECT_BEFORE_CUT_OFF.test(lower.slice(wholeStart, p.start));
  const cutOffDayOpening = (p: PeriodMention) => {
    const head = lower.slice(sentenceOf(p.start)[0], p.start);
    return ATTRIBUTION_OPENING.test(head) || TOPIC_OPENING.test(head);
  };
  // (A season or school year must open its sentence: "Toàn huyện xuống giống vụ Đông Xuân 2023 - 2024 được 27.500 ha"
  // dates its own figures, not the jobs of the next sentence.)
  // ("Tỷ lệ hộ nghèo dự kiến đến cuối năm giảm còn 3,86%": a forecast's year-end dates its own sentence, forecast-deadline.)
  const local = periods.filter((p) => usable(p) && (p.local || singledOut(p)) && !ownSentenceSeasons.has(p) && !yearOfPlan(p) &&
    !(p.clauseOnly && isForecastDeadline(lower, p.start, sentenceOf(p.start)[0])) && ((p.span ? SPAN_LEAD.test(lower.slice(sentenceOf(p.start)[0], p.start).trimStart()) : p.start - sentenceOf(p.start)[0] < 30) ||
    (/(?:trong|riêng) $/.test(lower.slice(p.start - 7, p.start)) && !ASIDE_AFTER_CLAUSE.test(lower.slice(Math.max(0, p.start - ASIDE_REACH), p.start))) ||
    (/^-M\d\d$/.test(p.part) && cutOffOpening(p)) || (p.asOf !== undefined && !p.clauseOnly && cutOffDayOpening(p))));
  // "Sản xuất nông nghiệp ổn định. Vụ Đông Xuân 2023 - 2024, toàn huyện xuống giống …. Giá lúa tươi …": a rice season
  // opening a later sentence of its paragraph goes on dating the sentences about its rice; one about another crop or
  // stock ("Diện tích thanh long hiện có 9.870 ha") is back in the report's stretch.
  const offCropOfSeason = (season: PeriodMention, pos: number) => {
    const [from] = sentenceOf(pos);
    return from > season.start && lower.startsWith('vụ ', season.start) && sentenceOf(season.start)[0] > paragraphOf(season.start) &&
      !hasWholeWord(lower, RICE_NOUNS, from, pos);
  };
  // "… trong hơn 7 tháng đầu năm 2025.\n\nCụ thể, GRDP đạt 9,63%": a paragraph that opens by elaborating the one before
  // goes on in its period.
  const paragraphOf = (pos: number) => {
    let i = segmentIndex(segments.paragraphStarts, pos);
    while (i > 0 && ELABORATES.test(lower.slice(segments.paragraphStarts[i]!, segments.paragraphStarts[i]! + 16))) i--;
    return i >= 0 ? segments.paragraphStarts[i]! : 0;
  };
  // A period dates the paragraphs after its own only when it sets the article's frame (the first one it names, in the
  // headline or lead) or opens its paragraph ("Năm 2023, …", "Trong 9 tháng, …"); one named inside a paragraph
  // ("Kết quả thi tốt nghiệp THPT năm 2024, …", "Trong 19 chỉ tiêu năm 2023, …") dates that paragraph alone, and
  // later paragraphs return to the frame. (A topic's lead is a few words: a period further in is not checked.)
  // "Trong Quý III và tháng 9, bối cảnh …": two periods joined at the head of a paragraph set no single one for the
  // paragraphs after it (the report's own frame goes on).
  const opensParagraph = (p: PeriodMention) => {
    const from = paragraphOf(p.start);
    return p.start - from <= LEAD_REACH && TOPIC_LEAD.test(lower.slice(from, p.start)) && !pairedWithNext(p);
  };
  const pairedWithNext = (p: PeriodMention) => {
    if (!lower.startsWith(' và ', p.end)) return false;
    const next = periods[firstAtOrAfter(periods, p.end, (q) => q.start)];
    return next !== undefined && next.start === p.end + 4;
  };
  // "Huyện Hòa Bình: Năm 2024 phấn đấu thu ngân sách 420 tỷ đồng" over a lead about "kết quả năm 2023 và nhiệm vụ năm
  // 2024": a headline that names only the year it plans for dates its own figures; the lead's period frames the rest.
  const first = carried[0];
  const plannedHeadline = first !== undefined && first.start < leadEnd && isShortParagraph(segments, first.start, lower.length) &&
    framing !== undefined && framing !== first && carried.includes(framing) && hasWholeWord(lower, HEADLINE_PLAN_WORDS, ...segmentBounds(segments.paragraphStarts, first.start, lower.length));
  // "Kỳ họp thứ 19 (kỳ họp thường lệ giữa năm 2024). …, GRDP 6 tháng đầu năm ước đạt …": the session's year names the
  // meeting; the stretch the lead reports on frames the page (session-name-year-not-frame).
  // "Xã Di Linh: Thu ngân sách 6 tháng cuối năm vượt 12,5% dự toán" over a lead that reviews "kết quả thực hiện nhiệm vụ
  // … năm 2025": the headline singles out a part of the year the session reviews whole; the year frames the page and the
  // part dates the headline alone (reviewed-year-lead).
  const partHeadline = first !== undefined && first.start < leadEnd && first.part !== '' && !first.term && isShortParagraph(segments, first.start, lower.length) &&
    framing !== undefined && framing !== first && carried.includes(framing) && framing.part === '' && !framing.span && framing.year !== undefined &&
    (first.year === undefined || first.year === framing.year) && REVIEWED_YEAR_BEFORE.test(lower.slice(Math.max(0, framing.start - 90), framing.start));
  const chosen = plannedHeadline || partHeadline || (first !== undefined && framing !== undefined && framing !== first && carried.includes(framing) && namesSession(lower, first.start)) ? framing : first;
  // A digest's headline and lead name its items' periods, not the page's: only its label's own stretch ("ĐIỂM TIN TUẦN TỪ
  // 15/9 ĐẾN 21/9/2025") frames it (digest-page.ts).
  const label = digestLabel(lower, leadEnd);
  const digest = label !== undefined;
  const frame = label && chosen && chosen.start < leadEnd && !(chosen.start >= label[0] && chosen.start < label[1]) ? undefined : chosen;
  // "Vụ Xuân 2022, toàn tỉnh gieo cấy 90.120 ha lúa, …" opening a paragraph of a half-year report dates its harvest, not
  // the paragraphs after it on other matters (season-paragraph-stays): a crop year already does so (span, local above).
  // "Dịp nghỉ lễ Quốc khánh 2/9 năm nay …" then "Năm 2024, Thanh Hóa chính là địa phương đứng đầu cả nước …" opening a
  // paragraph that gives no figure: a look back from the year the page speaks of ("năm nay", the year of publication),
  // which dates its own paragraph only (past-year-look-back). (A year-end report's "Năm 2024, trong bối cảnh …" names no
  // "năm nay" before it and goes on framing.)
  const lookBack = (p: PeriodMention) => p.year !== undefined && publishedYear !== undefined && p.year < publishedYear &&
    p.part === '' && !p.span && !p.term && hasWholeWord(lower, THIS_YEAR, Math.max(0, p.start - LOOK_BACK_REACH), p.start) &&
    !figureBesidesPeriods(lower, periods, ...segmentBounds(segments.paragraphStarts, p.start, lower.length));
  const across = carried.filter((p) => (p === frame && (p.start < leadEnd || p === bodyStretch)) || (opensParagraph(p) && !p.season && !lookBack(p)));
  const crossing = new Set(across);
  const roundupItemBetween = roundupItems(lower);
  const digestLead = digest ? digestLeadEnd(lower, segments, leadEnd) : 0;
  const itemStarts = digestItemStarts(lower, segments, digestLead, digest);
  // A digest's lead lists its items clause by clause: a period one clause names stays in that clause.
  const leadClauseBefore = (from: number, pos: number) => digest && pos < digestLead && from < pos && lower.slice(Math.max(from, pos - DIGEST_CLAUSE_REACH), pos).includes(';');
  const itemBetween = (from: number, to: number) => roundupItemBetween(from, to) || itemStartBetween(itemStarts, from, to);
  // A digest item's heading that names no period ("Quỳnh Lưu thu ngân sách vượt 12% dự toán" over "Tính đến hết tháng
  // 10/2022, …") is dated by the period its item's first sentence names.
  const itemOpeningPeriod = (pos: number) => {
    const i = firstAtOrAfter(itemStarts, pos + 1, (x) => x) - 1;
    const heading = i >= 0 ? itemStarts[i]! : -1;
    if (heading < 0 || segmentBounds(segments.paragraphStarts, pos, lower.length)[0] !== heading) return undefined;
    const body = segmentBounds(segments.paragraphStarts, pos, lower.length)[1];
    const firstSentenceEnd = sentenceOf(body)[1];
    for (let k = firstAtOrAfter(periods, body, (p) => p.start); k < periods.length && periods[k]!.start < firstSentenceEnd; k++) {
      const p = periods[k]!;
      if (usable(p) && !p.isBase) return p;
    }
    return undefined;
  };
  const cutOffReaches = createCutOffSectionReach(lower, segments);
  const lastCarried = (pos: number, list = carried) => {
    let wide = preciseInSentence(lastBefore(list, pos));
    if (list === carried && wide && !crossing.has(wide) && wide.start < paragraphOf(pos)) wide = preciseInSentence(lastBefore(across, pos));
    // "Vụ Hè Thu năm 2023 xuống giống được 11.920 ha. Hiện toàn huyện có 21.300 ha cà phê": a season with its year that
    // opens a later sentence of its paragraph dates the sentences on its rice ("Diện tích gieo cấy vụ Mùa đạt …" too); one
    // that names another crop and no rice is back in the stretch the paragraph runs in (season-opening-sentence-off-crop).
    if (wide?.season && offCropOfSeason(wide, pos) && hasWholeWord(lower, OTHER_PRODUCE, ...sentenceOf(pos))) wide = preciseInSentence(lastBefore(across, pos));
    // A roundup item's own period stays in its item: the next item is back in the frame.
    if (list === carried && wide && wide !== frame && (frame ? frame.start < wide.start : digest) && itemBetween(wide.end, pos)) wide = preciseInSentence(frame);
    if (list === carried && wide && wide !== frame && leadClauseBefore(wide.end, pos)) wide = preciseInSentence(frame);
    // A cut-off carried past its paragraph stays in its section (cut-off-section-reach.ts).
    if (list === carried && wide && wide !== frame && frame && wide.asOf !== undefined && wide.local && frame.part === '' && frame.asOf === undefined && !frame.span && !frame.term &&
      !cutOffReaches(wide.start, pos)) wide = preciseInSentence(frame);
    // So does a period opening its paragraph ("9 tháng đầu năm, kim ngạch …" in a year-end report): it dates the
    // paragraphs after it only up to the next section's heading (period-stays-in-section).
    if (list === carried && wide && frame && wide !== frame && wide.start > frame.start && opensParagraph(wide) && !cutOffReaches(wide.start, pos, true)) wide = preciseInSentence(frame);
    const near = attributedSeasonGoesOn(asideOfNamedStretch(lastBefore(local, pos), pos), pos);
    const nearest = near && near.start >= paragraphOf(pos) && (!wide || near.start > wide.start) && !offCropOfSeason(near, pos) &&
      !leadClauseBefore(near.end, pos) ? near : wide;
    const detailed = list === carried ? detailedPeriod(pos) : undefined;
    const chosen = detailed && (!nearest || detailed.start > nearest.start) ? detailed : nearest;
    if (frame && chosen && chosen !== frame && chosen.start < sentenceOf(pos)[0] && opensAfterMerger(lower, sentenceOf(pos)[0])) return preciseInSentence(frame);
    return chosen;
  };
  // "Theo Sở …, vụ Đông Xuân 2023 - 2024 toàn tỉnh xuống giống …. Đến ngày 15/3, nông dân đã thu hoạch …": a season a
  // report is attributed for dates the later sentences of its paragraph, but not one that opens on a period of its own.
  const attributedSeasonGoesOn = (p: PeriodMention | undefined, pos: number) => {
    if (!p?.span) return p;
    const [from] = sentenceOf(p.start);
    const [own] = sentenceOf(pos);
    if (own <= from) return p;
    // "Vụ Đông Xuân 2024 - 2025, năng suất lúa … đạt 66,2 tạ/ha. Giá lúa tươi tại ruộng trong năm dao động …": a later
    // sentence that speaks of the whole year is the year's, not the season's (whole-year-after-season).
    if (hasWholeWord(lower, WHOLE_YEAR_IN_SENTENCE, own, pos, (at) => !NAMED_YEAR_AFTER.test(lower.slice(at, at + 20)))) return undefined;
    if (!ATTRIBUTED.test(lower.slice(from, p.start))) return p;
    const q = periods[firstAtOrAfter(periods, own, start)];
    return (q && q.start < pos && q.start - own <= LEAD_REACH) || OPENS_ON_OWN_DATE.test(lower.slice(own, own + 32)) ? undefined : p;
  };
  // "IIP 9 tháng tăng 13,6% so với cùng kỳ. Riêng tháng 9, IIP tăng 2,1% so với tháng trước. Tổng mức bán lẻ … ước đạt
  // …": a month or quarter singled out at the head of a later sentence of a paragraph that has already named a stretch is
  // an aside on that stretch, as "; riêng tháng 9" is mid-sentence: it dates its own sentence, and the sentences after it
  // are the stretch's again. (One opening its paragraph, or after sentences that name no period, goes on dating them.)
  const asideOfNamedStretch = (p: PeriodMention | undefined, pos: number) => {
    if (!p || !singledOut(p)) return p;
    const [from, to] = sentenceOf(p.start);
    if (pos < to) return p;
    const paragraphStart = segmentBounds(segments.paragraphStarts, p.start, lower.length)[0];
    if (from <= paragraphStart) return p;
    for (let i = firstAtOrAfter(periods, from, start) - 1; i >= 0 && periods[i]!.start >= paragraphStart; i--) {
      const q = periods[i]!;
      if (usable(q) && q.part !== p.part) return undefined;
    }
    return p;
  };
  // "IIP tháng 5 ước tăng 6,4% so với cùng kỳ. Trong đó, ngành chế biến, chế tạo tăng 5,9%": a sentence that opens by
  // detailing the one before goes on in the period that one named, even a month that dates its own sentence only.
  const detailedPeriod = (pos: number) => {
    const [from] = sentenceOf(pos);
    if (from === 0 || !ELABORATES.test(lower.slice(from, from + 16).trimStart())) return undefined;
    const [before] = sentenceOf(from - 1);
    for (let i = firstAtOrAfter(periods, from, (q) => q.start) - 1; i >= 0 && periods[i]!.start >= before; i--) {
      const p = periods[i]!;
      // ("… có 28/41 chỉ tiêu đạt và vượt nghị quyết năm 2025 đề ra. Cụ thể, thu ngân sách …": the year of the plan the
      // count was measured against is not the stretch the details are of.)
      if (usable(p) && !(p.part === '' && !p.span && !p.term && isPlanYear(lower, p.start))) return p.local || singledOut(p) ? p : undefined;
    }
    return undefined;
  };
  // A bare year beside a more precise period of the same year in its sentence stands for the precise one.
  const preciseInSentence = (p: PeriodMention | undefined) => {
    if (!p || p.part !== '' || p.span || p.year === undefined) return p;
    const [from] = sentenceOf(p.start);
    for (let i = firstAtOrAfter(periods, from, start); i < periods.length && periods[i]!.start < p.start; i++) {
      const q = periods[i]!;
      if (q.year === p.year && q.part !== '' && usable(q)) return q;
    }
    return p;
  };
  const terms = periods.filter((p) => p.term);
  // (The clause is read around the figure only: at most RUN_CLAUSE_REACH either side.)
  const isRunStretchClause = (stretch: PeriodMention, c: Candidate, clauseStart: number, clauseEnd: number) => {
    if (publishedYear === undefined || Number(stretch.term!.slice(5)) > publishedYear || !lower.startsWith('giai đoạn', stretch.start)) return false;
    const from = Math.max(clauseStart, c.numberStart - RUN_CLAUSE_REACH);
    const to = Math.min(clauseEnd, c.end + RUN_CLAUSE_REACH);
    for (let i = firstAtOrAfter(periods, from, start); i < periods.length && periods[i]!.start < to; i++) if (!periods[i]!.isBase) return false;
    return !hasWholeWord(lower, NOW_WORDS, from, to);
  };
  // A page that reviews the running term at its midpoint, by its headline or lead.
  const midTermReview = isMidTermReview(lower, segments);
  // Terms already run that the text looks back on: "Nhìn lại nhiệm kỳ 2020 - 2025", "trong nhiệm kỳ 2015 - 2020".
  // So are a plan's or programme's five years the lead reviews ("… đánh giá kết quả thực hiện kế hoạch phát triển kinh tế -
  // xã hội 5 năm 2021 - 2025 …") (reviewed-plan-stretch).
  const reviewedTerms = terms.filter((t) => publishedYear !== undefined && Number(t.term!.slice(5)) <= publishedYear &&
    (REVIEW_BEFORE.test(lower.slice(Math.max(0, t.start - 10), t.start)) || REPORTED_TERM_BEFORE.test(lower.slice(Math.max(0, t.start - 16), t.start)) ||
      isReviewedPlanStretch(lower, t, leadEnd)));
  // A stretch already run of a longer term the article names ("giai đoạn 2021 - 2023" of "nhiệm kỳ 2020 - 2025"): that
  // term, a party's first.
  const enclosingTerm = (span: string): string | undefined => {
    const [from, to] = span.split('/').map(Number) as [number, number];
    if (publishedYear === undefined || to > publishedYear) return undefined;
    const longer = terms.filter((t) => {
      const [a, b] = t.term!.split('/').map(Number) as [number, number];
      return a <= from && b >= to && b - a > to - from;
    });
    return (longer.find((t) => lower.startsWith('nhiệm kỳ', t.start)) ?? longer[0])?.term;
  };
  // A party's term that opens the paragraph at `from`, before `pos` (a programme's "giai đoạn" does not frame one).
  const openingTerm = (from: number, pos: number): PeriodMention | undefined => {
    const p = terms[firstAtOrAfter(terms, from, start)];
    return p && p.start < pos && p.start - from <= LEAD_REACH && lower.startsWith('nhiệm kỳ', p.start) &&
      TERM_OPENER.test(lower.slice(from, p.start)) ? p : undefined;
  };
  // A review of a term runs on past the paragraph it opens ("Nhìn lại nhiệm kỳ 2020 - 2025, …" then "Xã có 2.150 ha
  // đất nông nghiệp …"): the opener of the nearest paragraph before, unless a paragraph in between opens with a
  // period of its own. Short lines between (captions, headings) neither carry nor stop it; a few paragraphs at most.
  const reviewedTerm = (pos: number): PeriodMention | undefined => {
    const starts = segments.paragraphStarts;
    const own = segmentIndex(starts, pos);
    for (let i = own, seen = 0; i >= 0 && seen <= REVIEW_PARAGRAPHS; i--) {
      const from = starts[i]!;
      const opener = openingTerm(from, pos);
      if (opener) return opener;
      const next = i + 1 < starts.length ? starts[i + 1]! : lower.length;
      if (across.some((p) => p.start >= from && p.start < Math.min(next, pos))) return undefined;
      if (!isShortParagraph(segments, from, lower.length)) seen++;
    }
    return undefined;
  };
  // A "giai đoạn 2021 - 2023," that opens a sentence of the paragraph at `from` (or the words reported after "cho biết,"),
  // before `pos`. Not a party's "nhiệm kỳ …," (a congress's name runs on with one), nor a programme's name.
  const topicStretch = (from: number, pos: number): PeriodMention | undefined => {
    for (let i = firstAtOrAfter(terms, pos, start) - 1; i >= 0 && terms[i]!.start >= from; i--) {
      const t = terms[i]!;
      if (!lower.startsWith('giai đoạn', t.start) || !/^\s*,/.test(lower.slice(t.end, t.end + 3))) continue;
      // (A sentence inside the paragraph starts at the space after the full stop: "…các thôn. Giai đoạn 2021 - 2023, …".)
      const lead = lower.slice(Math.max(sentenceOf(t.start)[0], t.start - LEAD_REACH), t.start).trimStart();
      if (STRETCH_OPENER.test(lead) && !PROGRAMME_BEFORE.test(lead)) return t;
    }
    return undefined;
  };
  // A sentence of the paragraph at `from`, before `to`, that opens on the running term ("Cả nhiệm kỳ, …", "Trong nhiệm kỳ
  // qua, …", "5 năm qua, …") or whose topic it is ("Thu hút đầu tư là điểm sáng của cả nhiệm kỳ."). Its start, if any.
  // Whether a whole sentence (by index) names the running term, read once: every figure after it in its paragraph asks.
  const namesRunningTerm = new Map<number, boolean>();
  const sentenceNamesRunningTerm = (at: number, end: number): boolean => {
    return speaksOfRunningTerm(lower.slice(at, end), TERM_OR_FIVE_YEARS);
  };
  const runningTermOpener = (from: number, to: number): number | undefined => {
    const starts = segments.sentenceStarts;
    for (let i = segmentIndex(starts, from); i < starts.length && starts[i]! < to; i++) {
      const at = Math.max(starts[i]!, from);
      if (RUNNING_TERM_OPENER.test(lower.slice(at, at + 32))) return at;
      const end = Math.min(starts[i + 1] ?? to, to);
      let names: boolean | undefined;
      if (at === starts[i] && end === starts[i + 1]) {
        names = namesRunningTerm.get(i);
        if (names === undefined) namesRunningTerm.set(i, (names = sentenceNamesRunningTerm(at, end)));
      } else names = sentenceNamesRunningTerm(at, end);
      if (names) return at;
    }
    return undefined;
  };
  // The last sentence of the paragraph from `from` up to the one at `sentence` (itself included) that opens on the present
  // ("Đến nay, …"): its start, if any.
  const nowOpeningSince = (from: number, sentence: number): number | undefined => {
    const starts = segments.sentenceStarts;
    for (let i = segmentIndex(starts, sentence); i >= 0 && starts[i]! >= from; i--) {
      if (NOW_OPENING.test(lower.slice(starts[i]!, starts[i]! + 16))) return starts[i];
    }
    return undefined;
  };
  // The term under way at publication (2020/2025 in 2023, and still in early 2025), named before `pos`.
  const runningTerm = (pos: number): string | undefined => {
    if (publishedYear === undefined) return undefined;
    // A party's "nhiệm kỳ", not a programme's "giai đoạn 2021 - 2023".
    for (let i = firstAtOrAfter(terms, pos, start) - 1; i >= 0; i--) {
      const [from, to] = terms[i]!.term!.split('/').map(Number) as [number, number];
      if (from <= publishedYear && publishedYear <= to && lower.startsWith('nhiệm kỳ', terms[i]!.start)) return terms[i]!.term;
    }
    return undefined;
  };
  // "Nhìn lại 4 năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, tăng trưởng bình quân … 5,9%/năm" on a page that
  // names no term: the years a congress's resolution has run are the party's running term, which opens in 2020, 2025,
  // 2030 (unnamed-running-term). Read only where those words stand in the sentence.
  const unnamedRunningTerm = (lead: string): string | undefined => {
    if (publishedYear === undefined || !lead.includes('nghị quyết đại hội') || !YEARS_OF_CONGRESS_RESOLUTION.test(lead)) return undefined;
    if (terms.some((t) => lower.startsWith('nhiệm kỳ', t.start))) return undefined;
    const opened = publishedYear - (publishedYear % 5);
    return `${opened}/${opened + 5}`;
  };
  // The term just run ("nhiệm kỳ qua"): the running one, or, at the congress that opens a new term (only "nhiệm kỳ 2025 -
  // 2030" named, in 2025), the five years before it.
  const pastTerm = (pos: number): string | undefined => {
    const running = runningTerm(pos);
    if (running === undefined) return undefined;
    const [from] = running.split('/').map(Number) as [number, number];
    return from === publishedYear ? `${from - 5}/${from}` : running;
  };
  // A term that opens in the year of publication has no results yet ("Đại hội … nhiệm kỳ 2025 - 2030" reported in 2025):
  // what its congress says "5 năm", "cả nhiệm kỳ", "hằng năm" or a verdict on targets achieved is the term just run (the
  // "nhiệm kỳ" the text names ending that year, else the five years before); a target keeps the new term.
  // (Inside the targets a congress sets, "Mỗi năm kết nạp ít nhất 60 đảng viên" is the new term's.)
  // The stretch a resolution is named with in the lead ("… thực hiện Nghị quyết số 06-NQ/TU … giai đoạn 2021 - 2025"),
  // begun before the page appeared; not a party term. Found on first use.
  let resolutionStretchFound: PeriodMention | null | undefined;
  const resolutionStretch = (): PeriodMention | undefined => {
    if (resolutionStretchFound === undefined) {
      resolutionStretchFound = terms.find((t) => t.start < leadEnd && !t.isBase && !lower.startsWith('nhiệm kỳ', t.start) && publishedYear !== undefined &&
        Number(t.term!.slice(0, 4)) < publishedYear && hasWholeWord(lower, RESOLUTION_WORDS, sentenceOf(t.start)[0], t.start)) ?? null;
    }
    return resolutionStretchFound ?? undefined;
  };
  const resultsOf = (term: string, pos: number): PeriodChoice => {
    const from = Number(term.slice(0, 4));
    if (publishedYear === undefined || from !== publishedYear || sectionAt(sections, pos)?.modality === 'target') return { value: term, forTarget: term };
    const ended = terms.find((t) => t.term!.endsWith(`/${from}`) && lower.startsWith('nhiệm kỳ', t.start))?.term ?? `${from - 5}/${from}`;
    return { value: ended, forTarget: term };
  };
  // The year a "6 tháng đầu năm" or "cả năm" without one belongs to: not one that only dates a figure before it, nor a
  // school or crop year ("niên vụ 2021 - 2022 đạt 62.400 tấn. Giá … bình quân 9 tháng"), which spans two and names neither.
  const withYear = periods.filter((p) => p.year !== undefined && !p.isBase && !p.term && !p.span && !datesAFigure(p));
  const termSentences = new Map<number, boolean>();
  const start = (p: PeriodMention) => p.start;
  const lastBefore = (list: PeriodMention[], pos: number) => list[firstAtOrAfter(list, pos, start) - 1];
  // The year of a "quý I" or "6 tháng đầu năm" that names none: one named earlier in its paragraph, else the frame's
  // or one that opened a paragraph, else the publication's (as periods themselves are carried). A crop year
  // ("Đông Xuân 2024 - 2025") spans two and names neither.
  const acrossWithYear = across.filter((p) => p.year !== undefined && !p.span);
  const yearBefore = (pos: number) => {
    const p = lastBefore(withYear, pos);
    // "phấn đấu đến ngày 31/1/2025 giải ngân hết kế hoạch vốn; thu ngân sách cả năm đạt …": a date in another clause
    // is a deadline there, not the year "cả năm" speaks of.
    const deadlineElsewhere = p?.asOf !== undefined && p.start < segmentBounds(segments.clauseStarts, pos, lower.length)[0];
    const frameYear = lastBefore(acrossWithYear, pos)?.year ?? yearOfUndated;
    // "Theo kết quả rà soát cuối năm 2025, … có 19.870 hộ nghèo. Trong 6 tháng, có 2.140 hộ thoát nghèo" in a report
    // on the first half of 2026: the months after a year's end named for a count are the next year's, the frame's.
    if (p && p.year !== undefined && frameYear === p.year + 1 && lower.endsWith('cuối ', p.start)) return frameYear;
    if (p && p.start >= paragraphOf(pos) && !deadlineElsewhere) return p.year;
    return frameYear;
  };

  // That year's stretch of what the article reports: "Cùng kỳ năm 2023" in a ten-month report is 2023-10M, "cùng kỳ
  // năm trước" the same stretch a year before the report's.
  const sameSpanOf = (p: PeriodMention, pos: number): PeriodChoice => {
    const frame = lastCarried(pos);
    const year = p.year ?? (frame ? (frame.year ?? yearBefore(frame.start)) : publishedYear);
    const value = format(p.year ?? (year === undefined ? undefined : year - 1), frame?.part ?? '');
    return { value, year: p.year ?? (year === undefined ? undefined : year - 1), forTarget: value, attached: true };
  };

  // "Chỉ tiêu chủ yếu năm 2025" over the coming year's list, then a paragraph of questions: "… đến nay đã chi trả bồi
  // thường cho 142/186 hộ dân": a sentence that says "đến nay" under a heading of targets tells where things stand now,
  // in the report's period, not the heading's plan.
  const nowUnderPlanHeading = (pos: number) => {
    const section = sectionAt(sections, pos);
    if (section?.modality !== 'target' || section.prose) return false;
    const [from, to] = sentenceOf(pos);
    return hasWholeWord(lower, NOW_WORDS, from, to);
  };

  return {
    nowUnderPlanHeading,
    /** The year the term a text reviews opened ("so với đầu nhiệm kỳ"): the running term's, or at the congress of a
     *  term opening that year, the one just run; undefined when the text names no party term. */
    termStart(pos: number): string | undefined {
      const running = runningTerm(pos) ?? lastBefore(terms.filter((t) => lower.startsWith('nhiệm kỳ', t.start)), pos)?.term;
      return running === undefined ? undefined : resultsOf(running, pos).value!.slice(0, 4);
    },
    /** `headingStart`: the list heading a list item stands under ("Các nhóm hàng tăng giá trong tháng 9:"). */
    at(c: Candidate, clauseStart: number, headingStart?: number, headingEnd?: number): PeriodChoice {
      const countsTargets = c.unit.unit === 'chỉ tiêu';
      const [wholeStart, wholeEnd] = sentenceOf(c.numberStart);
      const sentenceStart = Math.max(wholeStart, c.numberStart - SENTENCE_REACH);
      const sentenceEnd = Math.min(wholeEnd, c.end + SENTENCE_REACH);
      const clauseEnd = segmentBounds(segments.clauseStarts, c.numberStart, lower.length)[1];
      const inSentence = periods.slice(firstAtOrAfter(periods, sentenceStart, start), firstAtOrAfter(periods, sentenceEnd, start));
      const termHere = inSentence.find((p) => p.term)?.term;
      let speaksOfTerm = termSentences.get(wholeStart);
      if (speaksOfTerm === undefined) {
        speaksOfTerm = hasWholeWord(lower, TERM_TARGET, wholeStart, wholeEnd);
        termSentences.set(wholeStart, speaksOfTerm);
      }
      const forTermTarget = termHere ?? (speaksOfTerm ? runningTerm(c.numberStart) ?? lastBefore(terms, c.numberStart)?.term : undefined);

      // Both patterns open (after spaces) with "(" or "của": the window is cut out only then.
      const attached = opensWith(lower, c.end, '(', 'c') ? ATTACHED.exec(lower.slice(c.end, c.end + 30)) : null;
      if (attached) {
        const year = Number(attached[1] ?? attached[3]);
        const part = attached[2] ? lastCarried(c.numberStart)?.part ?? '' : '';
        return { value: `${year}${part}`, year, attached: true };
      }
      const quarter = attached === null && lower.startsWith(' của quý ', c.end) ? QUARTER_ATTACHED.exec(lower.slice(c.end, c.end + 24)) : null;
      if (quarter) {
        const year = Number(quarter[2]);
        return { value: `${year}-Q${QUARTER_NUMBER[quarter[1]!]}`, year, attached: true };
      }
      const months = attached === null && quarter === null && lower.startsWith(' của ', c.end) ? MONTHS_ATTACHED.exec(lower.slice(c.end, c.end + 32)) : null;
      if (months) {
        const year = Number(months[2]);
        return { value: `${year}${MONTHS_PART[months[1]!]}`, year, attached: true };
      }
      // "cao hơn mức tăng 6,13% của cùng kỳ năm trước": the same stretch a year before the report's.
      if (attached === null && lower.startsWith(' của cùng kỳ năm ', c.end) && SAME_SPAN_LAST_YEAR_AFTER.test(lower.slice(c.end, c.end + 32))) {
        return sameSpanOf(mention({ start: c.numberStart, end: c.numberStart, part: '', isBase: false }), c.numberStart);
      }
      // "gấp 1,5 lần năm 2020": the year after a multiple is what it is measured against.
      const yearAfter = c.unit.unit !== 'lần' && lower[c.end] === ' ' && opensWith(lower, c.end + 1, 'n', 'c') ? YEAR_AFTER.exec(lower.slice(c.end, c.end + 20)) : null;
      // ("bằng 115% năm 2023": a share of that year's level names the year as its base, not its own.)
      if (yearAfter && !inSentence.some((p) => p.start === c.end + 1 && p.isBase)) {
        const year = Number(yearAfter[1]);
        return { value: String(year), year, forTarget: String(year) };
      }
      // "lần lượt là 44.500 căn giai đoạn 2021 - 2025 và 51.500 căn giai đoạn 2026 - 2030": a stretch written right after
      // the figure, closing its item, is that figure's (term-right-after-figure).
      const termAfter = lower[c.end] === ' ' && lower.startsWith('giai đoạn ', c.end + 1) ? inSentence.find((p) => p.start === c.end + 1 && p.term !== undefined && !p.isBase) : undefined;
      if (termAfter && ITEM_CLOSES.test(lower.slice(termAfter.end, termAfter.end + 6))) {
        return { value: termAfter.term!, forTarget: termAfter.term!, year: Number(termAfter.term!.slice(-4)) };
      }
      if (lower[c.end] === ' ' && lower.startsWith('từ ', c.start - 3) && START_OF_YEAR.test(lower.slice(c.end, c.end + 30))) {
        const last = lastCarried(c.numberStart);
        const frameYear = last ? last.year ?? yearBefore(last.start) : publishedYear;
        if (frameYear !== undefined) return { value: String(frameYear - 1), year: frameYear - 1, attached: true };
      }
      // "…; tỷ lệ hộ nghèo giảm từ 21,4% năm 2019 xuống còn 6,12% hiện nay", "Thu nhập … năm 2024 đạt …. Đến nay, toàn
      // huyện có 4/7 xã …" in a half-year report of 2025: a figure its own words put in the present (right after it, or
      // opening a sentence that names no period before it) stands at the report's frame, not at a past year named
      // before it in its paragraph (present-after-past-year).
      const presentAfter = NOW_AFTER.test(lower.slice(c.end, c.end + 12));
      if (frame && !frame.term && !frame.span && frame.asOf === undefined &&
        (presentAfter || NOW_OPENING.test(lower.slice(wholeStart, Math.min(c.numberStart, wholeStart + NOW_OPENING_REACH))))) {
        const frameYear = frame.year ?? yearBefore(frame.start);
        const inParagraph = periods.slice(firstAtOrAfter(periods, paragraphOf(c.numberStart), start), firstAtOrAfter(periods, c.numberStart, start)).filter((p) => !p.isBase);
        const prior = inParagraph[inParagraph.length - 1];
        if (frameYear !== undefined && prior !== undefined && (presentAfter || prior.start < wholeStart) && prior.part === '' && !prior.term && !prior.span &&
          prior.year !== undefined && prior.year < frameYear) {
          const value = format(frameYear, frame.part);
          return { value, year: frameYear, forTarget: value };
        }
      }
      // "giảm từ 10,39% năm 2021 xuống còn 2,76% năm 2025, bình quân mỗi năm giảm 1,9%": a yearly average over the
      // years its sentence runs between covers them all.
      const perYear = PER_YEAR.test(lower.slice(Math.max(clauseStart, c.numberStart - 50), c.numberStart));
      if (perYear) {
        let from: number | undefined;
        let to: number | undefined;
        for (const p of inSentence) {
          if (p.start >= c.numberStart || p.isBase || p.term || p.part !== '' || p.year === undefined) continue;
          from = Math.min(from ?? p.year, p.year);
          to = Math.max(to ?? p.year, p.year);
        }
        if (from !== undefined && to !== undefined && from < to) return { value: `${from}/${to}`, forTarget: `${from}/${to}` };
      }
      // The nearest mention before the figure in its sentence; a term there ("bình quân giai đoạn 2021 - 2023 đạt
      // 7,2%/năm") is the period itself.
      // "phấn đấu cả năm đạt 80 tỷ đồng; … hiện mới đạt 56,4% kế hoạch vốn": the plan's whole year does not date a
      // clause that states where things stand now. Nor does the year a purpose names after what the stretch must add
      // (is-year-after-addition).
      const nowHere = inSentence.some((p) => p.clauseOnly && p.start < clauseStart) && ACTUAL_NOW.test(lower.slice(Math.max(clauseStart, c.numberStart - 120), c.numberStart));
      // "tăng 7,5% (năm 2023 tăng 11,2%)": a year opening a bracket after a figure dates the figures inside that bracket
      // (and nothing after it).
      // "Dự án … có kế hoạch vốn năm 2024 là 1.000 tỷ đồng, đến nay đã giải ngân 402,7 tỷ đồng": what stands now, after the
      // plan's year, is the stretch the report has reached.
      const before = findLast(inSentence, (p) => p.start < c.numberStart && !p.isBase && (!datesAFigure(p) || opensOwnBracket(lower, p, c.numberStart)) &&
        !monthOfCause(p) &&
        !leadClauseBefore(p.end, c.numberStart) &&
        !(p.asOf !== undefined && disbursedCutOffOwnClause(p, wholeStart, clauseStart)) &&
        !(yearOfPlan(p) && NOW_SINCE_PLAN.test(lower.slice(p.end, c.numberStart))) &&
        !(p.clauseOnly && p.start < clauseStart && (nowHere || inEarlierListItem(lower, p, sentenceStart, clauseStart) || isYearAfterAddition(lower, p, sentenceStart))) && !ELAPSED_SINCE.test(lower.slice(p.end, c.numberStart)) && !thenNowBetween(lower, p.end, c.numberStart) &&
        !(p.term && (p.start < clauseStart || PLAN_PHRASE_CLOSED.test(lower.slice(p.end, c.numberStart))) && PLAN_TERM_BEFORE.test(lower.slice(Math.max(0, p.start - 30), p.start))) &&
        // "Theo báo cáo của chương trình MTQG xây dựng nông thôn mới giai đoạn 2016-2020, hiện cả nước có 2.045 xã": the
        // term a programme is named by does not date what its report says stands now (programme-term-now).
        !(p.term && NOW_OPENS_CLAUSE.test(lower.slice(p.end, c.numberStart)) && PROGRAMME_BEFORE.test(lower.slice(Math.max(0, p.start - PROGRAMME_REACH), p.start))) &&
        // "… tăng 18,03% (cùng kỳ năm ngoái tăng 15,49%); dịch vụ tăng 6,19%": a bracket closed before the figure kept its
        // period for its own figure.
        !(holdsOwnFigure(lower, sentenceStart, p) && lower.lastIndexOf(')', c.numberStart) > p.end) &&
        // "…, giải ngân 100% kế hoạch vốn đầu tư công năm 2024; hoàn thành xây dựng 3 xã …": the year of a plan a share
        // was of, in a clause before, dates no later clause (share-plan-year-stays).
        !(p.start < clauseStart && p.part === '' && !p.span && !p.term && SHARE_OF_PLAN_BEFORE_YEAR.test(lower.slice(Math.max(0, p.start - 60), p.start))));
      // Its plan, though, is the whole term's: "giai đoạn 2021 - 2023 đạt 7,2%/năm (Nghị quyết 8,5%/năm)".
      // "Theo báo cáo tổng kết trình Đại hội … lần thứ I, nhiệm kỳ 2025 - 2030, … có 6 chỉ tiêu đạt và vượt": a term that
      // names the congress reporting, opening that year, has no results of its own yet.
      if (before?.term && before.start >= clauseStart) {
        if (CONGRESS_NAMED_BEFORE.test(lower.slice(Math.max(wholeStart, before.start - 90), before.start))) return resultsOf(before.term, c.numberStart);
        return { value: before.term, forTarget: enclosingTerm(before.term) ?? before.term };
      }
      // "Giai đoạn 2021 - 2023, tổng giá trị sản xuất tăng bình quân 7,1%/năm; thu ngân sách tăng bình quân 9,4%/năm": a
      // stretch that opens its sentence dates the yearly rates of the later clauses too.
      // So does one already run for every later clause that names no period, nor the present, of its own: "Giai đoạn 2021 -
      // 2025, tổng nguồn lực huy động đạt 1.862 tỷ đồng, …; Nhân dân đóng góp 78,5 tỷ đồng và hiến 156.000 m2 đất"
      // (run-stretch-later-clauses).
      if (before?.term && before.start < clauseStart && wholeStart >= sentenceStart && STRETCH_OPENING.test(lower.slice(wholeStart, before.start)) &&
        (isYearlyRate(lower, c, clauseStart) || isRunStretchClause(before, c, clauseStart, clauseEnd))) return { value: before.term, forTarget: enclosingTerm(before.term) ?? before.term };
      // "dịch vụ tăng 6,19% (cùng kỳ tăng 6,06%)": the bracket gives the same stretch a year before.
      const head = lower.slice(Math.max(clauseStart, c.numberStart - 40), c.numberStart);
      if (head.includes('(') && SAME_SPAN_IN_BRACKET.test(head)) {
        return sameSpanOf(mention({ start: c.numberStart, end: c.numberStart, part: '', isBase: false }), c.numberStart);
      }
      // "cao hơn quý I (tăng 8,35%)": a bracket right after a period holds that period's figure.
      const bracketed = findLast(inSentence, (p) => p.end <= c.numberStart);
      // (Not a base's: "so với cùng kỳ năm 2017 (giảm 6,19% số vụ, …)" gives the changes against it.)
      if (bracketed && !bracketed.term && opensBracket(lower, bracketed.end) && BRACKET_AFTER_PERIOD.test(lower.slice(bracketed.end, c.numberStart)) &&
        !(bracketed.isBase && SO_BEFORE.test(lower.slice(Math.max(0, bracketed.start - 20), bracketed.start)) && CHANGE_OPENS_BRACKET.test(lower.slice(bracketed.end, c.numberStart)) &&
          !followsComparativeSo(lower, bracketed.start))) {
        if (bracketed.sameSpan) return sameSpanOf(bracketed, c.numberStart);
        const year = bracketed.year ?? yearBefore(bracketed.start);
        const value = bracketed.span ?? format(year, bracketed.part);
        // "thấp hơn mục tiêu đến năm 2025 (80%)": the bracket after a plan's horizon holds the plan's value, not what was.
        const horizon = HORIZON_BEFORE.test(lower.slice(Math.max(0, bracketed.start - 8), bracketed.start));
        return { value, year, forTarget: value, ...(horizon ? { ownValue: true } : { attached: true }) };
      }
      // A bare year next to a more precise period of the same year in the sentence ("đến ngày 31/10/2024, tổng vốn
      // đầu tư công năm 2024 …") is the plan's year; the precise one dates the figure.
      // ("Đến ngày 31/5/2025, … 31 xã (Nghị quyết đề ra đến năm 2025 có 20 xã)": not a year inside a bracket still open at
      // the figure, which the plan named.)
      // ("…; CPI bình quân năm 2025 tăng 3,05%": a year's average or whole names the year itself.)
      // ("… đến ngày 30/6 mới giải ngân 39,2%, phấn đấu đến ngày 31/12/2024 giải ngân đạt 100%": a year-end deadline is no
      // bare year for the half-year before it to stand for.)
      const precise = before && !before.term && before.part === '' && !before.span && before.year !== undefined && before.asOf === undefined &&
        !WHOLE_YEAR_BEFORE.test(lower.slice(Math.max(0, before.start - 12), before.start))
        ? inSentence.find((p) => p.start < c.numberStart && !p.isBase && !p.term && p.part !== '' && p.year === before.year && !bracketOpensBetween(lower, p.end, before.start, c.numberStart))
        : undefined;
      // "Nghị quyết đề ra 9 chỉ tiêu chủ yếu, trong đó đến năm 2025: …", "trong 9 chỉ tiêu của Nghị quyết, có 6 chỉ tiêu có
      // khả năng đạt và vượt vào năm 2025; 3/9 chỉ tiêu khó đạt" on a page reviewing "Nghị quyết số 06-NQ/TU … giai đoạn
      // 2021 - 2025": a count of a resolution's targets, in a sentence that names no period but a horizon, is of the
      // stretch the resolution was named with in the lead (resolution-stretch-targets). (A congress's resolution and a
      // party term are the running term's, below.)
      if (countsTargets && hasWholeWord(lower, RESOLUTION_WORDS, wholeStart, wholeEnd) && !hasWholeWord(lower, TERM_WORDS, wholeStart, wholeEnd)) {
        const stretch = resolutionStretch();
        if (stretch !== undefined && stretch.start < wholeStart &&
          inSentence.every((p) => p.isBase || HORIZON_BEFORE.test(lower.slice(Math.max(0, p.start - 8), p.start)))) return resultsOf(stretch.term!, c.numberStart);
      }
      // "Quý IV, tỉnh phấn đấu hoàn thành 21/21 chỉ tiêu kinh tế - xã hội năm 2024": the year after the targets' own noun
      // phrase says whose targets they are, over a period named before them.
      // So does a term: "Đại hội thống nhất 24 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030", over a horizon named before.
      const targetsYear = countsTargets
        ? inSentence.find((p) => p.start > c.end && p.start < clauseEnd && !p.isBase && (p.term !== undefined || (p.part === '' && !p.span && p.year !== undefined)) &&
          TARGETS_NAMED.test(lower.slice(c.end, p.start)))
        : undefined;
      if (targetsYear?.term) return { value: targetsYear.term, forTarget: targetsYear.term };
      // ("6 tháng đầu năm, huyện có 28/41 chỉ tiêu đạt và vượt nghị quyết năm 2025 đề ra": a count of results reached by
      // a stretch of that year, named before it, is that stretch's; a target stays the year's.)
      if (targetsYear && before && !before.term && !before.span && before.part !== '' && !ahead(before) && (before.year ?? yearBefore(before.start)) === targetsYear.year) {
        return { value: format(targetsYear.year, before.part), year: targetsYear.year, forTarget: String(targetsYear.year) };
      }
      if (targetsYear) return { value: String(targetsYear.year), year: targetsYear.year, forTarget: String(targetsYear.year) };
      // "… đạt ít nhất 45% trước ngày 30/6/2025": a date right after the figure is its deadline, whatever the sentence
      // opened with ("phấn đấu quý II …"). (Not a date compared with: "tăng 18,2% so với thời điểm 31/12/2023".)
      // ("chi trả trợ cấp tháng 2/2024 cho 52.318 đối tượng, với số tiền hơn 19,6 tỷ đồng, trước ngày 5/2/2024": not when
      // the sentence named the month the figure is of, which the deadline falls in.)
      // "…; giảm tỷ lệ hộ nghèo xuống còn 1,5% vào cuối năm" after "6 tháng cuối năm": the year's, not the half's.
      // "…; cuối năm giảm tỷ lệ hộ nghèo xuống dưới 0,1%": so is a clause that opens on it.
      if (before && !before.term && !before.span && before.part !== '' &&
        (yearEndRightAfter(lower, c.end, clauseEnd) || (before.start < clauseStart && yearEndOpensClause(lower, clauseStart, c.numberStart)))) {
        const year = before.year ?? yearBefore(before.start);
        if (year !== undefined) return { value: String(year), year, forTarget: String(year) };
      }
      const deadline = inSentence.find((p) => p.asOf !== undefined && !p.isBase && p.start >= c.end && p.start - c.end <= 12 && p.start < clauseEnd &&
        !(before && before.year === p.year && /^-M\d\d$/u.test(before.part) && lower.startsWith('trước', p.start)));
      // "Trong tháng 10, cả nước tập trung đẩy nhanh các dự án; dự kiến hoàn thành 3.245 km đường cao tốc trong năm
      // 2025": a clause of its own that closes on "trong năm …" after its figure is about that year, not the month the
      // sentence opened on.
      const withinYear = before && !before.term && before.part !== '' && before.start < clauseStart
        ? inSentence.find((p) => p.start > c.end && p.start < clauseEnd && !p.isBase && !p.term && p.part === '' && !p.span && p.year !== undefined &&
          lower.endsWith('trong ', p.start) && !DIGIT.test(lower.slice(c.end, p.start)) && !yearOfPlan(p))
        : undefined;
      const heldNow = HELD_NOW.test(lower.slice(Math.max(0, c.numberStart - 10), c.numberStart));
      const own = deadline ?? withinYear ?? precise ?? (before && !before.term ? before : heldNow ? undefined : inSentence.find((p) => p.start >= c.end && p.start < clauseEnd && !p.term && !p.isBase &&
        // A year that dates another figure after this one is not this one's ("7,06%, cao hơn mức 6,46% của năm 2023").
        (!datesAFigure(p) || RIGHT_AFTER.test(lower.slice(c.end, p.start))) && !opensOwnItem(p) &&
        // "giải ngân đạt 28,7% kế hoạch vốn năm 2026" in a report on 5 months of 2026: the plan's year, not the figure's.
        !yearOfPlan(p) &&
        // ("…đạt 1.250 ha, nâng tổng diện tích … từ năm 2021 đến nay lên 6.840 ha": the total's stretch, move-total-clause.)
        !isMoveTotalBetween(lower, c.end, p.start) &&
        // "11/12 xã đạt chuẩn nông thôn mới, phấn đấu về đích năm 2025" (in 2024): a year still ahead, in a plan set
        // off after the figure, is the plan's.
        !(ahead(p) && PLAN_CLAUSE_BETWEEN.test(lower.slice(c.end, p.start))) &&
        // "tăng 18,03% (cùng kỳ năm ngoái tăng 15,49%)", "tăng 12,89% (mức tăng 9 tháng năm 2023 chỉ là 5,64%)": the
        // stretch a year before, and a period in a bracket that gives its own figure, date what they give.
        !p.sameSpan && !holdsOwnFigure(lower, c.end, p) && !monthOfCause(p) && !(whenClauseBetween(lower, c.end, p.start) && !ahead(p))));
      // "tỉnh đã di dời 318 hộ dân ra khỏi vùng sạt lở trong giai đoạn 2021 - 2024.": a stretch closing the figure's
      // clause is the figure's, when the sentence named no period before it.
      if (!own && !before) {
        const stretch = inSentence.find((p) => p.term !== undefined && !p.isBase && p.start >= c.end && p.start < clauseEnd &&
          (STRETCH_AFTER.test(lower.slice(Math.max(c.end, p.start - 20), p.start)) || stretchEndsPhrase(lower, c.end, p)));
        // Its last year tells a stretch still ahead (a plan) from one that has run.
        if (stretch) return { value: stretch.term!, forTarget: stretch.term!, year: Number(stretch.term!.slice(-4)) };
      }
      if (own?.sameSpan) return sameSpanOf(own, c.numberStart);
      if (own) {
        // "đến năm 2030, GRDP … đạt 165 triệu đồng; tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 780.000 tỷ đồng": a sum over
        // five years in a clause of its own is the term's, not the horizon's named in a clause before.
        if (own.start < clauseStart && FIVE_YEARS.test(lower.slice(clauseStart, c.numberStart))) {
          const term = forTermTarget ?? sectionAt(sections, c.numberStart)?.term ?? lastBefore(terms, c.numberStart)?.term;
          if (term) return { value: term, forTarget: term };
        }
        // "Thu ngân sách năm 2025 ước đạt 25.500 tỷ đồng; tổng thu cả nhiệm kỳ đạt khoảng 96.000 tỷ đồng", "Đến cuối năm
        // 2024, có 1.320 doanh nghiệp; trong nhiệm kỳ có 415 doanh nghiệp thành lập mới": a clause of its own on the
        // running term is that term's, not the year named in the clause before.
        if (own.start < clauseStart && speaksOfRunningTerm(lower.slice(clauseStart, c.numberStart))) {
          const running = runningTerm(c.numberStart);
          if (running) return resultsOf(running, c.numberStart);
        }
        const year = own.year ?? (PAST_MONTHS.test(lower.slice(own.start, own.end)) ? lastBefore(acrossWithYear, own.start)?.year ?? publishedYear : yearBefore(own.start));
        const value = own.span ?? format(year, own.part);
        // "…; đến năm 2025, thu nhập … đạt 75 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 0,5 - 1%/năm": a yearly target in a
        // clause of its own is the term's, not the horizon's named in the clause before.
        const yearly = forTermTarget !== undefined && own.start < clauseStart &&
          (perYearAfter(lower, c) || hasWholeWord(lower, YEARLY_WORDS, clauseStart, c.numberStart));
        // "ước đạt 62,5 triệu đồng (năm 2020 đạt 38,2 triệu đồng)": a past year opening a bracket gives the value that year
        // had, never an estimate of it.
        const past = own === before && own.year !== undefined && publishedYear !== undefined && own.year < publishedYear && opensOwnBracket(lower, own, c.numberStart);
        // ("Nhiệm kỳ 2020 - 2025, …" a paragraph before, then "Mục tiêu đến năm 2030, …; … tăng bình quân 4 - 5%/năm": the
        // term that ends at the horizon, not the one reviewed before it (yearly-target-horizon-term).)
        const horizonTerm = yearly && termHere === undefined && own.year !== undefined && !own.span ? terms.find((t) => t.term!.endsWith(`/${own.year}`))?.term : undefined;
        return { value, year, forTarget: own.year !== undefined && !yearly ? value : horizonTerm ?? forTermTarget ?? value, ...(own.asOf && { asOf: own.asOf }), ...(past && { attached: true }) };
      }
      if (headingStart !== undefined) {
        // The heading line's own period: an earlier item's "đến năm 2030" dates that item alone. ("… đánh giá tình hình
        // tháng 11, 11 tháng và triển khai nhiệm vụ tháng 12 năm 2022. Kết quả như sau:": the tasks a sentence before the
        // heading's own sets for the coming month head no results.)
        const headingFrom = headingEnd === undefined ? headingStart : sentenceOf(headingEnd - 1)[0];
        const heading = periods.slice(firstAtOrAfter(periods, headingStart, start), firstAtOrAfter(periods, headingEnd ?? paragraphOf(c.numberStart), start))
          .filter((p) => !p.isBase && !p.term && !(p.start < headingFrom && namesComingTasks(lower, p.start))).pop();
        if (heading) {
          const year = heading.year ?? yearBefore(heading.start);
          const value = heading.span ?? format(year, heading.part);
          // "Một số chỉ tiêu chủ yếu đến năm 2030: … Tỷ lệ hộ nghèo bình quân mỗi năm giảm 1 - 1,5%": a yearly target
          // under a horizon is the target of the term that ends there.
          // So is "bình quân 9 - 10%/năm", and a sum over the five years ("Tổng vốn đầu tư toàn xã hội 5 năm khoảng 650.000
          // tỷ đồng") (five-year-sum-under-horizon).
          const yearly = speaksOfTerm || perYearAfter(lower, c) || FIVE_YEARS.test(lower.slice(clauseStart, c.numberStart));
          const term = yearly && year !== undefined && !heading.span ? terms.find((t) => t.term!.endsWith(`/${year}`))?.term : undefined;
          // "Tình hình các khu công nghiệp đến ngày 30/11/2024:": the heading's date counts its stocks.
          return { value, year, forTarget: term ?? value, ...(heading.asOf && { asOf: heading.asOf }) };
        }
        // "Giai đoạn 2026 - 2030, tỉnh đặt mục tiêu: … - Thu ngân sách … đến năm 2030 đạt 45.000 tỷ đồng; … - Tỷ lệ hộ nghèo
        // giảm bình quân 1%/năm": a yearly rate or a five-year sum under a heading that names a stretch is that stretch's,
        // not a single year an earlier item named (yearly-item-under-stretch-heading).
        const headingStretch = periods.slice(firstAtOrAfter(periods, headingStart, start), firstAtOrAfter(periods, headingEnd ?? paragraphOf(c.numberStart), start))
          .filter((p) => !p.isBase && p.term !== undefined).pop();
        // ("Các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030:" on a 2025 congress page: every item that names no period is the
        // opening term's target, not the page's year (coming-term-list-heading); under a horizon's heading, "Mục tiêu đến
        // năm 2030", levels stay the horizon's.)
        if (headingStretch && !periods.some((p) => p.start >= clauseStart && p.start < c.numberStart && !p.isBase) &&
          (isYearlyRate(lower, c, clauseStart) || FIVE_YEARS.test(lower.slice(clauseStart, c.numberStart)) ||
            (headingEnd !== undefined && sectionAt(sections, c.numberStart)?.horizon === undefined && headsComingTermTargets(lower.slice(Math.max(headingFrom, headingEnd - HEADING_READ), headingEnd), publishedYear)))) {
          return { value: headingStretch.term!, forTarget: headingStretch.term! };
        }
      }
      // "Bế mạc Đại hội …: Phấn đấu tăng trưởng bình quân từ 10%/năm trở lên" over a lead on "nhiệm kỳ 2025 - 2030": a
      // yearly rate in a headline that names no period is the rate of the term its lead names.
      if (c.numberStart < leadEnd && isShortParagraph(segments, c.numberStart, lower.length) && isYearlyRate(lower, c, clauseStart)) {
        // (The lead is the first paragraph after the headline that is not a short line: a dateline or caption.)
        const headlineEnd = segmentBounds(segments.paragraphStarts, c.numberStart, lower.length)[1];
        const body = segments.paragraphStarts.find((at) => at >= headlineEnd && !isShortParagraph(segments, at, lower.length));
        const leadStop = Math.min(leadEnd, body === undefined ? lower.length : segmentBounds(segments.paragraphStarts, body, lower.length)[1]);
        const leadTerm = terms.find((t) => t.start >= headlineEnd && t.start < leadStop && lower.startsWith('nhiệm kỳ', t.start));
        if (leadTerm) return resultsOf(leadTerm.term!, c.numberStart);
      }
      // "Sơ kết giữa nhiệm kỳ: …" over "… Đến nay, huyện có 11/14 xã đạt chuẩn": in a mid-term review a sentence that
      // opens on the present tells what the running term has achieved so far, whatever year an earlier sentence of its
      // paragraph named ("… xuống còn 0,72% (cuối năm 2022)"); a period of its own before the figure still decides. The
      // sentences after it in its paragraph go on in the present unless one names a period again.
      if (midTermReview && !periods.some((p) => p.start >= wholeStart && p.start < c.numberStart && usable(p))) {
        const now = nowOpeningSince(paragraphOf(c.numberStart), wholeStart);
        const named = now === undefined ? undefined : lastCarried(c.numberStart);
        if (now !== undefined && (!named || named.start < now)) {
          const running = runningTerm(c.numberStart);
          if (running) return resultsOf(running, c.numberStart);
        }
      }
      // "Từ đầu nhiệm kỳ đến nay, … đã kết nạp 412 đảng viên", "Nhiệm kỳ qua, toàn huyện chuyển đổi hơn 2.100 ha": what
      // the running term has achieved so far.
      const lead = lower.slice(sentenceStart, c.numberStart);
      if (speaksOfRunningTerm(lead)) {
        if (PAST_TERM.test(lead)) {
          const past = pastTerm(c.numberStart);
          if (past) return { value: past, forTarget: past };
        }
        const running = runningTerm(c.numberStart) ?? unnamedRunningTerm(lead);
        if (running) return resultsOf(running, c.numberStart);
      }
      // "bình quân mỗi năm thu 412 tỷ đồng", "Hằng năm có trên 85% tổ chức cơ sở đảng …" in a review of the running
      // term: a yearly average or a yearly share, in a paragraph that names no period before it, is the term's.
      // ("Diện tích gieo trồng cây hằng năm" names a kind of crop.)
      // So is a rate per year ("giá trị sản xuất tăng bình quân 5%/năm") after the paragraph has spoken of a term; after
      // "nhiệm kỳ qua" in a congress of the new term, of the term just run ("Tổng giá trị sản xuất tăng 10,86%/năm").
      if (hasWholeWord(lower, YEARLY_WORDS, sentenceStart, c.numberStart, (at) => !lower.endsWith('cây ', at)) ||
        (perYearAfter(lower, c) && termSpokenOfBefore(lower, Math.max(paragraphOf(c.numberStart), c.numberStart - TERM_REVIEW_REACH), c.numberStart))) {
        // ("MỤC TIÊU NHIỆM KỲ 2025 - 2030 … - Mỗi năm kết nạp ít nhất 45 đảng viên": under a heading of a term's targets,
        // a yearly aim is that term's, not the term a heading before reviewed.)
        const aimed = sectionAt(sections, c.numberStart);
        if (aimed?.modality === 'target' && aimed.term.includes('/')) return { value: aimed.term, forTarget: aimed.term };
        const past = PAST_TERM.test(lower.slice(Math.max(paragraphOf(c.numberStart), c.numberStart - TERM_REVIEW_REACH), c.numberStart));
        const running = past ? pastTerm(c.numberStart) : runningTerm(c.numberStart);
        const inParagraph = lastCarried(c.numberStart);
        // ("Đến cuối năm 2024, …; trong nhiệm kỳ có 415 doanh nghiệp thành lập mới. Khu du lịch … mỗi năm đón 1,2 triệu
        // lượt khách": the running term, named after the year, is what the yearly figure averages over.)
        const termSince = inParagraph !== undefined && speaksOfRunningTerm(lower.slice(inParagraph.end, sentenceStart));
        // ("Trong nhiệm kỳ qua, …. Thu nhập … năm 2025 đạt 51,2 triệu đồng. Thu ngân sách hằng năm đều vượt chỉ tiêu, đạt 246%
        // kế hoạch": in a paragraph that reviews the term, one year named in an earlier sentence holds no yearly figure.)
        const termReviewed = inParagraph !== undefined && inParagraph.start < sentenceStart && inParagraph.part === '' && !inParagraph.span &&
          inParagraph.start >= paragraphOf(c.numberStart) && speaksOfRunningTerm(lower.slice(paragraphOf(c.numberStart), inParagraph.start));
        if (running && (!inParagraph || inParagraph.start < paragraphOf(c.numberStart) || termSince || termReviewed)) return resultsOf(running, c.numberStart);
      }
      // "Nhiệm kỳ qua, thị xã …. Tốc độ tăng trưởng kinh tế bình quân đạt 7,6%/năm": a paragraph that opens on the term
      // just run is that term's, up to a period it names itself.
      const paragraphStart = paragraphOf(c.numberStart);
      if (PAST_TERM_OPENER.test(lower.slice(paragraphStart, paragraphStart + 32))) {
        const inParagraph = lastCarried(c.numberStart);
        const past = !inParagraph || inParagraph.start < paragraphStart ? pastTerm(c.numberStart) : undefined;
        if (past) return { value: past, forTarget: past };
      }
      // Under a heading that names a term, or in a paragraph that opens with a party's term ("Nhìn lại nhiệm kỳ 2020 -
      // 2025, …"), a figure whose paragraph names no period of its own (after the opener) is the term's.
      const paragraph = paragraphOf(c.numberStart);
      const section = sectionAt(sections, c.numberStart);
      const opening = section ? undefined : reviewedTerm(c.numberStart);
      const sectionTerm = section?.term ?? opening?.term;
      if (sectionTerm && !nowUnderPlanHeading(c.numberStart)) {
        const inParagraph = lastCarried(c.numberStart);
        const from = Math.max(section?.start ?? 0, paragraph, opening && opening.start >= paragraph ? opening.end : 0);
        // "Nhìn lại nhiệm kỳ 2020 - 2025, …; quy mô nền kinh tế năm 2025 ước đạt …. Thu ngân sách bình quân tăng 8,1%/năm":
        // an average per year is the term's, whatever single year an earlier sentence named.
        const yearlyOverTerm = inParagraph !== undefined && inParagraph.start < wholeStart && inParagraph.part === '' && !inParagraph.span &&
          (perYearAfter(lower, c) || hasWholeWord(lower, YEARLY_WORDS, clauseStart, c.numberStart));
        // "… riêng năm 2024 đạt 57.200 tỷ đồng. Tổng vốn đầu tư cả nhiệm kỳ ước đạt …. Toàn tỉnh thu hút 48 dự án FDI":
        // a sentence on the running term after the year named returns the paragraph to the term.
        const backToTerm = inParagraph !== undefined && inParagraph.start >= from && namesRunningTermBetween(lower, inParagraph.end, wholeStart);
        if (!inParagraph || inParagraph.start < from || yearlyOverTerm || backToTerm) {
          // In a congress's prose, or under a "Mục tiêu nhiệm kỳ …" heading, a horizon named earlier in the paragraph
          // ("… đến năm 2030 đạt 95 triệu đồng/người. Tỷ trọng kinh tế số đạt tối thiểu 20% GRDP") dates the level targets
          // after it; rates per year stay the term's.
          const horizon = section?.prose || section?.modality === 'target' ? lastCarried(c.numberStart, carriedForTargets) : undefined;
          // (A count of the targets themselves is the term's.)
          const levelTarget = !countsTargets && !isYearlyRate(lower, c, clauseStart);
          const dated = horizon && horizon.start >= Math.max(section!.start, paragraph) && horizon.year !== undefined && !horizon.span && levelTarget;
          // (Under "MỤC TIÊU ĐẾN NĂM 2030", a level target is the horizon's, as its own "đến năm 2030" would make it.)
          const headed = !dated && levelTarget && section?.horizon !== undefined ? String(section.horizon) : undefined;
          return { value: sectionTerm, forTarget: dated ? format(horizon.year!, horizon.part) : headed ?? sectionTerm };
        }
      }
      // "…cho biết, giai đoạn 2021 - 2023, xã huy động hơn 48,6 tỷ đồng …. Toàn xã đã nhựa hóa 36,4km đường": a stretch
      // of years set as the topic of its sentence dates the rest of its paragraph, as a year would.
      // Within its own sentence the clause rules above decide; "đến nay", "hiện nay" speak of the report's present.
      const topic = topicStretch(paragraph, wholeStart);
      if (topic && !hasWholeWord(lower, NOW_WORDS, wholeStart, wholeEnd)) {
        const inParagraph = lastCarried(c.numberStart);
        if (!inParagraph || inParagraph.start < topic.start) return { value: topic.term!, forTarget: topic.term! };
      }
      // "Chỉnh trang đô thị có nhiều chuyển biến. Cả nhiệm kỳ, các phường vận động …. Tỷ lệ thu gom rác đạt 100%": a
      // sentence that opens on the term under review dates the rest of its paragraph, up to a period named after it.
      const termOpener = runningTermOpener(paragraph, wholeStart);
      if (termOpener !== undefined) {
        const inParagraph = lastCarried(c.numberStart);
        const running = runningTerm(c.numberStart);
        if (running && (!inParagraph || inParagraph.start < termOpener)) return resultsOf(running, c.numberStart);
      }
      // "Qua hai năm rưỡi thực hiện, có bảy chỉ tiêu vượt, … khó đạt vào cuối nhiệm kỳ": counts of a term's targets at
      // mid-term belong to the term.
      // ("Tổng vốn đầu tư … giai đoạn 2020 - 2022 đạt …" in a sentence before: a stretch the review summed, not the term
      // whose targets are counted; the running term is (targets-of-term-not-stretch).)
      if (countsTargets && hasWholeWord(lower, TERM_WORDS, wholeStart, wholeEnd)) {
        const prior = lastBefore(terms, c.numberStart);
        const stretchBefore = prior !== undefined && prior.start < wholeStart && !lower.startsWith('nhiệm kỳ', prior.start);
        const term = (stretchBefore ? runningTerm(c.numberStart) : undefined) ?? prior?.term ?? terms[0]?.term;
        if (term) return resultsOf(term, c.numberStart);
      }
      // So do they anywhere in a mid-term review ("Theo báo cáo, 5 chỉ tiêu dự báo khó đạt gồm: …"): the running term's,
      // when their sentence names no period before them.
      if (countsTargets && midTermReview && !periods.some((p) => p.start >= wholeStart && p.start < c.numberStart && usable(p))) {
        const running = runningTerm(c.numberStart);
        if (running) return resultsOf(running, c.numberStart);
      }
      // A headline's figure before any period is named is dated by the lead's: "Độ mặn vượt 10‰, hơn 2.300 ha lúa bị
      // thiệt hại" over "Mùa khô 2023 - 2024, …" is that season's; "Lúa Đông Xuân đạt năng suất 68,5 tạ/ha" over "Vụ
      // Đông Xuân 2024 - 2025, …" too.
      // "Giá dừa khô tại vườn hiện ở mức …", "Tổng đàn heo hiện có …" in a monthly report ("CPI tháng 10/2024 …"), in a
      // paragraph that named "10 tháng" or opened on a season: what stands now is the report's month, not the stretch
      // the paragraph summed. (A review's "hiện có" under its school year stays that year's.)
      // ("Từ đầu năm đến nay, các địa phương đã hỗ trợ …" under a lead cut at 30/9 is the year so far to the report's
      // month, whatever year an earlier paragraph opened on; year-to-date-flow.ts then sums it from January.)
      const saysNow = frame !== undefined && frame.start < leadEnd && (NOW_BEFORE.test(lower.slice(sentenceStart, c.numberStart)) ||
        YEAR_TO_NOW_OPENING.test(lower.slice(sentenceStart, c.numberStart)));
      const now = saysNow && /^-M\d\d$/.test(frame!.part);
      let last = (now ? frame : undefined) ?? lastCarried(c.numberStart);
      const datedByLead = !last && !digest && c.numberStart < leadEnd && isShortParagraph(segments, c.numberStart, lower.length);
      if (datedByLead) last = carried.find((p) => p.start > c.numberStart && p.start < leadEnd && !isShortParagraph(segments, p.start, lower.length));
      const itemOpening = digest && (!last || last.start < paragraphOf(c.numberStart)) ? itemOpeningPeriod(c.numberStart) : undefined;
      if (itemOpening) last = itemOpening;
      // "Trong 6 tháng cuối năm 2025, thu ngân sách …" then, a paragraph later, "Bộ máy của phường hiện có 74 cán bộ":
      // what stands now is the report's (its lead's period), not the stretch an earlier paragraph opened on.
      if (saysNow && !now && last && framing && last !== framing && carried.includes(framing) && crossing.has(last) && last.start < paragraphOf(c.numberStart)) last = framing;
      // "Vụ lúa Đông Xuân 2022 - 2023, toàn huyện xuống giống …. Diện tích thanh long hiện có 8.910 ha; giá … dao động …":
      // what stands now, in a later sentence of the paragraph a crop season opened, is the report's, not the season's
      // (season-then-held-now).
      // ("Vụ lúa Đông Xuân 2021 - 2022, … sản lượng …. Đến nay, tỉnh có 110/139 xã đạt chuẩn nông thôn mới": a sentence
      // opening on the present, too: season-then-now-opening.)
      const opensNow = frame !== undefined && frame.start < leadEnd && NOW_OPENING.test(lower.slice(sentenceStart, Math.min(c.numberStart, sentenceStart + NOW_OPENING_REACH)));
      // ("…; sản lượng lúa đạt 261.700 tấn. Khu vực Kon Tum cũ trồng mới 1.150 ha cà phê": nor does a season date, in a later
      // sentence, what is said of trees or forests, which no season sows: perennials-not-seasonal.)
      if (last && frame && last !== frame && carried.includes(frame) && last.start < wholeStart &&
        (last.season || (last.span !== undefined && lower.startsWith('vụ ', last.start))) &&
        (((saysNow || opensNow) && !now) || hasWholeWord(lower, PERENNIALS, wholeStart, wholeEnd))) last = frame;
      // "Nhìn lại nhiệm kỳ 2020 - 2025, …" then, in a later paragraph, "Giá trị sản xuất tăng bình quân 6,9%/năm": an
      // average per year carried on from a term's review is that term's (one year cannot hold a yearly average).
      const reviewed = lastBefore(reviewedTerms, c.numberStart);
      if (reviewed && (!last || last.start < reviewed.start) && (perYearAfter(lower, c) || hasWholeWord(lower, YEARLY_WORDS, clauseStart, c.numberStart) ||
        (isReviewedPlanStretch(lower, reviewed, leadEnd) && (countsTargets || FIVE_YEARS.test(lower.slice(clauseStart, c.numberStart)))))) {
        return { value: reviewed.term!, forTarget: forTermTarget ?? reviewed.term! };
      }
      // "Sau 5 năm, tỷ lệ hộ nghèo … giảm từ 7,9% (cuối năm 2021) xuống còn 3,3% (cuối năm 2025) …. Tổng nguồn vốn thực hiện
      // Chương trình đạt 2.146 tỷ đồng": a paragraph that opens on the five years the lead reviews is theirs
      // (five-years-opening-paragraph).
      if (reviewed && isReviewedPlanStretch(lower, reviewed, leadEnd) && (!last || last.start < paragraphOf(c.numberStart) || BRACKETED_YEAR_BEFORE.test(lower.slice(Math.max(0, last.start - 7), last.start))) &&
        FIVE_YEARS_OPENING.test(lower.slice(paragraphOf(c.numberStart), paragraphOf(c.numberStart) + 24))) {
        return { value: reviewed.term!, forTarget: forTermTarget ?? reviewed.term! };
      }
      const year = last ? last.year ?? yearBefore(last.start) : yearOfUndated;
      const value = last?.span ?? format(year, last?.part ?? '');
      const horizon = lastCarried(c.numberStart, carriedForTargets);
      // "Năm 2026, tỉnh đề ra 24 chỉ tiêu …" then "đại biểu cho rằng 3 chỉ tiêu không đạt gồm tốc độ tăng trưởng GRDP (kế
      // hoạch 8%), …": the plans of targets missed are the reviewed year's, not the year ahead a paragraph before set
      // (missed-targets-plans).
      const missedPlans = MISSED_TARGETS_BEFORE.test(lower.slice(Math.max(wholeStart, c.numberStart - MISSED_REACH), c.numberStart));
      const targetValue = horizon && horizon !== last && !missedPlans ? horizon.span ?? format(horizon.year ?? yearBefore(horizon.start), horizon.part) : value;
      // "… tổng thu ngân sách năm 2025 là 24.500 tỷ đồng. Tổng chi ngân sách địa phương là 21.870 tỷ đồng": a year still
      // ahead, named plainly (not "đến năm 2030") in an earlier sentence of the paragraph, goes on dating its plan.
      if (horizon && horizon !== last && !missedPlans && !bracketAside(horizon) && horizon.year !== undefined && horizon.part === '' && !horizon.span && !yearOfPlan(horizon) && (!last || horizon.start > last.start) &&
        horizon.start >= paragraphOf(c.numberStart) && horizon.start < wholeStart && !HORIZON_BEFORE.test(lower.slice(Math.max(0, horizon.start - 8), horizon.start)) &&
        !hasWholeWord(lower, NOW_WORDS, wholeStart, wholeEnd)) {
        return { value: targetValue, year: horizon.year, forTarget: forTermTarget ?? targetValue };
      }
      // A date carries its stock reading only from the head of its sentence ("Tính đến ngày 30/6/2025, …").
      // (One that holds in its clause only, "đến ngày 25/10, … giải ngân …", gives it to no later sentence.)
      // ("(CT) - Tính đến ngày 30/9/2025, …. Trong đó, …": after the dateline's tag the date holds for the rest of its own
      // paragraph; later paragraphs keep the reading they had.)
      const cutOffLead = last ? lower.slice(Math.max(sentenceOf(last.start)[0], last.start - LEAD_REACH), last.start) : '';
      const asOf = last?.asOf && (!last.clauseOnly || last.start >= wholeStart || last === itemOpening) && !disbursedCutOffOwnClause(last, wholeStart, clauseStart) &&
        (opensClause(cutOffLead) || (last.start >= paragraphOf(c.numberStart) && opensClause(cutOffLead.replace(DATELINE_TAG, '')))) ? last.asOf : undefined;
      // "Phường Hòa Bình phấn đấu giảm tỷ lệ hộ nghèo xuống còn 0,2%" over "… tổng kết công tác năm 2025, triển khai
      // phương hướng, nhiệm vụ năm 2026": a headline's aim is for the year its lead plans, not the year it reviews.
      const plannedInLead = datedByLead && targetValue === value ? leadPlanYear(c.numberStart, year, leadEnd) : undefined;
      return { value, year, forTarget: forTermTarget ?? plannedInLead ?? targetValue, ...(asOf && { asOf }) };
    },
  };

  // (Found in the lead's text: findPeriods drops a year of tasks ahead that follows the reviewed one, since it dates no
  // figure of the body.)
  function leadPlanYear(from: number, reviewedYear: number | undefined, leadEnd: number): string | undefined {
    if (reviewedYear === undefined) return undefined;
    const planned = PLAN_YEAR_NAMED.exec(lower.slice(from, Math.min(leadEnd, from + PLAN_YEAR_REACH)));
    return planned && Number(planned[1]) > reviewedYear ? planned[1] : undefined;
  }
}

// "phương hướng, nhiệm vụ năm 2026", "kế hoạch năm 2026", "mục tiêu, giải pháp năm 2026": the year a lead plans for.
const PLAN_YEAR_NAMED = /(?<![\p{L}\p{M}])(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu|giải pháp)(?: chủ yếu| trọng tâm)? năm ((?:19|20)\d\d)(?!\d)/u;
const PLAN_YEAR_REACH = 600;

const MISSED_TARGETS_BEFORE = /(?<![\p{L}\p{M}])chỉ tiêu (?:không|chưa) (?:đạt|hoàn thành)(?!\p{L})(?!\p{M})/u;
const MISSED_REACH = 240;

// "kỳ họp thường lệ giữa năm 2023", "kỳ họp cuối năm 2025": a council session named by when in the year it sits.
// So is a people's committee's monthly meeting ("phiên họp thường kỳ tháng 6", "họp phiên thường kỳ tháng 9"): it sits
// in the month after the stretch it reviews, which the report names next ("đánh giá kết quả 6 tháng đầu năm").
const SESSION_BEFORE = /(?<![\p{L}\p{M}])(?:kỳ họp(?: thường lệ)? (?:giữa|cuối|đầu)|(?:phiên họp|họp phiên|phiên|họp) thường kỳ) $/u;

function namesSession(lower: string, start: number): boolean {
  return SESSION_BEFORE.test(lower.slice(Math.max(0, start - 28), start));
}

/** A whole sentence in [from, to) speaks of the running term ("Tổng vốn đầu tư cả nhiệm kỳ ước đạt …"). */
function namesRunningTermBetween(lower: string, from: number, to: number): boolean {
  if (to <= from) return false;
  // The mention's own sentence goes on with it: only a sentence that starts after it can turn back to the term.
  // (Searched in the window only: a page with no ". " after the mention would be read to its end from each figure.)
  const window = lower.slice(from, to);
  const next = window.indexOf('. ');
  if (next < 0) return false;
  return speaksOfRunningTerm(window.slice(next), TERM_OR_FIVE_YEARS);
}

// "Đại hội Đảng bộ Sở … lần thứ I, nhiệm kỳ", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ": the term as the name of
// a congress.
const CONGRESS_NAMED_BEFORE = /(?<![\p{L}\p{M}])đại hội(?: [^.;:()]{0,70})? lần thứ [\p{L}\d]+,? $/u;
const RUNNING_TERM_OPENER = /^\s*(?:(?:cả|trong|suốt|qua) (?:cả )?nhiệm kỳ(?: vừa qua| qua)?|(?:trong |qua )?(?:5|năm) năm (?:qua|vừa qua)),/u;

// "Trình bày Báo cáo chính trị, đồng chí … cho biết, nhiệm kỳ 2020 - 2025, kinh tế …": a term a report's words open on is
// the stretch it reviews, as "Nhìn lại nhiệm kỳ …" is (reported-term-reviewed).
const REPORTED_TERM_BEFORE = /(?<![\p{L}\p{M}])(?:cho biết|đánh giá|nêu rõ|khẳng định|nhấn mạnh|thông tin), $/u;
const REVIEW_BEFORE = /(?<![\p{L}\p{M}])(?:nhìn lại|trong|qua|suốt|xét)(?: cả| trọn| toàn bộ)? $/u;
// "(cuối năm 2025)": a year in a bracket after a level dates that level only.
const BRACKETED_YEAR_BEFORE = /\((?:cuối |đầu )?$/u;
const FIVE_YEARS_OPENING = /^\s*(?:sau|qua|trong) (?:5|năm) năm(?: qua)?,/u;
const FIVE_YEARS = /(?<![\p{L}\p{M}\d.,])(?:5|năm) năm(?![\p{L}\p{M}]|\s*\d)/u;

// The term just run, in the words before a figure, or opening its paragraph.
const PAST_TERM = /nhiệm kỳ (?:vừa )?qua|nhiệm kỳ trước/u;
const PAST_TERM_OPENER = /^(?:(?:trong|qua|suốt) )?(?:nhiệm kỳ (?:vừa )?qua|nhiệm kỳ trước),/u;

// What may stand before a stretch of years that sets its sentence's topic: nothing, "trong/qua", or a reporting verb.
// Set off by commas ("…, để đạt chuẩn, giai đoạn 2022 - 2024, xã huy động …") it is a topic too, unless it follows the
// name of a programme or plan ("Chương trình mục tiêu quốc gia, giai đoạn 2021 - 2025, …").
const STRETCH_OPENER = /(?:^|(?:cho biết|thông tin|khẳng định|nhấn mạnh|báo cáo),? |, )(?:(?:trong|qua|suốt) )?$/u;
const PROGRAMME_BEFORE = /(?<![\p{L}\p{M}])(?:chương trình|đề án|dự án|kế hoạch|nghị quyết|quyết định|phong trào|cuộc vận động)(?!\p{L})(?!\p{M})[^.;:]*$/u;

const HORIZON_BEFORE = /(?:đến|tới|vào|trước|sau) $/u;
// A mid-term review by its headline ("Sơ kết giữa nhiệm kỳ …", "Hội nghị sơ kết nửa nhiệm kỳ …") or by the words its
// lead opens on ("Sau 2,5 năm thực hiện Nghị quyết …"); not a year's review whose lead mentions that the mid-term review
// was held ("…, cũng là năm thành phố tổ chức sơ kết giữa nhiệm kỳ").
const MID_TERM_HEADLINE = /(?<![\p{L}\p{M}])(?:giữa|nửa) nhiệm kỳ(?!\p{L})(?!\p{M})/u;
const MID_TERM_LEAD = /^[^.\n]{0,24}?(?<![\p{L}\p{M}])(?:sau|qua) (?:hơn )?(?:2,5|hai năm rưỡi) năm(?!\p{L})(?!\p{M})/u;

function isMidTermReview(lower: string, segments: Segments): boolean {
  // (A page of short paragraphs only is all head.)
  const lead = segments.paragraphStarts.find((at) => !isShortParagraph(segments, at, lower.length)) ?? lower.length;
  return MID_TERM_HEADLINE.test(lower.slice(0, lead)) || MID_TERM_LEAD.test(lower.slice(lead, lead + 80));
}
// A sentence that opens on the present: "Đến nay, …", "Hiện nay, …", "Tính đến nay, …".
const NOW_OPENING = /^[\s"“(–-]*(?:tính )?(?:đến nay|hiện nay|hiện tại),/u;
// (The opening is a few words: read within this reach of the sentence's start.)
const NOW_OPENING_REACH = 32;
// "… xuống còn 6,12% hiện nay": the present written right after a figure.
const NOW_AFTER = /^ (?:hiện nay|hiện tại|đến nay)(?!\p{L})(?!\p{M})/u;
const NOW_WORDS = ['đến nay', 'hiện nay', 'hiện có', 'hiện đạt', 'hiện còn'];
// "hiện ở mức", "hiện có", "hiện nay" (not "thực hiện có", "thể hiện", "phát hiện").
const YEAR_TO_NOW_OPENING = /^[\s\-–•+]*(?:tính )?từ đầu năm (?:đến|tới) nay(?!\p{L})(?!\p{M})/u;
const NOW_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:thực|thể|xuất|phát) )hiện (?:nay|có|còn|đạt|ở|đang|là)(?!\p{L})(?!\p{M})/u;

// "đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025", "tổng kết công tác năm 2024": a lead that
// reviews a whole year, its words right before the year.
const REVIEWED_YEAR_BEFORE = /(?<![\p{L}\p{M}])(?:đánh giá|tổng kết)(?: (?:kết quả|tình hình))?(?: thực hiện)?(?: (?:các )?(?:nhiệm vụ|công tác))?(?: phát triển)?(?: kinh tế - xã hội)?(?:, quốc phòng - an ninh)? (?:năm )?$/u;

// Words that make a headline's year the year planned for.
const HEADLINE_PLAN_WORDS = ['phấn đấu', 'mục tiêu', 'hướng tới', 'đặt mục tiêu'];

// "đến tháng 6/2025, có 160 xã đạt chuẩn, cơ bản hoàn thành mục tiêu cả giai đoạn 2021-2025 được giao; có 67 xã …": the
// term a plan is named by belongs to its clause (or to its phrase, closed by "được giao và …"); the next clause keeps
// the date the sentence opened on.
const PROGRAMME_REACH = 90;
// ", hiện cả nước có …", ", đến nay toàn tỉnh …": a clause that opens on the present.
const NOW_OPENS_CLAUSE = /^, (?:hiện nay|hiện tại|hiện|đến nay) /u;
const PLAN_TERM_BEFORE = /(?<![\p{L}\p{M}])(?:mục tiêu|chỉ tiêu|kế hoạch)(?: (?:cả|của|đề ra|được giao))? $/u;
const PLAN_CLAUSE_BETWEEN = /,[^,]*?(?<![\p{L}\p{M}])(?:phấn đấu|mục tiêu|hướng tới|kế hoạch|dự kiến|chỉ tiêu)(?!\p{L})(?!\p{M})/u;

// "quý I (tăng 8,35%": what may stand between a period and the figure in its bracket; "so với cùng kỳ năm 2024 (36.276
// ca mắc và 6 ca tử vong)": the bracket's later items too, after the earlier ones.
const SO_BEFORE = /(?<![\p{L}\p{M}])so (?:với )?(?:cùng kỳ )?$/u;
const BRACKET_AFTER_PERIOD = /^\s*\((?:tăng|giảm|đạt|chỉ)?\s*[+\-−]?(?:\d[\d.,]*[^\d();]{1,30}?(?:,| và) (?:tăng |giảm )?[+\-−]?)*$/u;

// "tăng bình quân 7%", "bình quân đạt 10%": a rate averaged over the years of a term.
const AVERAGED_RATE = /(?<![\p{L}\p{M}])bình quân(?! đầu người)(?!\p{L})(?!\p{M})/u;

/** "%/năm" or, as pages also print it, "%/ năm" right after the figure. */
// How far back in its paragraph a review of a term is looked for (a window: an endless paragraph must not be read back
// to its start for each figure).
const TERM_REVIEW_REACH = 1200;
// A share, then the plan it is of, named in a few words before its year: "100% kế hoạch vốn đầu tư công năm 2024".
const SHARE_OF_PLAN_BEFORE_YEAR = /\d ?% (?:kế hoạch|dự toán)(?: [\p{L}\p{M}]+){1,6} $/u;

/** Whether lower[from, to) names a party's term ("nhiệm kỳ 2020 - 2025", "nhiệm kỳ qua"). */
function termSpokenOfBefore(lower: string, from: number, to: number): boolean {
  return lower.slice(from, to).includes('nhiệm kỳ');
}

function perYearAfter(lower: string, c: Candidate): boolean {
  return lower.charCodeAt(c.end) === 47 /* / */ && /^\/ ?năm/.test(lower.slice(c.end, c.end + 6));
}

/** A rate per year: "%/năm", "mỗi năm", "hằng năm", or a per-cent averaged ("tăng bình quân 7%"). */
/**
 * "phấn đấu trong 6 tháng cuối năm: thu ngân sách đạt 233,6 tỷ đồng để cả năm vượt 5% dự toán; giải quyết việc làm cho
 * 1.360 lao động": a plan's whole year named inside one item of a colon list dates that item only; the items after it
 * stand under the list's heading.
 */
function inEarlierListItem(lower: string, p: PeriodMention, sentenceStart: number, clauseStart: number): boolean {
  // (Looked for between bounds only: an endless sentence must not be searched back to its start per mention.)
  return lower.slice(sentenceStart, p.start).includes(':') && lower.slice(p.end, clauseStart).includes(';');
}

// "Quý IV, ngành phấn đấu … thêm 9.500 lao động để cả năm đạt trên 46.000 lao động; đưa khoảng 3.000 người …": the year a
// purpose names after what the fronted stretch must add dates that clause only; the clause after it is the stretch's
// next aim. (Without "thêm", "… đạt 233,6 tỷ đồng để cả năm vượt 5% dự toán; giải quyết việc làm cho 1.360 lao động"
// keeps the year for the clauses after it: whole-year-inside-list-item.test.ts.)
const ADDED_THEN_PURPOSE = /(?<![\p{L}\p{M}])thêm [^;:]*để $/u;
const ADDITION_REACH = 80;

function isYearAfterAddition(lower: string, p: PeriodMention, sentenceStart: number): boolean {
  return lower.endsWith('để ', p.start) && ADDED_THEN_PURPOSE.test(lower.slice(Math.max(sentenceStart, p.start - ADDITION_REACH), p.start));
}

// Only a bullet or white space, or "Trong", before the stretch that opens a sentence.
const RUN_CLAUSE_REACH = 200;
const STRETCH_OPENING = /^[\s\-–+•*]*(?:trong )?$/u;

function isYearlyRate(lower: string, c: Candidate, clauseStart: number): boolean {
  if (perYearAfter(lower, c) || hasWholeWord(lower, YEARLY_WORDS, clauseStart, c.numberStart)) return true;
  return c.unit.class === 'percent' && AVERAGED_RATE.test(lower.slice(Math.max(clauseStart, c.numberStart - 80), c.numberStart));
}

/** Whether "(" comes at `pos` after white space only: BRACKET_AFTER_PERIOD needs it, and the window can be long. */
/** `p` opens a bracket ("(năm 2023 tăng 11,2%)") that is still open at `pos`. */
function opensOwnBracket(lower: string, p: PeriodMention, pos: number): boolean {
  let at = p.start - 1;
  while (lower[at] === ' ') at--;
  // A bracket's aside is short; the window keeps the test from reading the rest of a long sentence.
  if (lower[at] !== '(' || pos - p.end > 120) return false;
  const inside = lower.slice(p.end, pos);
  return !inside.includes(')') && !inside.includes('(');
}

const SAME_SPAN_IN_BRACKET = /\(\s*cùng kỳ(?: (?:tăng|giảm|là|đạt|ở mức|chỉ|chỉ là|chỉ tăng|chỉ đạt))? $/u;

/** `p` stands in a bracket opened after `from` that holds a figure of its own after it: "(cùng kỳ năm 2023 là 5,64%)". */
function holdsOwnFigure(lower: string, from: number, p: PeriodMention): boolean {
  // (A bounded look back: an unbounded lastIndexOf would read the whole text before each mention of a bracketless page.)
  const open = lower.slice(Math.max(from, p.start - BRACKET_REACH), p.start).lastIndexOf('(');
  if (open < 0 || lower.slice(Math.max(from, p.start - BRACKET_REACH) + open, p.start).includes(')')) return false;
  const close = lower.indexOf(')', p.end);
  return close > p.end && close - p.end <= BRACKET_REACH && /\d/.test(lower.slice(p.end, close));
}
const BRACKET_REACH = 80;

/** A "(" in [from, to) that no ")" closes before `pos`. */
function bracketOpensBetween(lower: string, from: number, to: number, pos: number): boolean {
  const open = lower.lastIndexOf('(', to);
  return open >= from && !lower.slice(open, pos).includes(')');
}

function opensBracket(lower: string, pos: number): boolean {
  while (/\s/.test(lower[pos] ?? '')) pos++;
  return lower[pos] === '(';
}

/** The last item that passes, as filter().pop() would give, without building the filtered list. */
// "Tỉnh dành 120 tỷ đồng hỗ trợ phát triển du lịch cộng đồng giai đoạn 2026 - 2030, trọng tâm …": a stretch named
// right after what the figure pays for (no other number between), closing that phrase, is the figure's too.
const STRETCH_WORD = /^(?:giai đoạn|thời kỳ) /u;
const PHRASE_CLOSE = /^\s*(?:[,.;:)\n]|$)/u;

function stretchEndsPhrase(lower: string, figureEnd: number, p: PeriodMention): boolean {
  return STRETCH_WORD.test(lower.slice(p.start, p.start + 10)) && !/\d/.test(lower.slice(figureEnd, p.start)) && PHRASE_CLOSE.test(lower.slice(p.end, p.end + 3));
}

function findLast<T>(items: readonly T[], ok: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (ok(items[i]!)) return items[i];
  return undefined;
}

/** Whether the first character at or after `pos` that is not a space is one of the two given. */
function opensWith(lower: string, pos: number, a: string, b: string): boolean {
  while (lower[pos] === ' ') pos++;
  return lower[pos] === a || lower[pos] === b;
}

/** Whether a period after `lead` opens its sentence, or its clause after an attribution ("Theo báo cáo, tính đến …"). */
function opensClause(lead: string): boolean {
  return TOPIC_LEAD.test(lead.slice(lead.lastIndexOf(',') + 1).trimStart());
}

function format(year: number | undefined, part: string): string | undefined {
  return year === undefined ? undefined : `${year}${part}`;
}

/** The last month a period part covers: "-Q4" → 12, "-H1" → 6, "-9M" → 9, "-M07" → 7; a whole year → undefined. */
function endMonth(part: string): number | undefined {
  const m = /^-(?:Q([1-4])|H([12])|(\d{1,2})M|M(\d{2}))$/.exec(part);
  if (!m) return undefined;
  if (m[1]) return Number(m[1]) * 3;
  if (m[2]) return Number(m[2]) * 6;
  return Number(m[3] ?? m[4]);
}

/** Whether [from, to) holds a digit outside the period mentions in it (a figure, a count, a share). */
function figureBesidesPeriods(lower: string, periods: readonly PeriodMention[], from: number, to: number): boolean {
  let k = firstAtOrAfter(periods, from, (q) => q.start);
  for (let i = from; i < to; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x30 || code > 0x39) continue;
    while (k < periods.length && periods[k]!.end <= i) k++;
    const q = periods[k];
    if (q === undefined || q.start > i) return true;
    i = q.end - 1;
  }
  return false;
}
