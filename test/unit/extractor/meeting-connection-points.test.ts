// Where one meeting was watched from ("kết nối trực tuyến đến 135 xã, phường", "với 126 điểm cầu") is a detail of that
// event, not a count the report gives as a result; the province's own count of communes still is one.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-10-08' };

describe('the places a meeting was connected to', () => {
  it('are no figure when the meeting was carried online to them', () => {
    expectNoFigureAt('Hội nghị được truyền hình trực tuyến tới 96 xã, phường trong tỉnh.', '96 xã', opts);
  });
  it('nor are its connection points', () => {
    expectNoFigureAt('Kỳ họp diễn ra theo hình thức trực tiếp kết hợp trực tuyến với 87 điểm cầu.', '87 điểm cầu', opts);
  });
  it('while communes counted in a result remain figures', () => {
    expectFigure('Đến nay, toàn tỉnh có 74 xã đạt chuẩn nông thôn mới.', '74 xã', { indicator: 'new_rural_communes' }, opts);
  });
});
