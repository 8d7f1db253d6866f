// "theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025": the stretch names the standard households are counted by, so it
// dates neither the rate beside it nor the figures after it; the report's own year does.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-12-18' };

describe('the term of a poverty standard', () => {
  it('does not date the rate it qualifies', () => {
    const text = 'Năm 2024, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 giảm còn 1,92%.';
    expectFigure(text, '1,92%', { period: '2024' }, opts);
  });
  it('nor a figure after its bracket', () => {
    const text = 'Năm 2024, huyện còn 812 hộ nghèo (theo chuẩn nghèo giai đoạn 2022 - 2025), đã giải quyết việc làm cho 2.300 lao động.';
    expectFigure(text, '2.300 lao động', { period: '2024' }, opts);
  });
  it('while a programme\'s stretch still dates its figures', () => {
    const text = 'Trong giai đoạn 2021 - 2024, huyện đã hỗ trợ xây mới 640 căn nhà cho hộ nghèo.';
    expectFigure(text, '640 căn', { period: '2021/2024' }, opts);
  });
  it('nor the target list after it', () => {
    const text = 'Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra 12 chỉ tiêu: tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1% (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025), trung bình mỗi năm giải quyết việc làm cho trên 250 lao động.';
    expectFigure(text, '250', { period: '2025/2030', modality: 'target' }, { published: '2025-08-21' });
  });
});
