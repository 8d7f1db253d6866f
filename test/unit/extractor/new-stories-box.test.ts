// A page's "Tin mới" box, alone on its line, lists the site's latest headlines: their numbers are other articles'.
// A sentence that opens on those words ("Tin mới nhận được cho biết …") is prose and keeps its figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the "Tin mới" box of latest headlines', () => {
  it('holds no figure, while the article above it keeps its own', () => {
    const text = 'Quý I/2026, phường Sa Pa đón 1,236 triệu lượt khách, tăng 16,4% so với cùng kỳ.\n\nNhóm phóng viên thời sự\n\nTin mới\n' +
      '- Lào Cai: Quý I có 186 doanh nghiệp thành lập mới (10/4/2026)\n- Xã Mường Khương đón nhận 3 sản phẩm OCOP 4 sao (08/4/2026)\n\nLượt xem: 3.062';
    expectNoFigureAt(text, '186 doanh nghiệp');
    expectNoFigureAt(text, '3 sản phẩm');
    expect(figureAt(text, '16,4%').value).toBe(16.4);
  });

  it('a sentence opening on "Tin mới" is prose', () => {
    const text = 'Tin mới từ Sở Kế hoạch và Đầu tư cho biết, quý I/2026 toàn tỉnh có 186 doanh nghiệp thành lập mới.';
    expect(figureAt(text, '186').value).toBe(186);
  });
});
