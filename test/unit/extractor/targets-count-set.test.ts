// A January page on a plan the council passed at the end of the year before: the count of targets the plan sets for
// the year now begun ("Phường An Lạc đặt 16 chỉ tiêu năm 2026", "thông qua Nghị quyết … năm 2026 với 16 chỉ tiêu") is a
// target, like the targets. A count the sentence goes on to judge ("với 24 chỉ tiêu, ước có 20 chỉ tiêu đạt") reviews
// a year, and a count of last year's targets is a result.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2026-01-08' };

describe('a count of targets a plan sets for the year begun', () => {
  it('"đặt 16 chỉ tiêu" in a headline is a target', () => {
    const text = 'Phường An Lạc đặt 16 chỉ tiêu phát triển năm 2026\n\nHĐND phường vừa họp kỳ cuối năm 2025.';
    expect(figureAt(text, '16 chỉ tiêu', pub).modality).toBe('target');
  });
  it('"thông qua Nghị quyết … với 16 chỉ tiêu" is a target', () => {
    const text = 'Kỳ họp cuối năm\n\nHĐND phường An Lạc thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 với 16 chỉ tiêu chủ yếu.';
    expect(figureAt(text, '16 chỉ tiêu', pub).modality).toBe('target');
  });
});

describe('counts that review', () => {
  it('a count the sentence judges stays a result', () => {
    const text = 'Tổng kết năm\n\nHĐND phường An Lạc thông qua báo cáo năm 2026 với 24 chỉ tiêu, ước có 20 chỉ tiêu đạt và vượt.';
    expect(figureAt(text, '24 chỉ tiêu', { published: '2026-12-10' }).modality).not.toBe('target');
  });
  it('a count of last year\'s targets is a result', () => {
    const text = 'Tổng kết năm\n\nNăm 2025, phường đặt 16 chỉ tiêu phát triển kinh tế - xã hội.';
    expect(figureAt(text, '16 chỉ tiêu', pub).modality).toBe('actual');
  });
});
