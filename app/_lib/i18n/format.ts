import type { Lang, StoryEvent } from '../article/types';

/** How a date is written: the pieces the app shows, and nothing else. */
export type DateStyle = 'dayMonthYear' | 'monthYear' | 'year' | 'shortMonthYear' | 'shortMonth' | 'dayShortMonth';

interface MonthNames {
  long: readonly string[];
  /** Abbreviated, as written beside a day or a year ("8. mars", "jan. 2024"). */
  short: readonly string[];
  /** Abbreviated, on its own ("feb"). */
  alone: readonly string[];
}

// The names ICU gives nb-NO and en-GB (Node 20 and Chromium agree on them; a unit test holds
// them to Intl). Written out because the first `Intl.DateTimeFormat` of a page costs a phone
// ~40 ms of loading locale data, in the middle of hydration, for a dozen dates.
const MONTHS: Record<Lang, MonthNames> = {
  nb: {
    long: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    short: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
    alone: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'],
  },
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    alone: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
};

/** A UTC instant written in the page's language, in one of the app's styles ("8. mars", "March 2024"). */
export function formatDate(ms: number, style: DateStyle, lang: Lang): string {
  const date = new Date(ms);
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  const names = MONTHS[lang];
  const dayAnd = (monthName: string) => (lang === 'nb' ? `${day}. ${monthName}` : `${day} ${monthName}`);
  switch (style) {
    case 'dayMonthYear':
      return `${dayAnd(names.long[month]!)} ${year}`;
    case 'monthYear':
      return `${names.long[month]} ${year}`;
    case 'year':
      return String(year);
    case 'shortMonthYear':
      return `${names.short[month]} ${year}`;
    case 'shortMonth':
      return names.alone[month]!;
    case 'dayShortMonth':
      return dayAnd(names.short[month]!);
  }
}

/** "26. august 2021", "august 2021", "2021", or a range "22.–23. mars 2024", in the page's language. */
export function formatEventDate(date: StoryEvent['date'], lang: Lang): string {
  const style: DateStyle = date.precision === 'day' ? 'dayMonthYear' : date.precision === 'month' ? 'monthYear' : 'year';
  const start = toUtcDate(date.start);
  if (!date.end) return formatDate(start.getTime(), style, lang);
  const end = toUtcDate(date.end);
  if (date.precision === 'day' && sameMonth(start, end)) {
    const monthAndYear = formatDate(start.getTime(), 'monthYear', lang);
    const [first, last] = [start.getUTCDate(), end.getUTCDate()];
    return lang === 'nb' ? `${first}.–${last}. ${monthAndYear}` : `${first}–${last} ${monthAndYear}`;
  }
  return `${formatDate(start.getTime(), style, lang)} – ${formatDate(end.getTime(), style, lang)}`;
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
