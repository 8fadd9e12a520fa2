import type { ArticleBundle, Lang } from '@/app/_lib/article/types';
import { isTranslated, shownUntranslated } from '@/app/_lib/article/translation';
import { messagesFor } from '@/app/_lib/i18n/messages';
import type { ServerSelection } from '@/app/_lib/selection/href';
import SelectionLinks from '../selection/SelectionLinks';
import ArticleParagraph from './ArticleParagraph';
import ArticleVersions from './ArticleVersions';
import styles from './ArticleText.module.css';

/**
 * The whole article, its headings kept, every place name a link to the map. Rendered on the server
 * only: its links come to life through `SelectionLinks`, and the switch between the original and
 * the translation (`ArticleVersions`) is handed both versions ready-made.
 */
export default function ArticleText({ article, lang, selection }: { article: ArticleBundle; lang: Lang; selection: ServerSelection }) {
  const t = messagesFor(lang);
  const heading = (
    <h2 id="article" className={styles.heading} tabIndex={-1}>
      {t.article}
    </h2>
  );
  const text = (version: Lang) => (
    <div lang={version === 'nb' ? article.lang : 'en'}>
      {article.paragraphs.map((paragraph) => (
        <ArticleParagraph
          key={paragraph.id}
          paragraph={paragraph}
          mentions={article.mentions.filter((m) => m.paragraphId === paragraph.id)}
          places={article.places}
          version={version}
          lang={lang}
          selection={selection}
        />
      ))}
    </div>
  );

  return (
    <section className={styles.article} aria-labelledby="article">
      <SelectionLinks>
        {isTranslated(article) ? (
          <ArticleVersions heading={heading} initial={lang} original={text('nb')} translation={text('en')} labels={{ group: t.textVersion, original: t.original, translation: t.translation }} />
        ) : (
          <>
            <div className={styles.bar}>{heading}</div>
            {/* Without a translation the text shows as written, whatever the page's language. */}
            {shownUntranslated(article, lang) && (
              <p className={styles.untranslated} data-testid="not-translated">
                {t.notTranslated}
              </p>
            )}
            {text('nb')}
          </>
        )}
      </SelectionLinks>
    </section>
  );
}
