'use client';

import { useEffect, useRef, useState } from 'react';
import type { CheckAnswer, StudioDraft } from './apiTypes';
import { sendJson } from './studioApi';

const SETTLE_MS = 350;

interface Checked {
  draft: StudioDraft | null;
  answer: CheckAnswer | null;
  error: string | null;
}

/**
 * The draft through the server's validation door after each change (the last change wins). One
 * check at a time: a check rebuilds every place's geometry, so on a busy machine checks sent while
 * another runs would queue on the server and the newest would wait behind them all. A change made
 * during a check is sent when that check ends, and the changes in between are never sent.
 */
export function useCheck(draft: StudioDraft): { answer: CheckAnswer | null; pending: boolean; error: string | null } {
  const [checked, setChecked] = useState<Checked>({ draft: null, answer: null, error: null });
  const running = useRef<Promise<unknown> | null>(null);
  useEffect(
    function checkDraft() {
      let current = true;
      const timer = setTimeout(async () => {
        while (running.current) {
          await running.current;
          if (!current) return;
        }
        const request = sendJson<CheckAnswer>('/api/studio/check', { draft });
        running.current = request.catch(() => undefined).finally(() => (running.current = null));
        try {
          const answer = await request;
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
