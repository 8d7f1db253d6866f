// The site's home province (a site adapter's, a provincial paper's) is what the site mostly writes about, not what each
// page is about: the page's own place comes first, and the home province fills in only where the page names none.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Thời gian qua, các cấp, các ngành đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ nhiều giải pháp, huy động sức mạnh ' +
  'của cả hệ thống chính trị và sự đồng thuận của nhân dân, nhờ đó tình hình kinh tế - xã hội tiếp tục chuyển biến tích cực.';

const localities = (text: string, options: Parameters<typeof extract>[1]) => extract(text, options).figures.map((f) => [f.text, f.locality]);

describe('the home province of the site', () => {
  it('gives way to the place the headline names (a city of the province, a town)', () => {
    const city = `Tạo bước đột phá đưa TP. Bến Tre phát triển nhanh\n\n${PAD}\n\nNăm 2023, thu ngân sách đạt 1.400 tỉ đồng, tăng 30,43% so với năm 2022.`;
    expect(localities(city, { published: '2023-12-11', homeLocality: 'tỉnh Bến Tre' })).toEqual([
      ['1.400 tỉ đồng', 'thành phố Bến Tre'], ['30,43%', 'thành phố Bến Tre'],
    ]);
    const town = `Đảng bộ TX. Cai Lậy quyết tâm hoàn thành các chỉ tiêu\n\n${PAD}\n\nNăm 2023, tỷ lệ hộ nghèo giảm còn 0,69%.`;
    expect(extract(town, { published: '2023-12-20', homeLocality: 'Tiền Giang' }).locality).toBe('thị xã Cai Lậy');
  });

  it('is the place of a page that names none, spelt as the gazetteer spells it', () => {
    const police = `Tỷ lệ điều tra khám phá án đạt 95%\n\n${PAD}\n\nTrong quý III năm 2023, tỷ lệ điều tra, khám phá án chung đạt 95%, vượt 20% chỉ tiêu giao.`;
    expect(localities(police, { published: '2023-10-12', homeLocality: 'Thái Nguyên' })).toEqual([
      ['95%', 'tỉnh Thái Nguyên'], ['95%', 'tỉnh Thái Nguyên'], ['20%', 'tỉnh Thái Nguyên'],
    ]);
    expect(extract(police, { published: '2023-10-12', homeLocality: 'TP. Hồ Chí Minh' }).locality).toBe('thành phố Hồ Chí Minh');
    // Without it the page has no place.
    expect(extract(police, { published: '2023-10-12' }).locality).toBeUndefined();
  });

  it('is the province as it was on the day of publication', () => {
    const budget = `Thu ngân sách vượt dự toán\n\n${PAD}\n\nChín tháng năm 2025, thu ngân sách đạt 9.500 tỉ đồng.`;
    expect(extract(budget, { published: '2025-03-02', homeLocality: 'Bến Tre' }).locality).toBe('tỉnh Bến Tre');
    expect(extract(budget, { published: '2025-10-02', homeLocality: 'Bến Tre' }).locality).toBe('tỉnh Vĩnh Long');
    expect(extract(budget, { published: '2025-03-02', homeLocality: 'Thừa Thiên Huế' }).locality).toBe('thành phố Huế');
  });

  it('is kept as given when the gazetteer does not know it', () => {
    const budget = `Thu ngân sách vượt dự toán\n\n${PAD}\n\nNăm 2024, thu ngân sách đạt 9.500 tỉ đồng.`;
    expect(extract(budget, { published: '2024-12-02', homeLocality: 'Khu kinh tế Dung Quất' }).locality).toBe('Khu kinh tế Dung Quất');
  });
});
