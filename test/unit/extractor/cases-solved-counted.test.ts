// "án rất nghiêm trọng và đặc biệt nghiêm trọng khám phá 5/5 vụ", "đã khám phá 12 vụ trộm cắp": cases solved, counted, are
// the police's clearance, whatever words stand between the verb and the count.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Thời gian qua, các cấp, các ngành đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ nhiều giải pháp, huy động sức mạnh ' +
  'của cả hệ thống chính trị và sự đồng thuận của nhân dân, nhờ đó tình hình an ninh trật tự tiếp tục được giữ vững.';
const read = (sentence: string) =>
  extract(`Công an huyện Long Hồ tổng kết công tác năm 2024\n\n${PAD}\n\nNăm 2024, ${sentence}`, { published: '2024-12-10' }).figures.map((f) => [f.text, f.indicator]);

describe('cases solved, counted', () => {
  it('are the clearance of crime', () => {
    expect(read('án rất nghiêm trọng và đặc biệt nghiêm trọng khám phá 5/5 vụ.')).toEqual([['5/5 vụ', 'crime_clearance_rate']]);
    expect(read('lực lượng công an đã khám phá 12 vụ trộm cắp tài sản.')).toEqual([['12 vụ', 'crime_clearance_rate']]);
  });

  it('but cases that happened are crime, not its clearance', () => {
    expect(read('trên địa bàn xảy ra 86 vụ phạm pháp hình sự.')).toEqual([['86 vụ', 'crime']]);
  });
});
