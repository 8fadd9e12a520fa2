'use client';

import type { Position } from 'geojson';
import type { Lang } from '@/app/_lib/article/types';
import type { ClassroomPlace } from '@/app/_lib/classroom/places';
import ClassroomMap from './ClassroomMap';
import type { MapAidsState } from './MapAids';
import QuizLayer, { type Reveal } from './QuizLayer';
import { featuredBounds } from './mapBounds';

export interface QuizMapProps {
  label: string;
  lang: Lang;
  places: readonly ClassroomPlace[];
  aids: MapAidsState;
  questionId: string;
  reveal: Reveal | undefined;
  onClick: (position: Position) => void;
}

/** The quiz's map: no markers (it asks where the places are), and the right place once answered. */
export default function QuizMap({ label, lang, places, aids, questionId, reveal, onClick }: QuizMapProps) {
  const home = featuredBounds(places);
  return (
    <ClassroomMap label={label} lang={lang} bounds={home} aids={aids} onClick={onClick}>
      <QuizLayer lang={lang} home={home} questionId={questionId} reveal={reveal} />
    </ClassroomMap>
  );
}
