// Per-record CPU of the JSON export in the worker, each step timed alone in Node (no browser, no IndexedDB):
//   npx tsx bench/export-serialise.ts [--figures 100000] [--rounds 5]
// Records are the library bench's figures, structured-cloned as IndexedDB hands them back. Steps: serialising with
// the allow-list replacer (the old exporter) vs canonical records + plain JSON.stringify (the exporter now), joining
// a batch's lines, the part writer cutting the text into transfer parts, and gzip + base64 of those parts.
import { EXPORT_BATCH, EXPORT_KEYS } from '../src/background/library/export-json.ts';
import { canonicalFigure } from '../src/background/library/canonical-records.ts';
import { createPartWriter } from '../src/messages/part-writer.ts';
import type { StoredFigure } from '../src/messages/records.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('figures', 100_000);
const ROUNDS = arg('rounds', 5);

let seed = 42;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
const figures: StoredFigure[] = structuredClone(Array.from({ length: TOTAL }, (_, n) => {
  const k = Math.floor(n / 50);
  const i = n % 50;
  const province = `tỉnh số ${1 + (k % 63)}`;
  const v = Math.round(rnd() * 10000) / 100;
  const text = `${String(v).replace('.', ',')}%`;
  const indicator = pick(['poverty_rate', 'grdp_growth', 'budget_revenue', 'cpi']);
  return {
    start: i * 120, end: i * 120 + text.length, text, kind: 'level' as const, value: v, unit: '%', indicator,
    locality: province, period: pick(['2023', '2023-H1', '2024']), modality: pick(['actual', 'estimate', 'target'] as const),
    anchor: { exact: text, prefix: `đoạn ${i}: tỷ lệ hộ nghèo của ${province} đạt `, suffix: ', tăng so với cùng kỳ' },
    id: `fb${k}x${i}`, articleId: `https://bao${k % 40}.vn/tin/${k}.html`, seriesKey: `${indicator}|${province}`,
    extractorVersion: '1.0.0', origin: 'machine' as const,
  };
}));
const batches: StoredFigure[][] = [];
for (let i = 0; i < figures.length; i += EXPORT_BATCH) batches.push(figures.slice(i, i + EXPORT_BATCH));

const cpuMs = async (work: () => unknown) => {
  const c = process.cpuUsage();
  await work();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
const lines = (f: (r: StoredFigure) => string) => batches.map((b) => b.map(f));
const oldLines = lines((r) => JSON.stringify(r, EXPORT_KEYS));
const newLines = lines((r) => JSON.stringify(canonicalFigure(r)));
if (oldLines.flat().join('\n') !== newLines.flat().join('\n')) throw new Error('the two serialisers differ');
const pieces = newLines.map((b) => b.join(',\n'));
const chars = pieces.reduce((n, p) => n + p.length, 0);

const steps: [string, () => unknown][] = [
  ['serialise, allow-list replacer (before)', () => lines((r) => JSON.stringify(r, EXPORT_KEYS))],
  ['serialise, canonical record + JSON.stringify (now)', () => lines((r) => JSON.stringify(canonicalFigure(r)))],
  ['  of which: building the canonical records', () => batches.map((b) => b.map(canonicalFigure))],
  ['join each batch\'s lines', () => newLines.map((b) => b.join(',\n'))],
  ['part writer, text parts', () => { const w = createPartWriter(() => {}, 'text'); for (const p of pieces) w.push(p); return w.finish(); }],
  ['part writer, gzip + base64 parts', () => { const w = createPartWriter(() => {}, 'gzip-base64'); for (const p of pieces) w.push(p); return w.finish(); }],
];
const times = steps.map(() => [] as number[]);
for (let r = 0; r <= ROUNDS; r++) {
  for (const [k, [, work]] of steps.entries()) {
    const ms = await cpuMs(work);
    if (r > 0) times[k]!.push(ms); // round 0 warms up
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`Node ${process.version}, ${TOTAL} figures, ${(chars / 1e6).toFixed(1)} M chars, median CPU of ${ROUNDS} rounds`);
for (const [k, [label]] of steps.entries()) console.log(`${label}: ${median(times[k]!).toFixed(0)} ms`);
