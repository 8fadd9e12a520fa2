import { describe, expect, it } from 'vitest';
import { placeRecordSchema } from '@/app/_lib/article/schema';
import { placedCandidate, placementProblems, type Placement } from '@/app/_lib/studio/placed';
import { addMentions, stateFromProposals } from '@/app/_components/studio/editorState';
import { occurrencesOf } from '@/app/_components/studio/textSelection';

/** A place the gazetteer lacks (Finse, a station on the Bergen Line), placed by the desk. */
const FINSE: Placement = {
  nameNb: ' Finse ',
  nameEn: 'Finse',
  kind: 'city',
  point: [7.504912, 60.602234],
  sourceTitle: 'Kartverket, Norgeskart: Finse stasjon',
  sourceUrl: '',
};

describe('placing a place the gazetteer lacks', () => {
  it('finds nothing wrong with a whole placement', () => {
    expect(placementProblems(FINSE)).toEqual({});
  });

  it('names each missing or bad field', () => {
    const bad: Placement = { ...FINSE, nameNb: '  ', nameEn: '', point: null, sourceTitle: '', sourceUrl: 'kartverket' };
    expect(placementProblems(bad)).toEqual({ nameNb: 'empty', nameEn: 'empty', point: 'noPoint', sourceTitle: 'empty', sourceUrl: 'badUrl' });
    expect(placementProblems({ ...FINSE, point: [7.5, Number.NaN] })).toEqual({ point: 'noPoint' });
    expect(placementProblems({ ...FINSE, point: [190, 60] })).toEqual({ point: 'noPoint' });
  });

  it('becomes a point place whose source is the desk’s, valid by the file schema', () => {
    const candidate = placedCandidate({ ...FINSE, sourceUrl: 'https://norgeskart.no/' }, 'nb');
    expect(candidate).toEqual({
      label: 'Finse',
      coordinates: [7.50491, 60.60223],
      place: {
        id: 'finse',
        name: { nb: 'Finse', en: 'Finse' },
        kind: 'city',
        featured: false,
        geometry: { source: 'point', coordinates: [7.50491, 60.60223] },
        source: { title: 'Kartverket, Norgeskart: Finse stasjon', url: 'https://norgeskart.no/' },
      },
    });
    expect(placeRecordSchema.safeParse(candidate.place).success).toBe(true);
    expect(placedCandidate({ ...FINSE, nameNb: 'Flåm', kind: 'site' }, 'nb').place).toMatchObject({ id: 'flam', kind: 'site' });
  });
});

describe('the same words elsewhere in the text', () => {
  const paragraphs = [
    { id: 'p0', text: 'Toget ble stående på Finse.' },
    { id: 'p1', text: 'Turistene skulle til Flåm og Flåmsbana, via Finse og Finsebu.' },
  ];

  it('are found as whole words only', () => {
    expect(occurrencesOf(paragraphs, 'Finse')).toEqual([
      { paragraphId: 'p0', start: 21, end: 26, text: 'Finse' },
      { paragraphId: 'p1', start: 44, end: 49, text: 'Finse' },
    ]);
    expect(occurrencesOf(paragraphs, 'Flåm')).toEqual([{ paragraphId: 'p1', start: 21, end: 25, text: 'Flåm' }]);
    expect(occurrencesOf(paragraphs, ' ')).toEqual([]);
  });

  it('all become mentions of one place', () => {
    const state = stateFromProposals(
      { id: 'bergensbanen', lang: 'nb', title: 'Uvær', titleEn: 'Storm', published: '2025-01-17', text: paragraphs.map((p) => p.text).join('\n\n') },
      { paragraphs: paragraphs.map((p) => ({ ...p, kind: 'body' as const })), proposals: [], dates: [] },
    );
    const next = addMentions(state, occurrencesOf(paragraphs, 'Finse'), placedCandidate(FINSE, 'nb'));
    expect(next.draft.places.map((p) => p.id)).toEqual(['finse']);
    expect(next.draft.mentions.added).toEqual([
      { paragraphId: 'p0', start: 21, end: 26, text: 'Finse', placeId: 'finse' },
      { paragraphId: 'p1', start: 44, end: 49, text: 'Finse', placeId: 'finse' },
    ]);
  });
});
