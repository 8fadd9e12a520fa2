import type { ArticleBundle, Lang } from '@/app/_lib/article/types';
import { titleLang } from '@/app/_lib/article/translation';
import { publicPath } from '@/app/_lib/http/pageRoutes';
import { formatEventDate } from '@/app/_lib/i18n/format';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { serverSelection } from '@/app/_lib/selection/href';
import { knownIds } from '@/app/_lib/selection/params';
import ArticleText from '../article/ArticleText';
import ArticleProviders from '../data/ArticleProviders';
import MapLoader from '../map/MapLoader';
import MapPictureScript from '../map/MapPictureScript';
import StaticMapFallback from '../map/StaticMapFallback';
import PlaceList from '../places/PlaceList';
import SelectionPanel from '../places/SelectionPanel';
import SelectionAnnouncer from '../selection/SelectionAnnouncer';
import Timeline from '../timeline/Timeline';
import ClassroomLink from '../classroom/ClassroomLink';
import EmbedDialog from '../embed/EmbedDialog';
import LanguageSwitch from './LanguageSwitch';
import ShareButton from './ShareButton';
import ToolsMenu from './ToolsMenu';
import styles from './Dashboard.module.css';

/**
 * The reader's dashboard: map and timeline, beside the selection, the article and the place list.
 * A server component: it renders the readable parts for readers without JavaScript and hands the
 * client components the data as SWR `fallback`, so the first paint needs no fetch. On a phone the
 * header is one title and one row of buttons (the desk's and the teacher's tools in a menu), so
 * that the article's opening shows under the map on the first screen.
 */
export default function Dashboard({ article, lang, search }: { article: ArticleBundle; lang: Lang; search: string }) {
  const t = messagesFor(lang);
  const title = article.title[lang];
  const path = publicPath({ kind: 'dashboard', articleId: article.id });
  const selection = serverSelection(path, search, knownIds(article));
  return (
    <ArticleProviders article={article} search={search} path={path}>
      <div className={styles.dashboard} lang={lang}>
        <a className="skip-link" href="#article">
          {t.article}
        </a>
        <header className={styles.header}>
          <p className={styles.kicker}>
            {/* Its name begins with the words it shows, so that a voice command that says them finds it. */}
            <a href={lang === 'en' ? '/articles?lang=en' : '/articles'} aria-label={t.allArticles}>
              {t.appName}
            </a>
          </p>
          <h1 className={styles.title} lang={titleLang(article, lang)}>
            {title}
          </h1>
          <div className={styles.actions}>
            <LanguageSwitch lang={lang} />
            <ShareButton title={title} />
            <ToolsMenu label={t.tools} title={t.toolsLabel}>
              <EmbedDialog title={title} />
              <ClassroomLink articleId={article.id} lang={lang} />
            </ToolsMenu>
          </div>
        </header>
        <main className={styles.main}>
          <section className={styles.mapColumn} aria-label={t.mapLabel} data-map-column="">
            <div className={styles.map}>
              <MapLoader />
              <StaticMapFallback />
            </div>
            <Timeline />
          </section>
          <MapPictureScript article={article} />
          <div className={styles.sheet} data-sheet="">
            <SelectionPanel />
            <ArticleText article={article} lang={lang} selection={selection} />
            <PlaceList places={article.places} lang={lang} selection={selection} />
          </div>
        </main>
        <footer className={styles.printFooter}>
          {t.appName} · {title} · {formatEventDate({ start: article.published, precision: 'day' }, lang)} · {t.credit}
        </footer>
        <SelectionAnnouncer />
      </div>
    </ArticleProviders>
  );
}
