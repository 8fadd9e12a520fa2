import { describe, expect, it } from 'vitest';
import type { PlaceRecord } from '@/app/_lib/article/schema';
import type { Candidate, ProposalsAnswer } from '@/app/_components/studio/apiTypes';
import { addMention, rejectMention, restoreMention, setAccepted, setArticleDetails, setTranslation, stateFromProposals, switchCandidate, updatePlace } from '@/app/_components/studio/editorState';
import { eventSlug } from '@/app/_components/studio/eventDraft';
import { marksOf, segmentsOf } from '@/app/_components/studio/marks';
import { candidateOfMarker, studioMarkers } from '@/app/_components/studio/studioMarkers';
import { spanOfCaret, spanOfWords, stepCaret, type Caret } from '@/app/_components/studio/textSelection';

const city = (id: string, nb: string, lon: number, lat: number): PlaceRecord => ({
  id,
  name: { nb, en: nb },
  kind: 'city',
  featured: false,
  geometry: { source: 'geonames', coordinates: [lon, lat] },
  source: { title: 'GeoNames' },
});
const candidate = (place: PlaceRecord, label: string): Candidate => ({ label, coordinates: place.geometry.source === 'geonames' ? place.geometry.coordinates : [0, 0], place });

const BERGEN = city('bergen', 'Bergen', 5.32, 60.39);
const ROGALAND: PlaceRecord = { ...city('rogaland', 'Rogaland', 6.42, 59.16), kind: 'region' };
const STAVANGER = city('stavanger', 'Stavanger', 5.73, 58.97);
const ODDA = city('odda', 'Odda', 6.55, 60.07);
const TEXT = 'Ferje mellom Bergen og Stavanger\n\nFerjen går fra Bergen til Stavanger. Ladingen kommer fra ODDA.';

const answer: ProposalsAnswer = {
  paragraphs: [
    { id: 'p0', text: 'Ferje mellom Bergen og Stavanger', kind: 'heading' },
    { id: 'p1', text: 'Ferjen går fra Bergen til Stavanger. Ladingen kommer fra ODDA.', kind: 'body' },
  ],
  proposals: [
    { key: 'geonames:1', confidence: 0.99, accepted: true, mentions: [{ paragraphId: 'p1', start: 15, end: 21, text: 'Bergen', confidence: 0.99 }], candidates: [candidate(BERGEN, 'Bergen, Norge (by)')] },
    {
      key: 'geonames:2',
      confidence: 0.62,
      accepted: false,
      mentions: [{ paragraphId: 'p1', start: 26, end: 35, text: 'Stavanger', confidence: 0.62 }],
      candidates: [candidate(ROGALAND, 'Rogaland, Norge (region)'), candidate(STAVANGER, 'Stavanger, Norge (by)')],
    },
  ],
  dates: [],
};
const fields = { id: 'ferje', lang: 'nb' as const, title: 'Ferje', titleEn: '', published: '2024-05-10', text: TEXT };

describe('the studio editor state', () => {
  it('starts with the accepted proposals as the draft places, the English title falling back to the original', () => {
    const state = stateFromProposals(fields, answer);
    expect(state.draft.places.map((p) => p.id)).toEqual(['bergen']);
    expect(state.draft.article).toMatchObject({ id: 'ferje', lang: 'nb', title: { nb: 'Ferje', en: 'Ferje' }, textFile: 'article.nb.txt' });
    expect(state.points.stavanger).toEqual([5.73, 58.97]);
  });

  it('switching an accepted proposal replaces its place in the places, the events and the added mentions', () => {
    let state = setAccepted(stateFromProposals(fields, answer), 'geonames:2', true);
    state = addMention(state, { paragraphId: 'p1', start: 0, end: 6, text: 'Ferjen' }, candidate(ROGALAND, 'Rogaland'));
    state = { ...state, draft: { ...state.draft, events: [{ id: 'e', placeIds: ['rogaland'] } as never] } };
    state = updatePlace(state, 'rogaland', { featured: true });
    const switched = switchCandidate(state, 'geonames:2', 1);
    expect(switched.draft.places.map((p) => p.id)).toEqual(['bergen', 'stavanger']);
    expect(switched.draft.places[1]!.featured).toBe(true);
    expect(switched.draft.events[0]!.placeIds).toEqual(['stavanger']);
    expect(switched.draft.mentions.added).toEqual([
      { paragraphId: 'p1', start: 0, end: 6, text: 'Ferjen', placeId: 'stavanger' },
      { paragraphId: 'p1', start: 26, end: 35, text: 'Stavanger', placeId: 'stavanger' },
    ]);
  });

  it('moves a switched proposal\'s mentions to the chosen candidate in mentions.json, and back when switched back', () => {
    const stavanger = { paragraphId: 'p1', start: 26, end: 35, text: 'Stavanger' };
    const switched = setAccepted(switchCandidate(stateFromProposals(fields, answer), 'geonames:2', 1), 'geonames:2', true);
    expect(switched.draft.mentions).toEqual({ added: [{ ...stavanger, placeId: 'stavanger' }], rejected: [stavanger] });
    expect(marksOf(switched, [{ id: 'p1-m1', ...stavanger, placeId: 'stavanger' }]).filter((m) => m.text === 'Stavanger').map((m) => [m.text, m.kind, m.percent])).toEqual([['Stavanger', 'unsure', 62]]);
    expect(switchCandidate(switched, 'geonames:2', 0).draft.mentions).toEqual({ added: [], rejected: [] });
    const alone = rejectMention(switched, { ...stavanger, placeId: 'stavanger' } as never);
    expect(alone.draft.mentions).toEqual({ added: [], rejected: [stavanger] });
    expect(setAccepted(alone, 'geonames:2', false).draft.mentions).toEqual({ added: [], rejected: [stavanger] });
  });

  it('rejecting a place drops it with its added mentions and its place in the events', () => {
    let state = addMention(stateFromProposals(fields, answer), { paragraphId: 'p1', start: 57, end: 61, text: 'ODDA' }, candidate(ODDA, 'Odda'));
    state = setAccepted(state, 'geonames:1', false);
    expect(state.draft.places.map((p) => p.id)).toEqual(['odda']);
    expect(state.draft.mentions.added).toEqual([{ paragraphId: 'p1', start: 57, end: 61, text: 'ODDA', placeId: 'odda' }]);
  });

  it('an added mention of a place the draft has reuses it; another place of the same id gets a free one', () => {
    const base = stateFromProposals(fields, answer);
    const same = addMention(base, { paragraphId: 'p0', start: 13, end: 19, text: 'Bergen' }, candidate(BERGEN, 'Bergen'));
    expect(same.draft.places).toHaveLength(1);
    const other = addMention(base, { paragraphId: 'p0', start: 13, end: 19, text: 'Bergen' }, candidate(city('bergen', 'Bergen', 4.7, 52.67), 'Bergen, Nederland'));
    expect(other.draft.places.map((p) => p.id)).toEqual(['bergen', 'bergen-2']);
  });

  it('rejects a found mention into `rejected`, takes an added one back out of `added`, and restores', () => {
    const span = { paragraphId: 'p1', start: 15, end: 21, text: 'Bergen' };
    const rejected = rejectMention(stateFromProposals(fields, answer), span);
    expect(rejected.draft.mentions.rejected).toEqual([span]);
    expect(restoreMention(rejected, span).draft.mentions.rejected).toEqual([]);
    const odda = { paragraphId: 'p1', start: 57, end: 61, text: 'ODDA' };
    const added = addMention(rejected, odda, candidate(ODDA, 'Odda'));
    expect(rejectMention(added, { ...odda, placeId: 'odda' } as never).draft.mentions).toEqual({ added: [], rejected: [span] });
  });

  it('gives a place a note and a definition, and an emptied one leaves nothing in the saved JSON', () => {
    const note = { nb: 'Kalles «Bergens-baserte» i teksten.', en: 'Called “Bergen-based” in the text.' };
    const noted = updatePlace(stateFromProposals(fields, answer), 'bergen', { note, definition: 'Bergen kommune' });
    expect(noted.draft.places[0]).toMatchObject({ id: 'bergen', note, definition: 'Bergen kommune' });
    const cleared = updatePlace(noted, 'bergen', { note: undefined, definition: undefined });
    expect(JSON.parse(JSON.stringify(cleared.draft.places[0]))).toEqual(BERGEN);
  });

  it('keeps the translation in paragraph order and drops a cleared paragraph', () => {
    let state = setTranslation(stateFromProposals(fields, answer), 'p1', 'The ferry runs.');
    state = setTranslation(state, 'p0', 'Ferry');
    expect(state.draft.translation).toEqual([{ id: 'p0', en: 'Ferry' }, { id: 'p1', en: 'The ferry runs.' }]);
    expect(setTranslation(state, 'p0', '  ').draft.translation).toEqual([{ id: 'p1', en: 'The ferry runs.' }]);
  });
});

describe('the title and date, edited in the review', () => {
  const dated: ProposalsAnswer = {
    ...answer,
    paragraphs: [{ id: 'p0', text: 'Ferjen kom i går, og rederiet svarte fredag.', kind: 'body' }],
    dates: [],
  };

  it('changes the draft article\'s titles and keeps the rest of it', () => {
    const state = setArticleDetails(stateFromProposals(fields, dated), { title: { nb: 'Ny ferje', en: 'New ferry' } });
    expect(state.draft.article).toMatchObject({ id: 'ferje', lang: 'nb', title: { nb: 'Ny ferje', en: 'New ferry' }, published: '2024-05-10', textFile: 'article.nb.txt' });
  });

  it('resolves the date suggestions again against a new publication date', () => {
    // 2024-05-10 and 2024-06-04 are a Friday and a Tuesday.
    const state = setArticleDetails(stateFromProposals(fields, dated), { published: '2024-06-04' });
    expect(state.draft.article.published).toBe('2024-06-04');
    expect(state.dates.map((d) => [d.text, d.date.start])).toEqual([
      ['i går', '2024-06-03'],
      ['fredag', '2024-05-31'],
    ]);
  });
});

describe('the review marks', () => {
  it('marks linked mentions by confidence, the not-accepted proposals as unlinked, and added and rejected ones', () => {
    let state = addMention(stateFromProposals(fields, answer), { paragraphId: 'p1', start: 57, end: 61, text: 'ODDA' }, candidate(ODDA, 'Odda'));
    state = rejectMention(state, { paragraphId: 'p0', start: 13, end: 19, text: 'Bergen' });
    const linked = [
      { id: 'm1', paragraphId: 'p1', start: 15, end: 21, text: 'Bergen', placeId: 'bergen' },
      { id: 'm2', paragraphId: 'p1', start: 57, end: 61, text: 'ODDA', placeId: 'odda' },
    ];
    expect(marksOf(state, linked).map((m) => [m.paragraphId, m.text, m.kind, m.percent])).toEqual([
      ['p0', 'Bergen', 'rejected', undefined],
      ['p1', 'Bergen', 'sure', 99],
      ['p1', 'Stavanger', 'unlinked', 62],
      ['p1', 'ODDA', 'added', undefined],
    ]);
  });

  it('cuts a paragraph at its marks, leaving out a mark that overlaps an earlier one', () => {
    const mark = (start: number, end: number) => ({ paragraphId: 'p0', start, end, text: '', kind: 'sure' as const });
    expect(segmentsOf('abcdefgh', [mark(1, 3), mark(2, 4), mark(5, 8)]).map((s) => (typeof s === 'string' ? s : `[${s.start}-${s.end}]`))).toEqual(['a', '[1-3]', 'de', '[5-8]']);
  });
});

describe('the studio map markers', () => {
  it('draws the selected proposal\'s other candidates, and reads a candidate marker back', () => {
    const state = stateFromProposals(fields, answer);
    const markers = studioMarkers(state, 'rogaland', null);
    expect(markers.map((m) => [m.id, m.look])).toEqual([
      ['bergen', 'accepted'],
      ['rogaland', 'proposed'],
      ['candidate:geonames:2:1', 'candidate'],
    ]);
    expect(candidateOfMarker('candidate:geonames:2:1')).toEqual({ key: 'geonames:2', index: 1 });
    expect(candidateOfMarker('bergen')).toBeNull();
  });
});

describe('words chosen by keyboard, and event ids', () => {
  it('finds the words in the paragraph, or nothing', () => {
    expect(spanOfWords({ id: 'p1', text: 'Ferjen går fra Bergen.' }, ' Bergen ')).toEqual({ paragraphId: 'p1', start: 15, end: 21, text: 'Bergen' });
    expect(spanOfWords({ id: 'p1', text: 'Ferjen går fra Bergen.' }, 'Oslo')).toBeNull();
  });

  it('moves a caret through the text by character, word and paragraph, and selects words with Shift', () => {
    const paragraphs = [
      { id: 'p0', text: 'Ferje' },
      { id: 'p1', text: 'Ferjen går fra Bergen.' },
    ];
    const press = (caret: Caret | null, key: string, mods: { shiftKey?: boolean; ctrlKey?: boolean } = {}) => stepCaret(paragraphs, caret, { key, shiftKey: false, ctrlKey: false, ...mods });
    let caret = press(null, 'ArrowDown');
    expect(caret).toEqual({ paragraphId: 'p1', anchor: 0, focus: 0 });
    for (let word = 0; word < 3; word++) caret = press(caret, 'ArrowRight', { ctrlKey: true });
    expect(caret).toEqual({ paragraphId: 'p1', anchor: 14, focus: 14 });
    caret = press(caret, 'ArrowRight', { ctrlKey: true, shiftKey: true });
    expect(spanOfCaret(paragraphs, caret!)).toEqual({ paragraphId: 'p1', start: 15, end: 21, text: 'Bergen' });
    caret = press(caret, 'ArrowLeft', { shiftKey: true });
    expect(spanOfCaret(paragraphs, caret!)).toEqual({ paragraphId: 'p1', start: 15, end: 20, text: 'Berge' });
    expect(press(caret, 'End')).toEqual({ paragraphId: 'p1', anchor: 22, focus: 22 });
    expect(press(caret, 'ArrowLeft', { ctrlKey: true })).toEqual({ paragraphId: 'p1', anchor: 15, focus: 15 });
    expect(press(caret, 'ArrowUp')).toEqual({ paragraphId: 'p0', anchor: 0, focus: 0 });
    expect(press(caret, 'a')).toBeNull();
    expect(spanOfCaret(paragraphs, { paragraphId: 'p1', anchor: 14, focus: 15 })).toBeNull();
  });

  it('makes a slug of the title, unique in the article', () => {
    expect(eventSlug('Første gjester på Sola', [])).toBe('forste-gjester-pa-sola');
    expect(eventSlug('Første gjester på Sola', ['forste-gjester-pa-sola'])).toBe('forste-gjester-pa-sola-2');
    expect(eventSlug('!!!', [])).toBe('event');
  });
});
