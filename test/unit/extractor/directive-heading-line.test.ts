// A heading line that hands down a directive ("Chủ tịch UBND tỉnh yêu cầu …:") makes the bulleted items under it what is
// asked for: targets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a directive heading a bulleted list', () => {
  it('makes its items targets', () => {
    const text = 'Thu ngân sách 11 tháng đạt 12.450 tỷ đồng.\n\nChủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung cho tháng cuối năm:\n- Giải ngân vốn đầu tư công đạt 100% kế hoạch;\n- Thu ngân sách đạt 13.500 tỷ đồng;\n- Tỷ lệ hộ nghèo giảm còn 2,1%.';
    expect(figureAt(text, '13.500 tỷ đồng').modality).toBe('target');
    expect(figureAt(text, '2,1%').modality).toBe('target');
  });

  it('a heading that reports what came of a directive keeps its items actual', () => {
    const text = 'Kết quả thực hiện các yêu cầu của Tỉnh ủy trong năm 2024:\n- Thu ngân sách đạt 13.500 tỷ đồng;\n- Tỷ lệ hộ nghèo giảm còn 2,1%.';
    expect(figureAt(text, '13.500 tỷ đồng').modality).toBe('actual');
  });
});
