// "Công nghiệp - tiểu thủ công nghiệp phát triển khá; giá trị sản xuất ước đạt 2.780 tỷ đồng": a sector that opens its
// sentence, said of in a clause with no figure of its own, is what the bare "giá trị sản xuất" right after the ";"
// measures, as it is after a comma. A sector named inside another subject's clause, or one that has its own figure
// before the ";", leaves the economy's total as it was.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2022-10-10', locality: 'huyện Tam Bình' };

describe('a sector opening its sentence before ";"', () => {
  it('names the output value after the ";"', () => {
    const industry = 'Trong 9 tháng năm 2022, công nghiệp - tiểu thủ công nghiệp tiếp tục phát triển; giá trị sản xuất ước đạt 1.950 tỷ đồng, tăng 9,2% so với cùng kỳ.';
    expectFigure(industry, '1.950 tỷ đồng', { indicator: 'industrial_output_value', modality: 'estimate' }, opts);
    expectFigure(industry, '9,2%', { kind: 'change', indicator: 'industrial_output_value' }, opts);
    expectFigure('Sản xuất nông nghiệp gặp nhiều khó khăn do giá vật tư tăng cao; giá trị sản xuất đạt 3.120 tỷ đồng, tăng 2,1%.', '3.120 tỷ đồng', { indicator: 'agricultural_output_value' }, opts);
  });

  it('leaves the total when the sector is not the sentence\'s subject or has its own figure', () => {
    expectFigure('Cơ cấu kinh tế chuyển dịch theo hướng tăng dần tỷ trọng công nghiệp; giá trị sản xuất ước đạt 9.800 tỷ đồng, tăng 7,1%.', '9.800 tỷ đồng', { indicator: 'total_output_value' }, opts);
    expectFigure('Công nghiệp tăng 8,1%; giá trị sản xuất ước đạt 9.640 tỷ đồng, tăng 7,4% so với cùng kỳ.', '9.640 tỷ đồng', { indicator: 'total_output_value' }, opts);
  });
});
