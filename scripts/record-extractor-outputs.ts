// npm run record:extractor-outputs — records what the extractor makes of every annotated article under the current
// EXTRACTOR_VERSION (test/corpus/extractor-outputs.json). Refuses when an article's output changed and the version did
// not: bump EXTRACTOR_VERSION (src/extractor/index.ts) first, so libraries saved by the older extractor are refreshed.
import { writeFileSync } from 'node:fs';
import { EXTRACTOR_VERSION } from '../src/extractor/index.ts';
import { RECORD, corpusFiles, digestOf, keyOf, readRecord, type OutputRecord } from '../test/corpus/tools/extractor-outputs.ts';

const old = readRecord();
const digests: Record<string, string> = {};
for (const file of corpusFiles()) digests[keyOf(file)] = digestOf(file);
const changed = old ? Object.keys(digests).filter((k) => old.digests[k] !== undefined && old.digests[k] !== digests[k]) : [];
if (old && old.version === EXTRACTOR_VERSION && changed.length) {
  console.error(`The extractor's output changed on ${changed.length} article(s) (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''}) ` +
    `but EXTRACTOR_VERSION is still ${EXTRACTOR_VERSION}. Bump it in src/extractor/index.ts, then record again.`);
  process.exit(1);
}
const record: OutputRecord = { version: EXTRACTOR_VERSION, digests };
writeFileSync(RECORD, `${JSON.stringify(record, null, 1)}\n`);
const added = old ? Object.keys(digests).filter((k) => old.digests[k] === undefined).length : Object.keys(digests).length;
console.log(`Recorded ${Object.keys(digests).length} articles under ${EXTRACTOR_VERSION}: ${changed.length} changed, ${added} new.`);
