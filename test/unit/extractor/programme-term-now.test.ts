// "Theo báo cáo của chương trình MTQG xây dựng nông thôn mới giai đoạn 2016-2020, hiện cả nước có 2.045 xã …": the
// stretch a programme is named by does not date what its report says stands now; that is the page's present.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2017-03-12' };

describe("a programme's stretch before what stands now", () => {
  it('the present count and its change are of the page year', () => {
    const text = 'Theo báo cáo của Đề án phát triển giao thông nông thôn giai đoạn 2016-2020, hiện toàn tỉnh có 1.240 km đường được cứng hóa, tăng 8,5% so với cuối năm 2015.';
    expect(figureAt(text, '1.240', opts).period).toBe('2017');
    expect(figureAt(text, '8,5%', opts).period).toBe('2017');
  });

  it('without the present the stretch still dates its figure', () => {
    const text = 'Theo báo cáo của Đề án phát triển giao thông nông thôn giai đoạn 2016-2020, toàn tỉnh cứng hóa 1.240 km đường.';
    expect(figureAt(text, '1.240', opts).period).toBe('2016/2020');
  });
});
