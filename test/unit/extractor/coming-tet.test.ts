// A page of late December about the coming Tết ("thưởng Tết Nguyên đán Giáp Thìn 2024" on 28/12/2023) dates what it
// reports by that Tết's year, and a year named so is no plan for a year ahead. A Tết of the page's own year, and a year
// ahead named otherwise, change nothing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const DECEMBER = { published: '2023-12-27' };
const PAGE = 'Công đoàn chăm lo Tết\n\nTheo Liên đoàn Lao động tỉnh, mức thưởng Tết Nguyên đán Giáp Thìn 2024 bình quân 6,8 triệu đồng/người. ' +
  'Doanh nghiệp dân doanh có mức thưởng bình quân 5,9 triệu đồng/người, cao nhất 120 triệu đồng/người.';

describe('the coming Tết named with its year', () => {
  it('dates the page by the Tết\'s year, in its sentence and after it', () => {
    expect(figureAt(PAGE, '6,8 triệu', DECEMBER).period).toBe('2024');
    expect(figureAt(PAGE, '5,9 triệu', DECEMBER).period).toBe('2024');
  });

  it('leaves what is reported as it was: no target for the year ahead', () => {
    expect(figureAt(PAGE, '5,9 triệu', DECEMBER).modality).toBe('actual');
    expect(figureAt(PAGE, '120 triệu', DECEMBER).modality).toBe('actual');
  });

  it('the Tết Dương lịch and a Tết named by its year alone count too', () => {
    const text = 'Thưởng Tết\n\nVới Tết Dương lịch 2025, thưởng bình quân 1,1 triệu đồng/người. Dịp Tết Ất Tỵ 2025, công đoàn tặng 12.000 suất quà.';
    expect(figureAt(text, '1,1 triệu', { published: '2024-12-26' }).period).toBe('2025');
    expect(figureAt(text, '12.000 suất', { published: '2024-12-26' }).period).toBe('2025');
  });
});

describe('not the coming Tết', () => {
  it('a Tết of the page\'s own year changes nothing', () => {
    expect(figureAt(PAGE, '5,9 triệu', { published: '2024-01-20' }).period).toBe('2024');
  });

  it('on a page of the summer, the next Tết is still a year ahead', () => {
    const text = 'Chuẩn bị hàng Tết\n\nSở Công Thương dự kiến phục vụ Tết Nguyên đán 2024, các doanh nghiệp dự trữ 9.500 tấn hàng hóa.';
    expect(figureAt(text, '9.500 tấn', { published: '2023-07-10' }).period).not.toBe('2024');
  });

  it('a plan for the next year on a December page is still a target', () => {
    const text = 'Kế hoạch năm 2024\n\nNăm 2024, tỉnh phấn đấu thu ngân sách 12.500 tỷ đồng.';
    const f = figureAt(text, '12.500 tỷ', DECEMBER);
    expect(f.period).toBe('2024');
    expect(f.modality).toBe('target');
  });

  it('a Tết a year before, as a base, dates nothing', () => {
    const text = 'Thưởng Tết\n\nMức thưởng bình quân 6,8 triệu đồng/người, tăng 4% so với Tết Quý Mão 2023.';
    expect(figureAt(text, '4%', DECEMBER).period).toBe('2023');
  });
});
