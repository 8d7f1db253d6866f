// A sentence that gives one example after a tally ("Điển hình, ngày 14/8, Đồn Biên phòng … bắt quả tang 2 đối tượng",
// "Đáng chú ý là vụ cháy tại … gây thiệt hại khoảng 11 tỷ đồng") tells one case: its numbers are no figures. A day that
// opens a sentence without "Điển hình," may begin a daily tally, and "Đáng chú ý, vụ Hè Thu …" is a season.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('one example after a tally', () => {
  it('is a story, a day\'s case or one incident', () => {
    const text = 'Lực lượng chức năng bắt giữ 412 vụ buôn lậu. Điển hình, ngày 9/7, Đồn Biên phòng Vĩnh Xương bắt quả tang 3 đối tượng vận chuyển 1.200 kg đường cát. ' +
      'Toàn tỉnh xảy ra 21 vụ cháy. Đáng chú ý là vụ cháy tại một xưởng gỗ ngày 2/8 gây thiệt hại khoảng 6 tỷ đồng.';
    const opts = { published: '2024-10-05' };
    expect(figureAt(text, '412', opts).value).toBe(412);
    expectNoFigureAt(text, '3 đối tượng', opts);
    expectNoFigureAt(text, '6 tỷ', opts);
    expect(figureAt(text, '21', opts).value).toBe(21);
  });

  it('leaves a season named as notable', () => {
    const text = 'Đáng chú ý, vụ Hè Thu năm nay năng suất lúa đạt 58,2 tạ/ha, tăng 1,4 tạ/ha so với cùng kỳ.';
    expect(figureAt(text, '58,2', { published: '2024-09-05' }).value).toBe(58.2);
  });
});
