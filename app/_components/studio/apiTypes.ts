/**
 * The studio API's shapes as the UI reads them. The draft, proposals, candidates and dates are the
 * server's own types (app/_lib/studio, imported as types only: nothing of the server's code reaches
 * the browser); the answers' envelopes are named here.
 */
import type { FoundMention } from '@/app/_lib/article/linker';
import type { LocatedProblem } from '@/app/_lib/authoring/problems';
import type { Candidate } from '@/app/_lib/studio/candidates';
import type { DateSuggestion } from '@/app/_lib/studio/dates';
import type { MentionEdits, StudioDraft } from '@/app/_lib/studio/draft';
import type { Proposal, Proposals } from '@/app/_lib/studio/proposals';
import type { savedAnswer } from '@/app/_lib/studio/saved';

export type { Candidate, DateSuggestion, MentionEdits, Proposal, StudioDraft };
export type ProposalsAnswer = Proposals;
export type StudioParagraph = Proposals['paragraphs'][number];
export type LinkedMention = FoundMention;
export type CheckProblem = LocatedProblem;

export interface Span {
  paragraphId: string;
  start: number;
  end: number;
  text: string;
}

export interface CheckAnswer {
  ok: boolean;
  mentions: LinkedMention[];
  problems?: CheckProblem[];
}

export type SaveAnswer = ReturnType<typeof savedAnswer>;

export type { StudioArticleSummary as ArticleListEntry } from '@/app/_lib/studio/articles';
