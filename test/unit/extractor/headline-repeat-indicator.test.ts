// "Kinh tế tháng 9: Công nghiệp tăng 11,26%" over a body whose "chỉ số sản xuất công nghiệp … tính chung 9 tháng tăng
// 11,26%" is the index: a headline shortens the name of what its rate measures; when its own words name no indicator and
// the body repeats the rate with exactly one, the headline's copy measures that. An amount of money repeated is left
// alone: the same sum may be another thing's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-03' };

describe('a headline rate the body repeats', () => {
  it('takes the body\'s indicator', () => {
    const text = 'Kinh tế 9 tháng: Công nghiệp tăng 11,26%\n\nTheo Thống kê tỉnh, chỉ số sản xuất công nghiệp tháng 9 tăng 2,1% so với tháng trước nhờ các nhà máy chế biến thủy sản vào vụ; tính chung 9 tháng tăng 11,26% so với cùng kỳ.';
    expect(figureAt(text, 'Công nghiệp tăng 11,26%', opts).indicator).toBe('industrial_production_index');
  });

  it('an amount of money is not matched to the body\'s', () => {
    const text = 'Thưởng Tết cao nhất 350 triệu đồng\n\nTheo Liên đoàn Lao động tỉnh, khối doanh nghiệp có vốn đầu tư nước ngoài (FDI) có mức thưởng cao nhất 350 triệu đồng; mức thưởng Tết bình quân toàn tỉnh 7,2 triệu đồng/người.';
    expect(figureAt(text, 'cao nhất 350 triệu đồng', opts).indicator).toBeUndefined();
  });
});
