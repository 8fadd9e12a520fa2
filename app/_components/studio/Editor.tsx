'use client';

import dynamic from 'next/dynamic';
import { useMemo, useState } from 'react';
import type { Span } from './apiTypes';
import ArticleDetails from './ArticleDetails';
import CheckReport from './CheckReport';
import { addMentions, sameSpan, setArticleDetails, setEvents, setTranslation, switchCandidate, type EditorState } from './editorState';
import EventsEditor, { type EventEditing } from './EventsEditor';
import { marksOf, overlaps, type Mark } from './marks';
import MentionActions from './MentionActions';
import PlacesPanel from './PlacesPanel';
import ReviewText from './ReviewText';
import SavePanel from './SavePanel';
import SelectionTools from './SelectionTools';
import { useStudioText } from './StudioLang';
import { candidateOfMarker, studioMarkers } from './studioMarkers';
import { occurrencesOf } from './textSelection';
import TranslationEditor from './TranslationEditor';
import { useCheck } from './useCheck';
import styles from './Review.module.css';

// Leaflet touches `window`: the map renders in the browser only.
const StudioMap = dynamic(() => import('./StudioMap'), { ssr: false, loading: () => <div className={styles.map} aria-hidden="true" /> });

interface Props {
  initial: EditorState;
  /** The version of the files on disk the draft started from; null for a new article. */
  baseVersion: string | null;
}

/** The review, events, translation and save of one draft: paste → review places → events → preview → save. */
export default function Editor({ initial, baseVersion: initialVersion }: Props) {
  const { t } = useStudioText();
  const [state, setState] = useState(initial);
  const [baseVersion, setBaseVersion] = useState(initialVersion);
  const [selectedPlaceId, setSelectedPlaceId] = useState<string | null>(null);
  const [selectedMark, setSelectedMark] = useState<Mark | null>(null);
  const [span, setSpan] = useState<Span | null>(null);
  const [editing, setEditing] = useState<EventEditing | null>(null);
  // What a click on the map sets: the site of the event being edited, or the point of a place the desk places itself.
  const [picking, setPicking] = useState<'site' | 'place' | null>(null);
  const [placedPoint, setPlacedPoint] = useState<[number, number] | null>(null);
  const check = useCheck(state.draft);
  const linked = useMemo(() => check.answer?.mentions ?? [], [check.answer]);
  const marks = useMemo(() => marksOf(state, linked), [state, linked]);
  const markers = useMemo(() => studioMarkers(state, selectedPlaceId, editing?.event ?? null), [state, selectedPlaceId, editing]);
  const mentionCounts = useMemo(() => linked.reduce<Record<string, number>>((counts, m) => ({ ...counts, [m.placeId]: (counts[m.placeId] ?? 0) + 1 }), {}), [linked]);
  const articleProblems = useMemo(() => (check.answer?.problems ?? []).filter((p) => p.file.endsWith('/article.json')), [check.answer]);
  const placeName = (id: string) => state.draft.places.find((p) => p.id === id)?.name.nb ?? id;

  const onMark = (mark: Mark) => {
    setSelectedMark(mark);
    const proposal = mark.proposalKey ? state.proposals.find((p) => p.key === mark.proposalKey) : undefined;
    const placeId = mark.placeId ?? (proposal && proposal.candidates[state.choices[proposal.key]?.candidate ?? 0]!.place.id);
    if (placeId) setSelectedPlaceId(placeId);
  };
  const onMarker = (id: string) => {
    const candidate = candidateOfMarker(id);
    if (!candidate) return setSelectedPlaceId(id.startsWith('site:') ? null : id);
    setState(switchCandidate(state, candidate.key, candidate.index));
    const proposal = state.proposals.find((p) => p.key === candidate.key);
    setSelectedPlaceId(proposal?.candidates[candidate.index]?.place.id ?? null);
  };
  const onPick = (point: [number, number]) => {
    setPicking(null);
    if (picking === 'place') return setPlacedPoint(point);
    if (!editing?.event.site) return;
    setEditing({ ...editing, event: { ...editing.event, site: { ...editing.event.site, coordinates: point } } });
  };
  const occurrences = useMemo(() => {
    if (!span) return [];
    const elsewhere = occurrencesOf(state.paragraphs, span.text).filter((o) => !sameSpan(o, span) && !linked.some((m) => overlaps(m, o)));
    return [span, ...elsewhere];
  }, [span, state.paragraphs, linked]);
  const onQuote = (quote: Span) => {
    if (!editing) return;
    setEditing({ ...editing, event: { ...editing.event, evidence: [...editing.event.evidence, { paragraphId: quote.paragraphId, quote: quote.text }] } });
  };

  return (
    <>
      <h1>
        {t.review}: <span lang={state.draft.article.lang}>{state.draft.article.title.nb}</span>
      </h1>
      <ArticleDetails article={state.draft.article} problems={articleProblems} onChange={(change) => setState(setArticleDetails(state, change))} />
      <div className={styles.columns}>
        <div className={styles.textColumn} lang={state.draft.article.lang}>
          <ReviewText paragraphs={state.paragraphs} marks={marks} selectedMark={selectedMark} placeName={placeName} onMark={onMark} onSelectWords={setSpan} />
        </div>
        <div className={styles.sideColumn}>
          <MentionActions mark={selectedMark} state={state} placeName={placeName} onState={setState} />
          <SelectionTools
            key={span ? `${span.paragraphId}:${span.start}:${span.end}` : 'none'}
            paragraphs={state.paragraphs}
            span={span}
            occurrences={occurrences}
            articleLang={state.draft.article.lang}
            canQuote={editing !== null}
            placedPoint={placedPoint}
            placing={picking === 'place'}
            onSpan={setSpan}
            onMention={(spans, candidate) => {
              setState(addMentions(state, spans, candidate));
              setSpan(null);
              setPlacedPoint(null);
            }}
            onQuote={onQuote}
            onPlacedPoint={setPlacedPoint}
            onPickPlace={() => setPicking(picking === 'place' ? null : 'place')}
          />
          <div className={styles.mapSection}>
            <StudioMap label={t.map} markers={markers} picking={picking !== null} onMarker={onMarker} onPick={onPick} />
          </div>
          <PlacesPanel state={state} mentionCounts={mentionCounts} selectedPlaceId={selectedPlaceId} onSelect={setSelectedPlaceId} onState={setState} />
        </div>
      </div>
      <EventsEditor
        events={state.draft.events}
        places={state.draft.places}
        dates={state.dates}
        published={state.draft.article.published}
        editing={editing}
        picking={picking === 'site'}
        onEditing={(next) => {
          setEditing(next);
          if (!next && picking === 'site') setPicking(null);
        }}
        onEvents={(events) => setState(setEvents(state, events))}
        onPick={() => setPicking(picking === 'site' ? null : 'site')}
      />
      <TranslationEditor paragraphs={state.paragraphs} articleLang={state.draft.article.lang} translation={state.draft.translation} onTranslate={(id, en) => setState(setTranslation(state, id, en))} />
      <CheckReport {...check} />
      <SavePanel draft={state.draft} baseVersion={baseVersion} onSaved={setBaseVersion} />
    </>
  );
}
