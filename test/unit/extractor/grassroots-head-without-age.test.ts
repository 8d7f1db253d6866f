// "Ông Lê Văn Chín, Tổ trưởng tổ dân phố 7, phường Lâm Viên - Đà Lạt cho biết tổ có 210 hộ, mỗi tuần phân loại được
// khoảng 1,2 tấn rác hữu cơ": a grassroots head tells his own street's or hamlet's day whether or not the paper gives his
// age; a department head ("Trưởng phòng Kinh tế") still reports. Found by holdout21/004 (environment and utilities).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2026-01-12' };

describe('a grassroots head introduced without his age', () => {
  it('tells his own place\'s story', () => {
    const text = 'Ông Lê Văn Chín, Tổ trưởng tổ dân phố 7, phường Lâm Viên - Đà Lạt cho biết tổ có 210 hộ, mỗi tuần phân loại được khoảng 1,2 tấn rác hữu cơ để ủ phân.';
    expectNoFigureAt(text, '210 hộ', opts);
    expectNoFigureAt(text, '1,2 tấn', opts);
  });
  it('a department head still reports', () => {
    const text = 'Ông Nguyễn Văn Hải, Trưởng phòng Kinh tế phường cho biết năm 2025 phường thu gom được 1.250 tấn rác thải.';
    expectFigure(text, '1.250 tấn', { kind: 'level', unit: 'tấn' }, opts);
  });
});
