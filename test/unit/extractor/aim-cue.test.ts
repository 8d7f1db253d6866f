// "Tỉnh hướng tới tăng trưởng trên 9%": what a place heads for is a goal, like "phấn đấu". In a headline the goal reaches
// the whole line; in a sentence, its own clause. An occasion the work is held for ("hướng tới kỷ niệm …") or a market a
// product is aimed at sets no goal.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-02-20' };
const LEAD = '\n\nChiều 19/2, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2025.';

describe('"hướng tới" / "hướng đến" a figure', () => {
  it('makes a headline figure a target', () => {
    const text = `Bình Định hướng tới tăng trưởng trên 9%${LEAD}`;
    expect(figureAt(text, '9%', OPTS).modality).toBe('target');
  });

  it('reaches the whole headline line, across its comma', () => {
    const text = `Thị xã hướng đến đô thị thông minh, 90% thủ tục giải quyết trực tuyến${LEAD}`;
    expect(figureAt(text, '90%', OPTS).modality).toBe('target');
  });

  it('makes a figure of its own clause in a sentence a target', () => {
    const text = `Kinh tế đầu năm khởi sắc${LEAD} Năm nay, tỉnh hướng đến thu ngân sách 14.500 tỷ đồng.`;
    expect(figureAt(text, '14.500 tỷ', OPTS).modality).toBe('target');
  });

  it('leaves figures after an occasion or a market served actual', () => {
    const occasion = `Du lịch sôi động${LEAD} Hướng tới kỷ niệm 50 năm Ngày giải phóng, tỉnh đã đón 96.000 lượt khách.`;
    expect(figureAt(occasion, '96.000', OPTS).modality).toBe('actual');
    const market = `Nông sản tìm đường xuất ngoại${LEAD} Sản phẩm hướng tới thị trường Nhật Bản, đã xuất khẩu 1.250 tấn.`;
    expect(figureAt(market, '1.250 tấn', OPTS).modality).toBe('actual');
  });

  it('leaves a figure in a later clause of a sentence actual', () => {
    const text = `Kinh tế đầu năm khởi sắc${LEAD} Tỉnh hướng đến phát triển bền vững; tháng 1 thu ngân sách đạt 1.120 tỷ đồng.`;
    expect(figureAt(text, '1.120 tỷ', OPTS).modality).toBe('actual');
  });
});
