'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import { studioMessagesFor, type StudioMessages } from '@/app/_lib/i18n/studioMessages';
import styles from './Studio.module.css';

const StudioLangContext = createContext<Lang | null>(null);

/** The studio's interface language; the URL's `?lang=en` chooses it (nb by default). */
export function useStudioText(): { lang: Lang; t: StudioMessages } {
  const lang = useContext(StudioLangContext);
  if (!lang) throw new Error('useStudioText must be used inside <StudioFrame>.');
  return { lang, t: studioMessagesFor(lang) };
}

/** Links to the studio's pages keep the interface language. */
export function studioHref(path: string, lang: Lang): string {
  return lang === 'en' ? `${path}?lang=en` : path;
}

export default function StudioFrame({ lang, children }: { lang: Lang; children: ReactNode }) {
  // Null only outside the App Router (its type says so once pages/ exists); the studio is inside it.
  const pathname = usePathname() ?? '/studio';
  const t = studioMessagesFor(lang);
  const other: Lang = lang === 'en' ? 'nb' : 'en';
  useEffect(
    // The root layout stays in place when the language switch navigates, so its <html lang> follows here.
    function setHtmlLang() {
      document.documentElement.lang = lang;
    },
    [lang],
  );
  return (
    <StudioLangContext.Provider value={lang}>
      <div lang={lang} className={styles.frame}>
        <a className={styles.skip} href="#studio-main">
          {t.skipToMain}
        </a>
        {/* Named, as the preview's frame holds a dashboard with a banner and a main of its own. */}
        <header className={styles.header} aria-label={t.studio}>
          <Link href={studioHref('/studio', lang)} className={styles.brand}>
            {t.studio}
          </Link>
          <Link href={studioHref(pathname, other)} lang={other} hrefLang={other} className={styles.button}>
            {t.languageSwitch}
          </Link>
        </header>
        <main id="studio-main" className={styles.main} aria-label={t.studio}>
          {children}
        </main>
      </div>
    </StudioLangContext.Provider>
  );
}
