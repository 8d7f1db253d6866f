// "Năm 2024, Quảng Xương có 7 chỉ tiêu vượt kế hoạch" under "Báo Thanh Hóa": a headline that opens on its period and a
// comma names its own place first; the district is the page's, not the paper's province. (A place first named in a
// later clause of the headline is still a detail of the paper's province's news.)
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const BODY = 'Năm 2024, huyện Quảng Xương đạt nhiều kết quả.\n\nThu ngân sách ước đạt 131,1 tỷ đồng, tăng 14,9% so với cùng kỳ.';
const places = (headline: string) =>
  extract(`Báo Thanh Hóa\n17/12/2024\n${headline}\n${BODY}`, { published: '2024-12-17' }).figures
    .filter((f) => f.text === '131,1 tỷ đồng').map((f) => f.locality);

describe('a headline opening on its period', () => {
  it('keeps the district it names as the page\'s place', () => {
    expect(places('Năm 2024, Quảng Xương có 7 chỉ tiêu vượt kế hoạch')).toEqual(['huyện Quảng Xương']);
    expect(places('9 tháng năm 2024, Quảng Xương thu ngân sách tăng 14,9%')).toEqual(['huyện Quảng Xương']);
  });

  it('still reads a place in a later clause as a detail of the paper\'s province', () => {
    expect(places('Thu ngân sách tăng mạnh, Quảng Xương dẫn đầu')).toEqual(['tỉnh Thanh Hóa']);
  });
});
