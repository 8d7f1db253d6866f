// Council pages often print "Các chỉ tiêu chủ yếu năm 2026:" on a line of its own, then a paragraph saying how the
// targets were set, and only then the list. The title still heads that list: its items are the coming year's targets.
// A sentence that ends on a colon, or a title followed by more prose than a short preamble, opens no delayed list.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-12-15' };
const review = 'Năm 2025, tỉnh đạt 17/21 chỉ tiêu chủ yếu, tổng thu ngân sách nhà nước trên địa bàn đạt 21.450 tỷ đồng.';
const preamble = 'Theo nghị quyết, hệ thống chỉ tiêu được giữ ổn định về cấu trúc, bổ sung nhóm chỉ tiêu về chuyển đổi số và tính lại một số chỉ tiêu theo hướng dẫn mới.';

describe('a title naming the targets heads the list after a short preamble', () => {
  it('a bullet item after one explaining paragraph is a target of the year the title names', () => {
    const text = [review, 'Các chỉ tiêu chủ yếu năm 2026:', preamble, '- Tổng thu ngân sách nhà nước trên địa bàn 22.500 tỷ đồng;', '- Tỷ lệ hộ nghèo giảm 0,5 điểm phần trăm.'].join('\n\n');
    expectFigure(text, '22.500 tỷ đồng', { modality: 'target', period: '2026' }, pub);
    expectFigure(text, '0,5 điểm phần trăm', { modality: 'target', period: '2026' }, pub);
  });
  it('numbered items under a lettered group line after the preamble are targets too', () => {
    const text = [review, 'Các chỉ tiêu chủ yếu năm 2026:', preamble, 'a) Nhóm chỉ tiêu kinh tế', '1. Kim ngạch xuất khẩu 5,2 tỷ USD.'].join('\n\n');
    expectFigure(text, '5,2 tỷ USD', { modality: 'target', period: '2026' }, pub);
  });
});

describe('lists no title reaches', () => {
  it('a list after three paragraphs of prose stands on its own', () => {
    const text = [review, 'Các chỉ tiêu chủ yếu năm 2026:', preamble, preamble, preamble, '- Tổng thu ngân sách nhà nước trên địa bàn năm 2025 ước đạt 21.900 tỷ đồng.'].join('\n\n');
    expectFigure(text, '21.900 tỷ đồng', { modality: 'estimate', period: '2025' }, pub);
  });
  it('a sentence that ends on a colon does not wait through prose for its list', () => {
    const text = [review, 'Năm 2025 khép lại với nhiều kết quả. Các chỉ tiêu năm 2026 được bàn tại tổ như sau:', preamble, '- Tổng thu ngân sách nhà nước trên địa bàn đạt 21.450 tỷ đồng.'].join('\n\n');
    expectFigure(text, '21.450 tỷ đồng', { modality: 'actual' }, pub);
  });
});
