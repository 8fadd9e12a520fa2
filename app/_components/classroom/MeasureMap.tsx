'use client';

import type { Position } from 'geojson';
import type { Lang } from '@/app/_lib/article/types';
import type { Measurement } from '@/app/_lib/classroom/measure';
import type { ClassroomPlace } from '@/app/_lib/classroom/places';
import ClassroomMap from './ClassroomMap';
import FitTo from './FitTo';
import type { MapAidsState } from './MapAids';
import CountryNamesLayer, { type CountryName } from './CountryNamesLayer';
import MeasureLayer from './MeasureLayer';
import { featuredBounds } from './mapBounds';

export interface MeasureMapProps {
  label: string;
  lang: Lang;
  places: readonly ClassroomPlace[];
  aids: MapAidsState;
  selectedIds: readonly string[];
  /** Ends that are points on the map (a place's end is its marker). */
  points: readonly Position[];
  measurement: Measurement | null;
  /** What to show when `fitKey` changes: both ends after a choice in the form. */
  fitPoints: readonly Position[];
  fitKey: number;
  /** Country names to show (the two sides of a border question). */
  countryNames: readonly CountryName[];
  onPoint: (position: Position) => void;
  onPlace: (placeId: string) => void;
}

/** The measuring map: the places to pick, the points clicked, the great circle between them. */
export default function MeasureMap({ label, lang, places, aids, selectedIds, points, measurement, fitPoints, fitKey, countryNames, onPoint, onPlace }: MeasureMapProps) {
  return (
    <ClassroomMap label={label} lang={lang} bounds={featuredBounds(places)} aids={aids} places={places} selectedIds={selectedIds} onPlace={onPlace} onClick={onPoint}>
      <MeasureLayer points={points} measurement={measurement} />
      <CountryNamesLayer names={countryNames} />
      <FitTo points={fitPoints} fitKey={fitKey} />
    </ClassroomMap>
  );
}
