// A verdict on targets missed lists each with its figures in a bracket: "tỷ lệ lao động qua đào tạo (ước đạt 31,5%, kế
// hoạch 33%) và số xã đạt chuẩn kiểu mẫu (đạt 1/2 xã theo kế hoạch)". The "ước" estimates the figure inside its own
// bracket; the next item, after the bracket closes, reports its own result. A bracket that only qualifies what comes
// next ("(ước cả năm) đạt 1.200 tỷ đồng"), or a comparison that goes on past it ("(cả nước ước đạt 42,5%) là 3,1 điểm
// phần trăm"), still passes the estimate on.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-12-20', locality: 'huyện Hậu Lộc' };

describe('an estimate closed in a bracket with its own figure does not reach the next item', () => {
  it('"(ước đạt 31,5%, kế hoạch 33%) và số xã … (đạt 1/2 xã …)": the 1/2 is a result', () => {
    const text = 'Hai chỉ tiêu chưa đạt là tỷ lệ lao động qua đào tạo (ước đạt 31,5%, kế hoạch 33%) và số xã đạt chuẩn nông thôn mới kiểu mẫu (đạt 1/2 xã theo kế hoạch).';
    expect(figureAt(text, '31,5%', opts).modality).toBe('estimate');
    expect(figureAt(text, '1/2', opts).modality).toBe('actual');
  });
  it('a bracket with no figure of its own still makes the figure after it an estimate', () => {
    const text = 'Thu ngân sách trên địa bàn (ước cả năm) đạt 1.200 tỷ đồng.';
    expect(figureAt(text, '1.200 tỷ', opts).modality).toBe('estimate');
  });
  it('a comparison going on past the bracket keeps the estimate', () => {
    const text = 'Tỷ lệ giải ngân đạt 45,6% kế hoạch, cao hơn bình quân cả nước (cả nước ước đạt 42,5%) là 3,1 điểm phần trăm.';
    expect(figureAt(text, '3,1 điểm', opts).modality).toBe('estimate');
  });
});
