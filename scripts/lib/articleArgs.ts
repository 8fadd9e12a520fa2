// The command line of article:new, checked before anything is read or written.
import { isArticleId } from '../../app/_lib/authoring/ids';

export class UsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\nusage: npm run article:new -- --id ID --lang nb|en --title "…" --published YYYY-MM-DD --file story.txt|story.md [--accept 0.8] [--title-en "…"] [--force]`);
    this.name = 'UsageError';
  }
}

export interface NewArticleArgs {
  id: string;
  lang: 'nb' | 'en';
  title: string;
  titleEn?: string;
  published: string;
  file: string;
  accept: number;
  force: boolean;
}

const VALUED = ['--id', '--lang', '--title', '--title-en', '--published', '--file', '--accept'] as const;

/** A real calendar day: 2024-02-30 is refused. */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function parseNewArticleArgs(argv: string[]): NewArticleArgs {
  const values = new Map<string, string>();
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === '--force' && inline === undefined) force = true;
    else if ((VALUED as readonly string[]).includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      values.set(flag, value);
    } else throw new UsageError(`unknown argument ${flag}`);
  }
  const id = values.get('--id');
  const lang = values.get('--lang');
  const title = values.get('--title')?.trim();
  const titleEn = values.get('--title-en')?.trim();
  const published = values.get('--published');
  const file = values.get('--file');
  const accept = Number(values.get('--accept') ?? '0.8');
  if (id === undefined) throw new UsageError('--id is required');
  if (!isArticleId(id)) throw new UsageError(`--id ${JSON.stringify(id)} is not an article id: a lowercase slug such as storm-2025 (a-z, 0-9 and single dashes, at most 64)`);
  if (lang !== 'nb' && lang !== 'en') throw new UsageError(`--lang must be nb or en, not ${JSON.stringify(lang ?? '')}`);
  if (!title) throw new UsageError('--title must not be empty');
  if (values.has('--title-en') && !titleEn) throw new UsageError('--title-en must not be empty');
  if (titleEn && lang === 'en') throw new UsageError('--title-en is the English title of an nb article; an en article has its title in --title');
  if (published === undefined || !isDay(published)) throw new UsageError(`--published must be a date YYYY-MM-DD, not ${JSON.stringify(published ?? '')}`);
  if (!file) throw new UsageError('--file is required');
  if (!Number.isFinite(accept) || accept < 0 || accept > 1) throw new UsageError(`--accept must be a number from 0 to 1, not ${values.get('--accept')}`);
  return { id, lang, title, ...(titleEn ? { titleEn } : {}), published, file, accept, force };
}
