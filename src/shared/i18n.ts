// Which language the UI speaks: Vietnamese by default, English when the browser is English or the user asks for it.
import type { Lang } from './format-vi.ts';
import { en } from './i18n-en.ts';
import { vi, type Dictionary } from './i18n-vi.ts';

export type { Dictionary, Lang };

const STORAGE_KEY = 'soi-so-lang';

/** The browser's UI language → ours: English for `en*`, Vietnamese for everything else (our readers' language). */
export function langFromUiLanguage(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export function dictionary(lang: Lang): Dictionary {
  return lang === 'en' ? en : vi;
}

/** The user's explicit choice (the language switch) wins over the browser's language. */
export function initialLang(uiLanguage: string | undefined, storage: Pick<Storage, 'getItem'> | undefined): Lang {
  const saved = storage?.getItem(STORAGE_KEY);
  if (saved === 'vi' || saved === 'en') return saved;
  return langFromUiLanguage(uiLanguage);
}

export function saveLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be unavailable (private mode quotas); the switch still works for this page view.
  }
}
