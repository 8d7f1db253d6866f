// A province's People's Committee or Council opening its sentence and acting ("UBND tỉnh đã xuất 40 tấn gạo …") is the
// province doing what the sentence counts, after a district named before. Naming who set a target ("kế hoạch UBND tỉnh
// giao") or who reported, it leaves the figure to the place spoken of.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-09-20' };
const LEAD = 'Quảng Bình khắc phục hậu quả mưa lũ\n\nTỉnh Quảng Bình có 2.300 nhà bị ngập. Sáng 19/9, đoàn công tác kiểm tra tại huyện Minh Hóa. ';

describe('a state body acting as its unit', () => {
  it('"UBND tỉnh đã …" after a district gives the province', () => {
    const text = `${LEAD}UBND tỉnh đã xuất 65 tấn gạo cứu trợ và trích 3 tỷ đồng hỗ trợ người dân.`;
    expect(figureAt(text, '65 tấn', OPTS).locality).toBe('tỉnh Quảng Bình');
    expect(figureAt(text, '3 tỷ', OPTS).locality).toBe('tỉnh Quảng Bình');
  });

  it('also after a day that opens the sentence', () => {
    const text = `${LEAD}Chiều 19/9, UBND tỉnh đã hỗ trợ 1.500 hộ dân bị ngập.`;
    expect(figureAt(text, '1.500 hộ', OPTS).locality).toBe('tỉnh Quảng Bình');
  });
});

describe('a state body that sets or tells a figure', () => {
  it('a plan the committee assigned stays the district\'s', () => {
    const text = `${LEAD}Huyện Minh Hóa giải ngân 120 tỷ đồng, đạt 64% kế hoạch UBND tỉnh giao.`;
    expect(figureAt(text, '64%', OPTS).locality).toBe('huyện Minh Hóa');
  });

  it('a committee that does not open the sentence says nothing of the place', () => {
    const text = `${LEAD}Theo báo cáo gửi UBND tỉnh, huyện đã hỗ trợ 420 hộ dân.`;
    expect(figureAt(text, '420 hộ', OPTS).locality).toBe('huyện Minh Hóa');
  });
});
