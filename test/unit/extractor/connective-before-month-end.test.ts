// "Vì vậy, tính đến hết tháng 10/2024, tổng số vốn đầu tư công đã giải ngân đạt gần 3.950 tỷ đồng": a connective before the
// month's end says nothing of the count; the flow after it is summed from January (10M), as without the connective.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Thời gian qua, các cấp, các ngành đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ nhiều giải pháp, huy động sức mạnh ' +
  'của cả hệ thống chính trị và sự đồng thuận của nhân dân, nhờ đó tình hình kinh tế tiếp tục chuyển biến tích cực.';
const periods = (sentence: string) =>
  extract(`Đẩy nhanh giải ngân vốn đầu tư công\n\n${PAD}\n\n${sentence}`, { published: '2024-11-05' }).figures.map((f) => [f.text, f.period]);

describe('a connective before the month a flow is summed to', () => {
  it('leaves the flow summed from January', () => {
    expect(periods('Vì vậy, tính đến hết tháng 10/2024, tổng số vốn đầu tư công đã giải ngân đạt gần 3.950 tỷ đồng, bằng 54,3% kế hoạch.'))
      .toEqual([['3.950 tỷ đồng', '2024-10M'], ['54,3%', '2024-10M']]);
    expect(periods('Nhờ vậy, đến hết tháng 10, giải ngân vốn đầu tư công của tỉnh đạt 86,2% kế hoạch vốn.')).toEqual([['86,2%', '2024-10M']]);
  });

  it('leaves a stock at the month', () => {
    expect(periods('Do đó, đến hết tháng 10/2024, toàn tỉnh có 1.190 dự án FDI còn hiệu lực.')).toEqual([['1.190 dự án', '2024-M10']]);
  });
});
