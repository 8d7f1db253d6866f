// Units named for their pace of disbursement ("Một số đơn vị giải ngân thấp như Sở Y tế (32,4%), …", "các chủ đầu tư
// giải ngân cao nhất gồm …"), with no "tỷ lệ" said, are ranked by their disbursement rate as "có tỷ lệ giải ngân thấp
// như" ranks them: each percentage after a unit is how much of its capital plan it has disbursed.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('units named for their pace of disbursement', () => {
  it('reads the bracket after each unit as an attainment of its plan', () => {
    const text = 'Tỉnh đã giải ngân 2.410 tỷ đồng, đạt 58,2% kế hoạch. Một số chủ đầu tư giải ngân chậm như Sở Giáo dục và Đào tạo (21,6%), UBND xã Phước Hòa (27,3%).';
    const f = figureAt(text, '27,3%');
    expect([f.kind, f.base, f.indicator]).toEqual(['attainment', 'target', 'public_investment_disbursement']);
  });

  it('reads a list opened by "cao nhất gồm" the same way', () => {
    const text = 'Các địa phương giải ngân cao nhất gồm: phường Long Xuyên (91,4%), xã Mỹ Hòa Hưng (88,7%).';
    expect(figureAt(text, '88,7%').kind).toBe('attainment');
  });

  it('needs the pace to open a list: a pace said in passing ranks nothing', () => {
    const text = 'Các công trình giải ngân chậm được kiểm điểm, khối lượng thi công mới đạt 45,2%.';
    expect(figureAt(text, '45,2%').kind).toBe('level');
  });
});
