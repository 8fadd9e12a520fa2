/**
 * What the studio proposes for a text: its paragraphs, the places the geoparser finds (one per
 * gazetteer entry, each with its mentions and candidate places, accepted at a confidence of 0.8
 * or more) and the date expressions. Pure: the gazetteer and the world-atlas index are handed in.
 */
import { splitParagraphs } from '../article/paragraphs';
import { entryKey } from '../authoring/draft';
import { uniqueSlug } from '../authoring/ids';
import { InputError } from '../authoring/text';
import { geoparseParagraphs, type ParagraphMention } from '../geoparse/paragraphs';
import { mentionCandidates, type Candidate, type CandidateContext } from './candidates';
import { suggestDates, type DateSuggestion } from './dates';

export const ACCEPT_CONFIDENCE = 0.8;

export interface Proposal {
  key: string;
  confidence: number;
  accepted: boolean;
  mentions: { paragraphId: string; start: number; end: number; text: string; confidence: number }[];
  candidates: Candidate[];
}

export interface Proposals {
  paragraphs: { id: string; text: string; kind: 'heading' | 'body' }[];
  proposals: Proposal[];
  dates: DateSuggestion[];
}

export function propose(text: string, published: string, context: CandidateContext): Proposals {
  const paragraphs = splitParagraphs(text).map(({ id, text: paragraph, kind }) => ({ id, text: paragraph, kind }));
  const found = geoparseParagraphs(paragraphs, context.lang, context.gazetteer).filter((m) => m.kind !== 'other');
  if (found.length === 0) throw new InputError('the geoparser found no place in the text');
  const groups = new Map<string, ParagraphMention[]>();
  for (const mention of found) groups.set(entryKey(mention), [...(groups.get(entryKey(mention)) ?? []), mention]);
  const taken = new Set<string>();
  // The best candidates' ids first, so that they are the plain slugs of their names.
  const bestIds = [...groups.values()].map((mentions) => uniqueSlug(mentions[0]!.name, taken));
  const proposals = [...groups.entries()].map(([key, mentions], index): Proposal => {
    const confidence = Math.max(...mentions.map((m) => m.confidence));
    return {
      key,
      confidence,
      accepted: confidence >= ACCEPT_CONFIDENCE,
      mentions: mentions.map(({ paragraphId, start, end, text: surface, confidence: c }) => ({ paragraphId, start, end, text: surface, confidence: c })),
      candidates: mentionCandidates(bestIds[index]!, mentions, taken, context),
    };
  });
  return { paragraphs, proposals, dates: suggestDates(paragraphs, context.lang, published) };
}
