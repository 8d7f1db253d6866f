// "Ba chỉ tiêu chưa đạt có tỷ lệ thực hiện lần lượt là 92%, 95,5% và 88%": the rate a plan's targets were carried out at
// is how much of the plan each reached, an attainment against the plan; a rate of carrying out something else ("tỷ lệ
// thực hiện thủ tục hành chính trực tuyến đạt 80%") stays a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-12-15' };

describe('the rate targets were carried out at', () => {
  it('is an attainment against the plan, for each percentage of the list', () => {
    const text = 'Năm 2023, huyện có 14/17 chỉ tiêu đạt và vượt. Ba chỉ tiêu chưa đạt có tỷ lệ thực hiện lần lượt là 92%, 95,5% và 88%.';
    for (const needle of ['92%', '95,5%', '88%']) {
      const f = figureAt(text, needle, opts);
      expect(f.kind).toBe('attainment');
      expect(f.base).toBe('target');
    }
  });

  it('leaves the rate of carrying out a service a level', () => {
    const f = figureAt('Năm 2023, tỷ lệ thực hiện thủ tục hành chính trực tuyến toàn trình của huyện đạt 80%.', '80%', opts);
    expect(f.kind).toBe('level');
    expect(f.base).toBeUndefined();
  });
});
