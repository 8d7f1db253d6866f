// "Đã điều tra làm rõ 96 vụ phạm pháp hình sự (đạt tỷ lệ 81,36%)": the crimes named after a count of cases cleared say
// which cases, not what the figures measure: the count and its bracketed share are the clearance (crime_clearance_rate).
// The crimes that happened, and a change of them, stay crime; so do cases the police found, with no investigation cleared.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Công an huyện tổng kết công tác năm 2023\n\n';
const OPTS = { published: '2023-12-18' };

describe('cases cleared, named with the crimes they were', () => {
  it('reads the count cleared and its bracketed share as the clearance rate', () => {
    const text = `${HEAD}Trong năm, lực lượng công an đã điều tra làm rõ 96 vụ phạm pháp hình sự (đạt tỷ lệ 81,36%), bắt giữ 130 đối tượng.`;
    expect(figureAt(text, '96 vụ', OPTS).indicator).toBe('crime_clearance_rate');
    expect(figureAt(text, '81,36%', OPTS).indicator).toBe('crime_clearance_rate');
  });

  it('reads a share after a comma the same way', () => {
    const text = `${HEAD}Xảy ra 118 vụ phạm pháp hình sự; điều tra, khám phá 96 vụ phạm pháp hình sự, tỷ lệ 81,36%.`;
    expect(figureAt(text, '81,36%', OPTS).indicator).toBe('crime_clearance_rate');
  });

  it('leaves the crimes that happened, their change, and cases merely found as crime', () => {
    const text = `${HEAD}Xảy ra 118 vụ phạm pháp hình sự (giảm 6,3%), điều tra làm rõ 96 vụ.\n\nKhám phá 21 vụ tội phạm kinh tế, thu giữ nhiều tang vật.`;
    expect(figureAt(text, '118 vụ', OPTS).indicator).toBe('crime');
    expect(figureAt(text, '6,3%', OPTS).indicator).toBe('crime');
    expect(figureAt(text, '21 vụ', OPTS).indicator).toBe('crime');
  });
});
