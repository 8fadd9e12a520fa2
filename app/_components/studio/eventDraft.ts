/** A new event's starting values, and its id: a slug of its title, unique in the article. */
import type { EventRecord } from '@/app/_lib/article/schema';

export function blankEvent(published: string): EventRecord {
  return {
    id: '',
    date: { start: published, precision: 'day' },
    title: { nb: '', en: '' },
    summary: { nb: '', en: '' },
    status: 'confirmed',
    placeIds: [],
    evidence: [],
    sources: [{ title: '' }],
  };
}

export function eventSlug(title: string, taken: string[]): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'event';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
