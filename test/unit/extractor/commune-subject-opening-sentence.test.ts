// "Xã Đức Hòa Hạ, nơi có Khu công nghiệp Đức Hòa 1, năm 2024 thu ngân sách 186 tỉ đồng; thu nhập bình quân đầu người
// 102 triệu đồng/người/năm": a commune or ward whose name opens the sentence is its subject, so it owns the clauses after
// a ";" as "Tại xã …" already did (commune-opening-sentence). A commune named inside a clause still owns that clause only, and "toàn huyện" opening a
// clause takes it back.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-01-08', locality: 'huyện Cần Đước' };

describe('a commune opening its sentence', () => {
  it('owns the clauses after ";"', () => {
    expectFigure('Năm 2023, huyện đạt 17/18 chỉ tiêu. Xã Long Hựu Đông, nơi có cù lao lớn nhất huyện, năm 2023 thu ngân sách 12,4 tỷ đồng; thu nhập bình quân đầu người 64 triệu đồng/người/năm.', '64 triệu đồng', { locality: 'xã Long Hựu Đông' }, opts);
    expectFigure('Huyện có 1.240 hộ kinh doanh. Phường An Hòa có 3.420 hộ kinh doanh; tỷ lệ hộ nghèo còn 0,12%.', '0,12%', { locality: 'phường An Hòa' }, opts);
  });

  it('a commune inside a clause, or the whole district opening the next, leaves the district its figure', () => {
    expectFigure('Năm 2023, huyện hoàn thành xây dựng xã Phước Đông đạt chuẩn nông thôn mới nâng cao; kết nạp 86 đảng viên mới.', '86', { locality: 'huyện Cần Đước' }, opts);
    expectFigure('Năm 2023, xã Mỹ Lệ đạt chuẩn nông thôn mới kiểu mẫu. Xã Mỹ Lệ đạt 19/19 tiêu chí; toàn huyện có 14/15 xã đạt chuẩn nông thôn mới nâng cao.', '14/15', { locality: 'huyện Cần Đước' }, opts);
  });
});
