'use client';

import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

/** The real dashboard and embed of the saved article, at a phone's and a desktop's width. */
export default function Preview({ urls, version }: { urls: { dashboard: string; embed: string }; version: string }) {
  const { t } = useStudioText();
  // The version in the query reloads the frames after each save.
  const fresh = (url: string) => `${url}?v=${version.slice(0, 12)}`;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t.preview}</h2>
      <div className={styles.previews}>
        <figure>
          <figcaption>{t.previewPhone}</figcaption>
          <iframe title={`${t.preview}: ${t.previewPhone}`} src={fresh(urls.dashboard)} width={390} height={700} className={styles.frame} />
        </figure>
        <figure>
          <figcaption>{t.previewEmbed}</figcaption>
          <iframe title={`${t.preview}: ${t.previewEmbed}`} src={fresh(urls.embed)} width={640} height={640} className={styles.frame} />
        </figure>
      </div>
      <figure className={styles.wide}>
        <figcaption>{t.previewDesktop}</figcaption>
        <iframe title={`${t.preview}: ${t.previewDesktop}`} src={fresh(urls.dashboard)} width={1280} height={800} className={styles.frame} />
      </figure>
    </section>
  );
}
