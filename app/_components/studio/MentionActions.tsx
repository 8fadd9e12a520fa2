'use client';

import { rejectMention, restoreMention, type EditorState } from './editorState';
import type { Mark } from './marks';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

/** The mention chosen in the text: its place and confidence in words, and rejecting or restoring it alone. */
export default function MentionActions({ mark, state, placeName, onState }: { mark: Mark | null; state: EditorState; placeName: (id: string) => string; onState: (state: EditorState) => void }) {
  const { t } = useStudioText();
  return (
    <div role="status" aria-live="polite" className={styles.mentionBar}>
      {mark && (
        <>
          <strong>{t.selectedMention}:</strong> «{mark.text}» ({mark.paragraphId})
          {mark.placeId && ` → ${placeName(mark.placeId)}`}
          {mark.percent !== undefined && ` · ${t.confidence(mark.percent)}`}
          {mark.kind === 'added' && ` · ${t.addedByHand}`}{' '}
          {mark.kind === 'rejected' ? (
            <button type="button" className={styles.button} onClick={() => onState(restoreMention(state, mark))}>
              {t.restoreMention}
            </button>
          ) : mark.kind !== 'unlinked' ? (
            <button type="button" className={styles.button} onClick={() => onState(rejectMention(state, mark))}>
              {mark.kind === 'added' ? t.removeAdded : t.rejectMention}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
