import type { Lang } from '@/app/_lib/article/types';
import { formatArea, formatDecimal, formatDegrees, formatDmsPair, formatKm, formatNumber } from '@/app/_lib/classroom/format';
import { roundArea } from '@/app/_lib/classroom/round';
import type { WorksheetItem } from '@/app/_lib/classroom/worksheet';
import { capitalize, classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';

/** A worksheet item's question and its answer for the key, in the page's language. */
export function worksheetText(item: WorksheetItem, name: (placeId: string) => string, lang: Lang): { question: string; answer: string } {
  const t = classroomMessagesFor(lang);
  switch (item.kind) {
    case 'distance':
      return { question: t.qDistance(name(item.fromId), name(item.toId)), answer: capitalize(t.about(formatKm(item.km, lang))) };
    case 'direction':
      return { question: t.qDirection(name(item.fromId), name(item.toId)), answer: capitalize(t.bearingValue(formatDegrees(item.bearing, lang), t.compass[item.compass])) };
    case 'country':
      return { question: t.qCountry(name(item.placeId)), answer: item.country[lang] };
    case 'area': {
      const [a, b] = item.placeIds;
      const [km2A, km2B] = item.km2;
      return {
        question: t.qArea(name(a), formatArea(km2A, lang), name(b), formatArea(km2B, lang)),
        answer: capitalize(t.about(t.times(formatNumber(roundArea(km2A) / roundArea(km2B), lang, 1)))),
      };
    }
    case 'coordinates':
      return { question: t.qCoordinates(name(item.placeId)), answer: `${formatDecimal(item.point, lang, 2)} (${formatDmsPair(item.point, lang)})` };
    case 'border': {
      const q = item.question;
      return { question: t.qBorder(q.title[lang], name(q.countryId)), answer: capitalize(t.about(formatKm(q.km, lang))) };
    }
  }
}
