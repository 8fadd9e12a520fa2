import type { Lang } from '@/app/_lib/article/types';

/** The timeline's own words, beside the shared messages (`timeline`, `timelineHint`, `status`). */
const strings = {
  nb: {
    eventCount: (n: number) => (n === 1 ? '1 hendelse' : `${n} hendelser`),
    status: 'Status',
    related: 'Knyttet til det valgte stedet',
    key: 'Tegnforklaring',
    keyLabels: { confirmed: 'bekreftet', claimed: 'påstått', unverified: 'uverifisert', disputed: 'omstridt' },
  },
  en: {
    eventCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
    status: 'Status',
    related: 'Linked to the selected place',
    key: 'Key',
    keyLabels: { confirmed: 'confirmed', claimed: 'claimed', unverified: 'unverified', disputed: 'disputed' },
  },
} satisfies Record<Lang, unknown>;

export type TimelineStrings = (typeof strings)['nb'];

export function timelineStrings(lang: Lang): TimelineStrings {
  return strings[lang];
}
