/** Article and place ids: lowercase slugs, as the issue and the file schema define them. */
import { RESERVED_ARTICLE_IDS, slug } from '../article/schema';

const ARTICLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** An article id names a folder under data/articles/: nothing else may pass. */
export function isArticleId(id: unknown): id is string {
  return typeof id === 'string' && ARTICLE_ID.test(id) && slug.safeParse(id).success && !RESERVED_ARTICLE_IDS.includes(id);
}

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss', đ: 'd', ł: 'l', œ: 'oe', þ: 'th' };

/** "Newcastle upon Tyne" → "newcastle-upon-tyne"; "Tromsø" → "tromso". */
export function slugify(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[æøåßđłœþ]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const result = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return result || 'place';
}

/** The slug of a name, with -2, -3, … when it is taken already. */
export function uniqueSlug(name: string, taken: Set<string>): string {
  const base = slugify(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
