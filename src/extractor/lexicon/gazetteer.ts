// Units of the gazetteer with their canonical spelling ("thị xã Cai Lậy"), validity and province, plus lookups.
// Built once from the data in localities.ts.
import {
  DISTRICT_ALIASES,
  DISTRICTS_ABOLISHED_AFTER,
  PROVINCES,
  type DistrictType,
  type LocalityLevel,
  type ProvinceRecord,
  type UnitType,
} from './localities.ts';
import { normaliseKey } from './tokenize.ts';

export interface LocalityUnit {
  /** "Cai Lậy", "Bến Tre", "1" (Quận 1). */
  readonly name: string;
  readonly type: UnitType;
  /** Spelled out as FIGURES.md wants it: "tỉnh Bến Tre", "thành phố Hồ Chí Minh", "thị xã Cai Lậy", "quận 1". */
  readonly canonical: string;
  /** Districts: the canonical name of their province ("tỉnh Tiền Giang"). Provinces: absent. */
  readonly province?: string;
  /** First and last month of validity, 'YYYY-MM'; absent means open-ended. */
  readonly from?: string;
  readonly until?: string;
  /** Provinces merged away in 2025: the canonical name of the province they became part of. */
  readonly successor?: string;
  /** Lowercase spellings that name the unit, its name first. */
  readonly keys: readonly string[];
}

function provinceCanonical(name: string, type: ProvinceRecord['type']): string {
  return `${type === 'tỉnh' ? 'tỉnh' : 'thành phố'} ${name}`;
}

function laterOf(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function earlierOf(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

// "Đắk" and "Đăk" are both written for the same syllable. Names in the data are already NFC with canonical tones
// (a unit test holds them to that); lowercasing is all a key needs.
function spellingKeys(name: string): string[] {
  const key = name.toLowerCase();
  const out = new Set([key]);
  // "Đắk", "Đăk" and "Đak" are all written ("huyện Đak Đoa", "Đăk Đoa"; "Đắk Mil", "Đăk Mil").
  if (/đ[ắăa]k(?!\p{L})(?!\p{M})/u.test(key)) for (const form of ['đắk', 'đăk', 'đak']) out.add(key.replace(/đ[ắăa]k(?!\p{L})(?!\p{M})/gu, form));
  return [...out];
}

function buildUnits(): LocalityUnit[] {
  const units: LocalityUnit[] = [];
  const byName = new Map(PROVINCES.map((p) => [p.name, p]));
  for (const p of PROVINCES) {
    const name = p.name;
    const canonical = provinceCanonical(name, p.type);
    const successor = p.successor === undefined ? undefined : byName.get(p.successor);
    units.push({
      name,
      type: p.type,
      canonical,
      ...(p.from === undefined ? {} : { from: p.from }),
      ...(p.until === undefined ? {} : { until: p.until }),
      ...(successor === undefined ? {} : { successor: provinceCanonical(successor.name, successor.type) }),
      keys: [...spellingKeys(name), ...(p.aliases ?? []).flatMap(spellingKeys)],
    });
    const add = (type: DistrictType, raw: string, from?: string, until?: string): void => {
      const dName = raw;
      const f = laterOf(p.from, from);
      const u = earlierOf(earlierOf(p.until, until), DISTRICTS_ABOLISHED_AFTER);
      units.push({
        name: dName,
        type,
        canonical: `${type} ${dName}`,
        province: canonical,
        ...(f === undefined ? {} : { from: f }),
        ...(u === undefined ? {} : { until: u }),
        keys: [...spellingKeys(dName), ...(DISTRICT_ALIASES[raw] ?? DISTRICT_ALIASES[dName] ?? []).flatMap(spellingKeys)],
      });
    };
    // A unit whose type changed is listed under its old type until the change and its new type after it.
    const changes = p.changes ?? [];
    const changedFrom = (n: string, type: DistrictType) => changes.find((c) => c.name === n && c.type !== type && c.from !== undefined)?.from;
    const beforeMonth = (month: string | undefined): string | undefined => {
      if (month === undefined) return undefined;
      const [y, m] = month.split('-').map(Number) as [number, number];
      return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    };
    const lists: Array<[DistrictType, readonly string[] | undefined]> = [
      ['thành phố', p.tp],
      ['thị xã', p.tx],
      ['huyện', p.h],
      ['quận', p.q],
    ];
    for (const [type, names] of lists) for (const n of names ?? []) add(type, n, undefined, beforeMonth(changedFrom(n, type)));
    for (const c of changes) add(c.type, c.name, c.from, c.until);
  }
  return units;
}

/** Every unit: the 63 + 1 province-level units (Huế counted as a tỉnh and, from 2025, a city) and ~720 districts. */
export const LOCALITY_UNITS: readonly LocalityUnit[] = buildUnits();

const BY_KEY: ReadonlyMap<string, readonly LocalityUnit[]> = (() => {
  const map = new Map<string, LocalityUnit[]>();
  for (const u of LOCALITY_UNITS) {
    for (const k of u.keys) {
      const list = map.get(k);
      if (list === undefined) map.set(k, [u]);
      else if (!list.includes(u)) list.push(u);
    }
  }
  return map;
})();

const BY_CANONICAL: ReadonlyMap<string, readonly LocalityUnit[]> = (() => {
  const map = new Map<string, LocalityUnit[]>();
  for (const u of LOCALITY_UNITS) {
    const k = normaliseKey(u.canonical);
    map.set(k, [...(map.get(k) ?? []), u]);
  }
  return map;
})();

/** Every spelling key with the units it may name, for the matcher's name trie. */
export function nameKeys(): ReadonlyMap<string, readonly LocalityUnit[]> {
  return BY_KEY;
}

/** Units a bare name may denote: "Cai Lậy" → huyện Cai Lậy and thị xã Cai Lậy; "Bến Tre" → tỉnh and thành phố. */
export function unitsNamed(name: string): readonly LocalityUnit[] {
  return BY_KEY.get(normaliseKey(name)) ?? [];
}

/** Units with this canonical spelling ("thành phố Huế" is a district city until 2024 and a centrally-run city after). */
export function unitsByCanonical(canonical: string): readonly LocalityUnit[] {
  return BY_CANONICAL.get(normaliseKey(canonical)) ?? [];
}

function validOn(u: LocalityUnit, month: string): boolean {
  return (u.from === undefined || u.from <= month) && (u.until === undefined || u.until >= month);
}

/** Province-level units in force in a month ('YYYY-MM'): 63 in 2023–2024, 34 from 2025-07. */
export function provincesOn(month: string): LocalityUnit[] {
  return LOCALITY_UNITS.filter((u) => u.province === undefined && validOn(u, month));
}

/** District-level units in force in a month ('YYYY-MM'); none after June 2025. */
export function districtsOn(month: string): LocalityUnit[] {
  return LOCALITY_UNITS.filter((u) => u.province !== undefined && validOn(u, month));
}

/**
 * The canonical province of a locality given canonically ("thị xã Cai Lậy") or bare ("Cai Lậy", "Đức Hòa"):
 * "tỉnh Tiền Giang". A province gives itself. Undefined when unknown or when the name belongs to several
 * provinces ("huyện Châu Thành").
 */
export function provinceOf(locality: string): string | undefined {
  const units = unitsByCanonical(locality).length > 0 ? unitsByCanonical(locality) : unitsNamed(locality);
  const provinces = new Set(units.map((u) => u.province ?? u.canonical));
  return provinces.size === 1 ? [...provinces][0] : undefined;
}

/** For a province merged away in 2025, the province it joined ("tỉnh Bến Tre" → "tỉnh Vĩnh Long"). */
export function successorOf(province: string): string | undefined {
  return unitsByCanonical(province).find((u) => u.successor !== undefined)?.successor;
}

const RANK: Readonly<Record<LocalityLevel, number>> = {
  'xã': 0,
  'phường': 0,
  'thị trấn': 0,
  'đặc khu': 0,
  'quận': 1,
  'huyện': 1,
  'thị xã': 1,
  'thành phố': 1,
  'tỉnh': 2,
  'thành phố trực thuộc trung ương': 2,
  'cả nước': 3,
};

/**
 * How broad a level is: 0 commune (xã, phường, thị trấn, đặc khu), 1 district (quận, huyện, thị xã, thành phố thuộc tỉnh),
 * 2 province (tỉnh, thành phố trực thuộc trung ương), 3 the country. Accepts a level word or a canonical name
 * ("thị xã Cai Lậy" → 1, "thành phố Cần Thơ" → 2, "cả nước" → 3); unknown → 1.
 */
export function levelRank(levelOrLocality: string): number {
  const key = normaliseKey(levelOrLocality);
  if (key in RANK) return RANK[key as LocalityLevel];
  const units = unitsByCanonical(key);
  if (units.length > 0) return Math.max(...units.map((u) => RANK[u.type]));
  for (const word of ['thị trấn', 'xã', 'phường', 'đặc khu'] as const) if (key.startsWith(word + ' ')) return RANK[word];
  return 1;
}

/** Negative when `a` is more specific than `b` ("huyện Đức Hòa" before "tỉnh Long An"). */
export function compareLevel(a: string, b: string): number {
  return levelRank(a) - levelRank(b);
}

/** Some unit spelled `canonical` is in force in `month` ('YYYY-MM'). */
export function inForceOn(canonical: string, month: string): boolean {
  return unitsByCanonical(canonical).some((u) => validOn(u, month));
}
