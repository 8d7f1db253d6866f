// "Theo Bộ Kế hoạch và Đầu tư, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều năm 2023 còn 2,93%" on a province's page: a
// ministry quoted as the source speaks for the country, so the figures of its sentence are the country's unless the
// sentence names a place of its own. The sentences after it go back to the page's place.
import { MINISTRY_NAMES } from './vocabulary/ministries.ts';
import { alternation } from './vocabulary/regexp.ts';
import { phraseOffsets } from './vocabulary/rare-anchor.ts';

const SOURCE = new RegExp(`^theo (?:số liệu |báo cáo |thống kê |công bố )?(?:mới nhất )?(?:của )?bộ (?:${alternation(MINISTRY_NAMES)})(?: vừa công bố| cho biết)?\\s*,`, 'uy');
const OPENS_BEFORE = /(?:^|[.:;\n]\s*|,\s)$/u;

/** Where a sentence or clause opens on a ministry named as its source ("Theo Bộ Tài chính, …"). */
export function ministrySources(lower: string): number[] {
  const out: number[] = [];
  for (const at of phraseOffsets(lower, ['theo '])) {
    if (!OPENS_BEFORE.test(lower.slice(Math.max(0, at - 3), at))) continue;
    SOURCE.lastIndex = 0;
    if (SOURCE.test(lower.slice(at, at + 120))) out.push(at);
  }
  return out;
}
