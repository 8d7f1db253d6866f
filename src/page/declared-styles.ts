// The highlight rules as the manifest declares them for the content script, one file per browser: Chromium's rules
// are keyed on <html> and reach all text by highlight inheritance, Firefox (without it) gets the universal rule.
// Both painters' rules are in each file: the script picks its painter at run time.
import { pageCss } from './styles.ts';

export const DECLARED_CSS = { chromium: 'src/page/highlights.chromium.css', firefox: 'src/page/highlights.firefox.css' } as const;

export function declaredCssFiles(): { file: string; css: string }[] {
  return [
    { file: DECLARED_CSS.chromium, css: `${pageCss(true)}\n` },
    { file: DECLARED_CSS.firefox, css: `${pageCss(false)}\n` },
  ];
}
