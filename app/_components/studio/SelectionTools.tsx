'use client';

import { useState } from 'react';
import type { Candidate, Span, StudioParagraph } from './apiTypes';
import PlacementForm from './PlacementForm';
import { getJson } from './studioApi';
import { useStudioText } from './StudioLang';
import { spanOfWords } from './textSelection';
import styles from './Review.module.css';

interface Props {
  paragraphs: StudioParagraph[];
  span: Span | null;
  /** The selected words wherever else they stand and are not a mention yet, the selection first. */
  occurrences: Span[];
  articleLang: 'nb' | 'en';
  canQuote: boolean;
  /** The point of a place the desk places itself, and whether the map is waiting for its click. */
  placedPoint: [number, number] | null;
  placing: boolean;
  onSpan: (span: Span) => void;
  onMention: (spans: Span[], candidate: Candidate) => void;
  onQuote: (span: Span) => void;
  onPlacedPoint: (point: [number, number] | null) => void;
  onPickPlace: () => void;
}

/**
 * What to do with words selected in the text: make them a mention (from the gazetteer), or an event's
 * quote. The editor gives it a new key for each selection, so its fields start from the new words.
 */
export default function SelectionTools(props: Props) {
  const { paragraphs, span, occurrences, articleLang, canQuote, onSpan, onMention, onQuote } = props;
  const { lang, t } = useStudioText();
  const [words, setWords] = useState(span?.text ?? '');
  const [paragraphId, setParagraphId] = useState(span?.paragraphId ?? paragraphs[0]?.id ?? 'p0');
  const [wordsError, setWordsError] = useState('');
  const [query, setQuery] = useState(span?.text ?? '');
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [searchError, setSearchError] = useState('');
  const [everyOccurrence, setEveryOccurrence] = useState(true);
  const [placing, setPlacing] = useState(false);
  const spans = span && everyOccurrence ? occurrences : span ? [span] : [];

  const useWords = () => {
    const paragraph = paragraphs.find((p) => p.id === paragraphId);
    const found = paragraph && spanOfWords(paragraph, words);
    setWordsError(found ? '' : t.notInParagraph);
    if (found) onSpan(found);
  };
  const search = async () => {
    setSearchError('');
    try {
      const answer = await getJson<{ candidates: Candidate[] }>(`/api/studio/gazetteer?q=${encodeURIComponent(query)}&lang=${articleLang}`);
      setCandidates(answer.candidates);
    } catch (error) {
      setCandidates(null);
      setSearchError(`${t.error} ${(error as Error).message}`);
    }
  };

  return (
    <section aria-labelledby="selection-heading" className={styles.panel}>
      <h2 id="selection-heading">{t.selection}</h2>
      <p className={styles.muted} id="selection-hint">
        {t.selectionHint}
      </p>
      <div className={styles.row}>
        <p className={styles.field}>
          <label htmlFor="selection-words">{t.words}</label>
          <input id="selection-words" value={words} aria-describedby="selection-hint selection-words-error" onChange={(e) => setWords(e.target.value)} />
        </p>
        <p className={styles.field}>
          <label htmlFor="selection-paragraph">{t.paragraph}</label>
          <select id="selection-paragraph" value={paragraphId} onChange={(e) => setParagraphId(e.target.value)}>
            {paragraphs.map((p) => (
              <option key={p.id} value={p.id}>{`${p.id}: ${p.text.slice(0, 40)}…`}</option>
            ))}
          </select>
        </p>
        <button type="button" className={styles.button} onClick={useWords}>
          {t.findWords}
        </button>
      </div>
      <p id="selection-words-error" className={styles.error}>{wordsError}</p>
      <p role="status" className={styles.selectedSpan}>
        {span ? t.selected(span.text, span.paragraphId) : ''}
      </p>
      {span && (
        <>
          <button type="button" className={styles.button} disabled={!canQuote} onClick={() => onQuote(span)}>
            {t.useAsQuote}
          </button>
          <form
            className={styles.row}
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              void search();
            }}
          >
            <p className={styles.field}>
              <label htmlFor="gazetteer-query">{t.searchTerm}</label>
              <input id="gazetteer-query" value={query} onChange={(e) => setQuery(e.target.value)} />
            </p>
            <button type="submit" className={styles.button}>
              {t.searchGazetteer}
            </button>
          </form>
          {occurrences.length > 1 && (
            <p className={styles.check}>
              <input id="every-occurrence" type="checkbox" checked={everyOccurrence} onChange={(e) => setEveryOccurrence(e.target.checked)} />
              <label htmlFor="every-occurrence">{t.everyOccurrence(occurrences.length, span.text)}</label>
            </p>
          )}
          <div role="status" aria-live="polite">
            {searchError && <p className={styles.error}>{searchError}</p>}
            {candidates && <p className={styles.muted}>{candidates.length ? t.candidatesFound(candidates.length) : t.noCandidates}</p>}
          </div>
          {candidates && candidates.length > 0 && (
            <ul className={styles.candidates} lang={lang}>
              {candidates.map((candidate, index) => (
                <li key={`${candidate.place.id}-${index}`}>
                  <button type="button" className={styles.button} onClick={() => onMention(spans, candidate)}>
                    {t.makeMention(candidate.label)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className={styles.button} aria-expanded={placing} aria-controls="placement" onClick={() => setPlacing(!placing)}>
            {t.placeYourself}
          </button>
          <div id="placement" hidden={!placing}>
            {placing && (
              <PlacementForm
                span={span}
                articleLang={articleLang}
                point={props.placedPoint}
                picking={props.placing}
                onPoint={props.onPlacedPoint}
                onPick={props.onPickPlace}
                onPlace={(candidate) => onMention(spans, candidate)}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
