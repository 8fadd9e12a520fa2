'use client';

import { publicPath } from '@/app/_lib/http/publicPath';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { selectionQuery } from '@/app/_lib/selection/params';
import { useArticleId } from '../data/ArticleContext';
import { useSelection } from '../selection/useSelection';
import styles from './EmbedDashboard.module.css';

/** Opens the full dashboard, at the same view, in a new tab. */
export default function FullMapLink() {
  const selection = useSelection();
  const dashboard = publicPath({ kind: 'dashboard', articleId: useArticleId() });
  const t = messagesFor(selection.lang);
  return (
    <a className={styles.fullMap} href={`${dashboard}${selectionQuery(selection)}`} target="_blank" rel="noopener">
      {t.seeFullMap} <span aria-hidden="true">↗</span>
      <span className="visually-hidden"> ({t.opensInNewTab})</span>
    </a>
  );
}
