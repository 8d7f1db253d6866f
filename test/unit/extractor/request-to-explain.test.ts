// A council delegate who asks for a figure to be explained ("đề nghị làm rõ vì sao số lao động đi làm việc ở nước ngoài
// chỉ đạt 312 người, bằng 39% kế hoạch") questions a result; "đề nghị" there sets no target, as it does when it hands
// down work ("đề nghị các ngành phấn đấu giải ngân trên 95% kế hoạch vốn").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-12-08' };

describe('a request to explain a figure sets no target', () => {
  it('"đề nghị làm rõ" and "đề nghị giải trình" report results', () => {
    const text = 'Đại biểu Lò Văn Minh đề nghị làm rõ vì sao năm 2022 tỷ lệ giải ngân vốn đầu tư công chỉ đạt 61,4% kế hoạch.';
    expect(figureAt(text, '61,4%', opts).modality).toBe('actual');
    const asked = 'Đại biểu đề nghị giải trình việc thu tiền sử dụng đất năm 2022 chỉ đạt 412 tỷ đồng, bằng 52% dự toán.';
    expect(figureAt(asked, '412', opts).modality).toBe('actual');
    expect(figureAt(asked, '52%', opts).modality).toBe('actual');
  });

  it('a directive still sets targets', () => {
    const text = 'Chủ tịch UBND tỉnh đề nghị các sở, ngành phấn đấu năm 2023 giải ngân trên 95% kế hoạch vốn.';
    expect(figureAt(text, '95%', opts).modality).toBe('target');
  });
});
