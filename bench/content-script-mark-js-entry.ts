// The mark.js side of the benchmark's "evaluation counted" rows (bench/content-script.ts): mark.js's own bundle and
// the one call a page script would make, evaluated inside the counted window as the shipped content script is there.
// The ranges (those our run painted) and the end of the window come from the benchmark's stand-in, set up before it.
import Mark from 'mark.js';

const bench = (globalThis as unknown as { soiSoHonest: { ranges: { start: number; length: number }[]; finished(): void } }).soiSoHonest;
new Mark(document.body).markRanges(bench.ranges);
bench.finished();
