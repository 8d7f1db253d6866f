import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECLARED_CSS, declaredCssFiles } from '../../../src/page/declared-styles.ts';
import { highlightName, MODALITIES } from '../../../src/page/styles.ts';

const root = join(import.meta.dirname, '../../..');

describe('the highlight rules the manifest declares', () => {
  it('are the painter rules of styles.ts, as written by scripts/write-page-css.ts (run it after changing styles.ts)', () => {
    for (const { file, css } of declaredCssFiles()) expect(readFileSync(join(root, file), 'utf8')).toBe(css);
  });

  it('style every modality and the fallback marks in both browsers; only Chromium keys the highlights on <html>', () => {
    const chromium = readFileSync(join(root, DECLARED_CSS.chromium), 'utf8');
    const firefox = readFileSync(join(root, DECLARED_CSS.firefox), 'utf8');
    for (const m of [...MODALITIES, 'active'] as const) {
      expect(chromium).toContain(`html::highlight(${highlightName(m)})`);
      expect(firefox).toMatch(new RegExp(`(^|\\n)::highlight\\(${highlightName(m)}\\)`));
    }
    for (const css of [chromium, firefox]) expect(css).toContain('soi-so-mark[data-modality="target"]');
  });
});
