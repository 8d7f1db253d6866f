// Word-boundary checks done by hand: a leading lookbehind in a long alternation stops V8 from skipping ahead, and
// the whole-text scans were the extractor's hottest code.

import { isLetter } from './letters.ts';

export { isLetter };

/** Every match of `re` (global, no leading lookbehind) that starts and ends at a word boundary. */
export function* wordMatches(text: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    // Only a match that starts (ends) with a letter needs a boundary before (after) it: ":" may follow "gồm".
    const startOk = !isLetter(m[0][0]) || !isLetter(text[m.index - 1]);
    const endOk = !isLetter(text[end - 1]) || !isLetter(text[end]);
    if (startOk && endOk) {
      yield m;
    } else {
      // Retry one character later so a longer word does not hide a match inside it.
      re.lastIndex = m.index + 1;
    }
  }
}
