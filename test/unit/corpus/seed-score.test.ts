// The acceptance gate of issue 3: the exact command from the issue, on the seed articles, scored by the shared scorer.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const seeds = resolve(root, '../shared/corpus/seeds');
const scorer = resolve(root, '../shared/tools/score.mjs');

interface Score {
  f1: number;
  value_exact: number;
  attributes: Record<string, number | null>;
}

// A child that hangs (once, npm itself waited forever on a loaded machine) must fail its test, not stall the suite:
// a synchronous child is out of reach of the test's own timeout.
const CHILD_TIMEOUT_MS = 300_000;

function score(goldDir: string, files: string): Score {
  const out = execSync(`npm run -s extract -- --format jsonl ${files} | node ${scorer} --gold ${goldDir} --json`, {
    cwd: root, encoding: 'utf8', shell: '/bin/bash', timeout: CHILD_TIMEOUT_MS,
  });
  return JSON.parse(out) as Score;
}

describe.runIf(existsSync(seeds))('seed corpus score', () => {
  it('meets F1 ≥ 0.97, exact values and every attribute ≥ 0.90', () => {
    const s = score(seeds, `${seeds}/*.txt`);
    expect(s.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.value_exact).toBe(1);
    for (const [name, accuracy] of Object.entries(s.attributes)) {
      expect(accuracy ?? 1, `attribute ${name}`).toBeGreaterThanOrEqual(0.9);
    }
  }, 60_000);

  it('finds nothing in the article that has no required figure', () => {
    for (const goldFile of ['002_d7e118ee3ba1d95d.gold.json']) {
      const gold = JSON.parse(readFileSync(join(seeds, goldFile), 'utf8')) as { article: string; figures: Array<{ offset: number; optional?: boolean }> };
      expect(gold.figures.every((f) => f.optional)).toBe(true);
      const lines = execSync(`npm run -s extract -- --format jsonl ${join(seeds, gold.article)}`, { cwd: root, encoding: 'utf8', timeout: CHILD_TIMEOUT_MS })
        .split('\n').filter(Boolean).map((l) => JSON.parse(l) as { start: number; end: number; text: string });
      const spurious = lines.filter((p) => !gold.figures.some((f) => p.start <= f.offset && f.offset < p.end));
      expect(spurious.map((p) => p.text)).toEqual([]);
    }
  }, 60_000);
});

// Our own annotated corpora: dev (written first, used while building) and holdout (written later by someone who did
// not read the extractor). Not tuned to; the floors are set below what was measured so they catch regressions.
const FLOORS: Record<string, number> = { dev: 0.97, holdout: 0.97, holdout2: 0.97, holdout3: 0.97, holdout4: 0.97, holdout5: 0.97, holdout6: 0.97, holdout7: 0.97, holdout8: 0.97, holdout9: 0.97, holdout10: 0.97, holdout11: 0.97, holdout12: 0.97, holdout13: 0.97, holdout14: 0.97, holdout15: 0.97, holdout16: 0.97, holdout17: 0.97, holdout18: 0.97, holdout19: 0.97, holdout20: 0.97, holdout21: 0.97, holdout22: 0.97, holdout23: 0.97, holdout24: 0.97, holdout25: 0.97, holdout26: 0.97, holdout27: 0.97, holdout28: 0.97, holdout29: 0.97, holdout30: 0.97, holdout31: 0.97, holdout32: 0.97, holdout33: 0.97, holdout34: 0.97, holdout35: 0.97, holdout39: 0.97, holdout37: 0.97, holdout36: 0.97, holdout38: 0.97, holdout43: 0.97, holdout42: 0.97, holdout41: 0.97, holdout40: 0.97, holdout47: 0.97, holdout45: 0.97, holdout44: 0.97, holdout46: 0.97, holdout48: 0.97, holdout49: 0.97, holdout50: 0.97, holdout53: 0.97, holdout55: 0.97, holdout57: 0.97, holdout54: 0.97, holdout56: 0.97, holdout58: 0.97, holdout59: 0.97, holdout60: 0.97, holdout62: 0.97, holdout63: 0.97, holdout61: 0.97, holdout64: 0.97, holdout65: 0.97, holdout66: 0.97, holdout67: 0.97, holdout69: 0.97, holdout68: 0.97, holdout70: 0.97, holdout72: 0.97, holdout71: 0.97, holdout75: 0.97, holdout73: 0.97, holdout74: 0.97, holdout76: 0.97, holdout78: 0.97, holdout77: 0.97, holdout80: 0.97, holdout79: 0.97, holdout81: 0.97, holdout82: 0.97, holdout83: 0.97, holdout84: 0.97, holdout85: 0.97, holdout86: 0.97, holdout87: 0.97, holdout88: 0.97, holdout90: 0.97, holdout89: 0.97, holdout91: 0.97 };

describe.each(Object.entries(FLOORS))('%s corpus score', (name, floor) => {
  const dir = join(root, 'test/corpus', name);
  it.runIf(existsSync(dir))(`keeps F1 ≥ ${floor}`, () => {
    const s = score(dir, `${dir}/*.txt`);
    expect(s.f1).toBeGreaterThanOrEqual(floor);
    expect(s.value_exact).toBeGreaterThanOrEqual(0.99);
  }, 60_000);
});
