// A review counts the years it sums and names them by their span: "Trong 2 năm 2021 - 2022, huyện có thêm 86 doanh
// nghiệp thành lập mới", "sau 3 năm 2022 - 2024". The figure is the stretch's (2021/2022), as after "giai đoạn 2021 -
// 2022" or "5 năm 2021 - 2025"; not the last year named earlier in the paragraph.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-05-19', locality: 'huyện Kiến Xương' };

describe('a count of years named by their span dates its figure by the span', () => {
  it('"Trong 2 năm 2021 - 2022, … 86 doanh nghiệp" is 2021/2022', () => {
    const text = 'Thu ngân sách năm 2022 đạt 980 tỷ đồng. Trong 2 năm 2021 - 2022, huyện có thêm 86 doanh nghiệp thành lập mới.';
    expect(figureAt(text, '86 doanh nghiệp', opts).period).toBe('2021/2022');
    expect(figureAt(text, '980 tỷ', opts).period).toBe('2022');
  });
  it('spelled: "Sau ba năm 2022 - 2024, … 1.250 ha" is 2022/2024', () => {
    const text = 'Sau ba năm 2022 - 2024, toàn huyện chuyển đổi được 1.250 ha đất lúa kém hiệu quả.';
    expect(figureAt(text, '1.250 ha', { published: '2025-01-10' }).period).toBe('2022/2024');
  });
  it('a count of years without a span dates nothing of its own', () => {
    const text = 'Năm 2023, sau 2 năm thực hiện đề án, huyện có thêm 12 xã đạt chuẩn nông thôn mới nâng cao.';
    expect(figureAt(text, '12 xã', { published: '2023-12-20' }).period).toBe('2023');
  });
});
