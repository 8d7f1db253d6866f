// Period expressions in the text ("6 tháng đầu năm 2023", "quý I/2024", "tháng 7/2023", "năm 2022", "nhiệm kỳ
// 2020 - 2025") and the period each figure belongs to.

import { holidayStretch } from './holiday-stretch.ts';
import { FISHING_SEASONS } from './vocabulary/fishing-seasons.ts';
import { namesSameSeason } from './season-this-year.ts';
import { CAUSE_MONTH_NAMES, YEARLY_EVENTS, causeMonth } from './vocabulary/holidays.ts';
import { comingTetMentions } from './coming-tet.ts';
import { isBaseOfFormerUnits } from './former-units-base.ts';
import { isRateOfAYearYardstick } from './rate-of-a-year-yardstick.ts';
import { isStretchBase } from './stretch-as-base.ts';
import { isPlanYardstickYear } from './plan-yardstick-year.ts';
import { oneYearOfStretch, yearAcrossStretch } from './year-across-stretch.ts';
import { sameMonthStretchFrom, sameQuarterStretchFrom, reportingMonthFrom } from './same-month-stretch.ts';
import { withoutYearOfLaterStretch } from './this-year-before-stretch.ts';
import { withoutReportingYearBracket } from './reporting-year-bracket.ts';
import { windowEndsWith } from './vocabulary/backward.ts';
import { PLAN_NOUNS } from './vocabulary/cues.ts';
import { anchoredWordMatches, type AnchoredPattern } from './vocabulary/anchored-matches.ts';
import { secondHalfNamedBefore } from './second-half-months.ts';
import { comesAfterReviewedYear } from './reviewed-then-coming.ts';

export interface PeriodMention {
  start: number;
  end: number;
  /** Year when stated; undefined for "6 tháng đầu năm" without a year. */
  year?: number;
  /** '', '-H1', '-Q2', '-9M', '-M07'; or the whole term '2020/2025' when `term`. */
  part: string;
  term?: string;
  /** "so với năm 2022", "cùng kỳ năm 2022": the year a change is measured against, not the figure's period. */
  isBase: boolean;
  /** A school or crop year ("2023/2024"), used as the period as it stands. */
  span?: string;
  /** A crop season named with its year ("vụ Xuân 2023"): as a span, it dates its own sentence unless it opens it. */
  season?: boolean;
  /** Holds only inside its sentence (a single month, a school year): never carried to later sentences. */
  local?: boolean;
  /** "tính đến ngày 30/6/2025": the month of the date, for stocks counted at that date (flows take `part`). */
  asOf?: string;
  /** "Cùng kỳ năm 2023, tỷ lệ giải ngân đạt 57,4%": that year's stretch of the report's period, in its sentence only. */
  sameSpan?: boolean;
  /** "phấn đấu cả năm đạt 80 tỷ đồng; … hiện mới đạt 56,4%": a plan's whole year holds in its own clause only. */
  clauseOnly?: boolean;
  /** A week of a weekly report, the day of a daily one or a month so far, given as its month (week-periods.ts,
   * day-periods.ts): it frames the report as a monthly headline does. */
  week?: boolean;
  /** "từ 30/4 đến 3/5/2026": the month a stretch of days closes in, when its period runs on past it (a quarter). */
  through?: number;
  /** "từ đầu năm (đến nay)" in a weekly report: the running total of the year. */
  yearToDate?: boolean;
  /** "Ngày 3/5/2025, toàn tỉnh đón …": a day opening its own tally, as its month; it dates that sentence and never frames
   * the page as a monthly report's month does (day-periods.ts). */
  dayTally?: boolean;
  /** "Tết Nguyên đán Giáp Thìn 2024" on a page of late 2023: the coming Tết, whose year is the page's season, no horizon. */
  comingTet?: boolean;
  /** "PCI năm 2023", "PCI 2023": the year a ranking is of (published a year late). */
  indexYear?: boolean;
}

// Rankings published a year after the year they measure.
const INDEX_NAMES = ['pci', 'papi', 'par index', 'sipas', 'ict index', 'dti'];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
// "Tám tháng năm 2025, …": the months a report sums, spelled. ("năm tháng" would read as the year; "sáu tháng" is a half.)
const SPELLED_MONTHS: Record<string, number> = { ba: 3, bảy: 7, tám: 8, chín: 9, mười: 10 };
// "Mười một tháng năm 2024, kim ngạch …": eleven is spelled in two words.
const ELEVEN = 'mười một ';
// No letter or mark next: the word ends (two lookaheads, parsed faster than one on the union; see README.md).
const WORD_END = '(?!\\p{L})(?!\\p{M})';
const YEAR = '((?:19|20)\\d\\d)(?!\\d)';
// "Sau khi hoàn thành … trong năm 2025, 6 tháng đầu năm nay, tỉnh …": "nay" after the months' "năm" names the year of
// publication, whatever year the sentence named before.
const NAY_AFTER = /^ nay(?!\p{L})(?!\p{M})/u;

function thisYearAfter(lower: string, end: number, publishedYear: number | undefined): number | undefined {
  return NAY_AFTER.test(lower.slice(end, end + 5)) ? publishedYear : undefined;
}

// "tháng 11, 11 tháng", "tháng 9 và 9 tháng": a month, then the months of the year to its end.
const MONTH_THEN_SAME_MONTHS = Array.from({ length: 12 }, (_, i) => `tháng 0?${i + 1},? (?:và )?${i + 1}`).join('|');
// Crops whose harvest runs across two calendar years, named between "niên vụ" (or "vụ") and the crop year's two years.
const CROP_YEAR_CROPS = 'cà phê|hạt điều|điều|hồ tiêu|tiêu|mía|chè|cao su|ca cao|sầu riêng';
const PERIOD_ALTERNATIVES = [
  // ("Niên vụ cà phê 2025 - 2026, toàn tỉnh có …", "sản lượng hạt điều vụ 2024 - 2025": a crop year named with its crop,
  // or as a bare "vụ" with its two years: crop-year-named-crop; "nhiệm vụ 2025 - 2026" is a duty.)
  `(?<schoolyear>(?:năm học|niên khóa|niên khoá|(?:niên vụ|(?<!(?:nhiệm|nghĩa|dịch|sự|phục|chức) )vụ)(?: (?:${CROP_YEAR_CROPS}))?|vụ (?:lúa )?đông xuân|vụ (?:lúa )?đông - xuân|lúa đông xuân|lúa đông - xuân|mùa khô|mùa mưa|vụ (?:lúa )?mùa|vụ (?:lúa )?thu đông|vụ (?:${FISHING_SEASONS})) (?:19|20)\\d\\d ?[-–—/] ?(?:19|20)\\d\\d)`,
  // ("Tổng vốn đầu tư toàn xã hội 5 năm 2026 - 2030": the five years named by their span.)
  // ("Trong 2 năm 2021 - 2022, huyện có thêm 86 doanh nghiệp": any count of years named by their span: years-counted-span.)
  `(?<term>(?:nhiệm kỳ|giai đoạn|thời kỳ|kế hoạch|(?:[2-9]|10|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) năm) ?(?:năm )?(?:19|20)\\d\\d ?[-–—/] ?(?:năm )?(?:19|20)\\d\\d)`,
  // "Tổng vốn đầu tư … giai đoạn 2021 – 2023 đạt 6.445 tỷ đồng. Tốc độ tăng trưởng kinh tế bình quân hàng năm giai đoạn
  // này đạt 7,83%": a stretch pointed back at is the one named last (term-pointed-back).
  `(?<termback>(?:giai đoạn|nhiệm kỳ|thời kỳ) (?:này|trên|nêu trên|đó|ấy)${WORD_END})`,
  `(?<half>(?:6|06|sáu) tháng (?:đầu|cuối) năm|nửa (?:đầu|cuối) năm)(?: (?:năm )?${YEAR})?`,
  `(?<restofyear>(?:\\d{1,2}|hai|ba|bốn|năm) tháng cuối năm(?! (?:năm )?(?:19|20)\\d\\d))`,
  // ("Công an tỉnh cho biết 6 tháng xảy ra 214 vụ tai nạn": the months a report sums, then what happened in them; "lũy
  // kế 11 tháng đón 812.000 lượt": then whom it received; "lũy kế 5 tháng trồng 4.120 ha", "thu ngân sách 5 tháng bằng
  // 44,3% dự toán": then what was done in them, or what share of the plan they reached.)
  // ("…; lũy kế 9 tháng chi 19.540 tỷ đồng", "lũy kế 8 tháng thực thu …": then what was spent, or actually collected, in
  // them: months-then-spent.)
  // ("Các mặt hàng xuất khẩu chủ lực 5 tháng đều tăng so với cùng kỳ: …": then what all the items listed did in them;
  // "đều đặn" is regularly: months-then-all.)
  // ("tình hình kinh tế - xã hội tháng 11, 11 tháng và …": the months after the month a report is of are its running
  // total, whatever follows.)
  // ("tốc độ tăng trưởng kinh tế 9 tháng của tỉnh ước tăng 11,66%": the months, then whose they are; "(GRDP) 9tháng của
  // tỉnh": scraped pages sometimes glue the digits to the word.)
  // ("Tính chung 9 tháng (tính gộp các phường cũ), thu ngân sách đạt …": an aside on how the months' data were summed
  // right after them does not hide them: months-before-data-note.)
  // ("Một số chỉ tiêu chủ yếu 9 tháng (so với cùng kỳ):": nor does the bracketed base a list heading measures its
  // changes against: months-before-bracketed-base.)
  // ("16 địa phương tăng trưởng GRDP 9 tháng từ 8% trở lên", "Kinh tế - xã hội 9 tháng: …": headlines name the months
  // right after the economy or its growth, whatever follows.)
  // ("Giá trị sản xuất ngành dịch vụ ước thực hiện trong 6 tháng 955 tỷ đồng": the months, then the amount in them.)
  // ("…; 6 tháng thành lập mới 142 doanh nghiệp", "9 tháng cấp mới 12 dự án": the months, then what was newly founded or
  // licensed in them; "sau 6 tháng thành lập mới" counts from one founding: months-then-founded.)
  `(?<months>(?:\\d{1,2} ?|(?:ba|bảy|tám|chín|mười một|mười) )tháng(?: đầu)?(?:(?: năm(?! \\d{1,2}(?!\\d))| qua| vừa qua)(?: ${YEAR})?| ${YEAR}(?! ?[-–—/] ?\\d)|(?= \\((?:tính gộp|tính chung|số liệu|bao gồm|gộp|ước tính|sơ bộ|so với|so cùng kỳ|tăng, giảm so)(?!\\p{L})(?!\\p{M}))|(?=[,.;:\\n]|$| (?:đạt|ước|tăng|giảm|thu|có|qua|vừa qua|chỉ|toàn|là|lên|dự kiến|trên địa bàn|dao động|xảy ra|đón|cpi|chỉ số giá|lạm phát|bằng|trồng|gieo|giải ngân|kết nạp|giải quyết|thu hút|chi|thực thu|thực chi|đều(?! đặn))(?!\\p{L})(?!\\p{M})|(?<!(?:dưới|trên|hơn|khoảng|gần|sau|vòng|hạn|đủ|dài|từ) [\\d\\p{L}]{1,4} tháng)(?= (?:thành lập mới|cấp mới|tuyển sinh mới|tiếp nhận mới)(?!\\p{L})(?!\\p{M}))|(?<!(?:dưới|trên|hơn|khoảng|gần|sau|vòng|hạn|đủ|dài|từ) [\\d\\p{L}]{1,4} tháng)(?= của (?:tỉnh|thành phố|huyện|toàn tỉnh|cả nước|doanh nghiệp)(?!\\p{L})(?!\\p{M}))|(?<!(?:dưới|trên|hơn|khoảng|gần|sau|vòng|hạn|đủ|dài) [\\d\\p{L}]{1,4} tháng)(?: \\d{1,3}(?:\\.\\d{3})+(?!\\d)| \\d+,\\d| \\d{1,3} (?:tỷ|tỉ|triệu|nghìn|ngàn) )|(?<=(?<![\\p{L}\\p{M}])(?:${MONTH_THEN_SAME_MONTHS}) tháng)|(?<=(?<![\\p{L}\\p{M}])(?:grdp|gdp|tăng trưởng|kinh tế|xã hội) (?:\\d{1,2} ?|(?:ba|bảy|tám|chín|mười một|mười) )tháng))))`,
  `(?<season>vụ (?:lúa )?(?:hè thu|đông xuân|thu đông|xuân hè|đông - xuân|hè - thu|mùa|chiêm xuân|chiêm|xuân|đông|${FISHING_SEASONS})(?: năm)? ${YEAR})`,
  // "xuống giống lúa Thu Đông 2025 được 98.540 ha": the crop named for its season, without "vụ" (a crop year "lúa Đông
  // Xuân 2024 - 2025" spans two, and is read above).
  `(?<cropseason>lúa (?:hè thu|đông xuân|thu đông|xuân hè|chiêm xuân)(?: năm)? ${YEAR}(?! ?[-–—/] ?\\d))`,
  // "tháng 5.2015", "quý I.2024": some papers join month or quarter and year with a dot.
  `(?<quarter>quý (?:iv|iii|ii|i|[1-4])${WORD_END})(?:(?: ?(?:\\/|-|năm) ?|\\.)${YEAR})?`,
  `(?<month>tháng (?:0?[1-9]|1[0-2])(?!\\d))(?:(?: ?(?:\\/|-|năm) ?|\\.)${YEAR})`,
  // "Chăn nuôi (thời điểm 1/7/2025, sơ bộ): đàn trâu 248.900 con", "tại thời điểm 1/6/2025": the day a stock was
  // counted, so its month (a count at a moment is no flow summed since January).
  `(?<moment>thời điểm (?:ngày )?(?:0?[1-9]|[12]\\d|3[01])[/-](?:0?[1-9]|1[0-2])[/-](?:19|20)\\d\\d(?!\\d))`,
  `(?<todate>(?:(?:tính )?đến|trước) (?:hết )?(?:ngày )?(?:\\d{1,2}[/-])?(0?[1-9]|1[0-2])[/-]((?:19|20)\\d\\d)(?!\\d))`,
  // "đến ngày 30-6", "đến 31/3", "Tính đến 23/10" with no year: this year's, when the date ends a month or follows "tính
  // đến" (a report's cut-off); "đến ngày 20-3" alone is a day of the season.
  // "đến ngày 25/10, toàn tỉnh giải ngân …": any day with its comma is the cut-off its clause opens on, when money is
  // summed after it (FISCAL_FLOW_AFTER).
  // "(từ ngày 12 đến 18/12)", "(từ 30/8 đến 2/9)": a bracketed stretch of days written without its year, dated by the
  // page (see same-month-stretch.ts for which stretches name a month or a quarter).
  // ("Trong 4 ngày từ 22 đến 25/1, …": unbracketed before a comma when its first day is bare, days-stretch-before-comma;
  // "từ ngày 1/7 đến 30/9," names its months.)
  `(?<stretchThisYear>(?<=từ (?:ngày )?\\d{1,2}(?:[/-]\\d{1,2})? )đến (?:hết )?(?:ngày )?(?:0?[1-9]|[12]\\d|3[01])[/-](?:0?[1-9]|1[0-2])(?![/-]?\\d)(?=\\))|(?<=từ (?:ngày )?\\d{1,2} )đến (?:hết )?(?:ngày )?(?:0?[1-9]|[12]\\d|3[01])[/-](?:0?[1-9]|1[0-2])(?![/-]?\\d)(?=,))`,
  `(?<todateThisYear>(?:(?:tính )?đến (?:hết )?(?:ngày )?(?:28|29|30|31)|tính đến (?:hết )?(?:ngày )?(?:0?[1-9]|[12]\\d))[/-](?:0?[1-9]|1[0-2])(?![/-]?\\d)|đến (?:hết )?ngày (?:0?[1-9]|[12]\\d)[/-](?:0?[1-9]|1[0-2])(?=,))`,
  // "tính đến hết tháng 6, …", "(tính đến cuối tháng 6)": a cut-off month without its year is this year's, whatever
  // follows it (the year's form is read by "month" above).
  `(?<monthcutoff>(?<=(?:tính|lũy kế|luỹ kế) (?:đến|tới) (?:hết |cuối )?|(?:đến|tới|lũy kế|luỹ kế) (?:hết|cuối) )tháng (?:0?[1-9]|1[0-2])(?![\\d/-]|\\.\\d))`,
  // "Trong tháng, toàn tỉnh xảy ra 12 vụ …": the month the report is about, named earlier.
  // "Trong Tháng hành động vì trẻ em, …", "Trong Tháng Công nhân, …": a month of action named for its cause, which falls
  // in the same month each year (vocabulary/holidays.ts).
  `(?<causemonth>(?<=trong )tháng (?:${CAUSE_MONTH_NAMES})(?!\\p{L})(?!\\p{M})(?: năm ${YEAR})?)`,
  `(?<thismonth>(?<=(?:trong|riêng) )tháng(?: (?:này|qua|vừa qua))?(?= *[,.;:]| (?:toàn|tỉnh|huyện|thành phố|cả|các|đã|có|xảy ra|ước|thu|đón|tăng|giảm|đạt)(?!\\p{L})(?!\\p{M})))`,
  // "Trong quý, toàn tỉnh có 168 doanh nghiệp thành lập mới": the quarter the report is about, named earlier.
  `(?<thisquarter>(?<=(?:trong|riêng) )quý(?: (?:này|qua|vừa qua))?(?= *[,.;:]| (?:toàn|tỉnh|huyện|thành phố|cả|các|đã|có|xảy ra|ước|thu|đón)(?!\\p{L})(?!\\p{M})))`,
  // ("giá heo hơi tháng 6 ở mức 64.000 đồng/kg", "giá cà phê cuối tháng 6 dao động …": a price quoted for its month.)
  // ("Chỉ số tiêu thụ tháng 9 so với tháng trước …": the month compared, as "tháng 9 tăng …" is. "Mưa lũ đầu tháng 10 làm
  // 1.250 ha lúa bị ngập": the month of the event that did the damage. "IIP tháng 9 của tỉnh tăng 8,2%": the month,
  // then whose it is, as "9 tháng của tỉnh" is.)
  // ("…; riêng tháng 6 trồng được 620 ha", "tháng 5 giải ngân 310 tỷ đồng": the month, then what was done in it:
  // month-then-work-verb.)
  `(?<monthonly>tháng (?:0?[1-9]|1[0-2])(?!\\d|[.,]\\d)(?=[,.:;]| (?:vừa qua|qua|này|năm nay|ước|đạt|tăng|giảm|có|thu|toàn|chỉ|đón|so với|so|làm|gây|dao động|ở mức|trồng|gieo|cấy|xuống giống|giải ngân|chi|của (?:tỉnh|thành phố|huyện|thị xã|xã|phường|toàn tỉnh|cả nước))(?!\\p{L})(?!\\p{M})))`,
  `(?<year>(?:năm|niên độ|niên vụ) ${YEAR})`,
  `(?<lastYear>năm (?:trước|ngoái)${WORD_END})`,
  // "Mục tiêu 2025: 65 tỉ USD": a plan's year written without "năm".
  `(?<goalyear>(?:mục tiêu|chỉ tiêu|kế hoạch) ${YEAR}(?![/-]))`,
  // "PCI 2023: Quảng Nam tăng 14 bậc": a ranking's year written without "năm".
  `(?<indexyear>(?:${INDEX_NAMES.join('|')}) ${YEAR}(?![/-]))`,
  `(?<thisyear>năm nay)${WORD_END}`,
  // "Năm qua, ngành y tế đạt và vượt 9/10 chỉ tiêu", "Năm học vừa qua, …": the year (or school year) just past.
  `(?<pastyear>năm (?:học )?(?:vừa )?qua)${WORD_END}`,
  // ("Tỷ lệ lấp đầy các KCN phấn đấu đạt 72 - 73% vào cuối năm": where the year ends, after a sentence on its second half.)
  // ("Tỷ lệ hộ nghèo dự kiến cuối năm giảm còn 4,2%" in a half-year report: what the year is expected to close on:
  // expected-at-year-end.) So is "Tỷ lệ hộ nghèo cuối năm dự kiến giảm còn 0,5%", the estimate after the year's end
  // (year-end-then-estimate).
  // ("Cả năm 2025, lực lượng … kiểm tra 2.946 vụ": a whole year written with its number is that year, read as "năm 2025";
  // whole-year-named.)
  `(?<wholeyear>cả năm(?! (?:19|20)\\d\\d)|(?:từ nay )?(?:đến|vào) (?:cuối|hết) năm(?! (?:năm )?(?:19|20)\\d\\d)|(?<=(?<![\\p{L}\\p{M}])(?:dự kiến|ước|ước tính) )cuối năm(?! (?:năm )?(?:19|20)\\d\\d)|(?<=[\\p{L}\\p{M}] )(?<!(?:tháng|quý|kỳ|tuần|vụ|dịp|từ|đến|vào|tới|hết) )cuối năm(?= (?:(?:dự kiến|ước|ước tính) )?(?:còn|đạt|giảm còn|xuống còn|tăng lên|ở mức)(?!\\p{L})(?!\\p{M})))${WORD_END}`,
];
const PERIOD_RE = new RegExp(PERIOD_ALTERNATIVES.join('|'), 'uy');
// The first code units each alternative above can open with, by its group's name (a digit for "6 tháng", "5 năm"; the
// word after a lookbehind for "trong tháng"): a try near an anchor runs only the alternatives that can open there (see
// periodAt). fast-paths.test.ts checks each alternative's matches against its list.
export const PERIOD_OPENS: Readonly<Record<string, string>> = {
  schoolyear: 'nvlm', term: 'ngtkhbscm123456789', termback: 'gnt', half: 'sn06', restofyear: 'hbn0123456789', months: 'btcm0123456789',
  season: 'v', cropseason: 'l', quarter: 'q', month: 't', moment: 't', todate: 'tđ', stretchThisYear: 'đ', todateThisYear: 'tđ',
  monthcutoff: 't', causemonth: 't', thismonth: 't', thisquarter: 'q', monthonly: 't', year: 'n', lastYear: 'n', goalyear: 'mck',
  indexyear: 'psid', thisyear: 'n', pastyear: 'n', wholeyear: 'ctđv',
};
/** Each alternative's group name (every one opens with its named group). */
export const PERIOD_GROUPS = PERIOD_ALTERNATIVES.map((source) => /^\(\?<(\w+)>/.exec(source)![1]!);
const periodByOpener = new Map<string, RegExp>();
const periodBySource = new Map<string, RegExp>();
/** PERIOD_RE cut to the alternatives that can open on `first`, in their order: at a given position the same alternative
 *  matches as in the whole pattern (the others fail on their first code unit), in a few tries instead of 25, and the
 *  match carries only their groups (those of the others are undefined either way). Built on first use: most articles
 *  ask for a few openers, and each copy is parsed when made. */
function periodAt(first: string): RegExp {
  let pattern = periodByOpener.get(first);
  if (pattern === undefined) {
    // (An alternative missing from PERIOD_OPENS is kept for every opener: slower, never wrong.)
    const source = PERIOD_ALTERNATIVES.filter((_, i) => PERIOD_OPENS[PERIOD_GROUPS[i]!]?.includes(first) ?? true).join('|');
    // The digits share a copy per set of alternatives, not one each.
    pattern = periodBySource.get(source) ?? new RegExp(source, 'uy');
    periodBySource.set(source, pattern);
    periodByOpener.set(first, pattern);
  }
  return pattern;
}
// Every period holds one of these words at most five characters after its start ("chín tháng", "tính đến", "trước ngày", "cả
// năm"): the long pattern is tried only there (see anchored-matches.ts).
export const PERIOD: AnchoredPattern = {
  sticky: PERIOD_RE,
  // ('mười một': "Mười một tháng năm 2024" opens further before "tháng" than `lead` reaches.)
  anchors: ['năm', 'niên', 'vụ', 'lúa', 'mùa', 'nhiệm kỳ', 'giai đoạn', 'thời kỳ', 'kế hoạch', 'nửa', 'tháng', 'quý', 'đến', 'trước', 'mục tiêu', 'chỉ tiêu', 'mười một', 'thời điểm',
    'vào cuối', ...INDEX_NAMES],
  lead: 5,
  // Each alternative opens on a word or a number.
  opensOnWord: true,
  // The first two code units of each alternative above ("năm", "niên", "nhiệm kỳ", "nửa"; "6 tháng", "06", "12 tháng",
  // "9tháng"; …): a new alternative adds its opening here, or it is never tried (fast-paths.test.ts checks the pair).
  openers: {
    n: 'ăihử', v: 'ụà', l: 'ú', m: 'ùưụ', g: 'i', t: 'háírừ', k: 'ế', s: 'ái', h: 'a', b: 'aốả', c: 'hảu', q: 'u', đ: 'ế', p: 'ca', i: 'c',
    d: 't', ...Object.fromEntries([...'0123456789'].map((digit) => [digit, '0123456789 t'])),
  },
  stickyFor: periodAt,
};

// "IIP quý I giảm 6,8%; riêng tháng 3/2024 tăng 12,4% …": a month singled out after a clause is an aside on that
// clause's stretch; it dates its own sentence, not the sentences after it. So is a quarter: "IIP 9 tháng ước tăng
// 16,2%; riêng quý III tăng 18,9%. Giá trị sản xuất … ước đạt …" (the next sentence is the nine months' again).
// So is one after "trong đó": "Tổng thu ngân sách đạt 15.000 tỷ đồng, trong đó riêng quý III đạt 5.000 tỷ đồng."
export const ASIDE_AFTER_CLAUSE = /(?:[;,]|trong đó,?) riêng $/u;
export const ASIDE_REACH = 16;

const PAST_MOMENT_BEFORE = /(?<![\p{L}\p{M}])(?:hồi|dạo|hôm) $/u;
const DURATION_BEFORE = /(?<![\p{L}\p{M}])(?:khoảng|gần|hơn|mất|sau|trong vòng|kéo dài|sớm|muộn|chậm) $/u;

// "sau 10 tháng năm 2024", "Sau 9 tháng đầu năm", "Sau 9 tháng, thu ngân sách …": after "sau" the months are those of
// the year a report sums when they name the year or its start, or open their sentence before a comma ("sau 6 tháng
// triển khai" is a length of time).
const AFTER_MONTHS = /(?<![\p{L}\p{M}])sau $/u;
const OF_THE_YEAR = /(?<![\p{L}\p{M}])(?:đầu năm|năm (?:19|20)\d\d|năm nay|(?:19|20)\d\d)/u;

const OPENS_SENTENCE = /(?:\n|[.!?:] )\s*sau $/u;

// ("… tăng nhẹ 0,01% sau 8 tháng đầu năm liên tiếp bị giảm": months counted as a streak are a length of time.)
const STREAK_AFTER = /^ (?:liên tiếp|liên tục)(?!\p{L})(?!\p{M})/u;

function monthsOfTheYear(lower: string, start: number, text: string): boolean {
  const before = lower.slice(Math.max(0, start - 16), start);
  if (!AFTER_MONTHS.test(before) || STREAK_AFTER.test(lower.slice(start + text.length, start + text.length + 12))) return false;
  if (OF_THE_YEAR.test(text)) return true;
  const from = Math.max(0, start - 8);
  return (from === 0 ? /^\s*sau $/u : OPENS_SENTENCE).test(lower.slice(from, start)) && lower[start + text.length] === ',';
}

const BORN_BEFORE = /(?<![\p{L}\p{M}])sinh(?: ra| vào)? $/u;
const RECORD_FRAME_BEFORE = /(?<![\p{L}\p{M}])(?:cao|thấp|lớn|nhiều|mạnh|nhanh|sâu|tốt) nhất(?: [^.;:]{0,40})? (?:trong|của|kể từ|từ)(?: cả)? $/u;
// ("theo chuẩn nghèo của Thành phố giai đoạn 2025 - 2030": a city with its own standard names it as a province does.)
// ("Tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2026 - 2030) giảm …": the standard left unnamed after "theo" is the same.)
const STANDARD_BEFORE = /(?<![\p{L}\p{M}])(?:chuẩn (?:nghèo|cận nghèo)(?: (?:tiếp cận )?đa chiều)?(?: (?:của |áp dụng cho |cho )?(?:trung ương|quốc gia|tỉnh|thành phố))?|theo chuẩn(?: mới)?)\s*$/u;
// ("có thêm 15 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030": the set of criteria a commune is
// judged by, too.)
const CRITERIA_SET_BEFORE = /(?<![\p{L}\p{M}])bộ tiêu chí(?: quốc gia)?(?: (?:về )?(?:xã |huyện )?(?:nông thôn mới|y tế xã|y tế)(?: nâng cao| kiểu mẫu)?)?(?: mới)?\s*$/u;
const STRETCH_FROM_BEFORE = /(?<![\p{L}\p{M}])từ (?:đầu |cuối |giữa )?$/u;
// The clause-opening cut-off of todateThisYear (days 28-31 end a month and are read without it).
const CLAUSE_CUT_OFF = /^đến (?:hết )?ngày (?:0?[1-9]|1\d|2[0-7])[/-]/u;
// Only money summed from January follows it: a harvest's or sowing's date is a day of its season.
const FISCAL_FLOW_AFTER = /^,[^.;:]*?(?<![\p{L}\p{M}])(?:giải ngân|thu ngân sách|tổng thu|thu nội địa)(?!\p{L})(?!\p{M})/u;
// So does land handed over to a project ("Đến ngày 25-6, các địa phương đã bàn giao 318,6/321,2 ha mặt bằng …"): a
// clearance's progress counted to the day, which then stands at that day's month in the sentences after it too, as a
// cut-off with its year does (clearance-cut-off-day).
// So does the rebuilding after a disaster ("Đến ngày 15/12, toàn tỉnh đã hỗ trợ làm mới, sửa chữa 1.026/1.236 nhà bị sập
// đổ, …; bố trí tái định cư cho 412 hộ"): how far the recovery stands at that day.
const CLEARANCE_AFTER = /^,[^.;:]*?(?<![\p{L}\p{M}])(?:bàn giao|giải phóng mặt bằng|bồi thường|tái định cư|làm mới)(?!\p{L})(?!\p{M})/u;
const FISCAL_FLOW_REACH = 80;
const YEAR_START_BEFORE = /(?<![\p{L}\p{M}])từ đầu năm $/u;
const TO_NOW_AFTER = /^,? (?:đến|tới) nay(?!\p{L})(?!\p{M})/u;
const SINCE_BEFORE = /(?<![\p{L}\p{M}])từ $/u;
// "… cuối năm cần hoàn thành thêm …": the words after a stretch still to come say it adds to what was done.
const ADDED_AFTER = /^[^.;:\d]*?(?<![\p{L}\p{M}])thêm(?!\p{L})(?!\p{M})/u;
const ADDED_REACH = 48;

export function findPeriods(lower: string, publishedYear?: number, publishedMonth?: number): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const m of anchoredWordMatches(lower, PERIOD)) {
    if (/\d/.test(lower[m.index - 1] ?? '')) continue;
    const g = m.groups!;
    // "lứa trẻ sinh năm 2018, 2019": a year of birth dates no figure.
    if (g.year && BORN_BEFORE.test(lower.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "(theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025)", "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025
    // giảm còn 1,85%": the stretch names the standard the poor are counted by, not the time the figure covers.
    // ("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều năm 2022 là 4,03%": a single year after the standard is the figure's.)
    if (g.term && lower.slice(Math.max(0, m.index - 40), m.index).includes('chuẩn') && STANDARD_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (g.term && lower.slice(Math.max(0, m.index - 60), m.index).includes('bộ tiêu chí') && CRITERIA_SET_BEFORE.test(lower.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "tăng 8,8%, là mức thực hiện cao nhất của 10 tháng trong giai đoạn 2021-2025", "cao nhất kể từ năm 2015": the
    // stretch a record is set in, not the time the figure covers.
    // (Only the window is read: a search back through the text for each year would grow with the square of its length.)
    if (g.term || g.year) {
      const before = lower.slice(Math.max(0, m.index - 70), m.index);
      if (before.includes('nhất') && RECORD_FRAME_BEFORE.test(before)) continue;
    }
    const text = m[0];
    const start = m.index;
    const end = start + text.length;
    const years = yearsIn(text);
    const isBase = isBaseContext(lower, start) || inInclusionAside(lower, start) || isPlanYardstickYear(lower, start);
    if (g.schoolyear) {
      // A school or crop year is the figure's period itself, actual or not: "năm học 2023 - 2024" → 2023/2024.
      out.push(mention({ start, end, part: '', span: `${years[0]}/${years[1]}`, year: years[0], isBase }));
    } else if (g.term) {
      out.push(mention({ start, end, part: '', term: `${years[0]}/${years[1]}`, isBase: isStretchBase(lower, start) }));
    } else if (g.termback) {
      const named = out.findLast((p) => p.term !== undefined && !p.isBase);
      if (named) out.push(mention({ start, end, part: '', term: named.term, isBase: false }));
    } else if (g.half) {
      out.push(mention({ start, end, year: years[0] ?? thisYearAfter(lower, end, publishedYear), part: /cuối/.test(text) ? '-H2' : '-H1', isBase }));
    } else if (g.months) {
      const count = text.startsWith(ELEVEN) ? 11 : SPELLED_MONTHS[text.slice(0, text.indexOf(' '))] ?? parseInt(text, 10);
      // "mặn xuất hiện sớm hơn trung bình khoảng 1 tháng": a length of time, not the months a report covers (one
      // month from January is "tháng 1").
      // "thời gian thi công 30 tháng": more months than a year holds is a length of time; no period id counts them.
      if (count > 12) continue;
      if (count < 2 || (DURATION_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) && !monthsOfTheYear(lower, start, text))) continue;
      const secondHalf = count === 6 && !text.includes('đầu') ? secondHalfNamedBefore(out, publishedYear, publishedMonth) : undefined;
      if (secondHalf) {
        out.push(mention({ start, end, year: years[0] ?? secondHalf.year, part: '-H2', isBase }));
        continue;
      }
      const part = count === 3 ? '-Q1' : count === 6 ? '-H1' : count === 12 ? '' : `-${count}M`;
      out.push(mention({ start, end, year: years[0] ?? (text.endsWith('năm') ? thisYearAfter(lower, end, publishedYear) : undefined), part, isBase }));
    } else if (g.quarter) {
      const q = ROMAN[/quý (iv|iii|ii|i|[1-4])/.exec(text)![1]!];
      const aside = ASIDE_AFTER_CLAUSE.test(lower.slice(Math.max(0, start - ASIDE_REACH), start));
      out.push(mention({ start, end, year: years[0], part: `-Q${q}`, isBase, ...(aside && { local: true }) }));
    } else if (g.month) {
      // "từ đầu tháng 12/2024 đến nay, … đã kiểm tra 186 vụ": the month opens a stretch that runs to the report's present,
      // so it dates nothing; the figure takes the report's period, as "đến nay" does.
      if (STRETCH_FROM_BEFORE.test(lower.slice(Math.max(0, start - 12), start)) && TO_NOW_AFTER.test(lower.slice(end, end + 10))) continue;
      out.push(monthMention(lower, start, end, years[0], Number(/tháng (\d{1,2})/.exec(text)![1]!), isBase));
    } else if (g.moment && isPlanDeadline(lower, start, end, text)) {
      out.push(planDeadline(start, end, text));
    } else if (g.moment) {
      const [, mm, yyyy] = /[/-](\d{1,2})[/-](\d{4})$/u.exec(text)!;
      const part = `-M${mm!.padStart(2, '0')}`;
      out.push(mention({ start, end, year: Number(yyyy), part, isBase, local: true, asOf: `${yyyy}${part}` }));
    } else if (g.stretchThisYear) {
      const months = Number(/[/-](\d{1,2})$/u.exec(text)![1]);
      const year = cutOffYear(months, publishedYear, publishedMonth);
      const inside = year === undefined ? undefined : stretchInside(lower, start, end, months, String(year), sameMonthStretchFrom(lower, start, months, String(year)) || reportingMonthFrom(lower, start, text, months, String(year)));
      if (inside) out.push(inside);
    } else if (g.todate || (g.todateThisYear && publishedYear !== undefined)) {
      // "đến ngày 31/10/2024", "đến hết tháng 6/2024" in a running report: the months elapsed (10M, H1). "Đến ngày
      // 30-6" with no year is this year's, when it ends a month ("đến ngày 20-3" is a day of the season, no period).
      // "từ đầu năm đến ngày 20-9, tỉnh thu hút 1,52 tỷ USD": a day that closes a stretch from January sums the months
      // to it, whatever is summed.
      const fromYearStart = g.todateThisYear !== undefined && YEAR_START_BEFORE.test(lower.slice(Math.max(0, start - 12), start));
      const clearance = g.todateThisYear !== undefined && CLEARANCE_AFTER.test(lower.slice(end, end + FISCAL_FLOW_REACH));
      if (g.todateThisYear && CLAUSE_CUT_OFF.test(text) && !fromYearStart && !clearance && !FISCAL_FLOW_AFTER.test(lower.slice(end, end + FISCAL_FLOW_REACH))) continue;
      const m = g.todate
        ? /(\d{1,2})[/-]((?:19|20)\d\d)/.exec(text.slice(text.search(/\d{1,2}[/-](?:19|20)\d\d/)))!
        : [text, /\d{1,2}[/-](\d{1,2})$/.exec(text)![1]!, String(publishedYear)];
      const months = Number(m[1]);
      if (g.todate && isPlanDeadline(lower, start, end, text)) {
        out.push(planDeadline(start, end, text));
        continue;
      }
      const yearAcross = g.todate ? yearAcrossStretch(lower, start, months, m[2]!) : undefined;
      if (yearAcross) {
        out.push(mention({ start: start - yearAcross.length, end, part: '', span: yearAcross.span, year: Number(m[2]) - 1, isBase: false }));
        continue;
      }
      // ("Từ ngày 5/3 đến ngày 20/3, toàn tỉnh giải ngân …": a stretch of this year's days inside one month too.)
      const inside = g.todate ? stretchInside(lower, start, end, months, m[2]!, sameMonthStretchFrom(lower, start, months, m[2]!) || reportingMonthFrom(lower, start, text, months, m[2]!))
        : stretchInside(lower, start, end, months, m[2]!, sameMonthStretchFrom(lower, start, months, m[2]!));
      if (inside) {
        out.push(inside);
        continue;
      }
      // "Từ ngày 1/7/2025 đến ngày 30/9/2025": a stretch that starts after January (since the 2025 reorganisation); "riêng
      // từ ngày 1/7 đến 30/9, phường thu …" is this year's.
      const from = RANGE_FROM.exec(lower.slice(Math.max(0, start - 20), start));
      const stretch = from !== null && Number(from[1]) <= months && (from[2] === undefined || from[2] === m[2]);
      const first = stretch ? Number(from[1]) : 1;
      const part = first > 1 ? stretchPart(first, months)
        : /tháng/.test(text) ? `-M${String(months).padStart(2, '0')}` : monthsElapsedPart(months);
      // A stock's date dates its own sentence (and, opening one, its paragraph), not the report.
      // A stretch's mention starts at its "từ", so its first date is not read as a figure the period belongs to.
      const opens = stretch ? start - from[0].length : start;
      // A day's cut-off read from its comma ("đến ngày 25/10, … giải ngân") dates no stock outside its sentence.
      const dayCutOff = g.todateThisYear !== undefined && CLAUSE_CUT_OFF.test(text) && !fromYearStart && !clearance;
      out.push(mention({ start: opens, end, year: Number(m[2]), part, isBase: false, local: true, asOf: `${m[2]}-M${String(months).padStart(2, '0')}`,
        ...(dayCutOff && { clauseOnly: true }) }));
    } else if (g.monthcutoff) {
      const month = Number(/\d+/.exec(text)![0]);
      // ("Quý II, huyện phấn đấu … giải ngân vốn đầu tư công đến cuối tháng 6 đạt ít nhất 40% kế hoạch" on a page of April:
      // a month still ahead that an aim runs to is this year's, not last year's: aimed-cut-off-ahead.)
      const year = aimedAhead(lower, start) ? publishedYear : cutOffYear(month, publishedYear, publishedMonth);
      if (year === undefined) {
        out.push(mention({ start, end, part: `-M${String(month).padStart(2, '0')}`, isBase, local: true }));
        continue;
      }
      out.push(monthMention(lower, start, end, year, month, isBase));
    } else if (g.monthonly) {
      // "Riêng tháng 5, …", "Tháng 11 ước đạt…"; "ngày 5 tháng 6" is a date.
      // (Not across a line: "02/10/2023 - 15:00" then "Tháng 9, chỉ số …" opens the body on the month.)
      if (/\d[ \t]*$/.test(lower.slice(Math.max(0, start - 3), start))) continue;
      // "chưa tái đàn sau đợt dịch hồi tháng 6": when something happened before, not the months a figure covers.
      if (PAST_MOMENT_BEFORE.test(lower.slice(Math.max(0, start - 8), start))) continue;
      const month = /tháng (\d{1,2})/.exec(text)![1]!.padStart(2, '0');
      out.push(mention({ start, end, part: `-M${month}`, isBase, local: true }));
    } else if (g.goalyear) {
      out.push(mention({ start, end, year: years[0], part: '', isBase, local: true }));
    } else if (g.indexyear) {
      out.push(mention({ start, end, year: years[0], part: '', isBase, local: true, indexYear: true }));
    } else if ((g.year || g.lastYear) && SAME_SPAN_BEFORE.test(lower.slice(Math.max(0, start - 24), start))) {
      // "Cùng kỳ năm 2023, …", "Cùng kỳ năm trước, …" (the year before the report's: no year of its own).
      out.push(mention({ start, end, year: years[0], part: '', isBase: false, local: true, sameSpan: true }));
    } else if ((g.year || g.lastYear) && /cùng kỳ $/u.test(lower.slice(Math.max(0, start - 8), start))) {
      // "cao hơn cùng kỳ năm 2023 (57,4%)", "cao hơn mức tăng cùng kỳ năm trước (6,13%)": a base, whose bracketed value
      // is that year's same stretch.
      out.push(mention({ start, end, year: years[0], part: '', isBase, sameSpan: true }));
    } else if (g.year && publishedYear !== undefined && years[0]! < publishedYear && SINCE_BEFORE.test(lower.slice(Math.max(0, start - 4), start)) &&
      TO_NOW_AFTER.test(lower.slice(end, end + 10))) {
      // "Lũy kế từ năm 2021 đến nay, toàn tỉnh đã hoàn thành 21.860 căn": what was done from a past year to the page's
      // day covers those years, as "giai đoạn 2021 - 2025" does (since-year-to-now).
      out.push(mention({ start: start - 3, end, part: '', span: `${years[0]}/${publishedYear}`, year: years[0], isBase: false }));
    } else if (g.year || g.season || g.cropseason) {
      const indexYear = isIndexYear(lower, start);
      // (In January or February the year's tasks are still all ahead: "tổng kết năm 2025, triển khai nhiệm vụ năm 2026" on
      // 10 January 2026 reports on 2025.)
      const tasksAhead = publishedYear !== undefined && (years[0]! > publishedYear || (years[0] === publishedYear && publishedMonth !== undefined && publishedMonth <= 2)) &&
        TASKS_AHEAD_BEFORE.test(lower.slice(Math.max(0, start - 60), start));
      // ("tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024, … có 7,12 tỷ đồng": after the reviewed year it
      // dates nothing at all.)
      if (tasksAhead && comesAfterReviewedYear(lower, start)) continue;
      out.push(mention({ start, end, year: years[0], part: '', isBase, ...((isPlanYear(lower, start) || indexYear || tasksAhead) && { local: true }), ...(indexYear && { indexYear }),
        ...(!g.year && { season: true }) }));
    } else if (g.restofyear && /^(?:3|ba) /u.test(text) && /^\s*:/u.test(lower.slice(end, end + 3))) {
      // "đặt mục tiêu 3 tháng cuối năm: trồng mới 2.140 ha rừng; …": a list headed by the last three months is the fourth
      // quarter's, as one headed by the last six is the second half's. (In a sentence, "trong 3 tháng cuối năm tập trung
      // hoàn thành 100% kế hoạch" asks for the year's plan: the year, below.)
      out.push(mention({ start, end, year: years[0], part: '-Q4', isBase: false }));
    } else if (g.restofyear && /^(?:3|ba) /u.test(text) && ADDED_AFTER.test(lower.slice(end, end + ADDED_REACH))) {
      // "3 tháng cuối năm cần hoàn thành thêm khoảng 3.880 căn": what the last quarter must add is that quarter's own
      // amount, not the year's total it brings the year to (last-quarter-adds).
      out.push(mention({ start, end, year: years[0], part: '-Q4', isBase: false, local: true }));
    } else if (g.restofyear) {
      // "phấn đấu trong 2 tháng cuối năm thu ngân sách đạt trên 1.330 tỷ đồng": what the last months must bring the
      // year to; no period id names those months alone. Dates its sentence only, like "cả năm".
      out.push(mention({ start, end, part: '', isBase: false, local: true, clauseOnly: true }));
    } else if (g.wholeyear) {
      // "cả năm đạt 10%": the whole year, whichever year the text is about. So is what a running report asks for "từ nay
      // đến cuối năm" ("phấn đấu vượt ít nhất 5% dự toán"): the year's plan, not the months reported. ("đạt 64,5% kế
      // hoạch cả năm" only names the plan a share is of, as "kế hoạch năm 2022" does.) So is "đến hết năm" after a
      // cut-off ("đến ngày 30/9 đạt trên 70% kế hoạch, đến hết năm đạt 100%"): the year's close, not the months before.
      out.push(mention({ start, end, part: '', isBase, local: true, clauseOnly: true }));
    } else if (g.causemonth) {
      const month = causeMonth(lower, text);
      const year = years[0] ?? publishedYear;
      if (month !== undefined && year !== undefined) out.push(mention({ start, end, year, part: `-M${String(month).padStart(2, '0')}`, isBase: false, local: true }));
    } else if (g.thismonth) {
      const report = out.find((p) => /^-M\d\d$/.test(p.part) && !p.isBase);
      if (report) out.push(mention({ start, end, year: report.year, part: report.part, isBase: false, local: true }));
    } else if (g.thisquarter) {
      const report = out.find((p) => /^-Q[1-4]$/.test(p.part) && !p.isBase);
      if (report) out.push(mention({ start, end, year: report.year, part: report.part, isBase: false, local: true }));
    } else if (g.thisyear && /(?:vụ|xuân|thu|mùa|hè) $/u.test(lower.slice(Math.max(0, start - 6), start))) {
      // "vụ Đông Xuân năm nay" is the season the text already dated ("vụ Đông Xuân 2023 - 2024"), else this year's.
      // (Not a mention of another season: season-this-year.)
      const before = lower.slice(Math.max(0, start - 24), start);
      const season = out.findLast((p) => p.span && !p.isBase && namesSameSeason(before, lower.slice(p.start, Math.min(p.end, p.start + 48))));
      if (season) out.push(mention({ start, end, part: '', span: season.span, year: season.year, isBase }));
      else if (publishedYear) out.push(mention({ start, end, year: publishedYear, part: '', isBase }));
    } else if (g.pastyear) {
      const past = pastYear(lower, start, text, publishedYear, publishedMonth);
      if (past) out.push(mention({ start, end, part: '', isBase, ...past }));
    } else if (g.thisyear && publishedYear && namedBefore(out, start)) {
      // "trong quý I năm nay", "tháng 3 năm nay": the quarter or month named just before, of the page's year.
      const named = out[out.length - 1]!;
      out[out.length - 1] = { ...named, year: publishedYear, end };
    } else if (g.thisyear && publishedYear) {
      // "Trong 4 ngày nghỉ lễ (từ 30/8 đến 2/9/2025), … \n\nNăm nay, kỳ nghỉ lễ trùng dịp …": after a stretch of this
      // year that frames the text (a holiday, a quarter), "năm nay" names the year it falls in, not a new frame for
      // the paragraphs after it.
      const framed = out.find((p) => !p.isBase && p.asOf !== undefined && p.year === publishedYear && /^-(?:Q[1-4]|M\d\d)$/u.test(p.part));
      out.push(mention({ start, end, year: publishedYear, part: '', isBase, ...(framed && { local: true }) }));
    }
  }
  if (addDashedStretches(out, lower, publishedYear, publishedMonth)) out.sort((a, b) => a.start - b.start);
  const kept = withoutReportingYearBracket(lower, withoutYearOfLaterStretch(lower, withComingTet(out, lower, publishedYear, publishedMonth)));
  const acrossYears = kept.filter((p) => p.span && !p.isBase && p.span.length === 9 && Number(p.span.slice(5)) === Number(p.span.slice(0, 4)) + 1);
  const again = oneYearOfStretch(lower, acrossYears);
  if (again.length === 0) return kept;
  for (const [start, end, span] of again) kept.push(mention({ start, end, part: '', span, year: Number(span.slice(0, 4)), isBase: false }));
  return kept.sort((a, b) => a.start - b.start);
}

/** A quarter or a month written without its year and ending right before `start`. */
function namedBefore(out: readonly PeriodMention[], start: number): boolean {
  const last = out[out.length - 1];
  return last !== undefined && last.year === undefined && last.end === start - 1 && !last.isBase && /^-(?:Q[1-4]|M\d\d)$/u.test(last.part);
}

// "5 năm qua", "những năm qua": a count of years behind, not the year just past (see past-years-range.ts).
const YEARS_COUNTED_BEFORE = /(?:\d|(?<![\p{L}\p{M}])(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mấy|những|các|nhiều))\s$/u;

/** "năm qua" on a page of October to December is the page's year, on one of January to March the year before (in
 *  between the phrase may mean the last twelve months: no period); "năm học qua" from June to December is the school
 *  year that ended that summer. */
function pastYear(lower: string, start: number, text: string, publishedYear: number | undefined, publishedMonth: number | undefined): { year: number; span?: string } | undefined {
  if (publishedYear === undefined || publishedMonth === undefined || YEARS_COUNTED_BEFORE.test(lower.slice(Math.max(0, start - 8), start))) return undefined;
  if (text.includes('học')) return publishedMonth >= 6 ? { year: publishedYear - 1, span: `${publishedYear - 1}/${publishedYear}` } : undefined;
  if (publishedMonth >= 10) return { year: publishedYear };
  return publishedMonth <= 3 ? { year: publishedYear - 1 } : undefined;
}

// "Trong 6 ngày nghỉ Tết (25/1 - 30/1), …", "(từ 30/4 - 4/5)", "(từ 14-22/2)": a bracketed stretch of this year's days written with a
// dash, dated as "(từ 25/1 đến 30/1)" is (no anchor word of PERIOD stands in it, so it is looked for on its own).
// "Tết Nguyên đán Bính Ngọ (từ 14/2 - 22/2/2026)": a holiday's closing day may carry its year, which then wins over the
// page's. (Not a festival week's "(từ ngày 8 - 14/11/2025)", which holdout30 dates by its year.)
const DASHED_STRETCH = /(\((?:từ (?:ngày )?)?(?:0?[1-9]|[12]\d|3[01])(?:[/-](?:0?[1-9]|1[0-2]))? ?)[-–] ?(?:ngày )?(?:0?[1-9]|[12]\d|3[01])[/-](0?[1-9]|1[0-2])(?:[/-]((?:19|20)\d\d))?\)/gu;

function addDashedStretches(out: PeriodMention[], lower: string, publishedYear: number | undefined, publishedMonth: number | undefined): boolean {
  let added = false;
  for (const m of lower.matchAll(DASHED_STRETCH)) {
    const months = Number(m[2]);
    if (m[3] !== undefined && !holidayStretch(lower, m.index + 1)) continue;
    const year = m[3] !== undefined ? Number(m[3]) : cutOffYear(months, publishedYear, publishedMonth);
    if (year === undefined) continue;
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length - 1;
    const inside = stretchInside(lower, start, end, months, String(year), sameMonthStretchFrom(lower, start, months, String(year)));
    if (inside) {
      out.push(inside);
      added = true;
    }
  }
  return added;
}

// "lũy kế đến hết tháng 8/2025, tổng thu … đạt …": a sum the words call cumulative runs over the months elapsed to the
// cut-off month (stocks still stand at that month, by asOf); "đến hết tháng 8/2025" alone stays the month.
// ("Lũy kế hết tháng 10, kim ngạch xuất khẩu đạt 391 tỉ USD": "đến" may go unsaid before "hết".)
const CUMULATIVE_TO = /(?<![\p{L}\p{M}])(?:lũy|luỹ) kế,? (?:từ đầu năm )?(?:(?:đến|tới) (?:hết |cuối )?|hết |cuối )$/u;

// "Tính đến hết ngày 31/1/2025, cả nước giải ngân … vốn kế hoạch năm 2024", "kéo dài đến ngày 31/1/2024; dự kiến …
// giải ngân khoảng 85 - 88%", "đến hết ngày 31/1/2026 giải ngân 100% kế hoạch": the last day of January closes the
// year before's capital plan (the law extends it so far); what is disbursed by then is that plan's year.
const PLAN_DEADLINE_DAY = /(?<!\d)31[/-]0?1[/-]((?:19|20)\d\d)(?!\d)/u;
const DISBURSEMENT_WORDS = ['giải ngân', 'kế hoạch vốn', 'thanh toán'];
const DEADLINE_REACH = 120;

function isPlanDeadline(lower: string, start: number, end: number, text: string): boolean {
  if (!PLAN_DEADLINE_DAY.test(text)) return false;
  const around = lower.slice(Math.max(0, start - DEADLINE_REACH), end + DEADLINE_REACH);
  return DISBURSEMENT_WORDS.some((w) => around.includes(w));
}

function planDeadline(start: number, end: number, text: string): PeriodMention {
  const year = Number(PLAN_DEADLINE_DAY.exec(text)![1]) - 1;
  return mention({ start, end, year, part: '', isBase: false, local: true });
}

/** A named month of a year; after "lũy kế đến" the months elapsed to it, standing at that month. */
function monthMention(lower: string, start: number, end: number, year: number | undefined, month: number, isBase: boolean): PeriodMention {
  const mm = String(month).padStart(2, '0');
  const cumulative = CUMULATIVE_TO.exec(lower.slice(Math.max(0, start - 24), start));
  if (cumulative && year !== undefined && !isBase) {
    return mention({ start: start - cumulative[0].length, end, year, part: monthsElapsedPart(month), isBase, local: true, asOf: `${year}-M${mm}` });
  }
  return mention({ start, end, year, part: `-M${mm}`, isBase, local: true });
}

/** A stretch of days closing at `start`..`end` in `months` of `year` that lies inside one month (its opening words
 * `withinMonth` long) or one quarter: that month's or quarter's mention, from its "từ". */
function stretchInside(lower: string, start: number, end: number, months: number, year: string, withinMonth: number): PeriodMention | undefined {
  if (withinMonth > 0) {
    const month = `-M${String(months).padStart(2, '0')}`;
    const from = start - withinMonth;
    return mention({ start: from, end, year: Number(year), part: month, isBase: false, local: !holidayStretch(lower, from), asOf: `${year}${month}` });
  }
  const withinQuarter = sameQuarterStretchFrom(lower, start, months, year);
  if (!withinQuarter) return undefined;
  const quarter = `-Q${withinQuarter.quarter}`;
  return mention({ start: start - withinQuarter.length, end, year: Number(year), part: quarter, isBase: false, local: !holidayStretch(lower, start - withinQuarter.length), asOf: `${year}${quarter}`,
    through: months });
}

/** The year of a cut-off month written without one: the year of publication, or the year before for a month not yet
 * reached then ("đến hết tháng 12" in a January page). */
// An aim before the cut-off in its sentence: "phấn đấu", "mục tiêu", "dự kiến", "phải", "cần".
const AIM_BEFORE_CUT_OFF = /(?<![\p{L}\p{M}])(?:phấn đấu|mục tiêu|dự kiến|phải|cần|quyết tâm)(?!\p{L})(?!\p{M})[^.!?\n]*$/u;
const AIM_REACH = 160;

function aimedAhead(lower: string, start: number): boolean {
  return AIM_BEFORE_CUT_OFF.test(lower.slice(Math.max(0, start - AIM_REACH), start));
}

function cutOffYear(month: number, publishedYear: number | undefined, publishedMonth: number | undefined): number | undefined {
  if (publishedYear === undefined) return undefined;
  return publishedMonth !== undefined && month > publishedMonth ? publishedYear - 1 : publishedYear;
}

/** The period id of the months elapsed from January to `last`: 10M, H1, Q1, the year; January alone is its month
 * ("Đến ngày 16/1/2023, … đã trao 38.650 suất quà": no period id counts one month as elapsed). */
export function monthsElapsedPart(last: number): string {
  return last === 12 ? '' : last === 6 ? '-H1' : last === 3 ? '-Q1' : last === 1 ? '-M01' : `-${last}M`;
}

// "từ ngày 1/7/2025 ": the first day of a month that opens a stretch ending at the date after it.
const RANGE_FROM = /(?<![\p{L}\p{M}])từ (?:ngày )?0?1[/-](0?[1-9]|1[0-2])(?:[/-]((?:19|20)\d\d))? $/u;

/** The period id of the months first..last of one year: a month, a quarter, the second half, else the year. */
export function stretchPart(first: number, last: number): string {
  if (first === last) return `-M${String(last).padStart(2, '0')}`;
  if (first === 7 && last === 12) return '-H2';
  if (first % 3 === 1 && last === first + 2) return `-Q${last / 3}`;
  return '';
}

function withComingTet(out: PeriodMention[], lower: string, publishedYear: number | undefined, publishedMonth: number | undefined): PeriodMention[] {
  // Pushed, not mapped (see matchStarts in sorted.ts): one array kind whether or not this function is optimised yet.
  const tet: PeriodMention[] = [];
  for (const { start, end, year } of comingTetMentions(lower, publishedYear, publishedMonth, (start) => isBaseContext(lower, start))) {
    tet.push(mention({ start, end, year, part: '', isBase: false, comingTet: true }));
  }
  return tet.length === 0 ? out : [...out, ...tet].sort((a, b) => a.start - b.start);
}

/** The mention with every field, in one order: one object shape for the resolver's many reads of them. */
export function mention(m: PeriodMention): PeriodMention {
  return { start: m.start, end: m.end, year: m.year, part: m.part, term: m.term, isBase: m.isBase, span: m.span, local: m.local, asOf: m.asOf, sameSpan: m.sameSpan,
    clauseOnly: m.clauseOnly, week: m.week, through: m.through, yearToDate: m.yearToDate, comingTet: m.comingTet, season: m.season, indexYear: m.indexYear, dayTally: m.dayTally };
}

/** "kế hoạch năm 2024", "chỉ tiêu Nghị quyết năm 2023": the plan's year. It dates figures in its own sentence but
 * is not carried on: a six-month report that mentions the year's plan is still about six months. */
const PLAN_YEAR_BEFORE = PLAN_NOUNS.map((noun) => `${noun} `);

// "Chỉ số PCI năm 2023 … đạt 70,43 điểm" in a 2024 report: rankings are published a year late; their year is theirs.
const INDEX_BEFORE = INDEX_NAMES.flatMap((name) => [`${name} `, `${name}) `]);
function isIndexYear(lower: string, start: number): boolean {
  return windowEndsWith(lower, start, 14, INDEX_BEFORE);
}

// "vượt tốc độ tăng trưởng so với kế hoạch đề ra đầu năm 2022 là 8,42%": when a plan was set is the plan's year too
// (plan-set-at-year-start).
const SET_AT_YEAR_START = ['đề ra', 'đặt ra', 'giao', 'xây dựng'].flatMap((verb) => [`${verb} đầu `, `${verb} từ đầu `, `${verb} vào đầu `]);

// "… đánh giá tình hình thực hiện nhiệm vụ năm 2025 và triển khai nhiệm vụ, giải pháp năm 2026. Trong năm, Đảng bộ
// phường đã hoàn thành 20/21 chỉ tiêu": the coming year whose tasks a meeting sets out names what is to be done, not
// the stretch the next sentences report on (tasks-ahead-year).
// A council "quyết định nhiệm vụ năm 2026" or "đề ra nhiệm vụ năm 2025" at its year-end session likewise (tasks-ahead-decided).
const TASKS_AHEAD_BEFORE = /(?<![\p{L}\p{M}])(?:triển khai|phương hướng|bàn|quyết định|đề ra)(?:,? (?:và )?(?:nhiệm vụ|giải pháp|mục tiêu|kế hoạch|phương hướng|chương trình công tác)(?: chủ yếu| trọng tâm)?)+ (?:của )?$/u;

/** The year starting at `start` is the year a plan is of ("kế hoạch năm 2024", "nghị quyết năm 2025"), or was set in. */
export function isPlanYear(lower: string, start: number): boolean {
  return windowEndsWith(lower, start, 14, PLAN_YEAR_BEFORE) || windowEndsWith(lower, start, 20, SET_AT_YEAR_START);
}

// "Cùng kỳ năm 2023, …", "…, cùng kỳ năm 2023 đạt 57,4%": opening its sentence or clause (not after "so với", "hơn"),
// "cùng kỳ" names the period the figure belongs to, not a base.
const SAME_SPAN_BEFORE = /(?:^|[.!?:\n]\s*|[,;(]\s*)(?:trong |vào )?cùng kỳ $/u;

// "so với cùng kỳ năm 2022", "từ năm 2020", "hơn năm 2023": the words that make a year a base.
// "so với thực hiện năm 2023", "so với kết quả năm 2023": what was achieved that year is the base too; "gấp rưỡi năm
// 2023": a multiple of that year's level.
const BASE_BEFORE = ['so ', 'so với ', 'so cùng kỳ ', 'so với cùng kỳ ', 'cùng kỳ ', 'so với cuối ', 'so với đầu ', 'từ ', 'trước ', 'lần ', 'hơn ', 'với ',
  'so với thực hiện ', 'so thực hiện ', 'so với kết quả ', 'so với mức ', 'so với số thực hiện ', 'gấp đôi ', 'gấp rưỡi ', 'gấp ba ',
  // "cao hơn kết quả năm 2022 gần 1 điểm phần trăm": the year's result compared without "so với".
  'hơn kết quả ', 'hơn thực hiện ', 'hơn kết quả của ',
  // "mức cao thứ hai kể từ năm 2011, chỉ sau quý III/2022 (14,38%)": the period a rank is measured against is a yardstick;
  // it dates its own bracket, never the sentences after it.
  'chỉ sau ', 'chỉ đứng sau ', 'xếp sau ', 'đứng sau ', 'chỉ thua ', 'chỉ kém ',
  // "chi chuyển nguồn sang năm 2023 là 4.406 tỷ đồng" in the 2022 settlement: the year money is carried into is where it
  // goes, not the time the figure covers (carried-into-year).
  'chuyển sang ', 'nguồn sang ', 'kéo dài sang ', 'chuyển tiếp sang '];
const SHARE_OF_YEAR_BEFORE = /bằng [\d.,]+% $/;
// "Với Tết Dương lịch 2024, thưởng bình quân …", "Với năm 2025, …": "với" opening its sentence is "for", not "compared with".
const FOR_OPENING = /(?:^|[.!?:;\n]\s*|^\s+)với $/u;
// "gấp 1,5 lần ngày hội năm 2025": a multiple of what a yearly event brought that year.
const MULTIPLE_OF_BEFORE = new RegExp(`\\d lần ${YEARLY_EVENTS}(?: [\\p{L}\\p{M}]+){0,2} $`, 'u');
// "gấp 2,5 lần đợt rét cuối tháng 12/2023", "gấp 1,6 lần trận lũ lịch sử năm 2020": a multiple of an earlier event
// named by a few words before its month or year (multiple-of-named-event). ("gấp 2 lần trong năm 2023" names the
// stretch the multiple happened in.)
const MULTIPLE_OF_EVENT_BEFORE = /\d lần (?!(?:trong|vào|tại|ở|của|sau|khi|và|là|đến|tới|từ|so|cùng|năm|tháng|quý)\s)(?:[\p{L}\p{M}]+ ){1,4}(?:cuối |đầu |giữa |hồi |vào )?$/u;
// "so với Festival Hoa lần thứ 9 năm 2022": an event named with its edition, the same event one edition earlier.
const COMPARED_WITH_BEFORE = /(?:^|[\s,(])so (?:với )?(?:[\p{L}\p{M}]+ ){1,3}(?:lần thứ (?:\d{1,2}|[ivx]{1,5}) )?$/u;
function isBaseContext(lower: string, start: number): boolean {
  // "bằng 98% năm 2019": a share of that year's level.
  if (windowEndsWith(lower, start, 24, BASE_BEFORE) && !FOR_OPENING.test(lower.slice(Math.max(0, start - 8), start))) return true;
  const window = lower.slice(Math.max(0, start - 44), start);
  // "so với mùa khô năm 2020", "so với vụ Hè Thu năm 2024": a base named by a few words before its year.
  return SHARE_OF_YEAR_BEFORE.test(window) || (window.includes('so ') && COMPARED_WITH_BEFORE.test(window)) ||
    (window.includes('lần ') && (MULTIPLE_OF_BEFORE.test(window) || MULTIPLE_OF_EVENT_BEFORE.test(window))) || isBaseOfFormerUnits(lower, start) ||
    isRateOfAYearYardstick(lower, start);
}

// "thu ngân sách năm 2025 (bao gồm số thu của các đơn vị cũ trong 6 tháng đầu năm) ước đạt …": a period inside a
// bracket that says what a figure includes dates none of the figures; it is treated like a base (never carried).
const INCLUSION_ASIDE = /\((?:bao gồm|gồm cả|kể cả|tính cả|không kể|không tính|chưa kể|chưa tính)(?!\p{L})(?!\p{M})[^()\n]*$/u;
function inInclusionAside(lower: string, start: number): boolean {
  const window = lower.slice(Math.max(0, start - 80), start);
  const open = window.lastIndexOf('(');
  return open >= 0 && INCLUSION_ASIDE.test(window.slice(open));
}

/** The four-digit years (19xx, 20xx) in a period's words, left to right. */
function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (let k = 0; k + 4 <= text.length; ) {
    const century = text.slice(k, k + 2);
    if ((century === '19' || century === '20') && isDigit(text[k + 2]) && isDigit(text[k + 3])) {
      out.push(Number(text.slice(k, k + 4)));
      k += 4;
    } else {
      k++;
    }
  }
  return out;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function formatPeriod(year: number | undefined, part: string): string | undefined {
  if (year === undefined) return undefined;
  return `${year}${part}`;
}
