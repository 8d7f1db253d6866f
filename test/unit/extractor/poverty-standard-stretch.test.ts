// "(theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025)": the stretch a poverty standard was set for names the standard;
// it dates neither the figure nor the clauses after it.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-08-21' };

describe('the stretch of a poverty standard', () => {
  it('dates nothing after it', () => {
    const text = 'Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra 12 chỉ tiêu: tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1% (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025), trung bình mỗi năm giải quyết việc làm cho trên 250 lao động.';
    expectFigure(text, '250', { period: '2025/2030', modality: 'target' }, opts);
  });
  it('a stretch named for itself still dates its clause', () => {
    const text = 'Trong giai đoạn 2021 - 2025, toàn xã giải quyết việc làm cho 1.250 lao động.';
    expectFigure(text, '1.250', { period: '2021/2025' }, opts);
  });
});
