// "ở đây" / "tại đây" in a figure's clause points back to the commune its sentence named in an earlier clause; a clause
// without it leaves the commune to its own clause.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Tuyên Quang phát triển vùng chè Shan tuyết\n\n';

describe('"ở đây" pointing back to the sentence\'s place', () => {
  it('the commune named before owns the clause that says "ở đây"', () => {
    const text = HEAD + 'Người dân xã Cao Bồ thu hái chè Shan tuyết; mỗi ha chè cổ thụ ở đây cho thu nhập 90 triệu đồng/năm.';
    expect(figureAt(text, '90 triệu đồng').locality).toBe('xã Cao Bồ');
  });

  it('without "ở đây" the next clause is not the commune\'s', () => {
    const text = HEAD + 'Người dân xã Cao Bồ thu hái chè Shan tuyết; toàn tỉnh có 29.600 ha chè.';
    expect(figureAt(text, '29.600 ha').locality).not.toBe('xã Cao Bồ');
  });
});
