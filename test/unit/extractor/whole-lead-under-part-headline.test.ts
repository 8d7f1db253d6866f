// A provincial paper's headline can pick one city's figure out of a report on the whole province ("Thành phố Bắc Giang:
// Bình quân 42 học sinh/lớp …" over a lead "Năm học 2023 - 2024, toàn tỉnh có hơn 463.000 học sinh …"): the paragraphs
// that name no place are the province's, the city keeps its own sentences. Found by holdout86/004 (Báo Bắc Giang).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-09-06' };
const page = (lead: string) => `BÁO BẮC GIANG\nThứ Tư, 06/09/2023\n\nThành phố Bắc Giang: Bình quân 44 học sinh/lớp ở cấp tiểu học\n\n${lead}\n\nTỷ lệ huy động trẻ mẫu giáo đạt 98,2%; sĩ số bình quân cấp THCS 40,5 học sinh/lớp, tăng 1,2 học sinh/lớp so với năm học trước.\n`;

describe('whole lead under part headline', () => {
  it('gives the province the paragraphs after a lead that opens on the whole province', () => {
    const text = page('BGĐT - Năm học 2023 - 2024, toàn tỉnh có hơn 470.000 học sinh các cấp từ mầm non đến trung học phổ thông, tăng 11.800 học sinh so với năm học trước. Riêng thành phố Bắc Giang, sĩ số bình quân cấp tiểu học là 44 học sinh/lớp.');
    expect(figureAt(text, '98,2%', opts).locality).toBe('tỉnh Bắc Giang');
    expect(figureAt(text, '44 học sinh/lớp ở', opts).locality).toBe('thành phố Bắc Giang');
    expect(figureAt(text, '44 học sinh/lớp.', opts).locality).toBe('thành phố Bắc Giang');
  });
  it('keeps the city the page\'s place when its lead speaks of the city', () => {
    const text = page('BGĐT - Năm học 2023 - 2024, thành phố Bắc Giang có hơn 52.000 học sinh các cấp từ mầm non đến trung học phổ thông, tăng 3.100 học sinh so với năm học trước; sĩ số bình quân cấp tiểu học là 44 học sinh/lớp, cao nhất toàn tỉnh.');
    expect(figureAt(text, '98,2%', opts).locality).toBe('thành phố Bắc Giang');
  });
});
