// A ward's resolution lists next year's targets as numbered lines under "… năm 2026 xác định 15 chỉ tiêu chủ yếu, trong
// đó:": each "1. … tăng 10 - 11%." is an item of that heading (its year, a target), as a "- " bullet would be.
// Found by holdout19 (a ward HĐND's year-end session).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const lead = 'HĐND phường Hạc Thành thông qua các nghị quyết\n\nNăm 2025, phường thu ngân sách ước đạt 1.126 tỷ đồng.\n\n';

describe('numbered lines under a target heading are its items', () => {
  it('numbered items take the heading\'s year and modality', () => {
    const text = `${lead}Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026 xác định 15 chỉ tiêu chủ yếu, trong đó:\n1. Tổng giá trị sản xuất trên địa bàn tăng 10 - 11%.\n2. Thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng trở lên.\n`;
    expectFigure(text, '10 - 11%', { period: '2026', modality: 'target' });
    expectFigure(text, '1.250 tỷ', { period: '2026', modality: 'target', bound: 'at_least' });
  });
  it('numbered lines after a plain paragraph are not items of anything', () => {
    const text = `${lead}Kỳ họp đã thảo luận các báo cáo.\n1. Tổng giá trị sản xuất trên địa bàn tăng 10,5%.\n2. Thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng.\n`;
    expectFigure(text, '10,5%', { period: '2025', modality: 'actual' });
    expectFigure(text, '1.250 tỷ', { period: '2025' });
  });
});
