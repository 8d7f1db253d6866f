// "Đến tháng 6/2025, có 160 xã đạt chuẩn nông thôn mới, cơ bản hoàn thành mục tiêu cả giai đoạn 2021-2025 được giao;
// có 67 xã đạt chuẩn nâng cao": a target reached ("hoàn thành/vượt/đạt mục tiêu … giai đoạn …") is a result. Its word
// and its term do not make the figures after it targets of that term: they keep the date the sentence opened on.
// Pattern from real national and provincial pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-07-15' };

describe('a target reached in a clause before says nothing of the figures after it', () => {
  const text = 'Đến tháng 6/2025, toàn tỉnh có 160 xã đạt chuẩn nông thôn mới, cơ bản hoàn thành mục tiêu cả giai đoạn 2021-2025 được giao; có 67 xã đạt chuẩn nông thôn mới nâng cao.';
  it('the next clause\'s count is an actual of June', () => {
    expectFigure(text, '67 xã', { modality: 'actual', period: '2025-M06' }, pub);
  });
  it('closed by "được giao và" within one clause', () => {
    const one = 'Đến tháng 6/2025, có 67 xã đạt chuẩn nông thôn mới nâng cao, vượt mục tiêu cả giai đoạn 2021 - 2025 được giao và 21 xã đạt chuẩn nông thôn mới kiểu mẫu.';
    expectFigure(one, '21 xã', { modality: 'actual', period: '2025-M06' }, pub);
  });
});

describe('targets still read as targets', () => {
  it('"mục tiêu giai đoạn 2021-2025 là 80 xã" is the term\'s target', () => {
    expectFigure('Tỉnh đặt mục tiêu giai đoạn 2021-2025 có 80 xã đạt chuẩn nông thôn mới nâng cao.', '80 xã', { modality: 'target', period: '2021/2025' }, { published: '2021-07-15' });
  });
  it('"phấn đấu" in a clause before still heads the figures after it', () => {
    expectFigure('Năm 2026, tỉnh phấn đấu thu ngân sách đạt 12.000 tỷ đồng; có thêm 10 xã đạt chuẩn nông thôn mới nâng cao.', '10 xã', { modality: 'target' }, pub);
  });
});
