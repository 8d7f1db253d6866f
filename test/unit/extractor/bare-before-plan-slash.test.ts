// "(1.870/KH 2.200 doanh nghiệp)": in a plan-slash pair whose unit follows only the plan's number, the bare number
// before the slash is the result, counted in that unit.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const OPTS = { published: '2025-12-10' };
const find = (text: string, figure: string) => extract(text, OPTS).figures.find((f) => f.text === figure);

describe('a bare result before a plan slash', () => {
  it('takes the counted noun of the plan after it, and the plan is a target', () => {
    const text = 'Các chỉ tiêu không đạt gồm số doanh nghiệp thành lập mới (1.870/KH 2.200 doanh nghiệp).';
    expect(find(text, '1.870')).toMatchObject({ kind: 'level', value: 1870, unit: 'doanh nghiệp', modality: 'actual' });
    expect(find(text, '2.200 doanh nghiệp')).toMatchObject({ modality: 'target' });
  });

  it('takes the plan’s scale and unit of money', () => {
    const text = 'Năm 2025, thu tiền sử dụng đất đạt thấp (312/KH 450 tỷ đồng).';
    expect(find(text, '312')).toMatchObject({ value: 312_000_000_000, unit: 'VND' });
  });

  it('a plan’s document number is no figure', () => {
    const text = 'Thực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2025, huyện đã hỗ trợ 45 hộ.';
    expect(extract(text, OPTS).figures.map((f) => f.text)).toEqual(['45 hộ']);
  });
});
