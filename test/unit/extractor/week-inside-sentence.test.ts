// A weekly bulletin goes back from the year's running total to the week inside a sentence: "Riêng huyện Nhơn Trạch trong
// tuần có 38 ca". "trong tuần" before the verb of the tally dates it by the week's month, as "Trong tuần, …" opening a
// sentence does; only on a page that already names its week. Found by holdout82/002.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-06-11' };

describe('"trong tuần" inside a sentence of a weekly page', () => {
  it('dates the tally after a year-to-date sentence by the week\'s month', () => {
    const text = 'Sốt xuất huyết tăng\n\nTrong tuần 23/2024 (từ ngày 3 đến 9/6), toàn tỉnh ghi nhận 214 ca mắc sốt xuất huyết.\n\n' +
      'Cộng dồn từ đầu năm có 1.952 ca tay chân miệng. Riêng huyện Nhơn Trạch trong tuần có 38 ca.';
    expectFigure(text, '38 ca', { period: '2024-M06' }, opts);
  });
  it('and a police tally "trong tuần xảy ra"', () => {
    const text = 'Tình hình trật tự\n\nTuần qua (từ ngày 3 đến 9/6), toàn tỉnh xảy ra 12 vụ phạm pháp hình sự.\n\n' +
      'Từ đầu năm đến nay, toàn tỉnh xảy ra 310 vụ. Thành phố Biên Hòa trong tuần xảy ra 4 vụ.';
    expectFigure(text, '4 vụ', { period: '2024-M06' }, opts);
  });
  it('a page that names no week keeps its year', () => {
    const text = 'Tổng kết năm 2023\n\nNăm 2023, huyện giải quyết việc làm cho 2.150 lao động. Trung tâm dạy nghề trong tuần có 3 lớp mở mới, năm qua đào tạo 620 người.';
    expectFigure(text, '620', { period: '2023' }, { published: '2024-01-05' });
  });
});
