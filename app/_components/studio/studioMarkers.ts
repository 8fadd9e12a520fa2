/** The studio map's markers from the editor's state: places, the selected place's other candidates, event sites. */
import type { EventRecord } from '@/app/_lib/article/schema';
import { chosenPlace, type EditorState } from './editorState';
import type { StudioMarker } from './StudioMap';

export const CANDIDATE_PREFIX = 'candidate:';

export function studioMarkers(state: EditorState, selectedPlaceId: string | null, editingEvent: EventRecord | null): StudioMarker[] {
  const markers: StudioMarker[] = [];
  const fromProposals = new Set<string>();
  for (const proposal of state.proposals) {
    const choice = state.choices[proposal.key];
    const index = choice?.candidate ?? 0;
    const place = choice?.accepted ? (state.draft.places.find((p) => p.id === chosenPlace(state, proposal).id) ?? chosenPlace(state, proposal)) : chosenPlace(state, proposal);
    fromProposals.add(place.id);
    const selected = place.id === selectedPlaceId;
    markers.push({ id: place.id, label: place.name.nb, point: proposal.candidates[index]!.coordinates, look: choice?.accepted ? 'accepted' : 'proposed', selected });
    if (!selected) continue;
    proposal.candidates.forEach((candidate, other) => {
      if (other !== index) markers.push({ id: `${CANDIDATE_PREFIX}${proposal.key}:${other}`, label: candidate.label, point: candidate.coordinates, look: 'candidate', selected: false });
    });
  }
  for (const place of state.draft.places) {
    const point = state.points[place.id];
    if (fromProposals.has(place.id) || !point) continue;
    markers.push({ id: place.id, label: place.name.nb, point, look: 'accepted', selected: place.id === selectedPlaceId });
  }
  const events = editingEvent ? [...state.draft.events.filter((e) => e.id !== editingEvent.id || !e.id), editingEvent] : state.draft.events;
  for (const event of events) {
    if (event.site) markers.push({ id: `site:${event.id}`, label: event.site.name.nb || event.title.nb, point: event.site.coordinates, look: 'site', selected: event === editingEvent });
  }
  return markers;
}

/** A candidate marker's proposal key and candidate index. */
export function candidateOfMarker(id: string): { key: string; index: number } | null {
  if (!id.startsWith(CANDIDATE_PREFIX)) return null;
  const rest = id.slice(CANDIDATE_PREFIX.length);
  const cut = rest.lastIndexOf(':');
  return { key: rest.slice(0, cut), index: Number(rest.slice(cut + 1)) };
}
