// Throughput of the lexicon matchers on about 1 MB of article text (the seed articles repeated), lowercased as the
// extractor passes it. Run: npx tsx bench/lexicon-match.ts
// Reports CPU time of this process (median of 7 runs after 3 warm-up runs): on a shared machine wall time mostly
// measures the neighbours.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findIndicatorMentions } from '../src/extractor/lexicon/match-indicators.ts';
import { findLocalityMentions } from '../src/extractor/lexicon/match-localities.ts';
import { scanTokens } from '../src/extractor/lexicon/tokenize.ts';

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/seeds');
const sample = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seeds, f), 'utf8'))
  .join('\n\n')
  .normalize('NFC')
  .toLowerCase();
let text = '';
while (text.length < 1_000_000) text += sample + '\n\n';

function time(label: string, run: () => number): void {
  for (let k = 0; k < 3; k++) run();
  const cpu: number[] = [];
  const wall: number[] = [];
  let count = 0;
  for (let k = 0; k < 7; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    count = run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  const ms = cpu[3]!;
  console.log(
    `${label.padEnd(34)} ${(text.length / 1e6).toFixed(2)} M chars: CPU ${ms.toFixed(1)} ms ` +
      `(${(text.length / 1e6 / (ms / 1000)).toFixed(1)} M chars/s), wall ${wall[3]!.toFixed(1)} ms, ${count} results`,
  );
}

time('scanTokens', () => scanTokens(text).count);
time('findIndicatorMentions', () => findIndicatorMentions(text).length);
time('findLocalityMentions', () => findLocalityMentions(text).length);
time('both, sharing one scan', () => {
  const ts = scanTokens(text);
  return findIndicatorMentions(text, ts).length + findLocalityMentions(text, ts).length;
});
