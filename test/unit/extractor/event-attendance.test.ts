// "Buổi tọa đàm có 35 doanh nghiệp tham dự", "Dự hội nghị có 210 đại biểu, 46 cơ quan": who attended one event is a
// detail of that event, no figure. Members who attended many classes in a year's report still count.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('who attended one event', () => {
  it('is no figure', () => {
    expectNoFigureAt('Năm 2024, huyện có 120 doanh nghiệp mới. Buổi tọa đàm có 35 doanh nghiệp tham dự.', '35 doanh nghiệp');
    expectNoFigureAt('Năm 2024, huyện có 120 doanh nghiệp mới. Dự hội nghị có 46 cơ quan, đơn vị.', '46 cơ quan');
  });

  it('leaves counts of a report and of many classes', () => {
    expect(figureAt('Năm 2024, huyện có 120 doanh nghiệp mới. Buổi tọa đàm có 35 doanh nghiệp tham dự.', '120 doanh nghiệp').value).toBe(120);
    expect(figureAt('Năm 2024, có 12.500 hội viên tham dự các lớp tập huấn.', '12.500').value).toBe(12500);
    // (the membership the delegates stand for is the party's, a figure)
    expect(figureAt('Dự Đại hội có 300 đại biểu, đại diện cho hơn 52.000 đảng viên.', '52.000').value).toBe(52000);
  });
});
