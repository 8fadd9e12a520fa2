'use client';

import type { Position } from 'geojson';
import { latLng, latLngBounds, type LatLngBoundsExpression } from 'leaflet';
import { useEffect, useRef } from 'react';
import { CircleMarker, GeoJSON, Tooltip } from 'react-leaflet';
import type { Lang, PlaceGeometry } from '@/app/_lib/article/types';
import { measure } from '@/app/_lib/classroom/measure';
import type { ClassroomPlace } from '@/app/_lib/classroom/places';
import type { QuizAnswer } from '@/app/_lib/classroom/scoring';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { usePalette } from '../map/usePalette';
import { useFitBounds } from './useFitBounds';

/** What the map shows once a question is answered: the right place, and the click if there was one. */
export interface Reveal {
  place: ClassroomPlace;
  geometry: PlaceGeometry | undefined;
  answer: QuizAnswer;
}

/** Every position of a geometry, for the box the map fits to. */
function positionsOf(geometry: PlaceGeometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings[0] ?? []);
}

const toLatLng = ([lon = 0, lat = 0]: Position) => [lat, lon] as [number, number];

/** The least an answer's view shows across, around the place (m): a region with its neighbours. */
export const CONTEXT_METRES = 1_800_000;
/** The closest an answer's view comes: country and capital names still show. */
const CONTEXT_MAX_ZOOM = 5;

/**
 * The answer on the map: the right place (its outline, or the city), where the pupil clicked,
 * and the great circle between the click and the place's nearest point. The map moves to show
 * them with their surroundings (the quiz map names countries and capitals once a question is
 * answered), and back to the start when the next question comes.
 */
export default function QuizLayer({ lang, home, questionId, reveal }: { lang: Lang; home: LatLngBoundsExpression; questionId: string; reveal: Reveal | undefined }) {
  const t = classroomMessagesFor(lang);
  const fitBounds = useFitBounds();
  const palette = usePalette();
  const first = useRef(questionId);

  useEffect(
    function backHome() {
      if (questionId !== first.current) fitBounds(home, { padding: [24, 24] });
    },
    // A new question sends the map home; the box of the same article stays the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fitBounds, questionId],
  );

  const click = reveal?.answer.click;
  const nearest = reveal?.answer.nearest;
  useEffect(
    function showAnswer() {
      if (!reveal) return;
      const points = [...(reveal.geometry ? positionsOf(reveal.geometry) : [reveal.place.properties.labelPoint]), ...(click ? [click] : [])];
      // Enough around the place to learn from: its neighbours and their names, never a nameless close-up.
      const context = latLng(toLatLng(reveal.place.properties.labelPoint)).toBounds(CONTEXT_METRES);
      fitBounds(latLngBounds(points.map(toLatLng)).extend(context), { padding: [48, 48], maxZoom: CONTEXT_MAX_ZOOM });
    },
    // Once per answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fitBounds, reveal?.answer],
  );

  if (!reveal) return null;
  const { place, geometry } = reveal;
  const name = place.properties.name[lang];
  const accent = { color: palette.accent, weight: 2.5, fillColor: palette.accent, fillOpacity: 0.25 };
  const missed = click && nearest && (reveal.answer.km ?? 0) > 0 ? measure(click, nearest).route : undefined;
  return (
    <>
      {geometry && geometry.type !== 'Point' && <GeoJSON key={place.id} data={geometry} style={accent} interactive={false} />}
      <CircleMarker center={toLatLng(place.properties.labelPoint)} radius={geometry?.type === 'Point' || !geometry ? 8 : 3} pathOptions={{ ...accent, fillOpacity: 1 }} interactive={false}>
        <Tooltip permanent direction="right" offset={[8, 0]}>
          {t.rightPlace(name)}
        </Tooltip>
      </CircleMarker>
      {missed && <GeoJSON key={`${questionId}-miss`} data={missed} style={{ color: palette.ink, weight: 2, dashArray: '5 5', opacity: 0.8 }} interactive={false} />}
      {click && (
        <CircleMarker center={toLatLng(click)} radius={6} pathOptions={{ color: palette.paper, weight: 2, fillColor: palette.ink, fillOpacity: 1 }} interactive={false}>
          <Tooltip permanent direction="left" offset={[-8, 0]}>
            {t.yourClick}
          </Tooltip>
        </CircleMarker>
      )}
    </>
  );
}
