'use client';

import { useState } from 'react';
import type { ProposalsAnswer } from './apiTypes';
import Editor from './Editor';
import { stateFromProposals, type EditorState } from './editorState';
import NewArticleForm from './NewArticleForm';
import { sendJson } from './studioApi';

/** A new article: the form, then the review of the geoparser's proposals (the draft lives in memory until saved). */
export default function NewArticle() {
  const [state, setState] = useState<EditorState | null>(null);
  if (state) return <Editor initial={state} baseVersion={null} />;
  return (
    <NewArticleForm
      onSubmit={async (fields) => {
        const answer = await sendJson<ProposalsAnswer>('/api/studio/proposals', { text: fields.text, lang: fields.lang, published: fields.published });
        setState(stateFromProposals(fields, answer));
      }}
    />
  );
}
