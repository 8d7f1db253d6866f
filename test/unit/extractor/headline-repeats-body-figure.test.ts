// A headline that names no period and repeats a figure of the body ("… tỷ lệ đỗ tốt nghiệp THPT đạt 98,43%" over "Kỳ thi
// tốt nghiệp THPT năm 2023, … tỷ lệ đỗ tốt nghiệp đạt 98,43%") is of the period the body's sentence gives it, not of
// the page's frame (a school year here).
import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers.ts';

const LEAD = '(BTH) - Chiều 16/8, Sở Giáo dục và Đào tạo tổng kết năm học 2022 - 2023 và triển khai nhiệm vụ năm học mới. Năm học 2022 - 2023, toàn tỉnh có 542 trường học với 298.450 học sinh các cấp.\n\n';
const BODY = 'Kỳ thi tốt nghiệp THPT năm 2023, toàn tỉnh có 14.120 thí sinh dự thi, tỷ lệ đỗ tốt nghiệp đạt 97,86%.';
const at = (text: string, needle: string, nth: number) => figuresIn(text).filter((f) => f.text === needle)[nth]!;

describe('a headline repeating a figure of the body', () => {
  it('takes the period the body gives that figure', () => {
    const text = `Tỷ lệ đỗ tốt nghiệp THPT của tỉnh Bình Thuận đạt 97,86%\n\n${LEAD}${BODY}`;
    expect(at(text, '97,86%', 0).period).toBe('2023');
  });

  it('keeps a period its own line names', () => {
    const text = `Năm học 2022 - 2023: Tỷ lệ đỗ tốt nghiệp THPT của tỉnh Bình Thuận đạt 97,86%\n\n${LEAD}${BODY}`;
    expect(at(text, '97,86%', 0).period).toBe('2022/2023');
  });
});
