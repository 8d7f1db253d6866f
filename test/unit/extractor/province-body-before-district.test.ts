// A province's resolution printed as a list of short lines ("- Tổng thu ngân sách …") may name one of its districts only
// in a late item ("huyện Như Xuân đạt chuẩn nông thôn mới"). The province's own council opened the page ("HĐND tỉnh ban
// hành Nghị quyết …"), so the figures are the province's, found from the district through the gazetteer. The district
// named late is neither in the page's head (which ends at the first bullet) nor the page's place.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2023-12-15' };
const page = (opening: string) => [
  'Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024',
  opening,
  'Các chỉ tiêu chủ yếu:',
  '- Tổng thu ngân sách nhà nước trên địa bàn đạt 42.000 tỷ đồng trở lên.',
  '- Tỷ lệ che phủ rừng đạt 53,5%.',
  '- Có thêm 20 xã đạt chuẩn nông thôn mới; huyện Như Xuân đạt chuẩn nông thôn mới.',
].join('\n');

describe('the province\'s council opening a list page makes its figures the province\'s', () => {
  it('"HĐND tỉnh ban hành Nghị quyết" before a district named in a late item', () => {
    const text = page('Ngày 12/12/2023, HĐND tỉnh ban hành Nghị quyết số 35/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2024.');
    expectFigure(text, '42.000 tỷ đồng', { locality: 'tỉnh Thanh Hóa', modality: 'target', period: '2024' }, pub);
    expectFigure(text, '53,5%', { locality: 'tỉnh Thanh Hóa' }, pub);
  });
  it('"HĐND tỉnh đã thông qua" too', () => {
    const text = page('Chiều 12/12/2023, HĐND tỉnh đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024.');
    expectFigure(text, '42.000 tỷ đồng', { locality: 'tỉnh Thanh Hóa' }, pub);
  });
});

describe('where the district stays the page\'s place', () => {
  it('a district\'s own council', () => {
    const text = page('Ngày 12/12/2023, HĐND huyện Như Xuân ban hành Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024.');
    expectFigure(text, '42.000 tỷ đồng', { locality: 'huyện Như Xuân' }, pub);
  });
});
