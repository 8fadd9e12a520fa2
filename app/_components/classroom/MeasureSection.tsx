'use client';

import type { Position } from 'geojson';
import { useCallback, useMemo, useState } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import type { Lesson } from '@/app/_lib/classroom/lesson';
import { measure } from '@/app/_lib/classroom/measure';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { useLocationSearch } from '../selection/useLocationSearch';
import BorderQuestions from './BorderQuestions';
import type { CountryName } from './CountryNamesLayer';
import { nextEnds, resolveEndpoint, type Endpoint } from './endpoints';
import MapAids, { useMapAids } from './MapAids';
import MeasureControls from './MeasureControls';
import MeasureMapLoader from './MeasureMapLoader';
import MeasureResult from './MeasureResult';
import styles from './Measure.module.css';

type Ends = { from: Endpoint | null; to: Endpoint | null };

/**
 * Measuring: two places chosen in the form or on the map, or two points clicked, give the
 * great-circle distance, the initial bearing and the route drawn on the map. Starts from the
 * place in the URL (`?place=`), or from the reference city.
 */
export default function MeasureSection({ lesson, lang }: { lesson: Lesson; lang: Lang }) {
  const t = classroomMessagesFor(lang);
  const urlPlace = new URLSearchParams(useLocationSearch()).get('place');
  const startFrom = (place: string | null): Ends => {
    const start = lesson.places.some((p) => p.id === place) ? place : lesson.referenceId;
    return { from: start ? { kind: 'place', placeId: start } : null, to: null };
  };
  const [ends, setEnds] = useState<Ends>(() => startFrom(urlPlace));
  // The page is prerendered without the query: the URL's place arrives after hydration.
  const [startedAt, setStartedAt] = useState(urlPlace);
  if (urlPlace !== startedAt) {
    setStartedAt(urlPlace);
    setEnds(startFrom(urlPlace));
  }
  const [fitKey, setFitKey] = useState(0);
  // The countries a border question's map names; gone with the next measurement.
  const [countryNames, setCountryNames] = useState<CountryName[]>([]);
  const [aids, setAids] = useMapAids({ labels: true, graticule: false });

  const from = ends.from ? resolveEndpoint(ends.from, lesson.places, lang) : undefined;
  const to = ends.to ? resolveEndpoint(ends.to, lesson.places, lang) : undefined;
  const fromPosition = from?.position;
  const toPosition = to?.position;
  const measurement = useMemo(() => (fromPosition && toPosition ? measure(fromPosition, toPosition) : null), [fromPosition, toPosition]);

  const choose = useCallback((next: Ends, names: CountryName[] = []) => {
    setEnds(next);
    setCountryNames(names);
    setFitKey((key) => key + 1);
  }, []);
  const onPoint = useCallback((position: Position) => {
    setCountryNames([]);
    setEnds((current) => nextEnds(current, { kind: 'point', position }));
  }, []);
  const onPlace = useCallback((placeId: string) => {
    setCountryNames([]);
    setEnds((current) => nextEnds(current, { kind: 'place', placeId }));
  }, []);

  const selectedIds = [ends.from, ends.to].flatMap((end) => (end?.kind === 'place' ? [end.placeId] : []));
  const points = [ends.from, ends.to].flatMap((end) => (end?.kind === 'point' ? [end.position] : []));
  const fitPoints = [from?.position, to?.position].filter((p): p is Position => p !== undefined);

  return (
    <div className={styles.measure}>
      <div className={styles.panel}>
        <p>{t.measureIntro}</p>
        <MeasureControls lang={lang} places={lesson.places} ends={ends} onChange={(next) => choose(next)} />
        <MeasureResult lang={lang} fromName={from?.name} toName={to?.name} measurement={measurement} />
        <BorderQuestions lesson={lesson} lang={lang} onShow={choose} />
      </div>
      <div className={styles.mapColumn}>
        <MapAids lang={lang} aids={aids} onChange={setAids} />
        <div className={styles.mapBox} data-testid="measure-map">
          <MeasureMapLoader
            label={t.measureMap}
            lang={lang}
            places={lesson.places}
            aids={aids}
            selectedIds={selectedIds}
            points={points}
            measurement={measurement}
            fitPoints={fitPoints}
            fitKey={fitKey}
            countryNames={countryNames}
            onPoint={onPoint}
            onPlace={onPlace}
          />
        </div>
      </div>
    </div>
  );
}
