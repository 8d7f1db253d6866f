// A party committee's year-start resolution counts its targets and lists them after ", trong đó:" ("đề ra 18 chỉ tiêu,
// trong đó: …; …"): the list is those targets, item after item, as it is after a bare colon. A list that reports how the
// targets went ("trong đó: đến nay …") stays a list of results.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-01-08' };

describe('targets counted, then listed after ", trong đó:"', () => {
  it('every item of the list is a target', () => {
    const text = 'Năm 2025, Đảng bộ huyện đề ra 16 chỉ tiêu, trong đó: tổng giá trị sản xuất tăng 6,5 - 7%; thu ngân sách trên địa bàn đạt 52 tỷ đồng; tỷ lệ che phủ rừng đạt 58%.';
    expectFigure(text, '6,5 - 7%', { modality: 'target' }, opts);
    expectFigure(text, '52 tỷ đồng', { modality: 'target' }, opts);
    expectFigure(text, '58%', { modality: 'target' }, opts);
  });
  it('a list that reviews the counted targets holds results', () => {
    const text = 'Nghị quyết năm 2024 đề ra 16 chỉ tiêu, trong đó: đến nay 14 chỉ tiêu đạt và vượt; tổng giá trị sản xuất tăng 6,8%; thu ngân sách trên địa bàn đạt 49 tỷ đồng.';
    expectFigure(text, '6,8%', { modality: 'actual' }, opts);
    expectFigure(text, '49 tỷ đồng', { modality: 'actual' }, opts);
  });
});
