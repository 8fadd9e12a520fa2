import type { Lang, StoryEvent } from '../article/types';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An `Intl.DateTimeFormat` in the page's language, made once for each set of options: making one
 * costs far more than formatting with it, and the timeline formats every tick and every event.
 */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "26. august 2021", "august 2021", "2021", or a range "22.–23. mars 2024", in the page's language. */
export function formatEventDate(date: StoryEvent['date'], lang: Lang): string {
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : date.precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  const format = dateFormat(lang, options);
  const start = toUtcDate(date.start);
  if (!date.end) return format.format(start);
  const end = toUtcDate(date.end);
  // ICU's formatRange spaces the dash differently in Node and in Chromium, which breaks hydration;
  // a range within one month is written by hand, anything longer joins two full dates.
  if (date.precision === 'day' && sameMonth(start, end)) {
    const monthAndYear = dateFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start);
    const [first, last] = [start.getUTCDate(), end.getUTCDate()];
    return lang === 'nb' ? `${first}.–${last}. ${monthAndYear}` : `${first}–${last} ${monthAndYear}`;
  }
  return `${format.format(start)} – ${format.format(end)}`;
}

function sameMonth(a: Date, b: Date): boolean {
  return a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth();
}

function toUtcDate(iso: string): Date {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year!, month - 1, day));
}

/** "38.895° N, 77.036° W": hemispheres instead of signs, as an atlas prints them. */
export function formatLonLat([lon, lat]: [number, number], decimals = 3): string {
  const north = lat >= 0 ? 'N' : 'S';
  const east = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(decimals)}° ${north}, ${Math.abs(lon).toFixed(decimals)}° ${east}`;
}
