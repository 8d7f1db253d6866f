// "so với tháng 4/2025 giảm 07 vụ (- 50%), tăng 04 đối tượng (+ 21%)": bulletins set the sign of a change in a bracket
// apart by a space, the minus as the plus. Right inside a bracket "- " is a sign; at the start of a line it opens a list
// item ("- Thu ngân sách: 4.856 tỷ đồng"). Pattern from a city police's monthly figures (May 2025).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-06-10' };
const page = (body: string) => `Công an thành phố Cần Thơ\n10/06/2025\n\nSố liệu về tình hình an ninh trật tự tháng 5/2025\n\n${body}`;

describe('a minus set apart by a space inside a bracket', () => {
  const text = page('Số vụ phạm tội về ma túy: Triệt phá 07 vụ, so với tháng 4/2025 giảm 07 vụ (- 50%), tăng 04 đối tượng (+ 21%).');
  it('is a fall', () => {
    const f = figureAt(text, '50%', pub);
    expect([f.kind, f.direction]).toEqual(['change', 'down']);
  });
  it('as the plus beside it is a rise', () => {
    expect(figureAt(text, '21%', pub).direction).toBe('up');
  });
});

describe('what stays a list item', () => {
  it('"- " opening a line', () => {
    const text = page('Kết quả 5 tháng đầu năm 2025:\n- Tỷ lệ điều tra đạt 83,5%\n- Tỷ lệ bắt giữ đối tượng truy nã đạt 60%');
    expect(figureAt(text, '60%', pub).kind).toBe('level');
  });
});
