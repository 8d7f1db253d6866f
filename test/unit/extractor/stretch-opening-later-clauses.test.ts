// "Giai đoạn 2021 - 2023, tổng giá trị sản xuất tăng bình quân 7,1%/năm; thu ngân sách tăng bình quân 9,4%/năm": a
// stretch that opens its sentence dates the yearly rates of its later clauses as well as the first; an amount in a
// later clause that is no yearly rate is left to the usual reading.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Thành ủy tổng kết năm 2023\n\nNăm 2023, tổng giá trị sản xuất tăng 7,86%.\n\n';

describe('a stretch opening a sentence of several clauses', () => {
  it('dates a yearly rate after the semicolon', () => {
    const text = `${HEAD}Giai đoạn 2021 - 2023, tổng giá trị sản xuất tăng bình quân 7,1%/năm; thu ngân sách tăng bình quân 9,4%/năm.`;
    expect(figureAt(text, '9,4%').period).toBe('2021/2023');
  });

  it('does not date a later amount that is no yearly rate', () => {
    const text = `${HEAD}Giai đoạn 2021 - 2023, tổng giá trị sản xuất tăng bình quân 7,1%/năm; năm 2023 thu ngân sách đạt 842,6 tỷ đồng.`;
    expect(figureAt(text, '842,6 tỷ đồng').period).toBe('2023');
  });
});
