// "6,8 triệu lượt khám", "126 ca sởi", "214 phòng công vụ": health and school pages count visits, cases of a named
// disease and kinds of rooms; the unit is the whole counted noun, not its first word ("lượt", "ca", "phòng").
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-12-20' };

describe('the counted noun is kept whole', () => {
  it('"lượt khám"', () => {
    expectFigure('Năm 2025, các cơ sở y tế đã thực hiện khoảng 5,4 triệu lượt khám.', '5,4 triệu lượt khám', { unit: 'lượt khám' }, pub);
  });
  it('"ca sởi"', () => {
    expectFigure('Từ đầu năm, toàn tỉnh ghi nhận 96 ca sởi.', '96 ca sởi', { unit: 'ca sởi' }, pub);
  });
  it('"phòng công vụ" and "phòng học"', () => {
    expectFigure('Tỉnh đã xây mới 184 phòng công vụ cho giáo viên.', '184 phòng công vụ', { unit: 'phòng công vụ' }, pub);
    expectFigure('Toàn tỉnh còn 1.045 phòng học tạm.', '1.045 phòng học', { unit: 'phòng học' }, pub);
  });
  it('a bare "lượt" stays a bare "lượt"', () => {
    expectFigure('Năm 2025, tỉnh đón 2,1 triệu lượt.', '2,1 triệu lượt', { unit: 'lượt' }, pub);
  });
});
