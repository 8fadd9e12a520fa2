'use client';

import { useEffect, useState } from 'react';
import type { CheckAnswer, StudioDraft } from './apiTypes';
import { sendJson } from './studioApi';

const SETTLE_MS = 350;

interface Checked {
  draft: StudioDraft | null;
  answer: CheckAnswer | null;
  error: string | null;
}

/** The draft through the server's validation door after each change (the last change wins). */
export function useCheck(draft: StudioDraft): { answer: CheckAnswer | null; pending: boolean; error: string | null } {
  const [checked, setChecked] = useState<Checked>({ draft: null, answer: null, error: null });
  useEffect(
    function checkDraft() {
      let current = true;
      const timer = setTimeout(async () => {
        try {
          const answer = await sendJson<CheckAnswer>('/api/studio/check', { draft });
          if (current) setChecked({ draft, answer, error: null });
        } catch (failure) {
          if (current) setChecked((last) => ({ draft, answer: last.answer, error: failure instanceof Error ? failure.message : String(failure) }));
        }
      }, SETTLE_MS);
      return function cancelCheck() {
        current = false;
        clearTimeout(timer);
      };
    },
    [draft],
  );
  return { answer: checked.answer, pending: checked.draft !== draft, error: checked.error };
}
