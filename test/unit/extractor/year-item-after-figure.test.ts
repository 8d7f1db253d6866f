// "Tăng trưởng GRDP đạt 7,2% (năm 2023 tăng 10,4%)": a year after a figure that goes on with its own verb opens an item of
// its own, so it dates that item and not the figure before it (session 5: a year opening a bracket dates that bracket
// only), also when no period was named before the figure. A year after the figure with no verb of its own still dates
// it, and so does a cut-off date after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Kinh tế năm 2024 tăng trưởng khá\n\n';
const OPTS = { published: '2024-12-27' };

describe('a year that opens its own item after a figure', () => {
  it('does not date the figure before it, in a bracket or after "/năm"', () => {
    const text = `${HEAD}Tăng trưởng GRDP đạt 7,2% (năm 2023 tăng 10,4%).`;
    expect(figureAt(text, '7,2%', OPTS).period).toBe('2024');
    expect(figureAt(text, '10,4%', OPTS).period).toBe('2023');
    const yearly = `${HEAD}Thu ngân sách tăng bình quân 9,1%/năm (năm 2022 tăng 6,3%, năm 2023 tăng 12%).`;
    expect(figureAt(yearly, '9,1%', OPTS).period).toBe('2024');
  });

  it('still dates it with no verb after the year, and a cut-off after it still dates it', () => {
    expect(figureAt(`${HEAD}Tỷ lệ hộ nghèo còn 1,9% (năm 2023).`, '1,9%', OPTS).period).toBe('2023');
    const cutOff = `${HEAD}Ngân hàng giải ngân 74,2 tỷ đồng cho 1.310 lượt hộ vay, tổng dư nợ đến 30/11/2024 đạt 468 tỷ đồng.`;
    expect(figureAt(cutOff, '74,2 tỷ', OPTS).period).toBe('2024-11M');
  });
});
