import type { ArticleFile, EventRecord, PlaceRecord } from '@/app/_lib/article/schema';

/**
 * The studio API's shapes as the UI reads them (docs/briefs' shared design). StudioDraft and
 * MentionEdits mirror app/_lib/studio/draft.ts, which the server side owns.
 */
export interface Span {
  paragraphId: string;
  start: number;
  end: number;
  text: string;
}

export interface MentionEdits {
  added: (Span & { placeId: string })[];
  rejected: Span[];
}

export interface StudioDraft {
  article: ArticleFile;
  text: string;
  places: PlaceRecord[];
  events: EventRecord[];
  translation: { id: string; en: string }[];
  mentions: MentionEdits;
}

export interface Candidate {
  label: string;
  coordinates: [number, number];
  place: PlaceRecord;
}

export interface Proposal {
  key: string;
  confidence: number;
  accepted: boolean;
  mentions: (Span & { confidence: number })[];
  candidates: Candidate[];
}

export interface DateSuggestion extends Span {
  date: EventRecord['date'];
}

export interface StudioParagraph {
  id: string;
  text: string;
  kind: 'heading' | 'body';
}

export interface ProposalsAnswer {
  paragraphs: StudioParagraph[];
  proposals: Proposal[];
  dates: DateSuggestion[];
}

export interface LinkedMention extends Span {
  id: string;
  placeId: string;
}

export interface CheckProblem {
  file: string;
  line?: number;
  message: string;
}

export interface CheckAnswer {
  ok: boolean;
  mentions: LinkedMention[];
  problems?: CheckProblem[];
}

export interface SaveAnswer {
  version: string;
  id: string;
  urls: { dashboard: string; embed: string };
  embedCode: string;
  build: string;
}

export interface ArticleListEntry {
  id: string;
  title: ArticleFile['title'] | string;
  lang: 'nb' | 'en';
  published: string;
}
