// A library saved by one extractor is refreshed by a later one only when the later one says it is newer (its
// EXTRACTOR_VERSION): a rule that changes what is extracted without a new version would leave every stored article
// with the old figures, the false ones included, for good.
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../../src/extractor/index.ts';
import { corpusFiles, digestOf, keyOf, readRecord } from '../../corpus/tools/extractor-outputs.ts';

const HOW = 'bump EXTRACTOR_VERSION in src/extractor/index.ts if the output changed, then `npm run -s record:extractor-outputs`';

describe('extractor version', () => {
  it('is the version the recorded outputs were made under', () => {
    const record = readRecord();
    expect(record, `no recorded outputs: ${HOW}`).toBeDefined();
    expect(record!.version, `the outputs were recorded under another version: ${HOW}`).toBe(EXTRACTOR_VERSION);
  });

  it('changes whenever what is extracted from an annotated article changes', () => {
    const record = readRecord()!;
    const changed: string[] = [];
    const unrecorded: string[] = [];
    for (const file of corpusFiles()) {
      const key = keyOf(file);
      const digest = digestOf(file);
      if (record.digests[key] === undefined) unrecorded.push(key);
      else if (record.digests[key] !== digest) changed.push(key);
    }
    expect(changed, `the extractor's output changed under version ${EXTRACTOR_VERSION}: ${HOW}`).toEqual([]);
    expect(unrecorded, `articles without a recorded output: ${HOW}`).toEqual([]);
  }, 60_000);
});
