// "Sáng 12/10, tại phường Tân An, UBND tỉnh tổ chức tổng kết …": a ward or commune named at the head of its sentence
// as where a province's body holds its event is the venue; the figures after it are the province's. A commune named
// there with its own words ("Tại xã Đức Tài, xã nông thôn mới kiểu mẫu đầu tiên của tỉnh, …") is the subject.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a ward named as the venue of a province\'s event', () => {
  it('owns none of the figures after it', () => {
    const text = 'Bế mạc Đại hội Thể dục thể thao tỉnh Lâm Đồng lần thứ X năm 2026\n\nThứ Hai, 21/09/2026 - 20:40\n\n' +
      'Tối 20/9, tại phường Xuân Hương, UBND tỉnh tổ chức bế mạc Đại hội Thể dục thể thao tỉnh lần thứ X năm 2026.\n\n' +
      'Đây là kỳ đại hội đầu tiên sau khi tỉnh Lâm Đồng và tỉnh Đắk Nông hợp nhất. Trước đó, 124/124 xã, phường đã tổ chức đại hội cấp cơ sở, đạt 100% kế hoạch.';
    const opts = { published: '2026-09-21' };
    expect(figureAt(text, '100%', opts).locality).toBe('tỉnh Lâm Đồng');
  });

  it('keeps a commune that its own words describe as the subject', () => {
    const text = 'Năm 2024, huyện Đức Linh có 8/12 xã đạt chuẩn nông thôn mới.\n\nTại xã Đức Tài, xã nông thôn mới kiểu mẫu đầu tiên của tỉnh Bình Thuận, thu nhập bình quân đầu người đạt 78,6 triệu đồng/người/năm.';
    expect(figureAt(text, '78,6 triệu', { published: '2024-12-20' }).locality).toBe('xã Đức Tài');
  });
});
