/**
 * The marks over the review's text: the mentions as the build will link them (from the server's
 * check), the proposals' mentions of places not accepted, and the mentions a person rejected.
 */
import type { LinkedMention, Span } from './apiTypes';
import { sameSpan, type EditorState } from './editorState';

export type MarkKind = 'sure' | 'unsure' | 'added' | 'saved' | 'unlinked' | 'rejected';

export interface Mark extends Span {
  kind: MarkKind;
  /** 0–100, when the geoparser proposed it. */
  percent?: number;
  placeId?: string;
  /** The proposal it came from, for a mention of a place not accepted. */
  proposalKey?: string;
}

export const SURE = 0.8;

export function marksOf(state: EditorState, linked: LinkedMention[]): Mark[] {
  const proposed = state.proposals.flatMap((p) => p.mentions.map((m) => ({ ...m, proposalKey: p.key })));
  const confidenceOf = (span: Span) => proposed.find((m) => sameSpan(m, span))?.confidence;
  const marks: Mark[] = linked.map((m) => {
    const confidence = confidenceOf(m);
    // A proposal's mention moved to another candidate is the machine's, not added by hand.
    const added = confidence === undefined && state.draft.mentions.added.some((a) => sameSpan(a, m));
    const kind: MarkKind = added ? 'added' : confidence === undefined ? 'saved' : confidence >= SURE ? 'sure' : 'unsure';
    return { paragraphId: m.paragraphId, start: m.start, end: m.end, text: m.text, kind, placeId: m.placeId, ...(confidence !== undefined && !added ? { percent: Math.round(confidence * 100) } : {}) };
  });
  const redirected = (span: Span) => state.draft.mentions.added.some((a) => sameSpan(a, span));
  for (const span of state.draft.mentions.rejected.filter((r) => !redirected(r))) marks.push({ ...span, kind: 'rejected', percent: percentOf(confidenceOf(span)) });
  for (const m of proposed) {
    if (marks.some((mark) => overlaps(mark, m))) continue;
    marks.push({ paragraphId: m.paragraphId, start: m.start, end: m.end, text: m.text, kind: 'unlinked', percent: percentOf(m.confidence), proposalKey: m.proposalKey });
  }
  return marks.sort((a, b) => a.start - b.start);
}

function percentOf(confidence: number | undefined): number | undefined {
  return confidence === undefined ? undefined : Math.round(confidence * 100);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.paragraphId === b.paragraphId && a.start < b.end && b.start < a.end;
}

/** A paragraph's text cut at its marks, in order; marks that overlap an earlier one are left out. */
export function segmentsOf(text: string, marks: Mark[]): (string | Mark)[] {
  const segments: (string | Mark)[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) segments.push(text.slice(at, mark.start));
    segments.push(mark);
    at = mark.end;
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}
