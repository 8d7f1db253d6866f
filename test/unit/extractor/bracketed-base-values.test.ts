// "…, so với tuần trước (8.811/2) số nhập viện giảm 13,9%": the base's own values in a bracket close the opening phrase
// as a comma does, so the change after it is measured against that base.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Thời gian qua, các cấp, các ngành đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ nhiều giải pháp, huy động sức mạnh ' +
  'của cả hệ thống chính trị và sự đồng thuận của nhân dân, nhờ đó tình hình dịch bệnh cơ bản được kiểm soát.';
const bases = (sentence: string) =>
  extract(`Sốt xuất huyết diễn biến phức tạp\n\n${PAD}\n\nTrong tháng 10/2022, ${sentence}`, { published: '2022-11-02' }).figures
    .filter((f) => f.kind === 'change').map((f) => [f.text, f.base]);

describe("a base opening a clause with its values in brackets", () => {
  it('gives the change after it that base', () => {
    expect(bases('số nhập viện là 7.582 ca, so với tuần trước (8.811/2) số nhập viện giảm 13,9%.')).toEqual([['13,9%', 'previous_period']]);
  });

  it('does not reach a change with no such opening', () => {
    expect(bases('số nhập viện là 7.582 ca (8.811 ca tuần trước), số nhập viện giảm 13,9%.')).toEqual([['13,9%', undefined]]);
  });
});
