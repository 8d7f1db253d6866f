// "của tỉnh" after a platform or an office ("qua Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh") names who
// runs it: a district's figures after it stay the district's; a province's stay the province's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2024-07-08' };

describe('the province that runs a platform', () => {
  it('a district\'s rate after "Hệ thống … của tỉnh" stays the district\'s', () => {
    const text = 'Cư Kuin: kinh tế - xã hội 6 tháng đầu năm 2024\n\nSáng 4/7, UBND huyện Cư Kuin tổ chức hội nghị sơ kết 6 tháng đầu năm. Thu ngân sách trên địa bàn đạt 96 tỷ đồng.\n\n' +
      'Công tác cải cách hành chính có chuyển biến; 100% hồ sơ cấp huyện được tiếp nhận qua Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,9%.';
    expect(figureAt(text, '97,9%', pub).locality).toBe('huyện Cư Kuin');
  });

  it('in a province\'s article the figures after "Hệ thống … của tỉnh" stay the province\'s', () => {
    const text = 'Đắk Lắk: cải cách hành chính quý I/2024\n\nTrong quý I, toàn tỉnh Đắk Lắk tiếp nhận 56.200 hồ sơ qua Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,1%.';
    expect(figureAt(text, '98,1%', pub).locality).toBe('tỉnh Đắk Lắk');
  });
});
