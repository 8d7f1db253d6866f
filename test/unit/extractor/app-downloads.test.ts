// "Ứng dụng … đã có 412.000 lượt tải": downloads of an app its sentence names are a figure (a count of "lượt tải");
// the download counter beside a page's attachment is page furniture. From holdout23's to-do list, sentences written anew.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const pub = { published: '2026-11-02' };

describe('an app\'s downloads are counted; a page\'s download counter is not', () => {
  it('"Ứng dụng … phiên bản 3.0 đã có … lượt tải"', () => {
    expectFigure('Ứng dụng "Tỉnh số" phiên bản 3.0 đã có 395.000 lượt tải, tăng gấp đôi so với năm trước.', '395.000 lượt tải',
      { kind: 'level', value: 395000, unit: 'lượt tải' }, pub);
  });
  it('"Nền tảng … đạt hơn … lượt tải"', () => {
    expectFigure('Nền tảng học trực tuyến của Sở đạt hơn 80.000 lượt tải trên các kho ứng dụng.', '80.000 lượt tải', { unit: 'lượt tải', bound: 'over' }, pub);
  });
  it('a counter in brackets after an attachment\'s title that says "ứng dụng"', () => {
    expectNoFigureAt('Kế hoạch ứng dụng công nghệ thông tin năm 2025 (320 lượt tải)', '320', pub);
  });
  it('a counter after "Tải về"', () => {
    expectNoFigureAt('Tài liệu kèm theo. Tải về (125 lượt tải)', '125', pub);
  });
});
