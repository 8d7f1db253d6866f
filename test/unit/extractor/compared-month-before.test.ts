// "So với tháng 4/2025, số vụ tăng 01 (+ 5,8%); số người chết tăng 03 (+37,5%)", "Phát hiện 07 vụ, so với tháng 4/2025
// tăng 01 vụ (+ 16,7%)": a monthly bulletin puts the month compared with before its changes. When that month is the one
// just before the figure's own, the changes are against the previous period, as "tăng 5,8% so với tháng 4/2025" after
// the figure already reads. Pattern from a city police's monthly security figures (May 2025).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-06-10' };
const page = (body: string) => `Công an thành phố Cần Thơ\n10/06/2025\n\nSố liệu về tình hình an ninh trật tự tháng 5/2025\n\n${body}`;

describe('a month compared with, put before the changes', () => {
  const text = page('Tình hình tai nạn giao thông tháng 5/2025: Xảy ra 18 vụ, làm chết 11 người, bị thương 08 người. So với tháng 4/2025, số vụ tăng 01 (+ 5,8%); số người chết tăng 03 (+37,5%), số người bị thương giảm 07 (- 46,6%). Số vụ phạm tội về môi trường: Phát hiện 07 vụ, so với tháng 4/2025 tăng 01 vụ (+ 16,7%).');
  it('opening the sentence, for every change of its row', () => {
    expect(figureAt(text, '37,5%', pub).base).toBe('previous_period');
  });
  it('in the middle of the sentence, before the verb', () => {
    expect(figureAt(text, '01 vụ (+', pub).base).toBe('previous_period');
    expect(figureAt(text, '16,7%', pub).base).toBe('previous_period');
  });
});

describe('what keeps another base', () => {
  it('a change that names its own base after it', () => {
    const text = page('Tháng 5/2025, trên địa bàn thành phố có 1.284 giao dịch căn hộ chung cư thành công, tăng 18,2% so với tháng 4/2025 và gấp 1,6 lần cùng kỳ năm 2024.');
    expect(figureAt(text, '1,6 lần', pub).base).toBe('same_period');
  });
  it('a month compared with that is not the one before', () => {
    const text = page('So với tháng 1/2025, số vụ tai nạn giao thông tháng 5/2025 tăng 3 vụ (+ 20%).');
    expect(figureAt(text, '20%', pub).base).not.toBe('previous_period');
  });
});
