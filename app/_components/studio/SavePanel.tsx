'use client';

import { useState } from 'react';
import type { SaveAnswer, StudioDraft } from './apiTypes';
import { ProblemList } from './CheckReport';
import Preview from './Preview';
import { StudioApiError, sendJson } from './studioApi';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

type Outcome = { kind: 'saved'; answer: SaveAnswer } | { kind: 'conflict'; detail: string } | { kind: 'invalid'; detail: string; problems: NonNullable<StudioApiError['body']['problems']> } | { kind: 'error'; detail: string };

interface Props {
  draft: StudioDraft;
  baseVersion: string | null;
  onSaved: (version: string) => void;
}

/** Saving: the write is refused when the files changed on disk since they were opened (409) or fail the check (422). */
export default function SavePanel({ draft, baseVersion, onSaved }: Props) {
  const { t } = useStudioText();
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const save = async () => {
    setSaving(true);
    try {
      const answer = await sendJson<SaveAnswer>(`/api/studio/articles/${encodeURIComponent(draft.article.id)}`, { draft, baseVersion }, 'PUT');
      setOutcome({ kind: 'saved', answer });
      onSaved(answer.version);
    } catch (failure) {
      const detail = failure instanceof Error ? failure.message : String(failure);
      if (failure instanceof StudioApiError && failure.status === 409) setOutcome({ kind: 'conflict', detail });
      else if (failure instanceof StudioApiError && failure.status === 422) setOutcome({ kind: 'invalid', detail, problems: failure.body.problems ?? [] });
      else setOutcome({ kind: 'error', detail });
    } finally {
      setSaving(false);
    }
  };
  return (
    <section aria-labelledby="save-heading" className={styles.panel}>
      <h2 id="save-heading">{t.save}</h2>
      <button type="button" className={styles.primary} disabled={saving} onClick={save}>
        {saving ? t.saving : t.save}
      </button>
      <div role="alert" data-testid="save-outcome">
        {outcome?.kind === 'saved' && <p className={styles.success}>{t.saved}</p>}
        {outcome?.kind === 'conflict' && (
          <p className={styles.error}>
            {t.conflict} <span className={styles.muted}>({outcome.detail})</span>
          </p>
        )}
        {outcome?.kind === 'invalid' && (
          <div className={styles.error}>
            <p>{t.invalid}</p>
            <ProblemList problems={outcome.problems} />
          </div>
        )}
        {outcome?.kind === 'error' && <p className={styles.error}>{`${t.error} ${outcome.detail}`}</p>}
      </div>
      {outcome?.kind === 'saved' && (
        <>
          <EmbedCode code={outcome.answer.embedCode} publicOrigin={outcome.answer.publicOrigin} />
          <Preview urls={outcome.answer.urls} version={outcome.answer.version} />
        </>
      )}
    </section>
  );
}

function EmbedCode({ code, publicOrigin }: { code: string; publicOrigin: string | null }) {
  const { t } = useStudioText();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className={styles.field}>
      <label htmlFor="embed-code">{t.embedCode}</label>
      <textarea id="embed-code" readOnly rows={4} value={code} spellCheck={false} aria-describedby="embed-origin" onFocus={(e) => e.currentTarget.select()} />
      <p id="embed-origin" className={styles.muted}>
        {publicOrigin ? '' : t.noPublicOrigin}
      </p>
      <button type="button" className={styles.button} onClick={copy}>
        {t.copy}
      </button>
      <span role="status">{copied ? t.copied : ''}</span>
    </div>
  );
}
