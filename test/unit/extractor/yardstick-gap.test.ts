// "thấp hơn so với bình quân cả nước 1,2 điểm phần trăm", "cao hơn mức bình quân chung của tỉnh khoảng 18 triệu đồng":
// points or a rough amount written straight after a yardstick are the gap from it, a change the comparative moves; a
// value in brackets after the yardstick is still the yardstick's own.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Huyện tổng kết năm 2024\n\n';

describe('a gap written after a yardstick', () => {
  it('points after the national average are a fall from it', () => {
    const gap = figureAt(`${HEAD}Tỷ lệ hộ nghèo của huyện là 3,1%, thấp hơn so với bình quân cả nước 1,2 điểm phần trăm.`, '1,2 điểm phần trăm');
    expect([gap.kind, gap.direction, gap.locality]).toEqual(['change', 'down', undefined]);
  });

  it('a rough amount after the province average is a rise over it', () => {
    const gap = figureAt(`${HEAD}Thu nhập bình quân đầu người đạt 92,5 triệu đồng, cao hơn mức bình quân chung của tỉnh khoảng 18 triệu đồng.`, '18 triệu đồng');
    expect([gap.kind, gap.direction]).toEqual(['change', 'up']);
  });

  it("a bracketed value after the yardstick stays the yardstick's level", () => {
    const national = figureAt(`${HEAD}Tỷ lệ hộ nghèo của huyện là 3,1%, thấp hơn bình quân cả nước (4,3%).`, '4,3%');
    expect([national.kind, national.locality]).toEqual(['level', 'cả nước']);
  });
});
