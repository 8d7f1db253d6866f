// "Đảng uỷ phường Hà Giang 1 tổ chức hội nghị …", "xã Đam Rông 2 đã hoàn thành …": a commune formed in 2025 with a digit
// after its old name ends its name on that digit also when the verb of its clause follows, so the page's place keeps it.
// A number followed by a counted noun still counts ("xã Tà Năng 3 hộ …").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'BÁO TUYÊN QUANG\nThứ Hai, 12/01/2026 | 16:00\n\nPhường Hà Giang 1 tổng kết năm 2025\n\n';

describe('a numbered commune before its verb', () => {
  it('"phường Hà Giang 1 tổ chức" names the ward', () => {
    const text = `${HEAD}Chiều 12/1, Đảng uỷ phường Hà Giang 1 tổ chức hội nghị tổng kết năm 2025. Năm 2025, thu ngân sách trên địa bàn phường đạt 32,8 tỷ đồng.`;
    expect(figureAt(text, '32,8 tỷ đồng').locality).toBe('phường Hà Giang 1');
  });

  it('"xã Đam Rông 2 đã …" too', () => {
    const text = 'Năm 2025, xã Đam Rông 2 đã có thêm 48 hộ thoát nghèo.';
    expect(figureAt(text, '48', { published: '2026-01-10' }).locality).toBe('xã Đam Rông 2');
  });

  it('a count after the name is still a count', () => {
    const text = 'Năm 2025, xã Tà Năng 3 hộ được hỗ trợ xây nhà, còn 215 hộ nghèo.';
    expect(figureAt(text, '215', { published: '2026-03-05' }).locality).toBe('xã Tà Năng');
  });
});
