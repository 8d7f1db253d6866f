// "Toàn huyện xuống giống vụ Đông Xuân 2023 - 2024 được 27.500 ha …. Huyện giải quyết việc làm cho 1.250 lao động": a
// season named inside a sentence dates that sentence's harvest, not the jobs of the next; a season that opens its
// sentence ("Trong nông nghiệp, vụ Đông Xuân 2024 - 2025 gieo sạ …") goes on to the end of its paragraph.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-07-11' };
const lead = 'Huyện Phú Tân sơ kết 6 tháng đầu năm 2024\n\nTheo báo cáo, trong 6 tháng đầu năm, giá trị sản xuất nông nghiệp ước đạt 2.150 tỷ đồng. ';

describe('a season or school year named in a paragraph', () => {
  it('inside its sentence dates that sentence only', () => {
    const text = `${lead}Toàn huyện xuống giống vụ Đông Xuân 2023 - 2024 được 27.500 ha. Huyện giải quyết việc làm cho 1.250 lao động.`;
    expectFigure(text, '27.500 ha', { period: '2023/2024' }, opts);
    expectFigure(text, '1.250', { period: '2024-H1' }, opts);
  });
  it('opening its sentence dates the rest of the paragraph', () => {
    const text = `${lead}\n\nTrong nông nghiệp, vụ Đông Xuân 2023 - 2024 gieo sạ 27.500 ha. Tổng đàn bò 42.380 con.`;
    expectFigure(text, '42.380', { period: '2023/2024' }, opts);
  });
});
