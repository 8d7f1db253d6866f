// The language switch shared by the popup and the library page.
import type { Lang } from '../shared/format-vi.ts';

export function LanguageSwitch(props: { lang: Lang; label: string; onChange(lang: Lang): void }) {
  return (
    <label class="lang-switch">
      <span class="visually-hidden">{props.label}</span>
      <select value={props.lang} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value === 'en' ? 'en' : 'vi')}>
        <option value="vi" lang="vi">Tiếng Việt</option>
        <option value="en" lang="en">English</option>
      </select>
    </label>
  );
}
