// Writes the highlight rules (src/page/styles.ts) as the CSS files the manifest declares for the content script:
// the browser adds a declared sheet before the page's first style calculation, where a sheet the script adds later
// costs the page one more restyle. Run after changing styles.ts: `npx tsx scripts/write-page-css.ts`
// (test/unit/page/declared-styles.test.ts fails while the files and styles.ts differ).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredCssFiles } from '../src/page/declared-styles.ts';

const root = join(import.meta.dirname, '..');
for (const { file, css } of declaredCssFiles()) writeFileSync(join(root, file), css);
