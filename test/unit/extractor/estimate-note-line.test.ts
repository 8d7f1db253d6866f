// An infographic whose note line says its panels are estimates ("(Số liệu ước thực hiện cả năm. Nguồn: …)") makes the
// short panel lines under it estimates, as the "ƯỚC TÍNH …" title does; the prose after the panels, and panels under no
// such note, stay actual; a line that states a figure is no note.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const PANELS = '\n\nTHU NGÂN SÁCH NHÀ NƯỚC\n5.214 tỷ đồng\nBằng 118,2% dự toán\n\nVỐN ĐẦU TƯ TOÀN XÃ HỘI\n18.760 tỷ đồng (tăng 7,4%)\n\n' +
  'Theo lãnh đạo tỉnh, kết quả trên có được nhờ các dự án lớn đã hoàn thành, giúp thu ngân sách từ đất tăng 12,5% so với năm trước ' +
  'và tạo thêm việc làm cho nhiều lao động ở địa phương.';
const HEAD = 'KINH TẾ - XÃ HỘI TỈNH HẬU GIANG NĂM 2024\n';

describe('an estimate note line over infographic panels', () => {
  it('a bracketed note with its source makes the panels estimates', () => {
    const page = HEAD + '(Số liệu ước thực hiện cả năm 2024. Nguồn: UBND tỉnh)' + PANELS;
    expect(figureAt(page, '5.214 tỷ đồng').modality).toBe('estimate');
    expect(figureAt(page, '118,2%').modality).toBe('estimate');
    expect(figureAt(page, '18.760 tỷ đồng').modality).toBe('estimate');
  });

  it('a bare note "Số liệu sơ bộ" governs the same way', () => {
    const page = HEAD + 'Số liệu sơ bộ' + PANELS;
    expect(figureAt(page, '7,4%').modality).toBe('estimate');
  });

  it('the prose after the panels speaks for itself', () => {
    const page = HEAD + '(Số liệu ước thực hiện cả năm 2024. Nguồn: UBND tỉnh)' + PANELS;
    expect(figureAt(page, '12,5%').modality).toBe('actual');
  });

  it('panels under no note, or under a line that states a figure, are actual', () => {
    expect(figureAt(HEAD + '(Nguồn: UBND tỉnh)' + PANELS, '5.214 tỷ đồng').modality).toBe('actual');
    expect(figureAt(HEAD + 'Số liệu ước tính cho thấy GRDP tăng 6,8%' + PANELS, '5.214 tỷ đồng').modality).toBe('actual');
  });
});
