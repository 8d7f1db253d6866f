// A clause after ";" that opens on a named person ("…; em Nguyễn Minh Khang, học sinh lớp 12A1, đạt 29,5 điểm") tells
// that person's story, while the clause before it may still report; an official named there still reports.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a clause that opens on a named person', () => {
  const text = 'Năm học 2023 - 2024, tỷ lệ học sinh tốt nghiệp THPT của tỉnh đạt 99,12%; em Nguyễn Minh Khang, học sinh lớp 12A1, đạt 29,5 điểm khối A00 và trúng tuyển Trường Đại học Bách khoa.';

  it('is that person\'s story', () => {
    expectNoFigureAt(text, '29,5 điểm');
  });

  it('leaves the clause before it a report', () => {
    expect(figureAt(text, '99,12%').value).toBe(99.12);
  });

  it('still reports when the person is an official', () => {
    const official = 'Công tác giải ngân có chuyển biến; ông Trần Văn Hùng, Giám đốc Sở Tài chính, cho biết đã giải ngân 1.200 tỷ đồng.';
    expect(figureAt(official, '1.200 tỷ đồng').unit).toBe('VND');
  });
});
