// Police bulletins name crime as "phạm tội về trật tự xã hội" ("1. Phạm tội về trật tự xã hội: Xảy ra 86 vụ", "Số vụ
// phạm tội về trật tự xã hội giảm 29,7%") and the clearance rate as "tỷ lệ điều tra" ("tỷ lệ điều tra đạt 83,5%. Riêng án
// nghiêm trọng … điều tra đạt tỷ lệ 93,8%"). Patterns from a city police's monthly figures and two provincial police
// year-end reviews (2025).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-12-31' };
const page = (body: string) => `Báo Vĩnh Long\n31/12/2025\n\nTổng kết công tác công an năm 2025\n\nNgày 30/12, Công an tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác công an năm 2025.\n\n${body}`;

describe('crime named as "phạm tội về trật tự xã hội"', () => {
  it('a change of the count of cases', () => {
    const text = page('Năm 2025, số vụ phạm tội về trật tự xã hội giảm 29,7% so với cùng kỳ năm 2024.');
    expect(figureAt(text, '29,7%', pub).indicator).toBe('crime');
  });
  it('a count under a numbered heading', () => {
    const text = page('1. Phạm tội về trật tự xã hội: Xảy ra 86 vụ, giảm 12 vụ so với năm 2024.');
    expect(figureAt(text, '86 vụ', pub).indicator).toBe('crime');
  });
});

describe('the clearance rate named as "tỷ lệ điều tra"', () => {
  const text = page('Trong năm, tội phạm về trật tự xã hội giảm 8%, tỷ lệ điều tra đạt 83,5%. Riêng án nghiêm trọng và đặc biệt nghiêm trọng điều tra đạt tỷ lệ 93,8%.');
  it('"tỷ lệ điều tra đạt"', () => {
    expect(figureAt(text, '83,5%', pub).indicator).toBe('crime_clearance_rate');
  });
  it('"điều tra đạt tỷ lệ"', () => {
    expect(figureAt(text, '93,8%', pub).indicator).toBe('crime_clearance_rate');
  });
  it('while the change of crime before it stays crime', () => {
    expect(figureAt(text, '8%', pub).indicator).toBe('crime');
  });
});
