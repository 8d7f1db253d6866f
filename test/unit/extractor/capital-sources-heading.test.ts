// "Cụ thể theo từng nguồn vốn:" over "- Vốn ngân sách trung ương (vốn trong nước): 561,7 tỷ đồng, đạt 30,2%;": a list of
// capital sources in a disbursement report gives what each source disbursed and the share of its plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const report = (heading: string) => 'Đến ngày 31/5/2024, toàn tỉnh giải ngân 1.302 tỷ đồng vốn đầu tư công, đạt 31,8% kế hoạch.\n\n' +
  `${heading}\n- Vốn ngân sách địa phương: 652 tỷ đồng, đạt 34,6%;\n- Vốn ngân sách trung ương (vốn trong nước): 561 tỷ đồng, đạt 30,2%;\n- Vốn nước ngoài (ODA): 89 tỷ đồng, đạt 12,1%.`;

describe('a list of capital sources', () => {
  it('is read as disbursement against the plan under "theo từng nguồn vốn:"', () => {
    const text = report('Cụ thể theo từng nguồn vốn:');
    expect(figureAt(text, '561 tỷ đồng').indicator).toBe('public_investment_disbursement');
    const share = figureAt(text, '30,2%');
    expect([share.kind, share.base]).toEqual(['attainment', 'target']);
  });

  it('is not read so under a heading that names neither disbursement nor capital sources', () => {
    const text = report('Một số kết quả khác:');
    expect(figureAt(text, '30,2%').kind).toBe('level');
  });
});
