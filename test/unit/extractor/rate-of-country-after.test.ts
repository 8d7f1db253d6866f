// A province's growth set against the country's in one clause: "ước tăng 9,8%, cao hơn 1,8 điểm phần trăm so với mức
// tăng 8,0% của cả nước". The rate named "mức tăng … của cả nước" is the country's, still a rise; the province keeps its
// own figures. A "mức tăng" of the province's own stays the province's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"mức tăng X% của cả nước"', () => {
  it('gives the rate to the country and keeps its rise', () => {
    const text = 'Kinh tế Thái Nguyên năm 2025\n\nGRDP năm 2025 của tỉnh Thái Nguyên ước tăng 9,8%, cao hơn 1,8 điểm phần trăm so với mức tăng 8,0% của cả nước.';
    const country = figureAt(text, '8,0%');
    expect([country.locality, country.kind, country.direction]).toEqual(['cả nước', 'change', 'up']);
    expect(figureAt(text, '1,8 điểm phần trăm').locality).toBe('tỉnh Thái Nguyên');
  });

  it('leaves the province\'s own "mức tăng" to it', () => {
    const text = 'Kinh tế Thái Nguyên năm 2025\n\nGRDP năm 2025 của tỉnh Thái Nguyên đạt mức tăng 9,8%, cao nhất từ trước đến nay.';
    expect(figureAt(text, '9,8%').locality).toBe('tỉnh Thái Nguyên');
  });
});
