/**
 * Date expressions in an article's text ("22. mars", "i august 2021", "fredag", "i går"; "22 March",
 * "in August 2021", "on Friday", "yesterday"), each resolved against the publication date, offered
 * to the editor as event dates. A date without a year is the one nearest the publication; a weekday
 * is the last one on or before it. Pure.
 */
import type { Lang } from '../geoparse/types';

export interface SuggestedDate {
  start: string;
  end?: string;
  precision: 'day' | 'month' | 'year';
}

export interface DateSuggestion {
  paragraphId: string;
  start: number;
  end: number;
  text: string;
  date: SuggestedDate;
}

const MONTHS: Record<Lang, string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};
const WEEKDAYS: Record<Lang, string[]> = {
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
};
const RELATIVE_DAYS: Record<Lang, Record<string, number>> = {
  nb: { 'i forgårs': -2, 'i går': -1, 'i dag': 0, 'i morgen': 1 },
  en: { 'the day before yesterday': -2, yesterday: -1, today: 0, tomorrow: 1 },
};

type Parts = Record<string, string | undefined>;
interface Rule {
  pattern: string;
  resolve: (parts: Parts, published: Date, lang: Lang) => SuggestedDate | undefined;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const monthIndex = (lang: Lang, name: string | undefined) => MONTHS[lang].indexOf((name ?? '').toLowerCase());

/** The day, or undefined when there is no such day (31 February). */
function day(year: number, month: number, date: number): Date | undefined {
  const d = new Date(Date.UTC(year, month, date));
  return d.getUTCMonth() === month && d.getUTCDate() === date ? d : undefined;
}

/** The year a day or month without one most likely has: the one that puts it nearest the publication. */
function nearestYear(published: Date, month: number, date = 15): number {
  const y = published.getUTCFullYear();
  return [y - 1, y, y + 1].sort((a, b) => Math.abs(Date.UTC(a, month, date) - published.getTime()) - Math.abs(Date.UTC(b, month, date) - published.getTime()))[0]!;
}

function dayRange(parts: Parts, published: Date, lang: Lang): SuggestedDate | undefined {
  const month = monthIndex(lang, parts.month);
  const first = Number(parts.day);
  const last = parts.last ? Number(parts.last) : undefined;
  const year = parts.year ? Number(parts.year) : nearestYear(published, month, first);
  const start = day(year, month, first);
  const end = last === undefined ? undefined : day(year, month, last);
  if (!start || (last !== undefined && (!end || end <= start))) return undefined;
  return { start: isoDay(start), ...(end ? { end: isoDay(end) } : {}), precision: 'day' };
}

function monthOf(parts: Parts, published: Date, lang: Lang): SuggestedDate {
  const month = monthIndex(lang, parts.month);
  const year = parts.year ? Number(parts.year) : nearestYear(published, month);
  return { start: `${year}-${pad(month + 1)}`, precision: 'month' };
}

function weekday(parts: Parts, published: Date, lang: Lang): SuggestedDate {
  const target = WEEKDAYS[lang].indexOf((parts.weekday ?? '').toLowerCase());
  const back = (published.getUTCDay() - target + 7) % 7;
  return { start: isoDay(new Date(published.getTime() - back * DAY_MS)), precision: 'day' };
}

function relative(parts: Parts, published: Date, lang: Lang): SuggestedDate {
  const offset = RELATIVE_DAYS[lang][(parts.relative ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 0;
  return { start: isoDay(new Date(published.getTime() + offset * DAY_MS)), precision: 'day' };
}

const year = (parts: Parts): SuggestedDate => ({ start: parts.year!, precision: 'year' });

/** The rules of a language, most specific first: a span one rule takes, a later one does not. */
function rules(lang: Lang): Rule[] {
  const month = `(?<month>${MONTHS[lang].join('|')})`;
  const weekdays = `(?<weekday>${WEEKDAYS[lang].join('|')})`;
  const relatives = `(?<relative>${Object.keys(RELATIVE_DAYS[lang]).sort((a, b) => b.length - a.length).map((r) => r.replace(/ /g, '\\s+')).join('|')})`;
  const y = '(?<year>\\d{4})';
  if (lang === 'nb') {
    return [
      { pattern: `(?<day>\\d{1,2})\\.(?:\\s*[–-]\\s*(?<last>\\d{1,2})\\.)?\\s+${month}(?:\\s+${y})?`, resolve: dayRange },
      { pattern: `(?:i\\s+)?${month}\\s+${y}`, resolve: monthOf },
      { pattern: `i\\s+${month}`, resolve: monthOf },
      { pattern: `i\\s+${y}`, resolve: year },
      { pattern: relatives, resolve: relative },
      { pattern: `(?:på\\s+)?${weekdays}(?:en)?`, resolve: weekday },
    ];
  }
  return [
    { pattern: `(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[–-]\\s*(?<last>\\d{1,2})(?:st|nd|rd|th)?)?\\s+${month}(?:,?\\s+${y})?`, resolve: dayRange },
    { pattern: `${month}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[–-]\\s*(?<last>\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+${y})?`, resolve: dayRange },
    { pattern: `(?:in\\s+)?${month}\\s+${y}`, resolve: monthOf },
    { pattern: `in\\s+${month}`, resolve: monthOf },
    { pattern: `in\\s+${y}`, resolve: year },
    { pattern: relatives, resolve: relative },
    { pattern: `(?:on\\s+)?${weekdays}`, resolve: weekday },
  ];
}

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** `published` is the article's YYYY-MM-DD publication date. */
export function suggestDates(paragraphs: { id: string; text: string }[], lang: Lang, published: string): DateSuggestion[] {
  const publishedDay = new Date(`${published}T00:00:00Z`);
  if (Number.isNaN(publishedDay.getTime())) return [];
  const compiled = rules(lang).map((rule) => ({ ...rule, regex: new RegExp(`${WORD_EDGE_BEFORE}${rule.pattern}${WORD_EDGE_AFTER}`, 'giu') }));
  return paragraphs.flatMap((paragraph) => {
    const found: DateSuggestion[] = [];
    for (const { regex, resolve } of compiled) {
      for (const match of paragraph.text.matchAll(regex)) {
        const start = match.index;
        const end = start + match[0].length;
        if (found.some((f) => f.start < end && start < f.end)) continue;
        const date = resolve(match.groups ?? {}, publishedDay, lang);
        if (date) found.push({ paragraphId: paragraph.id, start, end, text: match[0], date });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
}
