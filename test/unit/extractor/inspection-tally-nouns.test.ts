// Inspection and audit tallies counted as written: inspections held ("triển khai 312 cuộc thanh tra hành chính", "Thanh
// tra tỉnh thực hiện 24 cuộc"), penalty decisions issued ("ban hành 2.418 quyết định xử phạt") and the conclusions followed
// up ("theo dõi 168 kết luận thanh tra, đã thực hiện xong 142/168 kết luận").
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2025-12-20' };

describe('inspection tallies are counted nouns', () => {
  it('inspections held, bare or named', () => {
    const text = 'Năm 2025, ngành thanh tra tỉnh đã tiến hành 286 cuộc thanh tra hành chính; trong đó thanh tra cấp huyện 140 cuộc.';
    expect(figureAt(text, '286', opts).unit).toBe('cuộc');
    expect(figureAt(text, '140', opts).unit).toBe('cuộc');
  });

  it('decisions issued and conclusions carried out', () => {
    const text = 'Các cơ quan đã ban hành 1.530 quyết định xử phạt vi phạm hành chính; đôn đốc 96 kết luận thanh tra, đã thực hiện xong 81/96 kết luận.';
    expect(figureAt(text, '1.530', opts).unit).toBe('quyết định');
    expect(figureAt(text, '96 kết luận thanh tra', opts).unit).toBe('kết luận');
    expect([figureAt(text, '81/96', opts).kind, figureAt(text, '81/96', opts).unit]).toEqual(['ratio', 'kết luận']);
  });

  it('a decision named by its number stays no figure', () => {
    expectNoFigureAt('Căn cứ Quyết định 1600 của Thủ tướng, tỉnh tổ chức 2 cuộc họp bàn giao hồ sơ.', '1600', opts);
  });
});
