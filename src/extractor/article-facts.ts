// What the text itself says about the article: when it was published (from its dateline).

const FULL_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)/g;
const DAY_MONTH = /(?<![\p{L}\p{M}\d])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm) (?:ngày )?(\d{1,2})[/-](\d{1,2})(?![/\-.]?\d)/gu;
const ANY_YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/;

/** The publication date as YYYY-MM-DD from the dateline near the top, else from "Ngày 16/6" and the year in the text. */
export function findPublished(lower: string): string | undefined {
  const head = lower.slice(0, 1500);
  FULL_DATE.lastIndex = 0;
  for (const m of head.matchAll(FULL_DATE)) {
    const date = isoDate(+m[3]!, +m[2]!, +m[1]!);
    if (date) return date;
  }
  for (const m of head.matchAll(DAY_MONTH)) {
    const year = ANY_YEAR.exec(lower.slice(m.index, m.index + 3000))?.[1] ?? ANY_YEAR.exec(lower)?.[1];
    if (!year) continue;
    const date = isoDate(+year, +m[2]!, +m[1]!);
    if (date) return date;
  }
  return undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
