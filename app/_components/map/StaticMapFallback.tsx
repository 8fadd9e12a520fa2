'use client';

import { useEffect, useRef } from 'react';
import { apiPaths } from '@/app/_lib/article/apiPaths';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useArticleId } from '../data/ArticleContext';
import { useArticle } from '../data/hooks';
import { useSelection } from '../selection/useSelection';
import styles from './StaticMapFallback.module.css';

/**
 * The server-drawn map of the current view, where the live map cannot be: without JavaScript
 * (`<noscript>`) and on paper (print CSS swaps it in for the Leaflet map). Lazy, so that the
 * screen never pays for the printed copy.
 */
export default function StaticMapFallback() {
  const articleId = useArticleId();
  const { placeId, eventId, lang } = useSelection();
  const t = messagesFor(lang);
  const src = apiPaths.mapImage(articleId, 'svg', { placeId, eventId, lang });
  const alt = t.staticMapAlt(useArticle().data?.title[lang] ?? '');
  const printed = useRef<HTMLImageElement>(null);
  useEffect(function loadWhenPrinting() {
    // a lazy image that is not displayed is never fetched: fetch it as soon as printing begins
    const print = window.matchMedia('print');
    const load = () => {
      const img = printed.current;
      if (!img || img.loading === 'eager') return;
      img.loading = 'eager';
      img.src = img.getAttribute('src') ?? img.src; // Chromium starts a deferred load only when the source is set again
    };
    print.addEventListener('change', load);
    window.addEventListener('beforeprint', load);
    return function stopWatching() {
      print.removeEventListener('change', load);
      window.removeEventListener('beforeprint', load);
    };
  }, []);
  return (
    <>
      <noscript>
        <div className={styles.noscript}>
          <p>{t.staticMapNoScript}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- an API image, not a static asset */}
          <img src={src} alt={alt} width={1200} height={630} />
        </div>
      </noscript>
      {/* eslint-disable-next-line @next/next/no-img-element -- an API image, not a static asset */}
      <img ref={printed} className={styles.print} src={src} alt={alt} width={1200} height={630} loading="lazy" />
    </>
  );
}
