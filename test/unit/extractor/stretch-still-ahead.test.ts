// "HĐND xã thông qua Nghị quyết nhiệm vụ 6 tháng cuối năm 2025 với 15 chỉ tiêu chủ yếu là: …" on a page of August 2025:
// the second half (or the fourth quarter) barely begun has no results yet, so its figures are aims; on a page of
// December the same words report what was done.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = 'Kỳ họp thứ hai HĐND xã Tân Phong\n\nHĐND xã Tân Phong đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025 với 15 chỉ tiêu chủ yếu là: giải quyết việc làm cho 320 lao động; tỷ lệ tham gia bảo hiểm y tế đạt 93%.';

describe('the second half named on a page of its first months', () => {
  it('holds aims, not results', () => {
    expect(figureAt(page, '320', { published: '2025-08-12' }).modality).toBe('target');
    expect(figureAt(page, '93%', { published: '2025-08-12' }).modality).toBe('target');
  });

  it('on a page of December, a second half\'s figure is a result', () => {
    const text = 'Xã Tân Phong tổng kết năm\n\nTrong 6 tháng cuối năm 2025, xã Tân Phong giải quyết việc làm cho 320 lao động.';
    expect(figureAt(text, '320', { published: '2025-12-20' }).modality).toBe('actual');
  });
});
