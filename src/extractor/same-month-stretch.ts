// "trong 9 ngày nghỉ Tết (từ ngày 14/2 đến ngày 22/2/2026)", "từ ngày 5/9 đến 11/9/2025", "từ ngày 7 đến 11/12/2024": a
// stretch of days that opens and closes in one month is part of that month (as a week is, week-periods.ts), not the
// months elapsed to its end.
// "trong 4 ngày nghỉ lễ (từ 30/8 đến 2/9/2025)": a stretch of days across two months of one quarter (a holiday around
// the turn of a month) is part of that quarter, the smallest period id that holds it. (A stretch opening on the 1st is
// a run of whole months: periods.ts names it by its months.)

// ("(25/1 - 30/1)": a bracket opening on the first day of a stretch written with a dash.)
const FROM_DAY = /(?:(?<![\p{L}\p{M}\d])từ |\()(?:ngày )?(0?[1-9]|[12]\d|3[01])[/-](0?[1-9]|1[0-2])(?:[/-]((?:19|20)\d\d))? ?$/u;
const REACH = 22;
// "(từ ngày 7 đến 11/12/2024)": the opening day written without its month is a day of the closing month. Only in the
// bracket that gives a counted stretch its days: "Lịch xuống giống tập trung từ ngày 5 đến 25/5/2025" is a plan's
// timing, which dates none of the targets after it.
// ("(từ 14-22/2)": so is the opening day before a dash.)
// "Trong 4 ngày từ 22 đến 25/1, …", "Từ ngày 13 đến 15/10, mưa lũ …": so is a stretch counted by its length or opening its
// sentence before a comma, as a daily tally's is (days-stretch-before-comma).
const FROM_DAY_OF_CLOSING_MONTH = /(?:\(|[.!?\n]\s*|(?<![\p{L}\p{M}])trong \d{1,2} ngày(?: [\p{L}\p{M}]+){0,3} )từ (?:ngày )?(0?[1-9]|[12]\d|3[01]) ?$/u;
const FROM_DAY_REACH = 44;
const CLOSING_DAY = /^(?:đến (?:hết )?|[-–] ?)(?:ngày )?(\d{1,2})[/-]/u;

function openingDay(lower: string, start: number, year: string): { day: number; month: number; length: number } | undefined {
  const before = lower.slice(Math.max(0, start - REACH), start);
  if (!before.includes('từ ') && !before.includes('(')) return undefined;
  const from = FROM_DAY.exec(before);
  if (!from || (from[3] !== undefined && from[3] !== year)) return undefined;
  return { day: Number(from[1]), month: Number(from[2]), length: from[0].length };
}

/** Length of the "từ <day>/<month> " before the "đến …" at `start` when it opens in `month` of `year`; else 0. */
export function sameMonthStretchFrom(lower: string, start: number, month: number, year: string): number {
  const from = openingDay(lower, start, year);
  if (from) return from.month === month ? from.length : 0;
  return openingDayOfClosingMonth(lower, start);
}

/** Length of "từ ngày <day> " after "(" before "đến <later day>/<month>/<year>" at `start`; else 0. */
function openingDayOfClosingMonth(lower: string, start: number): number {
  const from = FROM_DAY_OF_CLOSING_MONTH.exec((start < FROM_DAY_REACH ? '\n' : '') + lower.slice(Math.max(0, start - FROM_DAY_REACH), start));
  const to = from ? CLOSING_DAY.exec(lower.slice(start, start + 20)) : null;
  // (Only in a bracket may the stretch close on something else than a comma.)
  if (!from || !to || Number(from[1]) >= Number(to[1]) || (!from[0].startsWith('(') && !/^[^,()\n]{0,24},/u.test(lower.slice(start, start + 26)))) return 0;
  return from[0].length - from[0].lastIndexOf('từ ');
}

/** The quarter (1–4) and the length of "từ <day>/<month> " when the stretch ending in `month` at `start` opens on a
 * later day than the 1st of an earlier month of the same quarter; else undefined. */
export function sameQuarterStretchFrom(lower: string, start: number, month: number, year: string): { quarter: number; length: number } | undefined {
  const from = openingDay(lower, start, year);
  if (!from || from.day === 1 || from.month >= month) return undefined;
  const quarter = Math.ceil(month / 3);
  return Math.ceil(from.month / 3) === quarter ? { quarter, length: from.length } : undefined;
}

// "Từ ngày 16/8 đến 15/9/2025, trên địa bàn tỉnh xảy ra 58 vụ tai nạn giao thông": statistics offices and the police
// count a month from the middle of the month before to the middle of this one. That stretch is this month's.
const REPORTING_MONTH_OPENS = [15, 16];
const REPORTING_MONTH_ENDS = [14, 15];
const END_DAY = /(\d{1,2})[/-]\d{1,2}(?:[/-](?:19|20)\d\d)?/;

/** Length of "từ 16/<month - 1> " before "đến 15/<month>/<year>" (`text`, at `start`): a reporting month; else 0. */
export function reportingMonthFrom(lower: string, start: number, text: string, month: number, year: string): number {
  const from = openingDay(lower, start, year);
  const end = END_DAY.exec(text);
  if (!from || !end || from.month !== month - 1) return 0;
  return REPORTING_MONTH_OPENS.includes(from.day) && REPORTING_MONTH_ENDS.includes(Number(end[1])) ? from.length : 0;
}
