import type { ArticleBundle, Lang } from './types';

type TextOfArticle = Pick<ArticleBundle, 'lang' | 'paragraphs'>;

/** Whether the article's text has an English translation (an empty `translation.en.json` means none). */
export function isTranslated(article: Pick<ArticleBundle, 'paragraphs'>): boolean {
  return article.paragraphs.some((paragraph) => paragraph.translation.en !== '');
}

/**
 * Whether a page in `lang` shows the text as written, in another language, for want of a
 * translation: then the text carries its own `lang` and the page says it is not translated.
 */
export function shownUntranslated(article: TextOfArticle, lang: Lang): boolean {
  return lang !== article.lang && !isTranslated(article);
}

/**
 * The language the article's title is in on a page in `lang`: an article without a translation
 * may have no English title either, and then its title is the original's (app/_lib/authoring/draft.ts).
 */
export function titleLang(article: TextOfArticle & Pick<ArticleBundle, 'title'>, lang: Lang): Lang {
  return shownUntranslated(article, lang) && article.title[lang] === article.title[article.lang] ? article.lang : lang;
}
