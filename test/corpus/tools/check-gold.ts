// Verifies gold files (FIGURES.md format): every `quote` occurs exactly once in its article, `number` sits at
// `offset` inside that quote, fields use only the spec's vocabulary, and `value`/`of`/`high` agree with the
// number as written. With --fix it (re)computes every offset from quote and number and rewrites the file.
//
//   npx tsx test/corpus/tools/check-gold.ts [--fix] [DIR...]      (default DIR: test/corpus/dev)
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const INDICATORS = new Set(`grdp_growth grdp grdp_per_capita income_per_capita sector_share
industrial_production_index industrial_output_value agricultural_output_value total_output_value retail_sales
export_value import_value budget_revenue budget_expenditure social_investment public_investment_disbursement fdi
new_enterprises tourist_arrivals international_tourist_arrivals tourism_revenue cpi pci papi par_index crop_area
rice_output food_output aquaculture_output poverty_rate near_poverty_rate poor_households households_out_of_poverty
health_insurance_coverage social_insurance_coverage jobs_created new_jobs labour_export vocational_training
trained_labour_rate unemployment_rate school_enrollment_rate national_standard_schools doctors_per_10k
hospital_beds_per_10k child_malnutrition_rate clean_water_rate forest_cover urbanization_rate new_rural_communes
new_rural_communes_advanced new_rural_communes_model new_rural_criteria ocop_products crime crime_clearance_rate
traffic_accidents traffic_deaths traffic_injuries resolution_targets new_party_members`.split(/\s+/));
const KINDS = new Set(['level', 'change', 'attainment', 'ratio']);
const MODALITIES = new Set(['actual', 'estimate', 'target']);
const DIRECTIONS = new Set(['up', 'down']);
const STATUSES = new Set(['achieved', 'exceeded', 'nearly', 'not_achieved', 'pending']);
const BOUNDS = new Set(['over', 'under', 'at_least', 'at_most', 'about', 'nearly']);
const MEASURE_UNITS = new Set(['%', 'điểm %', 'VND', 'USD', 'lần', 'điểm', 'ha', 'tấn', 'km', 'km2', 'tạ/ha', 'tấn/ha', 'm2', 'm3', 'kg', 'MW', 'kWh', '‰', 'TEU']);
// `of_optional` appears in the seeds (a denominator the text implies); tolerated, never required.
const KEYS = ['quote', 'number', 'kind', 'value', 'of', 'high', 'unit', 'indicator', 'locality', 'period', 'modality',
  'direction', 'base', 'status', 'bound', 'optional', 'of_optional', 'offset'];
const ALLOWED = new Set(KEYS);
const LOCALITY = /^(cả nước|(tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn|đặc khu) \p{Lu}.*)$/u;
const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|(1[01]|[5-9])M|M(0[1-9]|1[0-2])))?$|^\d{4}\/\d{4}$/;

const SCALE: Record<string, number> = { 'tỷ': 1e9, 'tỉ': 1e9, 'triệu': 1e6, 'nghìn': 1e3, 'ngàn': 1e3, 'vạn': 1e4 };
const LITERAL = /^(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)/;
const toNumber = (lit: string) => Number(lit.replace(/\./g, '').replace(',', '.'));

/** Reads one digit number with scale words and digit-word compounds ("115 nghìn 788"); undefined if none. */
function readAmount(s: string): { value: number; rest: string; scaled: boolean } | undefined {
  const m = LITERAL.exec(s);
  if (!m) return undefined;
  let value = toNumber(m[1]!);
  let rest = s.slice(m[0].length);
  let scaled = false;
  for (;;) {
    const w = /^\s*(tỷ|tỉ|triệu|nghìn|ngàn|vạn)(?![\p{L}])/u.exec(rest);
    if (!w) break;
    const factor = SCALE[w[1]!]!;
    rest = rest.slice(w[0].length);
    scaled = true;
    // "1,26 triệu tỉ": scales multiply; "115 nghìn 788": a following bare number adds.
    value *= factor;
    const tail = /^\s+(\d{1,3})(?![\d.,\/])/.exec(rest);
    if (tail && !/^\s*(tỷ|tỉ|triệu|nghìn|ngàn|vạn)/u.test(rest.slice(tail[0].length))) {
      value += Number(tail[1]);
      rest = rest.slice(tail[0].length);
    }
  }
  return { value, rest, scaled };
}

/** The value, of and high the written number implies, or undefined when it is spelled out or not parseable here. */
export function expectedValues(number: string): { value: number; of?: number; high?: number } | undefined {
  // NFD articles (holdout5/009, holdout10/005) store numbers decomposed; the scale words here are NFC.
  let s = number.normalize('NFC').trim().replace(/^\(|\)$/g, '').replace(/^[+\-−]\s*/, '');
  const ratio = /^(\d[\d.]*(?:,\d+)?)\s*\/\s*(\d[\d.]*(?:,\d+)?)/.exec(s);
  if (ratio) return { value: toNumber(ratio[1]!), of: toNumber(ratio[2]!) };
  const a = readAmount(s);
  if (!a) return undefined;
  const range = /^\s*%?\s*(?:-|–|đến|tới)\s*/u.exec(a.rest);
  if (range) {
    const b = readAmount(a.rest.slice(range[0].length));
    if (b) {
      // "1,5-1,6 triệu": the scale written after the upper end applies to both.
      const low = !a.scaled && b.scaled ? a.value * (b.value / toNumber(LITERAL.exec(a.rest.slice(range[0].length))![1]!)) : a.value;
      return { value: low, high: b.value };
    }
  }
  return { value: a.value };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

type Gold = { article: string; published?: string; locality?: string; figures: Record<string, unknown>[] };

function checkFile(dir: string, file: string, fix: boolean): { errors: string[]; figures: number } {
  const errors: string[] = [];
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
  const err = (msg: string) => errors.push(`${file}: ${msg}`);
  const articlePath = join(dir, gold.article ?? '');
  if (!gold.article || !existsSync(articlePath)) { err(`article ${gold.article} not found`); return { errors, figures: 0 }; }
  const text = readFileSync(articlePath, 'utf8').replace(/^\uFEFF/, '');
  if (gold.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(gold.published)) err(`published ${gold.published}`);
  if (gold.locality !== undefined && !LOCALITY.test(gold.locality)) err(`article locality ${gold.locality}`);
  if (!Array.isArray(gold.figures)) { err('figures is not an array'); return { errors, figures: 0 }; }
  const offsets = new Map<number, string>();
  gold.figures.forEach((f, i) => {
    const q = String(f.quote ?? '');
    const n = String(f.number ?? '');
    const tag = `#${i} «${q}»`;
    for (const k of Object.keys(f)) if (!ALLOWED.has(k)) err(`${tag}: unknown field ${k}`);
    const at = occurrences(text, q);
    if (!q || at.length !== 1) { err(`${tag}: quote occurs ${at.length} times`); return; }
    const inQuote = occurrences(q, n);
    if (!n || inQuote.length !== 1) { err(`${tag}: number «${n}» occurs ${inQuote.length} times in quote`); return; }
    const offset = at[0]! + inQuote[0]!;
    if (fix) f.offset = offset;
    else if (f.offset !== offset) err(`${tag}: offset ${String(f.offset)} should be ${offset}`);
    if (text.slice(offset, offset + n.length) !== n) err(`${tag}: number not at offset`);
    if (offsets.has(offset)) err(`${tag}: same offset as «${offsets.get(offset)}»`);
    offsets.set(offset, q);

    if (!KINDS.has(String(f.kind))) err(`${tag}: kind ${String(f.kind)}`);
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) err(`${tag}: value ${String(f.value)}`);
    if (f.kind === 'ratio' && typeof f.of !== 'number') err(`${tag}: ratio without of`);
    if (f.kind !== 'ratio' && f.of !== undefined) err(`${tag}: of on a ${String(f.kind)}`);
    if (f.high !== undefined && !(typeof f.high === 'number' && typeof f.value === 'number' && f.high > f.value)) err(`${tag}: high ${String(f.high)}`);
    if (f.optional !== undefined && f.optional !== true) err(`${tag}: optional must be true when present`);
    const u = f.unit;
    // A unit is a measure or a counted noun as written, optionally per something: VND/người/năm, tấn/ha/vụ.
    const [head, ...per] = typeof u === 'string' ? u.split('/') : [];
    const measureOrNoun = (x: string) => MEASURE_UNITS.has(x) || /^\p{Ll}[\p{Ll} ]*$/u.test(x);
    // Transport volumes multiply a load by the distance carried, as statistics offices print them: tấn.km, lượt khách.km.
    const headOk = head !== undefined && (measureOrNoun(head) || (head.endsWith('.km') && measureOrNoun(head.slice(0, -3))));
    if (u !== undefined && !(headOk && per.every((p) => MEASURE_UNITS.has(p) || /^\p{Ll}[\p{Ll} ]*$/u.test(p)))) err(`${tag}: unit ${String(u)}`);
    if (u === 'đồng' || u === 'VNĐ' || u === 'đ') err(`${tag}: unit for đồng is VND`);
    if (f.indicator !== undefined && !INDICATORS.has(String(f.indicator))) err(`${tag}: indicator ${String(f.indicator)}`);
    if (f.locality !== undefined && !LOCALITY.test(String(f.locality))) err(`${tag}: locality ${String(f.locality)}`);
    if (f.period !== undefined && !PERIOD.test(String(f.period))) err(`${tag}: period ${String(f.period)}`);
    if (f.modality !== undefined && !MODALITIES.has(String(f.modality))) err(`${tag}: modality ${String(f.modality)}`);
    if (f.direction !== undefined && !DIRECTIONS.has(String(f.direction))) err(`${tag}: direction ${String(f.direction)}`);
    if (f.base !== undefined && !/^(same_period|previous_period|target|\d{4})$/.test(String(f.base))) err(`${tag}: base ${String(f.base)}`);
    if (f.status !== undefined && !STATUSES.has(String(f.status))) err(`${tag}: status ${String(f.status)}`);
    if (f.bound !== undefined && !BOUNDS.has(String(f.bound))) err(`${tag}: bound ${String(f.bound)}`);
    if (f.kind === 'change' && f.direction === undefined) err(`${tag}: change without direction`);
    if (f.base !== undefined && f.kind !== 'change' && f.kind !== 'attainment') err(`${tag}: base on a ${String(f.kind)}`);
    if (!f.optional) for (const k of ['unit', 'modality'] as const) if (f[k] === undefined) err(`${tag}: no ${k}`);

    // NFD articles store their numbers in NFD too; the scale words are read in NFC.
    const want = expectedValues(n.normalize('NFC'));
    // A bare table cell ("| 4.210 |") takes its scale from the row label or the table's heading ("(tỷ đồng)").
    const cellScaled = (v: number, w: number) => /\|/.test(q) && /^[\d.,]+$/.test(n) && [1e3, 1e6, 1e9].some((k) => near(v, w * k));
    if (want && typeof f.value === 'number') {
      if (!near(f.value, want.value) && !cellScaled(f.value, want.value)) err(`${tag}: value ${f.value}, number says ${want.value}`);
      if (want.of !== undefined && f.of !== want.of) err(`${tag}: of ${String(f.of)}, number says ${want.of}`);
      if (want.high !== undefined && !(typeof f.high === 'number' && near(f.high, want.high))) err(`${tag}: high ${String(f.high)}, number says ${want.high}`);
    }
  });
  if (fix) {
    // Keep the seeds' field order; offset last.
    gold.figures = gold.figures.map((f) => Object.fromEntries(KEYS.filter((k) => f[k] !== undefined).map((k) => [k, f[k]])));
    writeFileSync(join(dir, file), JSON.stringify(gold, null, 1) + '\n');
  }
  return { errors, figures: gold.figures.length };
}

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const dirs = args.filter((a) => !a.startsWith('--'));
let errors: string[] = [];
let articles = 0, figures = 0, optional = 0;
for (const dir of dirs.length ? dirs : ['test/corpus/dev']) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const r = checkFile(dir, file, fix);
    errors = errors.concat(r.errors);
    articles++;
    figures += r.figures;
    optional += (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold).figures.filter((f) => f.optional).length;
  }
}
for (const e of errors) console.error(e);
console.log(`${articles} articles, ${figures} gold figures (${optional} optional), ${errors.length} problems`);
process.exit(errors.length ? 1 : 0);
