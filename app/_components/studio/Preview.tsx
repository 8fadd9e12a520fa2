'use client';

import { useState } from 'react';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

type PreviewView = 'phone' | 'embed' | 'desktop';

const FRAME_SIZE: Record<PreviewView, { width: number; height: number }> = {
  phone: { width: 390, height: 700 },
  embed: { width: 640, height: 640 },
  desktop: { width: 1280, height: 800 },
};

/**
 * The real dashboard or embed of the saved article, one view at a time: three frames of the same
 * dashboard side by side would give a screen reader every landmark three times.
 */
export default function Preview({ urls, version }: { urls: { dashboard: string; embed: string }; version: string }) {
  const { t } = useStudioText();
  const [view, setView] = useState<PreviewView>('phone');
  const label: Record<PreviewView, string> = { phone: t.previewPhone, embed: t.previewEmbed, desktop: t.previewDesktop };
  // The version in the query reloads the frame after each save.
  const src = `${view === 'embed' ? urls.embed : urls.dashboard}?v=${version.slice(0, 12)}`;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t.preview}</h2>
      <fieldset className={styles.previewViews}>
        <legend>{t.previewView}</legend>
        {(Object.keys(FRAME_SIZE) as PreviewView[]).map((option) => (
          <label key={option}>
            <input type="radio" name="preview-view" value={option} checked={view === option} onChange={() => setView(option)} />
            {label[option]}
          </label>
        ))}
      </fieldset>
      <div className={styles.previewFrame}>
        <iframe key={view} title={`${t.preview}: ${label[view]}`} src={src} {...FRAME_SIZE[view]} className={styles.frame} />
      </div>
    </section>
  );
}
