// "khám phá 5/5 vụ, đạt 100%": the share after a whole ratio and a comma restates the ratio, as "30/32 vụ, đạt 93,75%"
// does; it is a figure, not the bar each counted unit cleared ("16/16 xã đạt 100% tiêu chí").
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Thời gian qua, các cấp, các ngành đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ nhiều giải pháp, huy động sức mạnh ' +
  'của cả hệ thống chính trị và sự đồng thuận của nhân dân, nhờ đó tình hình an ninh trật tự tiếp tục được giữ vững.';
const texts = (sentence: string) =>
  extract(`Công an huyện Long Hồ tổng kết công tác năm 2024\n\n${PAD}\n\nNăm 2024, ${sentence}`, { published: '2024-12-10' }).figures.map((f) => f.text);

describe('a whole ratio then its share', () => {
  it('keeps "đạt 100%" after "5/5 vụ," as a figure, with or without "tỷ lệ"', () => {
    expect(texts('án rất nghiêm trọng khám phá 5/5 vụ, đạt 100%.')).toEqual(['5/5 vụ', '100%']);
    expect(texts('Bộ phận một cửa tiếp nhận 909/909 hồ sơ, đạt tỷ lệ 100%.')).toEqual(['909/909 hồ sơ', '100%']);
  });

  it('still reads "đạt 100%" right after the counted units as the bar they cleared', () => {
    expect(texts('có 16/16 xã đạt 100% tiêu chí về an ninh trật tự.')).toEqual(['16/16 xã']);
  });
});
