// A daily page that never writes "hôm nay" still reports one day when it measures against the day before ("so với hôm
// qua", "so với báo cáo ngày hôm qua"): a market round "Sáng 12/3, tại các chợ …", a flood tally "tính đến 17 giờ ngày
// 15/10, mưa lũ đã làm …". The first such day in its head is the month it falls in and frames the page as a price
// headline's "hôm nay 3/6" does (daily-page-day-frame). A day a month or more before publication is a past event's.
import { mention, type PeriodMention } from './periods.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';

const AGAINST_DAY_BEFORE = /(?<![\p{L}\p{M}])so (?:với )?(?:(?:báo cáo|số liệu|thống kê) )?(?:ngày )?hôm qua(?!\p{L})(?!\p{M})/u;
const DAY = /(?<![\p{L}\p{M}])(?:sáng|trưa|chiều|tối|ngày) (\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)\d\d))?(?![\d/])/u;
const HEAD_REACH = 1500;

/** The day a daily page's head names, as its month framing the page; none on a page that never compares with the day before. */
export function findLeadDay(lower: string, published?: string): PeriodMention[] {
  if (!published || indexOfPhrase(lower, 'hôm qua') < 0 || !AGAINST_DAY_BEFORE.test(lower)) return [];
  const m = DAY.exec(lower.slice(0, HEAD_REACH));
  if (!m) return [];
  const day = Number(m[1]);
  const month = Number(m[2]);
  const pubYear = Number(published.slice(0, 4));
  const pubMonth = Number(published.slice(5, 7));
  if (day < 1 || day > 31 || month < 1 || month > 12) return [];
  const year = m[3] ? Number(m[3]) : month <= pubMonth ? pubYear : pubYear - 1;
  if ((pubYear - year) * 12 + pubMonth - month !== 0) return [];
  return [mention({ start: m.index, end: m.index + m[0].length, year, part: `-M${String(month).padStart(2, '0')}`, isBase: false, local: true, week: true })];
}
