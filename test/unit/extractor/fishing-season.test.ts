// "vụ cá Bắc 2022 - 2023", "vụ cá Nam 2023": the south-central coast's fishing seasons are periods and bases as crop
// seasons are: the northern season spans two years and dates its figures by them, and "so với vụ cá Bắc năm trước" is
// the same season a year earlier; another season put first is the season before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-05-10' };

describe('fishing seasons', () => {
  it('"vụ cá Bắc 2022 - 2023" dates its catch by the two years and compares with the same season', () => {
    const text = 'Vụ cá Bắc 2022 - 2023, ngư dân khai thác được 6.820 tấn cá ngừ đại dương, tăng 9% so với vụ cá Bắc năm trước.';
    expect(figureAt(text, '6.820 tấn', opts).period).toBe('2022/2023');
    const change = figureAt(text, '9%', opts);
    expect(change.period).toBe('2022/2023');
    expect(change.base).toBe('same_period');
  });

  it('"vụ cá Nam 2023" is that year', () => {
    const text = 'Trong năm 2022, toàn tỉnh có 1.200 tàu. Vụ cá Nam 2023, dự kiến có khoảng 1.310 tàu câu cá ngừ ra khơi.';
    expect(figureAt(text, '1.310', { published: '2023-04-20' }).period).toBe('2023');
  });

  it('another season put first is the season before, not the same one', () => {
    const text = 'So với vụ cá Nam 2022, sản lượng cá ngừ vụ cá Bắc cao hơn 2.040 tấn.';
    expect(figureAt(text, '2.040 tấn', opts).base).toBe('previous_period');
  });

  it('a count of cases ("14 vụ cá nhân") names no season', () => {
    const text = 'Năm 2023, lực lượng chức năng xử lý 14 vụ cá nhân vi phạm, phạt 385 triệu đồng.';
    expect(figureAt(text, '385 triệu đồng', opts).period).toBe('2023');
  });
});
