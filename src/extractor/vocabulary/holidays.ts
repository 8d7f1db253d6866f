// A holiday compared with itself a year earlier ("so với dịp lễ năm 2024", "so với Tết Quý Mão 2023", "so với kỳ nghỉ lễ
// 30/4 - 1/5 năm trước") is measured against the same period, as a season named by its year is; the year names which
// holiday, it is no year base.

// A yearly event is measured the same way: "tăng 18% so với tuần lễ năm 2024", "gấp 1,5 lần ngày hội năm 2025".
export const YEARLY_EVENTS = '(?:tuần lễ|ngày hội|hội chợ|festival|liên hoan)';

// A tourist or festival season is measured so too: "tăng 23% so với mùa hè năm 2022", "so với mùa du lịch hè năm trước",
// "so với mùa lễ hội năm 2023" (tourist-season-year-before); the words after "mùa ".
export const TOURIST_SEASONS = '(?:du lịch hè|du lịch|hè|lễ hội xuân|lễ hội|cao điểm hè|cao điểm)';

// The sixty-year cycle's names by which a lunar new year is called ("Tết Giáp Thìn 2024"): stem, then branch.
const STEMS = '(?:giáp|ất|bính|đinh|mậu|kỷ|kỉ|canh|tân|nhâm|quý|quí)';
const BRANCHES = '(?:tý|tí|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)';

/** The words after "so (với) " that name a holiday of an earlier year: a regular-expression source. */
// ("so với ngày thứ 4 của kỳ nghỉ lễ 30/4-1/5/2024": one day of the holiday, compared with the same day of the one before;
// the holiday's days may carry the year: "30/4-1/5/2024".)
export const HOLIDAY_A_YEAR_BEFORE = `(?:(?:ngày (?:thứ \\d+|đầu tiên|cuối cùng) (?:của )?|cùng ngày (?:của )?)?(?:cùng )?(?:dịp |kỳ nghỉ |đợt nghỉ )?(?:lễ|tết|${YEARLY_EVENTS})(?: nguyên đán| dương lịch)?` +
  '(?: (?!năm )[^\\s;,.:()]+){0,4}?(?: (?:năm (?:trước|ngoái)|(?:năm )?(?:19|20)\\d\\d)|(?<=\\d)/(?:19|20)\\d\\d)(?![\\p{L}\\p{M}\\d])' +
  // ("so với Tết Giáp Thìn": a Tết called by its cycle name names its year; after "so với" it is an earlier one.)
  `|(?:dịp )?tết (?:nguyên đán )?${STEMS} ${BRANCHES}(?!\\p{L})(?!\\p{M}))`;

/** "Tết Nguyên đán Giáp Thìn 2024", "Tết Dương lịch 2024", "Tết Ất Tỵ 2025": a Tết named with its year (the year follows as
 *  `((?:19|20)\d\d)`, the first group after it is the caller's). A regular-expression source. */
export const TET_OF_YEAR = `tết (?:nguyên đán |dương lịch |cổ truyền )?(?:${STEMS} ${BRANCHES} )?`;

// Months of action named for their cause, which fall in the same calendar month every year ("Tháng Công nhân" is May,
// "Tháng hành động vì trẻ em" June, "Tháng Thanh niên" March). A bare "Tháng hành động" is June only on a page that
// names the children's month.
const CAUSE_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['hành động vì trẻ em', 6], ['công nhân', 5], ['thanh niên', 3],
];
const CHILDREN_MONTH = 'tháng hành động vì trẻ em';
export const CAUSE_MONTH_NAMES = [...CAUSE_MONTHS.map(([name]) => name), 'hành động'].join('|');

/** The calendar month of the month of action `text` names ("tháng công nhân năm 2024" → 5), on the page `lower`. */
export function causeMonth(lower: string, text: string): number | undefined {
  const named = CAUSE_MONTHS.find(([name]) => text.startsWith(`tháng ${name}`));
  if (named) return named[1];
  return lower.includes(CHILDREN_MONTH) ? 6 : undefined;
}
