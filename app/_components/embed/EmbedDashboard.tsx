import type { ArticleBundle, Lang } from '@/app/_lib/article/types';
import type { Theme } from '@/app/_lib/embed/embedUrl';
import { messagesFor } from '@/app/_lib/i18n/messages';
import ArticleProviders from '../data/ArticleProviders';
import MapLoader from '../map/MapLoader';
import StaticMapFallback from '../map/StaticMapFallback';
import PlaceList from '../places/PlaceList';
import SelectionPanel from '../places/SelectionPanel';
import SelectionAnnouncer from '../selection/SelectionAnnouncer';
import Timeline from '../timeline/Timeline';
import EmbedBridge from './EmbedBridge';
import FullMapLink from './FullMapLink';
import styles from './EmbedDashboard.module.css';

/** The dashboard without site chrome, for iframes from 300 to 1000 px wide. Its height is its content. */
export default function EmbedDashboard({ article, lang, theme, search }: { article: ArticleBundle; lang: Lang; theme: Theme; search: string }) {
  const t = messagesFor(lang);
  return (
    <ArticleProviders article={article} search={search}>
      <main className={styles.embed} data-theme={theme} lang={lang}>
        <h1 className="visually-hidden">{article.title[lang]}</h1>
        <section className={styles.map} aria-label={t.mapLabel}>
          <MapLoader />
          <StaticMapFallback />
        </section>
        <Timeline />
        <div className={styles.panel}>
          <SelectionPanel />
          <details className={styles.places}>
            <summary>{t.places}</summary>
            <PlaceList />
          </details>
        </div>
        <footer className={styles.footer}>
          <FullMapLink />
          <span className={styles.credit}>{t.credit}</span>
        </footer>
        <SelectionAnnouncer />
        <EmbedBridge />
      </main>
    </ArticleProviders>
  );
}
