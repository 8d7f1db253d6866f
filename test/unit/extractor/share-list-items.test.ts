// A list of shares set off by semicolons ("bán buôn, bán lẻ chiếm 46,5% số doanh nghiệp thành lập mới; xây dựng chiếm
// 19,8%; …") divides the whole its first item named: the later items that name no whole share its indicator; an item
// that names its own whole does not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-07-04' };

describe('shares listed after a share that named its whole', () => {
  const text = 'Doanh nghiệp 6 tháng\n\n6 tháng đầu năm 2025, tỉnh có 980 doanh nghiệp thành lập mới. Xét theo ngành, bán buôn, bán lẻ chiếm 46,5% số doanh nghiệp thành lập mới; xây dựng chiếm 19,8%; vận tải, kho bãi chiếm 7,4%; doanh nghiệp do nữ làm chủ chiếm 28% tổng số doanh nghiệp đang hoạt động.';

  it('the items after the first are shares of the same whole', () => {
    expect(figureAt(text, '19,8%', OPTS)).toMatchObject({ kind: 'level', indicator: 'new_enterprises' });
    expect(figureAt(text, '7,4%', OPTS)).toMatchObject({ indicator: 'new_enterprises' });
  });

  it('an item naming its own whole is not', () => {
    expect(figureAt(text, '28%', OPTS).indicator).not.toBe('new_enterprises');
  });
});
