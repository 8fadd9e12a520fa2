/** What the studio tells the desk after a save: where the article shows, and the code to paste into a CMS. */
import { iframeSnippet } from '../embed/snippets';
import { siteOrigin } from '../http/siteOrigin';
import type { StudioDraft } from './draft';

export function savedAnswer(id: string, version: string, draft: StudioDraft) {
  const dashboard = `/articles/${id}`;
  const embed = `${dashboard}/embed`;
  const title = draft.article.title?.[draft.article.lang === 'en' ? 'en' : 'nb'] ?? id;
  return {
    version,
    id,
    urls: { dashboard, embed },
    // The site's public origin (PUBLIC_ORIGIN), where the built article will be served: not the studio's.
    embedCode: iframeSnippet({ src: `${siteOrigin()}${embed}`, title }),
    // Null when the studio was started without PUBLIC_ORIGIN: the code then names localhost, and the desk is told so.
    publicOrigin: process.env.PUBLIC_ORIGIN ? siteOrigin() : null,
    build: 'npm run build',
  };
}
