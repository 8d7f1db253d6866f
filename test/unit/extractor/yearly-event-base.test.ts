// Festival weeks and job fairs are compared with themselves a year earlier, as holidays and seasons are: "tăng 18% so
// với tuần lễ năm 2024", "gấp 1,5 lần ngày hội năm 2025". That is the same period, not the whole year named.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-11-17' };
const HEAD = 'Tuần lễ Hoa Tam giác mạch 2025\n\n';

describe('a yearly event against itself a year earlier', () => {
  it('"so với tuần lễ năm 2024" is the same period', () => {
    const text = `${HEAD}Trong 7 ngày, các điểm du lịch đón khoảng 126.000 lượt khách, tăng 18% so với tuần lễ năm 2024.`;
    expect(figureAt(text, '18%', OPTS).base).toBe('same_period');
  });

  it('"gấp 1,5 lần ngày hội năm 2024" right after the multiple is the same period', () => {
    const text = `${HEAD}Ngày hội cung cấp hơn 7.200 vị trí việc làm, gấp 1,5 lần ngày hội năm 2024.`;
    expect(figureAt(text, '1,5 lần', OPTS).base).toBe('same_period');
  });

  it('"so với năm 2024" is still the year', () => {
    const text = `${HEAD}Cả năm, các điểm du lịch đón 3,8 triệu lượt khách, tăng 12% so với năm 2024.`;
    expect(figureAt(text, '12%', OPTS).base).toBe('2024');
  });
});
