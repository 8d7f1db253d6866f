// A link road is named after the places it joins ("Dự án đường liên kết vùng Phú Thọ - Vĩnh Phúc"): its figures stay
// with the article's province, as those of "cao tốc A - B" do (route-names). Found by holdout33.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-08', locality: 'tỉnh Phú Thọ' };

describe('places in a link road\'s name', () => {
  it('"đường liên kết vùng Phú Thọ - Vĩnh Phúc" leaves the disbursement with the province', () => {
    const text = 'Tại Dự án đường liên kết vùng Phú Thọ - Vĩnh Phúc, kế hoạch vốn năm 2025 là 850 tỷ đồng, mới giải ngân 368 tỷ đồng, đạt 43,3%.';
    expect(figureAt(text, '368 tỷ đồng', opts).locality).toBe('tỉnh Phú Thọ');
    expect(figureAt(text, '43,3%', opts).locality).toBe('tỉnh Phú Thọ');
  });

  it('a former province named as a part still owns its figure', () => {
    const text = 'Khu vực tỉnh Vĩnh Phúc (cũ) giải ngân 4.105 tỷ đồng, đạt 48,2%.';
    expect(figureAt(text, '4.105 tỷ đồng', opts).locality).toBe('tỉnh Vĩnh Phúc');
  });
});
