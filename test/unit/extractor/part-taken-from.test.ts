// "… được thành lập trên cơ sở sắp xếp các phường A, B và một phần phường Bình Hiên": the ward a part was taken from is
// named for the merger only; "Phường" later means the new ward. A ward named as a place of its own still owns its clause.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Phường Hải Châu sau một năm vận hành chính quyền hai cấp\n\n';

describe('the ward a part was taken from', () => {
  it('is no referent of "Phường" later', () => {
    const text = `${HEAD}Phường Hải Châu được thành lập trên cơ sở sắp xếp các phường Thạch Thang, Phước Ninh và một phần phường Bình Hiên. Phường đã giải quyết 40.870 hồ sơ thủ tục hành chính.`;
    expect(figureAt(text, '40.870').locality).toBe('phường Hải Châu');
  });

  it('a ward named as a place still owns its clause', () => {
    const text = `${HEAD}Trong năm, phường Bình Hiên đã giải quyết 12.400 hồ sơ thủ tục hành chính.`;
    expect(figureAt(text, '12.400').locality).toBe('phường Bình Hiên');
  });
});
