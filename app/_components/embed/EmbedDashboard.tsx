import { titleLang } from '@/app/_lib/article/translation';
import type { ArticleBundle, Lang } from '@/app/_lib/article/types';
import type { Layout, Theme } from '@/app/_lib/embed/embedUrl';
import { publicPath } from '@/app/_lib/http/pageRoutes';
import { serverSelection } from '@/app/_lib/selection/href';
import { knownIds } from '@/app/_lib/selection/params';
import { messagesFor } from '@/app/_lib/i18n/messages';
import ArticleProviders from '../data/ArticleProviders';
import MapLoader from '../map/MapLoader';
import MapPictureScript from '../map/MapPictureScript';
import StaticMapFallback from '../map/StaticMapFallback';
import PlaceList from '../places/PlaceList';
import SelectionPanel from '../places/SelectionPanel';
import SelectionAnnouncer from '../selection/SelectionAnnouncer';
import Timeline from '../timeline/Timeline';
import EmbedBridge from './EmbedBridge';
import EmbedDrawer from './EmbedDrawer';
import EmbedFrame, { type Sizing } from './EmbedFrame';
import EmbedSelection from './EmbedSelection';
import FullMapLink from './FullMapLink';
import styles from './EmbedDashboard.module.css';

interface Props {
  article: ArticleBundle;
  lang: Lang;
  theme: Theme;
  layout: Layout;
  /** `content` when the request came from a pym.js parent (it passes `childId`). */
  sizing: Sizing;
  search: string;
}

/**
 * The dashboard without site chrome, for iframes from 300 to 1000 px wide: the map, the timeline
 * and the selection's details (`layout=full`), or the map alone (`layout=map`). In a plain iframe
 * it fits the iframe's height; under pym.js its height is its content (`EmbedFrame`).
 */
export default function EmbedDashboard({ article, lang, theme, layout, sizing, search }: Props) {
  const t = messagesFor(lang);
  const path = publicPath({ kind: 'embed', articleId: article.id });
  return (
    <ArticleProviders article={article} search={search} path={path}>
      <EmbedSelection>
        <EmbedFrame theme={theme} lang={lang} layout={layout} serverSizing={sizing}>
          <h1 className="visually-hidden" lang={titleLang(article, lang)}>
            {article.title[lang]}
          </h1>
          <section className={styles.map} aria-label={t.mapLabel}>
            <MapLoader />
            <StaticMapFallback />
          </section>
          <MapPictureScript article={article} />
          {layout === 'full' && (
            <>
              <div className={styles.timeline}>
                <Timeline />
              </div>
              <EmbedDrawer>
                <SelectionPanel />
                <details className={styles.places}>
                  <summary>{t.places}</summary>
                  <PlaceList places={article.places} lang={lang} selection={serverSelection(path, search, knownIds(article))} heading={false} />
                </details>
              </EmbedDrawer>
            </>
          )}
          <footer className={styles.footer}>
            <FullMapLink />
            <span className={styles.credit}>{t.credit}</span>
          </footer>
          <SelectionAnnouncer />
          <EmbedBridge />
        </EmbedFrame>
      </EmbedSelection>
    </ArticleProviders>
  );
}
