/**
 * What the studio's editor holds, and every change a person makes to it, as pure functions: the
 * draft the server checks and saves, plus the geoparser's proposals that the draft's places were
 * chosen from (none for an article opened from disk).
 */
import { splitParagraphs } from '@/app/_lib/article/paragraphs';
import type { ArticleFile, EventRecord, PlaceRecord } from '@/app/_lib/article/schema';
import { suggestDates } from '@/app/_lib/studio/dates';
import type { Candidate, DateSuggestion, Proposal, ProposalsAnswer, Span, StudioDraft, StudioParagraph } from './apiTypes';

export type Point = [number, number];

export interface PlaceChoice {
  accepted: boolean;
  candidate: number;
}

export interface EditorState {
  draft: StudioDraft;
  paragraphs: StudioParagraph[];
  proposals: Proposal[];
  /** By proposal key: accepted or not, and which of its candidates. */
  choices: Record<string, PlaceChoice>;
  /** Where each place id is drawn on the studio's map. */
  points: Record<string, Point>;
  dates: DateSuggestion[];
}

export interface NewArticleFields {
  id: string;
  lang: 'nb' | 'en';
  title: string;
  /** The English title; the original's when left empty. */
  titleEn: string;
  published: string;
  text: string;
}

export function stateFromProposals(fields: NewArticleFields, answer: ProposalsAnswer): EditorState {
  const choices = Object.fromEntries(answer.proposals.map((p) => [p.key, { accepted: p.accepted, candidate: 0 }]));
  const points: Record<string, Point> = {};
  for (const candidate of answer.proposals.flatMap((p) => p.candidates)) points[candidate.place.id] = candidate.coordinates;
  const draft: StudioDraft = {
    article: {
      id: fields.id,
      lang: fields.lang,
      title: { nb: fields.title, en: fields.titleEn.trim() || fields.title },
      published: fields.published,
      textFile: `article.${fields.lang}.txt`,
      source: { title: 'Studio' },
    },
    text: fields.text,
    places: answer.proposals.filter((p) => p.accepted).map((p) => p.candidates[0]!.place),
    events: [],
    translation: [],
    mentions: { added: [], rejected: [] },
  };
  return { draft, paragraphs: answer.paragraphs, proposals: answer.proposals, choices, points, dates: answer.dates };
}

export function stateFromDraft(draft: StudioDraft, points: Record<string, Point>): EditorState {
  const paragraphs = splitParagraphs(draft.text).map(({ id, text, kind }) => ({ id, text, kind }));
  return { draft, paragraphs, proposals: [], choices: {}, points, dates: suggestDates(paragraphs, draft.article.lang, draft.article.published) };
}

export function chosenPlace(state: EditorState, proposal: Proposal): PlaceRecord {
  return proposal.candidates[state.choices[proposal.key]?.candidate ?? 0]!.place;
}

/** The draft's place a proposal stands for, once accepted (with the names and flag a person set). */
export function proposalOfPlace(state: EditorState, placeId: string): Proposal | undefined {
  return state.proposals.find((p) => state.choices[p.key]?.accepted && chosenPlace(state, p).id === placeId);
}

function withDraft(state: EditorState, change: Partial<StudioDraft>): EditorState {
  return { ...state, draft: { ...state.draft, ...change } };
}

export function setAccepted(state: EditorState, key: string, accepted: boolean): EditorState {
  const proposal = state.proposals.find((p) => p.key === key);
  const choice = state.choices[key];
  if (!proposal || !choice || choice.accepted === accepted) return state;
  const place = chosenPlace(state, proposal);
  const places = accepted ? [...state.draft.places, place] : state.draft.places.filter((p) => p.id !== place.id);
  const next = { ...state, choices: { ...state.choices, [key]: { ...choice, accepted } } };
  const changed = accepted ? withDraft(next, { places }) : withoutPlace(withDraft(next, { places }), place.id);
  return redirectMentions(changed, proposal);
}

/** Another candidate for a proposal: the draft's place, its events and added mentions follow it. */
export function switchCandidate(state: EditorState, key: string, candidate: number): EditorState {
  const proposal = state.proposals.find((p) => p.key === key);
  const choice = state.choices[key];
  if (!proposal || !choice || !proposal.candidates[candidate]) return state;
  const from = chosenPlace(state, proposal);
  const to = proposal.candidates[candidate]!.place;
  const next = { ...state, choices: { ...state.choices, [key]: { ...choice, candidate } } };
  if (!choice.accepted) return next;
  const current = state.draft.places.find((p) => p.id === from.id);
  const replacement = { ...to, featured: current?.featured ?? false };
  const switched = withDraft(next, {
    places: state.draft.places.map((p) => (p.id === from.id ? replacement : p)),
    events: state.draft.events.map((e) => ({ ...e, placeIds: e.placeIds.map((id) => (id === from.id ? to.id : id)) })),
    mentions: { ...state.draft.mentions, added: state.draft.mentions.added.map((m) => (m.placeId === from.id ? { ...m, placeId: to.id } : m)) },
  });
  return redirectMentions(switched, proposal);
}

/**
 * The build links a mention to the place the geoparser resolved it to (a region "Stavanger" to a
 * region place). An accepted proposal switched to another candidate (the city) keeps its mentions
 * by saying so in mentions.json: each is rejected as found and added for the chosen place. A
 * mention the person rejected alone stays rejected.
 */
function redirectMentions(state: EditorState, proposal: Proposal): EditorState {
  const choice = state.choices[proposal.key];
  const spans = proposal.mentions.map(({ paragraphId, start, end, text }) => ({ paragraphId, start, end, text }));
  const own = (m: Span) => spans.some((s) => sameSpan(s, m));
  const { added, rejected } = state.draft.mentions;
  const redirected = (m: Span) => added.some((a) => sameSpan(a, m));
  const rejectedAlone = rejected.filter((m) => own(m) && !redirected(m));
  const otherRejected = rejected.filter((m) => !own(m));
  const otherAdded = added.filter((m) => !own(m));
  if (!choice?.accepted || choice.candidate === 0) return withDraft(state, { mentions: { added: otherAdded, rejected: [...otherRejected, ...rejectedAlone] } });
  const placeId = chosenPlace(state, proposal).id;
  const moved = spans.filter((s) => !rejectedAlone.some((r) => sameSpan(r, s)));
  return withDraft(state, {
    mentions: { added: [...otherAdded, ...moved.map((s) => ({ ...s, placeId }))], rejected: [...otherRejected, ...rejectedAlone, ...moved] },
  });
}

/** What the review may change of a place (`undefined` removes an optional field). */
export type PlaceChange = Partial<Pick<PlaceRecord, 'name' | 'featured' | 'note' | 'definition'>>;

export function updatePlace(state: EditorState, placeId: string, change: PlaceChange): EditorState {
  return withDraft(state, { places: state.draft.places.map((p) => (p.id === placeId ? { ...p, ...change } : p)) });
}

/** A place taken out of the draft, with the mentions added for it and its place in the events. */
export function withoutPlace(state: EditorState, placeId: string): EditorState {
  return withDraft(state, {
    places: state.draft.places.filter((p) => p.id !== placeId),
    events: state.draft.events.map((e) => ({ ...e, placeIds: e.placeIds.filter((id) => id !== placeId) })),
    mentions: { ...state.draft.mentions, added: state.draft.mentions.added.filter((m) => m.placeId !== placeId) },
  });
}

const sameSpan = (a: Span, b: Span) => a.paragraphId === b.paragraphId && a.start === b.start && a.end === b.end;

/** A span the machine missed, made a mention of a gazetteer candidate (the draft's place when it already has it). */
export function addMention(state: EditorState, span: Span, candidate: Candidate): EditorState {
  const samePoint = (id: string) => state.points[id]?.[0] === candidate.coordinates[0] && state.points[id]?.[1] === candidate.coordinates[1];
  const existing = state.draft.places.find((p) => samePoint(p.id)) ?? state.draft.places.find((p) => p.id === candidate.place.id && !state.points[p.id]);
  const taken = new Set(state.draft.places.map((p) => p.id));
  let id = candidate.place.id;
  for (let n = 2; !existing && taken.has(id); n++) id = `${candidate.place.id}-${n}`;
  const place = existing ?? { ...candidate.place, id };
  const places = existing ? state.draft.places : [...state.draft.places, place];
  const added = [...state.draft.mentions.added.filter((m) => !sameSpan(m, span)), { ...span, placeId: place.id }];
  const next = withDraft(state, { places, mentions: { ...state.draft.mentions, added } });
  return { ...next, points: { ...next.points, [place.id]: candidate.coordinates } };
}

/** Spans the machine missed, all made mentions of one candidate: one place, however many spans. */
export function addMentions(state: EditorState, spans: Span[], candidate: Candidate): EditorState {
  return spans.reduce((next, span) => addMention(next, span, candidate), state);
}

export function rejectMention(state: EditorState, span: Span): EditorState {
  const { added, rejected } = state.draft.mentions;
  if (added.some((m) => sameSpan(m, span))) return withDraft(state, { mentions: { added: added.filter((m) => !sameSpan(m, span)), rejected } });
  const plain = { paragraphId: span.paragraphId, start: span.start, end: span.end, text: span.text };
  return withDraft(state, { mentions: { added, rejected: [...rejected.filter((m) => !sameSpan(m, span)), plain] } });
}

export function restoreMention(state: EditorState, span: Span): EditorState {
  const { added, rejected } = state.draft.mentions;
  return withDraft(state, { mentions: { added, rejected: rejected.filter((m) => !sameSpan(m, span)) } });
}

/**
 * The article's title (both languages) or publication date changed in the review. The date
 * suggestions are resolved against the publication date, so a new date resolves them again.
 */
export function setArticleDetails(state: EditorState, change: Partial<Pick<ArticleFile, 'title' | 'published'>>): EditorState {
  const next = withDraft(state, { article: { ...state.draft.article, ...change } });
  if (change.published === undefined || change.published === state.draft.article.published) return next;
  return { ...next, dates: suggestDates(state.paragraphs, state.draft.article.lang, change.published) };
}

export function setEvents(state: EditorState, events: EventRecord[]): EditorState {
  return withDraft(state, { events });
}

export function setTranslation(state: EditorState, paragraphId: string, en: string): EditorState {
  const rest = state.draft.translation.filter((p) => p.id !== paragraphId);
  const translation = en.trim() ? [...rest, { id: paragraphId, en }] : rest;
  const order = (id: string) => Number(id.slice(1));
  return withDraft(state, { translation: translation.sort((a, b) => order(a.id) - order(b.id)) });
}

export { sameSpan };
