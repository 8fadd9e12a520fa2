'use client';

import { chosenPlace, setAccepted, switchCandidate, updatePlace, withoutPlace, type EditorState, type PlaceChange } from './editorState';
import PlaceCard from './PlaceCard';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

interface Props {
  state: EditorState;
  mentionCounts: Record<string, number>;
  selectedPlaceId: string | null;
  onSelect: (placeId: string) => void;
  onState: (state: EditorState) => void;
}

/** Every proposed place (accepted or not), then the places added by hand or saved before. */
export default function PlacesPanel({ state, mentionCounts, selectedPlaceId, onSelect, onState }: Props) {
  const { t } = useStudioText();
  const draftPlace = (id: string) => state.draft.places.find((p) => p.id === id);
  const fromProposals = new Set(state.proposals.map((p) => chosenPlace(state, p).id));
  const change = (id: string) => (c: PlaceChange) => onState(updatePlace(state, id, c));
  return (
    <section aria-labelledby="places-heading" className={styles.panel}>
      <h2 id="places-heading">{t.places}</h2>
      <ul className={styles.cards}>
        {state.proposals.map((proposal) => {
          const choice = state.choices[proposal.key] ?? { accepted: false, candidate: 0 };
          const chosen = chosenPlace(state, proposal);
          const place = (choice.accepted && draftPlace(chosen.id)) || chosen;
          return (
            <PlaceCard
              key={proposal.key}
              place={place}
              proposal={proposal}
              accepted={choice.accepted}
              candidate={choice.candidate}
              mentionCount={mentionCounts[place.id] ?? 0}
              selected={selectedPlaceId === place.id}
              onSelect={() => onSelect(place.id)}
              onAccept={(accepted) => onState(setAccepted(state, proposal.key, accepted))}
              onCandidate={(index) => {
                onState(switchCandidate(state, proposal.key, index));
                onSelect(proposal.candidates[index]!.place.id);
              }}
              onChange={change(place.id)}
            />
          );
        })}
        {state.draft.places
          .filter((place) => !fromProposals.has(place.id))
          .map((place) => (
            <PlaceCard
              key={place.id}
              place={place}
              accepted
              candidate={0}
              mentionCount={mentionCounts[place.id] ?? 0}
              selected={selectedPlaceId === place.id}
              onSelect={() => onSelect(place.id)}
              onAccept={() => onState(withoutPlace(state, place.id))}
              onCandidate={() => undefined}
              onChange={change(place.id)}
            />
          ))}
      </ul>
    </section>
  );
}
