// What a stretch must still add to reach a plan ("Quý IV, huyện cần thu thêm khoảng 40 tỷ đồng mới hoàn thành dự toán
// năm 2024") is a target of that stretch, even where the year's plan it completes is named after it. What was added
// ("thu hút thêm 12 dự án") is a result.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-08' };

describe('what must still be added', () => {
  it('is a target of the stretch it is needed in', () => {
    const text = 'Thu ngân sách 9 tháng\n\n9 tháng năm 2024, huyện thu ngân sách 152 tỷ đồng. Quý IV, huyện cần thu thêm khoảng 40 tỷ đồng mới hoàn thành dự toán năm 2024.';
    expect(figureAt(text, '40 tỷ đồng', OPTS)).toMatchObject({ modality: 'target', period: '2024-Q4', bound: 'about' });
  });

  it('after a plan named before it, too', () => {
    const text = 'Doanh nghiệp 9 tháng\n\nĐể hoàn thành kế hoạch năm 2024 (900 doanh nghiệp thành lập mới), trong quý IV tỉnh cần phát triển thêm ít nhất 150 doanh nghiệp.';
    expect(figureAt(text, '150', OPTS)).toMatchObject({ modality: 'target', period: '2024-Q4' });
  });

  it('what was added is a result', () => {
    const text = 'Thu hút đầu tư\n\nTrong quý III/2024, tỉnh thu hút thêm 12 dự án với tổng vốn 3.100 tỷ đồng.';
    expect(figureAt(text, '12', OPTS)).toMatchObject({ modality: 'actual' });
  });
});
