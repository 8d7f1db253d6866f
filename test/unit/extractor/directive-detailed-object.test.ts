// A directive whose object is detailed after ", trong đó" ("yêu cầu … hoàn thành các chỉ tiêu năm 2024, trong đó thu
// ngân sách đạt …; tỷ lệ hộ nghèo giảm …; …") heads every item its semicolons part: each is aimed at. A directive
// closed before a semicolon, with no such detail, leaves the next clause a report.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-07-05' };

describe('a directive detailed after ", trong đó"', () => {
  it('makes each item after the semicolons a target', () => {
    const text = 'Chủ tịch UBND huyện yêu cầu các xã tập trung hoàn thành các chỉ tiêu năm 2024, trong đó thu ngân sách đạt 96 tỷ đồng; tỷ lệ hộ nghèo giảm 2 - 3%; trồng mới 450 ha rừng.';
    expectFigure(text, '96 tỷ', { modality: 'target' }, pub);
    expectFigure(text, '2 - 3%', { modality: 'target' }, pub);
    expectFigure(text, '450 ha', { modality: 'target' }, pub);
  });
  it('leaves a clause after a closed directive a report', () => {
    const text = 'Chủ tịch UBND huyện yêu cầu các xã đẩy nhanh thu ngân sách; 6 tháng qua, toàn huyện trồng mới 450 ha rừng.';
    expectFigure(text, '450 ha', { modality: 'actual' }, pub);
  });
});
