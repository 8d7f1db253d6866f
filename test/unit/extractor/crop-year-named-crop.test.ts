// A crop year named with its crop ("Niên vụ cà phê 2025 - 2026, …") or as a bare "vụ" with its two years ("sản lượng
// hạt điều vụ 2024 - 2025") dates its figures as "niên vụ 2025 - 2026" does; a duty ("nhiệm vụ") is no crop year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Ngày 10/7, UBND tỉnh họp đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2026.\n\n';

describe('a crop year named with its crop', () => {
  it('dates its paragraph when it opens it', () => {
    const text = `${LEAD}Niên vụ cà phê 2025 - 2026, toàn tỉnh có 215.400 ha cà phê, sản lượng ước đạt 612.000 tấn nhân, tăng 3,1% so với niên vụ trước.`;
    expect(figureAt(text, '215.400 ha').period).toBe('2025/2026');
    expect(figureAt(text, '612.000 tấn').period).toBe('2025/2026');
  });

  it('as a bare "vụ" with its two years, dates its sentence', () => {
    const text = `${LEAD}Sản lượng hạt điều vụ 2024 - 2025 ước đạt 96.500 tấn, tăng 6,2% so với vụ trước.`;
    expect(figureAt(text, '96.500 tấn').period).toBe('2024/2025');
  });

  it('is not read in "nhiệm vụ"', () => {
    const text = `${LEAD}Tỉnh hoàn thành nhiệm vụ 2025 - 2026 về hạ tầng, thu ngân sách đạt 8.420 tỷ đồng.`;
    expect(figureAt(text, '8.420 tỷ đồng').period).toBe('2026-H1');
  });
});
