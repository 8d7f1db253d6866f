// "có 15/63 địa phương có tỉ lệ giải ngân đạt trên 3% gồm: Cao Bằng, Tuyên Quang, Lào Cai, …": places named as a list
// are some of the places a figure covers, not the article's own place, and the last of them is not carried to the
// next sentence. Found reading real national reports (and "Các địa phương có năng suất cao: Yên Định, …").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const national = 'Giải ngân vốn đầu tư công nửa đầu năm còn chậm\n\nTheo Bộ Kế hoạch và Đầu tư, trong nửa đầu năm 2021, có 15/63 địa phương có tỉ lệ giải ngân đạt trên 3% gồm: Cao Bằng, Tuyên Quang, Lào Cai, Ninh Bình, Nghệ An. Đặc biệt, hiện có tới 37/63 địa phương tỉ lệ giải ngân là 0%.';
const harvest = 'Năng suất lúa vụ đông xuân ước đạt 64 tạ/ha\n\nVụ đông xuân 2019-2020, toàn tỉnh gieo cấy 116.190 ha lúa. Những ngày qua, tranh thủ thời tiết thuận lợi, bà con nông dân trên địa bàn tỉnh đã tập trung thu hoạch lúa. Qua khảo sát, năng suất lúa bình quân ước đạt 64 tạ/ha.\n\nCác địa phương có năng suất cao: Yên Định, Thọ Xuân, Nông Cống.';

describe('a list of places is not the article\'s place', () => {
  it('the figure before the list gets none of them', () => {
    // (Its sentence quotes a ministry, so it is the country's: ministry-source.)
    expect(figureAt(national, '15/63').locality).toBe('cả nước');
  });
  it('the sentence after the list does not take its last name', () => {
    expect(figureAt(national, '37/63').locality).toBeUndefined();
  });
  it('a province-wide figure before a list of districts is not one district\'s', () => {
    expect(figureAt(harvest, '116.190').locality).not.toBe('huyện Yên Định');
  });
  it('a place named alone is still the article\'s', () => {
    const text = 'Huyện Tuy An đã thu hoạch xong 2.872 ha lúa vụ đông xuân. Năng suất bình quân đạt 61,1 tạ/ha.';
    expect(figureAt(text, '61,1').locality).toBe('huyện Tuy An');
  });
});
