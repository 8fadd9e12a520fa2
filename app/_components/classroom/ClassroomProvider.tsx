'use client';

import { useEffect, type ReactNode } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import { ServerSearchContext } from '../selection/useLocationSearch';
import { QuizProgressProvider } from './QuizProgress';

/**
 * What the classroom's client components read: the query string the server rendered for (so the
 * seed, the place and the language are the same on the server and in the browser), and the
 * page's language on `<html>`; and whether the quiz is running.
 */
export default function ClassroomProvider({ search, lang, children }: { search: string; lang: Lang; children: ReactNode }) {
  useEffect(
    function markLanguage() {
      document.documentElement.lang = lang;
    },
    [lang],
  );
  return (
    <ServerSearchContext.Provider value={search}>
      <QuizProgressProvider>{children}</QuizProgressProvider>
    </ServerSearchContext.Provider>
  );
}
