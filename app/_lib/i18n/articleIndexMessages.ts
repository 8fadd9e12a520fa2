import type { Lang } from '../article/types';

/** The words of the index of articles (`/articles`), in Bokmål and English. */
const articleIndexMessages = {
  nb: {
    heading: 'Artikler',
    intro: 'Kartene over stedene hver artikkel nevner. Velg en artikkel for å åpne kartet.',
    published: 'Publisert',
    language: 'Språk',
    languages: { nb: 'norsk (bokmål)', en: 'engelsk' },
    none: 'Ingen artikler ennå.',
  },
  en: {
    heading: 'Articles',
    intro: 'The maps of the places each article names. Choose an article to open its map.',
    published: 'Published',
    language: 'Language',
    languages: { nb: 'Norwegian (Bokmål)', en: 'English' },
    none: 'No articles yet.',
  },
} satisfies Record<Lang, unknown>;

export function articleIndexMessagesFor(lang: Lang) {
  return articleIndexMessages[lang];
}
