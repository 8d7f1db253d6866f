// "Các huyện … có tỷ lệ trường chuẩn cao, lần lượt là 92,1% và 89,7%; thấp nhất là huyện Kỳ Sơn với 38,5%": a clause
// that opens on the other end of the ranking just given, naming only its place, measures the same thing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the other end of a ranking', () => {
  it('takes the measure of the ranking before it in its sentence', () => {
    const text = 'Năm học 2023 - 2024, các huyện Thọ Xuân, Triệu Sơn có tỷ lệ trường chuẩn cao, lần lượt là 94,2% và 91,5%; thấp nhất là huyện Mường Lát với 41,3%.';
    expect(figureAt(text, '41,3%').indicator).toBe('national_standard_schools');
  });

  it('a clause naming its own rate takes none from the ranking', () => {
    const text = 'Năm học 2023 - 2024, các huyện Thọ Xuân, Triệu Sơn có tỷ lệ trường chuẩn cao, lần lượt là 94,2% và 91,5%; cao nhất là tỷ lệ giáo viên đạt chuẩn với 98,6%.';
    expect(figureAt(text, '98,6%').indicator).not.toBe('national_standard_schools');
  });
});
