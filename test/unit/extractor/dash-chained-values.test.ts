// "cơ cấu nông nghiệp - công nghiệp - dịch vụ là 40,5% - 24,1% - 35,4%": values dashed one after another match a dashed
// list of names; each is its own level, no two of them make a range. A lone "a - b" stays a range.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const OPTS = { published: '2024-01-10' };
const texts = (text: string) => extract(text, OPTS).figures.map((f) => f.text);

describe('values dashed one after another', () => {
  it('three shares after a dashed list of sectors are three levels', () => {
    const text = 'Huyện Mỏ Cày Nam tổng kết năm 2023. Cơ cấu kinh tế nông nghiệp - công nghiệp, xây dựng - dịch vụ tương ứng là 40,5% - 24,1% - 35,4%.';
    expect(texts(text)).toEqual(expect.arrayContaining(['40,5%', '24,1%', '35,4%']));
    expect(extract(text, OPTS).figures.find((f) => f.text === '24,1%')?.high).toBeUndefined();
  });

  it('four rising values too', () => {
    const text = 'Tỷ lệ đô thị hóa các năm 2020 - 2023 lần lượt là 21,3% - 22,8% - 24,0% - 25,6%.';
    expect(texts(text)).toEqual(expect.arrayContaining(['21,3%', '22,8%', '24,0%', '25,6%']));
  });

  it('a lone dashed pair is still a range', () => {
    const text = 'Năm 2024, huyện phấn đấu tổng giá trị sản xuất tăng 7,5 - 8%.';
    expect(extract(text, OPTS).figures.find((f) => f.text === '7,5 - 8%')).toMatchObject({ value: 7.5, high: 8 });
  });
});
