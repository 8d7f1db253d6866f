// "trồng mới trong năm 186 ha": "năm" before a number under four digits with a measure after it is the year's amount,
// not a year's name. A four-digit year stays a year whatever word follows, and "năm 3" with no measure stays a name.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a measure after "trong năm"', () => {
  it('is a figure for hectares', () => {
    const f = figureAt('Diện tích cà phê tái canh trong năm 640 ha, vượt kế hoạch.', '640 ha');
    expect([f.value, f.unit]).toEqual([640, 'ha']);
  });

  it('is a figure for money', () => {
    const f = figureAt('Xã đã thu trong năm 45 tỷ đồng tiền sử dụng đất.', '45 tỷ đồng');
    expect([f.value, f.unit]).toEqual([45_000_000_000, 'VND']);
  });
});

describe('a year word before a number that names', () => {
  it('leaves a four-digit year a year even before a unit\'s spelling ("2024 tấn công")', () => {
    expectNoFigureAt('Trong năm 2024 tấn công trấn áp tội phạm được đẩy mạnh.', '2024');
  });

  it('leaves "năm 3" with no measure a name', () => {
    expectNoFigureAt('Sinh viên năm 3 được hỗ trợ học phí toàn phần.', '3');
  });
});
