import type { Lang } from '../article/types';
import { classroomMessagesFor } from '../i18n/classroomMessages';
import { formatDms, toDms } from './dms';
import { roundArea } from './round';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };
/** Between a number and its unit: never broken across lines. */
const NBSP = '\u00a0';

/**
 * A number as the language writes it: "3 366" and "54,37" in Norwegian, "3,366" and "54.37" in English.
 * @example formatNumber(3366.5, 'en') // → '3,367'
 */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** @example formatKm(3366.5, 'en') // → '3,367 km' */
export function formatKm(km: number, lang: Lang): string {
  return `${formatNumber(km, lang)}${NBSP}km`;
}

/** An area to three significant figures. @example formatArea(142284.6, 'nb') // → '142 000 km²' */
export function formatArea(km2: number, lang: Lang): string {
  return `${formatNumber(roundArea(km2), lang)}${NBSP}km²`;
}

/** Degrees with the language's decimal sign, whole degrees in a bearing. @example formatDegrees(121.2, 'nb') // → '121' */
export function formatDegrees(value: number, lang: Lang, fractionDigits = 0): string {
  return formatNumber(value, lang, fractionDigits);
}

/**
 * A [lon, lat] in decimal degrees, latitude first as an atlas gives it, with hemisphere letters.
 * @example formatDecimal([37.61556, 55.75222], 'nb') // → '55,7522° N, 37,6156° Ø'
 */
export function formatDecimal([lon = 0, lat = 0]: readonly number[], lang: Lang, fractionDigits = 4): string {
  const h = classroomMessagesFor(lang).hemispheres;
  return `${formatNumber(Math.abs(lat), lang, fractionDigits)}° ${lat < 0 ? h.S : h.N}, ${formatNumber(Math.abs(lon), lang, fractionDigits)}° ${lon < 0 ? h.W : h.E}`;
}

/**
 * A [lon, lat] in degrees, minutes and seconds, latitude first.
 * @example formatDmsPair([37.61556, 55.75222], 'nb') // → '55° 45′ 08″ N, 37° 36′ 56″ Ø'
 */
export function formatDmsPair([lon = 0, lat = 0]: readonly number[], lang: Lang): string {
  const h = classroomMessagesFor(lang).hemispheres;
  return `${formatDms(toDms(lat, 'lat'), h)}, ${formatDms(toDms(lon, 'lon'), h)}`;
}
