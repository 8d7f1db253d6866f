// "Đảng uỷ phường Hà Giang 1 tổ chức hội nghị …": the digit that ends a numbered commune's name before its clause's verb is
// part of the name, not a count ("1 tổ chức"). A number after the name that a counted noun follows ("xã Tà Năng 3 hộ được
// hỗ trợ") is still a figure.
import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers.ts';

const HEAD = 'BÁO TUYÊN QUANG\nThứ Hai, 12/01/2026 | 16:00\n\nTổng kết công tác năm 2025\n\n';

describe("a numbered commune's digit", () => {
  it('before the verb, it is no figure', () => {
    const text = `${HEAD}Chiều 12/1, Đảng uỷ phường Hà Giang 1 tổ chức hội nghị tổng kết năm 2025. Năm 2025, thu ngân sách trên địa bàn phường đạt 32,8 tỷ đồng.`;
    expect(figuresIn(text).map((f) => f.text)).toEqual(['32,8 tỷ đồng']);
  });

  it('"xã Đam Rông 2 đã có thêm 48 hộ thoát nghèo" keeps only the households', () => {
    const text = `${HEAD}Năm 2025, xã Đam Rông 2 đã có thêm 48 hộ thoát nghèo.`;
    expect(figuresIn(text).map((f) => f.text)).toEqual(['48 hộ']);
  });

  it('a count after the name is a figure', () => {
    const text = `${HEAD}Năm 2025, xã Tà Năng 3 hộ được hỗ trợ xây nhà, còn 215 hộ nghèo.`;
    expect(figuresIn(text).map((f) => f.text)).toContain('3 hộ');
  });
});
