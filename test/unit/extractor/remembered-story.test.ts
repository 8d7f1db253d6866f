// In an interview, an answer that recalls one household or one hotel ("Tôi nhớ có hộ …", "Tôi còn nhớ hồi năm 2020, …")
// tells a story: its numbers are not the province's figures. The answer's own report around it keeps its figures, and
// a memory of the whole province ("Tôi nhớ năm 2015, toàn tỉnh chỉ có …") still reports.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const ANSWER = 'PV: Ngành gặp khó khăn gì, thưa ông?\n\nÔng Lê Văn Tư: Đợt lũ tháng 11 làm hư hại khoảng 2.300 ha lúa. ';

describe('a remembered story inside an answer', () => {
  it('one household recalled is no figure', () => {
    const text = ANSWER + 'Tôi nhớ có hộ ở xã Phổ Châu mất trắng 3 sào lúa, thiệt hại hơn 25 triệu đồng. Năm nay, toàn tỉnh giải quyết việc làm cho 18.400 lao động.';
    expectNoFigureAt(text, '25 triệu đồng');
    expect(figureAt(text, '2.300 ha').value).toBe(2300);
    expect(figureAt(text, '18.400').indicator).toBe('jobs_created');
  });

  it('one hotel of a friend recalled is no figure', () => {
    const text = ANSWER + 'Tôi còn nhớ hồi năm 2020, có tuần cả khách sạn 150 phòng của một người quen chỉ đón 4 khách.';
    expectNoFigureAt(text, '150 phòng');
    expectNoFigureAt(text, '4 khách');
  });

  it('a memory of the whole province still reports', () => {
    const text = ANSWER + 'Tôi nhớ năm 2015, toàn tỉnh chỉ có 20 xã đạt chuẩn nông thôn mới.';
    expect(figureAt(text, '20 xã').unit).toBe('xã');
  });
});
