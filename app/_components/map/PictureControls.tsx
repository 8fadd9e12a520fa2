'use client';

import type { Lang } from '@/app/_lib/article/types';
import { mapText } from '@/app/_lib/map/mapText';
import type { Wake } from './MapPicture';
import { GEONAMES, NATURAL_EARTH } from './mapOptions';
import labels from './Labels.module.css';

/** Leaflet's own attribution prefix, as the live map shows it. */
const LEAFLET =
  '<a href="https://leafletjs.com" title="A JavaScript library for interactive maps"><svg aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="12" height="8" viewBox="0 0 12 8" class="leaflet-attribution-flag"><path fill="#4C7BE1" d="M0 0h12v4H0z"/><path fill="#FFD500" d="M0 4h12v3H0z"/><path fill="#E0BC00" d="M0 7h12v1H0z"/></svg> Leaflet</a>';
const ATTRIBUTION = `${LEAFLET} <span aria-hidden="true">|</span> ${GEONAMES}, ${NATURAL_EARTH}`;

/**
 * The picture's zoom buttons and attribution, in Leaflet's own markup and classes, so that they
 * look as the live map's will and stand where they will. The zoom buttons wake the live map,
 * which then zooms; the attribution carries the notes on occupied territories in view.
 */
export default function PictureControls({ lang, notes, onWake }: { lang: Lang; notes: readonly { id: string; text: string }[]; onWake: (wake: Wake) => void }) {
  const t = mapText(lang);
  return (
    <>
      <div className="leaflet-top leaflet-right">
        <div className="leaflet-control-zoom leaflet-bar leaflet-control">
          <ZoomButton direction="in" title={t.zoomIn} onWake={onWake} />
          <ZoomButton direction="out" title={t.zoomOut} onWake={onWake} />
        </div>
      </div>
      <div className="leaflet-bottom leaflet-right">
        <div className="leaflet-control-attribution leaflet-control">
          <span dangerouslySetInnerHTML={{ __html: ATTRIBUTION }} />
          {notes.map((note) => (
            <span key={note.id}>
              , <span className={labels.occupiedSwatch} aria-hidden="true" />
              {note.text}
            </span>
          ))}
        </div>
      </div>
    </>
  );
}

/** A zoom button like Leaflet's: it wakes the map, which then zooms. */
function ZoomButton({ direction, title, onWake }: { direction: 'in' | 'out'; title: string; onWake: (wake: Wake) => void }) {
  return (
    <a
      className={`leaflet-control-zoom-${direction}`}
      href="#"
      title={title}
      role="button"
      aria-label={title}
      onFocus={() => onWake({ focus: { zoom: direction } })}
      onClick={(event) => {
        event.preventDefault();
        onWake({ focus: { zoom: direction }, zoomBy: direction === 'in' ? 1 : -1 });
      }}
    >
      <span aria-hidden="true">{direction === 'in' ? '+' : '\u2212'}</span>
    </a>
  );
}
