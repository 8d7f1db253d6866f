import { describe, expect, it } from 'vitest';
import { findLocalityMentions, type LocalityMention } from '../../../src/extractor/lexicon/match-localities.ts';
import {
  compareLevel,
  levelRank,
  provinceOf,
  provincesOn,
  districtsOn,
  successorOf,
  unitsNamed,
} from '../../../src/extractor/lexicon/gazetteer.ts';

function explicit(text: string): string[] {
  return findLocalityMentions(text)
    .filter((m) => m.kind === 'explicit')
    .map((m) => m.name!);
}

function only(text: string): LocalityMention {
  const ms = findLocalityMentions(text);
  expect(ms).toHaveLength(1);
  return ms[0]!;
}

describe('locality matcher: explicit forms', () => {
  it('tỉnh X gives the province', () => {
    expect(only('ban chấp hành đảng bộ tỉnh bến tre')).toMatchObject({ kind: 'explicit', name: 'tỉnh Bến Tre', level: 'tỉnh' });
  });
  it('thành phố X where X is also a province gives the district city', () => {
    expect(only('thành phố bến tre')).toMatchObject({ name: 'thành phố Bến Tre', level: 'thành phố', province: 'tỉnh Bến Tre' });
  });
  it('TP. with a dot and a space', () => {
    expect(explicit('tạo bước đột phá đưa tp. bến tre phát triển')).toEqual(['thành phố Bến Tre']);
  });
  it('TP with no dot, and TP.X with no space', () => {
    expect(explicit('tp bến tre')).toEqual(['thành phố Bến Tre']);
    expect(explicit('tp.bến tre')).toEqual(['thành phố Bến Tre']);
  });
  it('TX. and TX.X forms', () => {
    expect(explicit('đảng bộ tx. cai lậy')).toEqual(['thị xã Cai Lậy']);
    expect(explicit('tx.cai lậy')).toEqual(['thị xã Cai Lậy']);
  });
  it('thị xã X and huyện X with the same name stay apart', () => {
    expect(explicit('thị xã cai lậy và huyện cai lậy')).toEqual(['thị xã Cai Lậy', 'huyện Cai Lậy']);
  });
  it('huyện with canonical tone placement', () => {
    expect(only('huyện đức hòa, tỉnh long an'.slice(0, 13))).toMatchObject({ name: 'huyện Đức Hòa', province: 'tỉnh Long An' });
  });
  it('centrally-run city spelled thành phố X', () => {
    expect(only('liên kết với thành phố hồ chí minh')).toMatchObject({ name: 'thành phố Hồ Chí Minh', level: 'thành phố trực thuộc trung ương' });
  });
  it('TP.HCM and TPHCM', () => {
    expect(explicit('tp.hcm')).toEqual(['thành phố Hồ Chí Minh']);
    expect(explicit('tphcm')).toEqual(['thành phố Hồ Chí Minh']);
    expect(explicit('tp. hồ chí minh')).toEqual(['thành phố Hồ Chí Minh']);
  });
  it('thành phố Cần Thơ is the centrally-run city', () => {
    expect(only('thành phố cần thơ')).toMatchObject({ level: 'thành phố trực thuộc trung ương' });
  });
  it('tỉnh ủy X and huyện ủy X name the unit', () => {
    expect(explicit('bí thư tỉnh ủy bến tre lê đức thọ')).toEqual(['tỉnh Bến Tre']);
    expect(explicit('bí thư huyện ủy đức hòa - phan nhân duy')).toEqual(['huyện Đức Hòa']);
  });
  it('quận with a number', () => {
    expect(only('quận 1')).toMatchObject({ name: 'quận 1', level: 'quận', province: 'thành phố Hồ Chí Minh' });
  });
  it('Q. and H. abbreviations need their dot', () => {
    expect(explicit('q.1 và h. bình chánh')).toEqual(['quận 1', 'huyện Bình Chánh']);
    expect(explicit('q 1')).toEqual([]);
  });
  it('a type word with an unknown name is not explicit', () => {
    expect(explicit('thành phố long an')).toEqual([]);
  });
  it('tỉnh Bà Rịa - Vũng Tàu with its hyphen', () => {
    expect(explicit('tỉnh bà rịa - vũng tàu')).toEqual(['tỉnh Bà Rịa - Vũng Tàu']);
    expect(explicit('tỉnh bà rịa-vũng tàu')).toEqual(['tỉnh Bà Rịa - Vũng Tàu']);
  });
  it('Đắk and Đăk spellings both match', () => {
    expect(explicit('tỉnh đăk lăk')).toEqual(['tỉnh Đắk Lắk']);
    expect(explicit('huyện đắk glong')).toEqual(['huyện Đăk Glong']);
  });
  it('cả nước and toàn quốc', () => {
    expect(explicit('đứng thứ 5 cả nước')).toEqual(['cả nước']);
    expect(only('trên toàn quốc')).toMatchObject({ name: 'cả nước', level: 'cả nước' });
  });
  it('a district shared by several provinces lists them all', () => {
    const m = only('huyện châu thành');
    expect(m.province).toBeUndefined();
    expect(m.candidates!.length).toBeGreaterThan(5);
  });
  it('a following tỉnh X narrows a shared district name', () => {
    const [m] = findLocalityMentions('huyện châu thành, tỉnh tiền giang');
    expect(m).toMatchObject({ name: 'huyện Châu Thành', province: 'tỉnh Tiền Giang' });
    expect(m!.candidates).toHaveLength(1);
  });
  it('the span covers type word and name', () => {
    const text = 'đảng bộ tx. cai lậy, tỉnh tiền giang';
    const [m] = findLocalityMentions(text);
    expect(text.slice(m!.start, m!.end)).toBe('tx. cai lậy');
  });
});

describe('locality matcher: communes and wards', () => {
  it('phường with a number', () => {
    expect(only('phường 1')).toMatchObject({ name: 'phường 1', level: 'phường' });
  });
  it('xã with a name that ends at punctuation', () => {
    expect(only('tại xã mỹ an, nơi có')).toMatchObject({ name: 'xã Mỹ An', level: 'xã', known: false });
  });
  it('thị trấn with a name that ends at a dash', () => {
    expect(explicit('một góc thị trấn hậu nghĩa - ảnh')).toEqual(['thị trấn Hậu Nghĩa']);
  });
  it('xã, phường is not a name', () => {
    expect(explicit('cấp ủy xã, phường thẩm định')).toEqual([]);
  });
  it('a counted xã is not a name', () => {
    expect(explicit('12/17 xã đạt chuẩn')).toEqual([]);
    expect(explicit('các xã: mỹ thạnh an, bình phú')).toEqual([]);
  });
  it('xã nông thôn mới is not a commune named Nông Thôn Mới', () => {
    expect(explicit('có 2 xã nông thôn mới.')).toEqual([]);
    expect(explicit('xây dựng xã nông thôn mới.')).toEqual([]);
  });
  it('kinh tế - xã hội is not a commune', () => {
    expect(findLocalityMentions('tình hình kinh tế - xã hội.')).toEqual([]);
  });
  it('hợp tác xã is not a commune', () => {
    expect(explicit('hợp tác xã tân phú.')).toEqual([]);
  });
  it('a commune name runs at most three syllables', () => {
    expect(explicit('xã tân phú thạnh hòa.')).toEqual([]);
  });
});

describe('locality matcher: bare names', () => {
  it('a bare province name is flagged with its candidates', () => {
    const m = only('bến tre tập trung thực hiện nhiệm vụ');
    expect(m).toMatchObject({ kind: 'bare', bare: true });
    expect(m.candidates!.map((c) => c.name)).toEqual(['tỉnh Bến Tre', 'thành phố Bến Tre']);
  });
  it('Cai Lậy bare is both the huyện and the thị xã', () => {
    const m = only('cai lậy');
    expect(m.candidates!.map((c) => c.name).sort()).toEqual(['huyện Cai Lậy', 'thị xã Cai Lậy']);
  });
  it('Long An bare is the province', () => {
    expect(only('long an').candidates!.map((c) => c.name)).toEqual(['tỉnh Long An']);
  });
  it('Hồ Chí Minh alone is a person, not a place', () => {
    expect(findLocalityMentions('học tập và làm theo tư tưởng, đạo đức, phong cách hồ chí minh')).toEqual([]);
    expect(findLocalityMentions('chủ tịch hồ chí minh')).toEqual([]);
  });
  it('a district name inside a person name is not a place', () => {
    expect(findLocalityMentions('đồng chí lê đức thọ phát biểu').filter((m) => m.bare)).toEqual([]);
  });
  it('a name that is an everyday word is not read bare', () => {
    expect(findLocalityMentions('thống nhất cao trong đảng bộ, vì hòa bình')).toEqual([]);
  });
  it('Đồng Tháp Mười is a region, not Đồng Tháp nor Tháp Mười', () => {
    expect(findLocalityMentions('trung tâm vùng đồng tháp mười của tỉnh').filter((m) => m.bare)).toEqual([]);
  });
  it('a river named like a province is not the province', () => {
    expect(findLocalityMentions('dọc sông đồng nai')).toEqual([]);
  });
  it('Quốc lộ with a number is not a place', () => {
    expect(findLocalityMentions('quốc lộ 91')).toEqual([]);
  });
  it('a bare name needs word boundaries', () => {
    expect(findLocalityMentions('bến tresomething')).toEqual([]);
  });
});

describe('locality matcher: generic references', () => {
  it('thị xã alone refers to the current thị xã', () => {
    expect(only('thị xã đã thực hiện đạt 15 chỉ tiêu')).toMatchObject({ kind: 'generic', generic: true, level: 'thị xã' });
  });
  it('thị ủy, huyện ủy, tỉnh ủy', () => {
    expect(findLocalityMentions('ban thường vụ thị ủy').map((m) => m.level)).toEqual(['thị xã']);
    expect(findLocalityMentions('huyện ủy và tỉnh ủy').map((m) => m.level)).toEqual(['huyện', 'tỉnh']);
  });
  it('toàn tỉnh and trên địa bàn huyện take in their lead words', () => {
    const text = 'toàn tỉnh có; trên địa bàn huyện';
    expect(findLocalityMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(['toàn tỉnh', 'trên địa bàn huyện']);
  });
  it('đảng bộ thị xã', () => {
    const text = 'nghị quyết đại hội đảng bộ thị xã lần thứ ii';
    const [m] = findLocalityMentions(text);
    expect(text.slice(m!.start, m!.end)).toBe('đảng bộ thị xã');
  });
  it('thành phố alone may be either kind of city', () => {
    expect(only('các nhiệm vụ của thành phố')).toMatchObject({ level: 'thành phố', alsoLevels: ['thành phố trực thuộc trung ương'] });
  });
  it('các huyện and cấp huyện are not references to one unit', () => {
    expect(findLocalityMentions('các huyện, cấp huyện, 3 huyện')).toEqual([]);
  });
  it('thành phố trực thuộc trung ương is a class, not a reference', () => {
    expect(findLocalityMentions('thành phố trực thuộc trung ương')).toEqual([]);
  });
  it('a level word before an explicit name gives way to it', () => {
    expect(findLocalityMentions('bí thư thành ủy tp. bến tre').map((m) => m.kind)).toEqual(['explicit']);
  });
  it('tỉnh lộ is a road', () => {
    expect(findLocalityMentions('tỉnh lộ 8')).toEqual([]);
  });
});

describe('gazetteer helpers', () => {
  it('63 provinces in 2024 and 34 after the 2025 merger', () => {
    expect(provincesOn('2024-06')).toHaveLength(63);
    expect(provincesOn('2025-07')).toHaveLength(34);
  });
  it('the Mekong Delta provinces are in the 2024 list', () => {
    const names = provincesOn('2024-06').map((u) => u.canonical);
    for (const p of ['tỉnh Bến Tre', 'tỉnh Tiền Giang', 'tỉnh Long An', 'tỉnh Hậu Giang', 'thành phố Cần Thơ', 'tỉnh Bà Rịa - Vũng Tàu']) {
      expect(names).toContain(p);
    }
  });
  it('no district-level unit after June 2025', () => {
    expect(districtsOn('2025-07')).toEqual([]);
    expect(districtsOn('2024-06').length).toBeGreaterThan(690);
  });
  it('Bến Cát is a thị xã before April 2023 and a thành phố after', () => {
    const benCat = unitsNamed('Bến Cát');
    expect(benCat.map((u) => `${u.canonical} ${u.until ?? ''}${u.from ?? ''}`).sort()).toEqual([
      'thành phố Bến Cát 2025-062023-04',
      'thị xã Bến Cát 2023-03',
    ]);
  });
  it('provinceOf a canonical district, a bare name and a province', () => {
    expect(provinceOf('thị xã Cai Lậy')).toBe('tỉnh Tiền Giang');
    expect(provinceOf('Đức Hòa')).toBe('tỉnh Long An');
    expect(provinceOf('huyện Đức Hoà')).toBe('tỉnh Long An');
    expect(provinceOf('tỉnh Bến Tre')).toBe('tỉnh Bến Tre');
  });
  it('provinceOf a name in several provinces is undefined', () => {
    expect(provinceOf('huyện Châu Thành')).toBeUndefined();
  });
  it('successorOf a merged province', () => {
    expect(successorOf('tỉnh Bến Tre')).toBe('tỉnh Vĩnh Long');
    expect(successorOf('tỉnh Bình Dương')).toBe('thành phố Hồ Chí Minh');
    expect(successorOf('tỉnh Cà Mau')).toBeUndefined();
  });
  it('levelRank orders commune < district < province < country', () => {
    expect(levelRank('xã Mỹ An')).toBe(0);
    expect(levelRank('thị xã Cai Lậy')).toBe(1);
    expect(levelRank('tỉnh Bến Tre')).toBe(2);
    expect(levelRank('thành phố Cần Thơ')).toBe(2);
    expect(levelRank('cả nước')).toBe(3);
    expect(levelRank('thị xã')).toBe(1);
  });
  it('compareLevel puts the more specific first', () => {
    expect(compareLevel('huyện Đức Hòa', 'tỉnh Long An')).toBeLessThan(0);
  });
});

describe('locality matcher: wards, towns and hamlets', () => {
  it('thị trấn takes a name that is not in the place-name syllables', () => {
    expect(explicit('thị trấn mái dầm, huyện châu thành')[0]).toBe('thị trấn Mái Dầm');
  });
  it('xã, phường, thị trấn lists levels, not a ward', () => {
    expect(explicit('các xã, phường thực hiện tốt')).toEqual([]);
  });
  it('a bare name after ấp is a hamlet, not the district', () => {
    expect(findLocalityMentions('trưởng ấp tân phú, xã tân phú đông').map((m) => m.kind)).toEqual(['explicit']);
  });
  it('a bare name in brackets after a district is still read', () => {
    const ms = findLocalityMentions('ubnd huyện phụng hiệp (hậu giang)');
    expect(ms.map((m) => m.kind)).toEqual(['explicit', 'bare']);
    expect(ms[1]!.candidates!.map((c) => c.name)).toEqual(['tỉnh Hậu Giang']);
  });
  it('thành ủy X names a centrally-run city', () => {
    expect(only('bí thư thành ủy cần thơ')).toMatchObject({ name: 'thành phố Cần Thơ', level: 'thành phố trực thuộc trung ương' });
  });
});

describe('locality matcher: other spellings', () => {
  it('huyện Đa Krông is huyện Đakrông', () => {
    expect(explicit('huyện đa krông')).toEqual(['huyện Đakrông']);
  });
  it('M’Drắk with a plain D and a typographic apostrophe is huyện M\'Đrắk', () => {
    expect(explicit('huyện m’drắk')).toEqual(["huyện M'Đrắk"]);
  });
  it('Buôn Mê Thuột is the city of Buôn Ma Thuột', () => {
    expect(explicit('thành phố buôn mê thuột')).toEqual(['thành phố Buôn Ma Thuột']);
  });
  it('Hải Dương bare is the province', () => {
    expect(only('hải dương có 12 đơn vị').candidates!.map((c) => c.name)).toContain('tỉnh Hải Dương');
  });
});

describe('locality matcher: bodies of a unit', () => {
  it('tỉnh ủy is marked as an organ, tỉnh is not', () => {
    expect(only('chỉ tiêu tỉnh ủy giao')).toMatchObject({ generic: true, level: 'tỉnh', organ: true });
    expect(only('toàn tỉnh có')).not.toHaveProperty('organ');
  });
  it('UBND tỉnh and Ủy ban nhân dân huyện are organs', () => {
    expect(only('ubnd tỉnh ban hành')).toMatchObject({ organ: true });
    expect(only('ủy ban nhân dân huyện ban hành')).toMatchObject({ organ: true });
  });
  it('Thành ủy Cần Thơ is explicit and an organ', () => {
    expect(only('thành ủy cần thơ')).toMatchObject({ kind: 'explicit', name: 'thành phố Cần Thơ', organ: true });
  });
});
