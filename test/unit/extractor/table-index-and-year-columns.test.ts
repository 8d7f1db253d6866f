// Statistics tables read cell by cell (holdout19): "Sản phẩm | Ước quý I/2025 | So với cùng kỳ (%)" holds levels that
// print their own unit ("1.245 nghìn tấn": an estimate, as the column says) and indices against the same period
// ("112,4": bằng 112,4% so với cùng kỳ); "Địa phương | Năm 2023 | Năm 2024" under "… (%):" holds one level per place and
// year. Found by holdout19 (001, 005).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-04-04' };
const products = 'Một số sản phẩm công nghiệp chủ yếu:\nSản phẩm | Ước quý I/2025 | So với cùng kỳ (%)\nThép các loại | 1.245 nghìn tấn | 112,4\nBia các loại | 42,8 triệu lít | 103,5\n';
const growth = 'Tăng trưởng GRDP của một số địa phương (%):\nĐịa phương | Năm 2023 | Năm 2024\nCần Thơ | 6,2 | 7,3\nCả nước | 5,05 | 7,09\n';

describe('index and year columns of a statistics table', () => {
  it('an index column against the same period holds attainments; a unit-bearing cell takes its column\'s modality', () => {
    expectFigure(products, '112,4', { kind: 'attainment', unit: '%', value: 112.4, base: 'same_period' }, opts);
    expectFigure(products, '1.245 nghìn tấn', { kind: 'level', value: 1_245_000, unit: 'tấn', modality: 'estimate' }, opts);
    expectFigure(growth, '7,3', { kind: 'level', unit: '%', value: 7.3, period: '2024', locality: 'thành phố Cần Thơ' }, { published: '2025-01-10' });
    expectFigure(growth, '5,05', { value: 5.05, period: '2023', locality: 'cả nước' }, { published: '2025-01-10' });
  });
  it('a ratio column with neither plan nor base, and a single year column, read no bare cells', () => {
    expectNoFigureAt('Sản phẩm | Ước quý I/2025 | Tỷ lệ\nThép các loại | 1.245 nghìn tấn | 112,4\n', '112,4', opts);
    expectNoFigureAt('Tăng trưởng (%):\nĐịa phương | Năm 2024\nCần Thơ | 7,3\n', '7,3', opts);
  });
  it('a change column after the year columns moves the last year against the one before, signed or by its heading', () => {
    const table = 'Thu ngân sách các huyện (tỷ đồng):\nĐịa phương | Năm 2023 | Năm 2024 | Tăng, giảm (%)\nHuyện Châu Thành | 420 | 465 | 10,7\nHuyện Chợ Gạo | 310 | 298 | -3,9\n';
    expectFigure(table, '10,7', { kind: 'change', unit: '%', value: 10.7, period: '2024', base: '2023', direction: 'up', locality: 'huyện Châu Thành' }, { published: '2025-02-10' });
    expectFigure(table, '3,9', { kind: 'change', value: 3.9, base: '2023', direction: 'down', locality: 'huyện Chợ Gạo' }, { published: '2025-02-10' });
    expectFigure(table, '465', { kind: 'level', unit: 'VND', value: 465e9, period: '2024' }, { published: '2025-02-10' });
    const points = 'Tỷ lệ hộ nghèo (%):\nĐịa phương | Năm 2024 | Giảm so với năm 2022 (điểm %)\nHuyện Châu Thành | 2,1 | 0,8\n';
    expectFigure(points, '0,8', { kind: 'change', unit: 'điểm %', period: '2024', base: '2022', direction: 'down' }, { published: '2025-02-10' });
  });
  it('a change column that names no unit, or a year column beside other columns, reads no bare cells', () => {
    expectNoFigureAt('Tỷ lệ hộ nghèo (%):\nĐịa phương | Năm 2024 | Tăng/giảm\nHuyện Châu Thành | 2,1 | -0,4\n', '0,4', { published: '2025-02-10' });
    expectNoFigureAt('Tỷ lệ hộ nghèo (%):\nĐịa phương | Năm 2024 | Ghi chú | Tăng/giảm (%)\nHuyện Châu Thành | 2,1 | 3 | -0,4\n', '0,4', { published: '2025-02-10' });
  });
});
