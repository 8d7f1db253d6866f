// Press-conference answers report in a department's words after a colon: "đại diện Sở Y tế thông tin: từ đầu năm đến nay,
// toàn tỉnh ghi nhận 1.126 ca mắc". The words after the colon open their own count from January: the months elapsed.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-31' };
const HEAD = 'Họp báo thường kỳ tháng 10/2024\n\n';

describe('a count from January reported after a colon', () => {
  it('"…thông tin: từ đầu năm đến nay, … ghi nhận 1.126 ca" is the ten months', () => {
    const text = `${HEAD}Về dịch sốt xuất huyết, đại diện Sở Y tế thông tin: từ đầu năm đến nay, toàn tỉnh ghi nhận 1.126 ca mắc, gấp 2,3 lần so với cùng kỳ.`;
    expect(figureAt(text, '1.126', OPTS).period).toBe('2024-10M');
    expect(figureAt(text, '2,3 lần', OPTS).period).toBe('2024-10M');
  });

  it('a count in the month reported after a colon stays the month', () => {
    const text = `${HEAD}Về dịch sốt xuất huyết, đại diện Sở Y tế thông tin: trong tháng, toàn tỉnh ghi nhận 326 ca mắc.`;
    expect(figureAt(text, '326', OPTS).period).toBe('2024-M10');
  });
});
