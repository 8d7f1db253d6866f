// "Các nhóm hàng còn lại đều tăng, tăng cao nhất là nhóm giao thông với 1,27%": price reports name the group that moved
// most between "nhất là" and "với". The figure after "với" is that group's rise (or fall), as in "Nhóm giáo dục tăng
// cao nhất với 2,15%". Pattern from a real city statistics-office CPI page.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-02-05' };

describe('"tăng/giảm … nhất là <name> với X%" is that name\'s change', () => {
  it('the group that rose most', () => {
    expectFigure('So với tháng trước, tăng cao nhất là nhóm thuốc và dịch vụ y tế với 1,12%.', '1,12%', { kind: 'change', direction: 'up' }, pub);
  });
  it('the group that fell most', () => {
    expectFigure('Giảm mạnh nhất là nhóm bưu chính, viễn thông với 0,35%.', '0,35%', { kind: 'change', direction: 'down' }, pub);
  });
});

describe('what stays a level', () => {
  it('the highest rate named, with no move', () => {
    expectFigure('Địa phương có tỷ lệ cao nhất là huyện Phú Tân với 96,5%.', '96,5%', { kind: 'level' }, pub);
  });
});
