// A page about a province's water, power, port or bus company ("Công ty CP Cấp nước …", then "công ty" alone) reports a
// public service the company runs for the whole place: its customers, pipes, plants and the coverage of a district it
// serves are the place's figures, not one producer's own business (one-company-profile keeps that for other firms).
// Found by holdout83/003 (a provincial water company's year, where whole sentences went unread).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2024-01-12' };

describe('a page about a utility company', () => {
  it('reads the service the company runs as the place\'s figures', () => {
    const text = [
      'Năm 2023, Công ty CP Cấp thoát nước Quảng Bình cung cấp 31,5 triệu m3 nước sạch cho người dân.',
      'Hiện công ty vận hành 9 nhà máy với tổng công suất 120.000 m3/ngày đêm, phục vụ 148.000 khách hàng.',
      'Tại huyện Minh Hóa, tỷ lệ hộ dân dùng nước sạch mới đạt 64,2%; trong năm, công ty lắp thêm 26 km đường ống.',
    ].join('\n\n');
    expectFigure(text, '120.000 m3/ngày đêm', { kind: 'level' }, opts);
    expectFigure(text, '64,2%', { kind: 'level', locality: 'huyện Minh Hóa' }, opts);
    expectFigure(text, '26 km', { kind: 'level' }, opts);
  });
  it('leaves a company that runs no public service to its own story', () => {
    const text = [
      'Công ty TNHH May mặc Hòa Bình tại KCN Phú Bài đang tuyển thêm công nhân.',
      'Hiện công ty có 2.300 công nhân; năm nay công ty xuất khẩu khoảng 36 triệu USD.',
    ].join('\n\n');
    expectNoFigureAt(text, '2.300 công nhân', opts);
    expectNoFigureAt(text, '36 triệu USD', opts);
  });
});
