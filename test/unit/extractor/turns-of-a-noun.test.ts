// "lượt" counts turns of whatever noun follows it; the unit is the whole noun as written ("lượt tàu cá"), as
// "lượt khách" and "lượt người" already were. Found by holdout17 (001, IUU inspections of fishing boats).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-10' };

describe('"lượt" followed by a counted noun', () => {
  it('inspections of boats and vehicles are counted in "lượt tàu cá", "lượt phương tiện"', () => {
    expect(figureAt('Lực lượng chức năng đã kiểm tra 1.236 lượt tàu cá, xử phạt 58 vụ vi phạm.', '1.236', opts).unit).toBe('lượt tàu cá');
    expect(figureAt('Trạm đã kiểm soát 8.400 lượt phương tiện ra vào cảng.', '8.400', opts).unit).toBe('lượt phương tiện');
  });

  it('a bare "lượt", visitors and a time after it keep their reading', () => {
    expect(figureAt('Khách quốc tế đạt 1,04 triệu lượt, gấp 2,1 lần cùng kỳ.', '1,04 triệu', opts).unit).toBe('lượt');
    expect(figureAt('Tỉnh đón 2,6 triệu lượt khách du lịch.', '2,6 triệu', opts).unit).toBe('lượt khách');
    expect(figureAt('Lễ hội thu hút 150.000 lượt người dân và du khách.', '150.000', opts).unit).toBe('lượt người');
  });
});
