import type { ArticleBundle, Lang } from '@/app/_lib/article/types';
import { publicPath } from '@/app/_lib/http/pageRoutes';
import { messagesFor } from '@/app/_lib/i18n/messages';
import ArticleText from '../article/ArticleText';
import ArticleProviders from '../data/ArticleProviders';
import MapLoader from '../map/MapLoader';
import StaticMapFallback from '../map/StaticMapFallback';
import PlaceList from '../places/PlaceList';
import SelectionPanel from '../places/SelectionPanel';
import SelectionAnnouncer from '../selection/SelectionAnnouncer';
import Timeline from '../timeline/Timeline';
import ClassroomLink from '../classroom/ClassroomLink';
import EmbedDialog from '../embed/EmbedDialog';
import LanguageSwitch from './LanguageSwitch';
import styles from './Dashboard.module.css';

/**
 * The reader's dashboard: map and timeline, beside the selection, the article and the place list.
 * A server component: it renders the readable parts for readers without JavaScript and hands the
 * client components the data as SWR `fallback`, so the first paint needs no fetch.
 */
export default function Dashboard({ article, lang, search }: { article: ArticleBundle; lang: Lang; search: string }) {
  const t = messagesFor(lang);
  return (
    <ArticleProviders article={article} search={search} path={publicPath({ kind: 'dashboard', articleId: article.id })}>
      <div className={styles.dashboard} lang={lang}>
        <a className="skip-link" href="#article">
          {t.article}
        </a>
        <header className={styles.header}>
          <p className={styles.kicker}>{t.appName}</p>
          <h1 className={styles.title}>{article.title[lang]}</h1>
          <LanguageSwitch lang={lang} />
          <EmbedDialog title={article.title[lang]} />
          <ClassroomLink lang={lang} />
        </header>
        <section className={styles.mapColumn} aria-label={t.mapLabel}>
          <div className={styles.map}>
            <MapLoader />
            <StaticMapFallback />
          </div>
          <Timeline />
        </section>
        <div className={styles.sheet}>
          <SelectionPanel />
          <ArticleText />
          <PlaceList />
        </div>
        <SelectionAnnouncer />
      </div>
    </ArticleProviders>
  );
}
