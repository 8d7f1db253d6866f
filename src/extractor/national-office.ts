import { indexOfPhrase } from './vocabulary/rare-anchor.ts';
import { letterBefore } from './vocabulary/word-boundary.ts';

// "Theo số liệu của Cục Thống kê, chỉ số CPI tháng 10 tăng 0,20%": since 2025 the national office is named bare; a
// province's office (before 2025 "Cục Thống kê tỉnh …", now "Chi cục") names its province after it.
const BARE_OFFICE_AFTER = /^(?:\s*[,.;:)]| (?:cho biết|công bố|vừa công bố|thông tin|báo cáo|ước tính|ngày)(?!\p{L})(?!\p{M}))/u;

// (Searched from its rarest letter: a search led by "c" stops at nearly every word.)
const OFFICE = 'cục thống kê';

/** The national statistics office, named bare, before `limit`. */
export function nationalOfficeBefore(lower: string, limit: number): boolean {
  for (let at = indexOfPhrase(lower, OFFICE); at >= 0 && at < limit; at = indexOfPhrase(lower, OFFICE, at + 12)) {
    if (!lower.endsWith('chi ', at) && !letterBefore(lower, at) && BARE_OFFICE_AFTER.test(lower.slice(at + 12, at + 30))) return true;
  }
  return false;
}
