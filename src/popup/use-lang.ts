// The page's language: the saved choice, else the browser's; switching re-renders and remembers.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { dictionary, initialLang, saveLang, type Dictionary, type Lang } from '../shared/i18n.ts';

export function useLang(uiLanguage: string | undefined, storage: Storage | undefined): { lang: Lang; t: Dictionary; setLang(lang: Lang): void } {
  const [lang, set] = useState<Lang>(() => initialLang(uiLanguage, storage));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    saveLang(next, storage);
    set(next);
  }, [storage]);
  return { lang, t: dictionary(lang), setLang };
}
