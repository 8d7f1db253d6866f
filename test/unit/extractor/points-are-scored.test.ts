// "Chính phủ số (400 điểm), Kinh tế số (300 điểm)": points are scored on an index (PCI, PAPI, PAR INDEX, SIPAS) or an
// exam; a paragraph about growth or harvests does not lend them its indicator.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('points', () => {
  it('take no growth or output indicator from the paragraph', () => {
    const text = 'Năm 2024, tăng trưởng GRDP của tỉnh đạt 7,5%. Bộ chỉ số gồm 3 trụ cột: Chính quyền số (400 điểm), Kinh tế số (300 điểm).';
    expect(figureAt(text, '400 điểm').indicator).toBeUndefined();
  });
  it('an index scored in points keeps its indicator', () => {
    expect(figureAt('Chỉ số PCI năm 2023 của tỉnh đạt 68,5 điểm.', '68,5 điểm').indicator).toBe('pci');
  });
});
