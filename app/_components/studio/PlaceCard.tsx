'use client';

import type { PlaceRecord } from '@/app/_lib/article/schema';
import type { Proposal } from './apiTypes';
import type { PlaceChange } from './editorState';
import NoteFields from './NoteFields';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

interface Props {
  /** The place in the draft (accepted), or the proposal's chosen candidate (not accepted). */
  place: PlaceRecord;
  proposal?: Proposal;
  accepted: boolean;
  candidate: number;
  mentionCount: number;
  selected: boolean;
  onSelect: () => void;
  onAccept: (accepted: boolean) => void;
  onCandidate: (index: number) => void;
  onChange: (change: PlaceChange) => void;
}

/** One place: accept or reject it, choose its candidate, rename it, feature it, note it (and define a macro-region). */
export default function PlaceCard({ place, proposal, accepted, candidate, mentionCount, selected, onSelect, onAccept, onCandidate, onChange }: Props) {
  const { t } = useStudioText();
  const base = `place-${proposal ? proposal.key.replace(/[^a-z0-9]/gi, '-') : place.id}`;
  return (
    <li className={`${styles.card} ${selected ? styles.selectedCard : ''}`} aria-current={selected || undefined} data-place-card={place.id}>
      <h3 id={`${base}-name`}>
        <button type="button" className={styles.linkButton} onClick={onSelect}>
          {place.name.nb}
        </button>
      </h3>
      <p className={styles.muted}>
        {accepted ? t.accepted : t.notAccepted}
        {proposal && ` · ${t.confidence(Math.round(proposal.confidence * 100))}`} · {t.mentionsCount(mentionCount)}
      </p>
      <div className={styles.row}>
        {proposal ? (
          <button type="button" className={styles.button} aria-describedby={`${base}-name`} onClick={() => onAccept(!accepted)}>
            {accepted ? t.reject : t.accept}
          </button>
        ) : (
          <button type="button" className={styles.button} aria-describedby={`${base}-name`} onClick={() => onAccept(false)}>
            {t.removePlace}
          </button>
        )}
      </div>
      {proposal && proposal.candidates.length > 1 && (
        <p className={styles.field}>
          <label htmlFor={`${base}-candidate`}>{t.candidate}</label>
          <select id={`${base}-candidate`} value={candidate} onChange={(e) => onCandidate(Number(e.target.value))}>
            {proposal.candidates.map((c, index) => (
              <option key={`${c.place.id}-${index}`} value={index}>
                {c.label}
              </option>
            ))}
          </select>
        </p>
      )}
      {accepted && (
        <>
          <p className={styles.field}>
            <label htmlFor={`${base}-nb`}>{t.nameNb}</label>
            <input id={`${base}-nb`} value={place.name.nb} onChange={(e) => onChange({ name: { ...place.name, nb: e.target.value } })} />
          </p>
          <p className={styles.field}>
            <label htmlFor={`${base}-en`}>{t.nameEn}</label>
            <input id={`${base}-en`} lang="en" value={place.name.en} onChange={(e) => onChange({ name: { ...place.name, en: e.target.value } })} />
          </p>
          <p className={styles.check}>
            <input id={`${base}-featured`} type="checkbox" checked={place.featured} onChange={(e) => onChange({ featured: e.target.checked })} />
            <label htmlFor={`${base}-featured`}>{t.featured}</label>
          </p>
          {place.kind === 'macro-region' && (
            <p className={styles.field}>
              <label htmlFor={`${base}-definition`}>{t.definition}</label>
              <input id={`${base}-definition`} value={place.definition ?? ''} onChange={(e) => onChange({ definition: e.target.value || undefined })} />
            </p>
          )}
          <NoteFields idPrefix={base} note={place.note} onNote={(note) => onChange({ note })} />
        </>
      )}
    </li>
  );
}
