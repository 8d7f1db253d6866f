// Traffic-control briefs single out one truck by its plate after the tally: "kiểm tra 214 phương tiện, xử phạt 1,36 tỷ
// đồng; trong đó có xe tải biển kiểm soát 37C-128.45 chở vượt 112% tải trọng cho phép". That clause tells one vehicle.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2024-10-31' };
const HEAD = 'Kiểm soát tải trọng xe tháng 10\n\n';

describe('a clause naming one vehicle by its plate', () => {
  it('the overload of the truck with a plate is no figure; the tally before it is', () => {
    const text = `${HEAD}Trong tháng 10, lực lượng chức năng đã kiểm tra 214 phương tiện, xử phạt 1,36 tỷ đồng; trong đó có xe tải biển kiểm soát 37C-128.45 chở vượt 112% tải trọng cho phép.`;
    expect(figuresIn(text, OPTS).map((f) => f.text)).toEqual(['214 phương tiện', '1,36 tỷ đồng']);
  });

  it('a clause about the trucks checked, with no plate, keeps its share', () => {
    const text = `${HEAD}Trong tháng 10, lực lượng chức năng đã kiểm tra 214 phương tiện; trong đó xe chở quá tải trọng chiếm 18,2%.`;
    expect(figureAt(text, '18,2%', OPTS).value).toBe(18.2);
  });
});
