'use client';

import { useState } from 'react';
import { LANGS, type Lang } from '@/app/_lib/article/types';
import { embedUrl, THEMES, type Layout, type Theme } from '@/app/_lib/embed/embedUrl';
import { DEFAULT_EMBED_HEIGHT, iframeSnippet, MIN_EMBED_HEIGHT, MIN_EMBED_WIDTH, pymSnippet } from '@/app/_lib/embed/snippets';
import { embedTextFor } from '@/app/_lib/embed/text';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useArticleId } from '../data/ArticleContext';
import { useBundle } from '../data/useBundle';
import { useSelection } from '../selection/useSelection';
import CopyField from './CopyField';
import styles from './EmbedDialog.module.css';

/**
 * The two snippets for the view on screen, for a page at `origin`, with the choices a desk makes
 * (as in Datawrapper): the iframe's height, the theme, the language, and the map alone. Loaded when
 * the dialog opens.
 */
export default function EmbedCode({ origin, title }: { origin: string; title: string }) {
  const selection = useSelection();
  const articleId = useArticleId();
  const { bundle } = useBundle();
  const t = messagesFor(selection.lang);
  const e = embedTextFor(selection.lang);
  const [lang, setLang] = useState<Lang>(selection.lang);
  const [theme, setTheme] = useState<Theme>('light');
  const [mapOnly, setMapOnly] = useState(false);
  const [heightText, setHeightText] = useState(String(DEFAULT_EMBED_HEIGHT));
  const layout: Layout = mapOnly ? 'map' : 'full';
  const minHeight = MIN_EMBED_HEIGHT[layout];
  const height = Math.min(4000, Math.max(minHeight, Number.parseInt(heightText, 10) || DEFAULT_EMBED_HEIGHT));
  const src = embedUrl(origin, articleId, { ...selection, lang }, { theme, layout });
  const embedTitle = bundle?.title[lang] ?? title;
  return (
    <>
      <fieldset className={styles.options}>
        <legend>{e.options}</legend>
        <div className={styles.option}>
          <label htmlFor="embed-height">{e.height}</label>
          <input
            id="embed-height"
            type="number"
            inputMode="numeric"
            min={minHeight}
            max={4000}
            step={10}
            value={heightText}
            onChange={(event) => setHeightText(event.currentTarget.value)}
            aria-describedby="embed-height-hint"
          />
          <small id="embed-height-hint">{e.heightHint(minHeight, MIN_EMBED_WIDTH)}</small>
        </div>
        <div className={styles.option}>
          <label htmlFor="embed-theme">{e.theme}</label>
          <select id="embed-theme" value={theme} onChange={(event) => setTheme(event.currentTarget.value as Theme)}>
            {THEMES.map((value) => (
              <option key={value} value={value}>
                {e.themes[value]}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.option}>
          <label htmlFor="embed-lang">{e.language}</label>
          <select id="embed-lang" value={lang} onChange={(event) => setLang(event.currentTarget.value as Lang)}>
            {LANGS.map((value) => (
              <option key={value} value={value} lang={value}>
                {e.languages[value]}
              </option>
            ))}
          </select>
        </div>
        <label className={styles.check}>
          <input type="checkbox" checked={mapOnly} onChange={(event) => setMapOnly(event.currentTarget.checked)} />
          {e.mapOnly}
        </label>
      </fieldset>
      <CopyField id="embed-iframe" label={t.embedIframe} value={iframeSnippet({ src, title: embedTitle, height })} lang={selection.lang} />
      <CopyField id="embed-pym" label={t.embedPym} value={pymSnippet({ src, title: embedTitle, origin })} lang={selection.lang} />
      <p className={styles.note}>{e.pymNote}</p>
    </>
  );
}
