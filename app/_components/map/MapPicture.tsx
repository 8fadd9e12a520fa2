'use client';

import { useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { ArticleBundle, Lang, PlaceFeature } from '@/app/_lib/article/types';
import { OCCUPIED_TERRITORIES } from '@/app/_lib/geo/occupiedTerritories';
import { firstViewBbox, fitView, mercatorPixel, type FittedView } from '@/app/_lib/map/firstView';
import type { HitArea } from '@/app/_lib/map/hitAreas';
import type { Box, Side } from '@/app/_lib/map/labelLayout';
import { labelFont, labelText, TYPOGRAPHY, type LabelStyle } from '@/app/_lib/map/labelStyle';
import { layoutMap, type LabelLayout } from '@/app/_lib/map/mapLayout';
import { mapText, placeMarkerName, siteMarkerName } from '@/app/_lib/map/mapText';
import { markerDiameter, markerScale, placeMarkerDiameter, SITE_DIAMETER } from '@/app/_lib/map/markerSize';
import { readPalette } from '@/app/_lib/map/palette';
import { shortSiteName, sitesFrom, type MapSite } from '@/app/_lib/map/sites';
import { tabOrder } from '@/app/_lib/map/tabOrder';
import { PICTURE_WORLD, PICTURE_WORLD_SIZE, polygonPathData } from '@/app/_lib/map/worldPaths';
import { useHighlight } from '../selection/HighlightContext';
import { useSelection } from '../selection/useSelection';
import PictureControls from './PictureControls';
import { pictureViewSettings, watchPictureView } from './pictureView';
import { useBasemap } from './useBasemap';
import { useCoarsePointer } from './useCoarsePointer';
import { useWhenIdle } from './useWhenIdle';
import { measureLabel } from './measureLabel';
import labels from './Labels.module.css';
import mapStyles from './Map.module.css';
import markers from './Markers.module.css';
import styles from './MapPicture.module.css';

const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** What woke the picture: the element the reader was on, so that its live counterpart takes the focus, and a zoom to repeat. */
export interface Wake {
  focus: { placeId: string } | { siteId: string } | { zoom: 'in' | 'out' } | 'map' | null;
  zoomBy?: 1 | -1;
}

/** A marker's position in the world 256 px wide at zoom 0, where the picture's CSS scales it from. */
function atPixel(position: readonly number[]): CSSProperties {
  const { x, y } = mercatorPixel(position);
  return { '--px': x.toFixed(6), '--py': y.toFixed(6) } as CSSProperties;
}

/** The custom properties of a marker's size and hit area: exact once laid out, scaled by the picture's CSS before. */
function sizeVars(fullDiameter: number, laidOut: { diameter: number; area: HitArea | undefined } | null): CSSProperties {
  if (!laidOut) return { '--d-full': `${fullDiameter}px` } as CSSProperties;
  const { diameter, area } = laidOut;
  return { '--d': `${diameter}px`, ...(area ? { '--hit-area': `${area.size}px`, '--dx': `${area.dx.toFixed(1)}px`, '--dy': `${area.dy.toFixed(1)}px` } : {}) } as CSSProperties;
}

/** The zoom at which the picture's world has one unit a pixel (`PICTURE_WORLD_SIZE`). */
const PICTURE_WORLD_ZOOM = Math.log2(PICTURE_WORLD_SIZE / 256);

type Bbox4 = readonly [number, number, number, number];

/** A box of longitudes and latitudes (west, south, east, north) in pixels at a zoom. */
function pixelBox([west, south, east, north]: Bbox4, zoom: number): Box {
  const a = mercatorPixel([west, north], zoom);
  const b = mercatorPixel([east, south], zoom);
  return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
}

const viewBox = ({ view, width, height }: Measured): Box => ({ x0: view.x0, y0: view.y0, x1: view.x0 + width, y1: view.y0 + height });
const boxesMeet = (a: Box, b: Box) => a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;

const sideClass = (side: Side | null | undefined) => (side ? labels[side] : labels.unlabelled);

function Label({ style, text, lang, family }: { style: LabelStyle; text: string; lang: Lang; family: string }) {
  return (
    <span className={cx(labels.label, markers.name)} style={{ font: labelFont(style, family), letterSpacing: `${TYPOGRAPHY[style].tracking}em` }}>
      {labelText(style, text, lang)}
    </span>
  );
}

/** The picture's view and size as last measured, the font its names are set in, and its controls' boxes (from its top left). */
interface Measured {
  view: FittedView;
  width: number;
  height: number;
  font: string;
  controls: Box[];
}

interface Laid {
  view: FittedView;
  layout: LabelLayout;
}

/**
 * The live map's first view, drawn by the server: the world from a pre-projected SVG, the places'
 * markers as real buttons, the events' sites, and (once laid out in the browser) their names and
 * the basemap's. An inline script at the end of the page (`MapPictureScript`) places it at the
 * view Leaflet will open on before anything else runs, so it is right at its first paint (it is
 * hidden until then), and no map code is loaded until the reader reaches for the map: a pointer
 * over it, a touch, a wheel, the keyboard's focus, a zoom, or a selection. `onWake` says so, and
 * `onView` tells the view; the live map then draws itself on that view under the picture, which
 * it replaces once it is drawn.
 */
export default function MapPicture({ bundle, lang, onWake, onView }: { bundle: ArticleBundle; lang: Lang; onWake: (wake: Wake) => void; onView: (view: FittedView) => void }) {
  const t = mapText(lang);
  const { select } = useSelection();
  const { highlightedPlaceIds } = useHighlight();
  const coarse = useCoarsePointer();
  const picture = useRef<HTMLDivElement>(null);
  const sites = useMemo(() => sitesFrom(bundle.events), [bundle.events]);
  const places = useMemo(() => tabOrder(bundle.places), [bundle.places]);
  const settings = useMemo(() => pictureViewSettings(firstViewBbox(bundle.places, bundle.events)), [bundle.places, bundle.events]);
  // The names, the basemap's too, and Crimea's hatching wait until the page has loaded and the
  // browser has time to spare: a task of their own, after the page's own work, placed once.
  const idle = useWhenIdle();
  const basemapLabels = useBasemap('labels', { load: idle });
  const occupied = useBasemap('occupied', { load: idle });
  const withNames = basemapLabels !== undefined;
  const [measured, setMeasured] = useState<Measured | null>(null);
  const hatchId = `picture-hatch-${useId().replace(/:/g, '')}`;

  useLayoutEffect(() => {
    const element = picture.current;
    if (!element) return;
    const font = readPalette((name) => getComputedStyle(element).getPropertyValue(name)).font;
    return watchPictureView(element, fitView, markerScale, settings, (view, width, height) => {
      const origin = element.getBoundingClientRect();
      const controls = [...element.querySelectorAll('.leaflet-control')].map((control) => {
        const r = control.getBoundingClientRect();
        return { x0: r.left - origin.left, y0: r.top - origin.top, x1: r.right - origin.left, y1: r.bottom - origin.top };
      });
      setMeasured({ view, width, height, font, controls });
      onView(view);
    });
  }, [settings, onView]);

  const laid = useMemo((): Laid | null => {
    if (!measured) return null;
    const { view, font } = measured;
    const controls = measured.controls.map((box) => ({ x0: view.x0 + box.x0, y0: view.y0 + box.y0, x1: view.x0 + box.x1, y1: view.y0 + box.y1 }));
    const layout = layoutMap({
      places: bundle.places,
      sites,
      basemapLabels: basemapLabels?.features ?? [],
      lang,
      zoom: view.zoom,
      view: viewBox(measured),
      controls,
      selectedPlaceId: null,
      coarse,
      withNames,
      project: (position) => mercatorPixel(position, view.zoom),
      measure: (style, text) => measureLabel(style, text, lang, font),
    });
    return { view, layout };
  }, [measured, bundle.places, sites, basemapLabels, lang, coarse, withNames]);

  const selectPlace = (place: PlaceFeature) => select({ placeId: place.id, eventId: null, paragraphId: null });
  const selectSite = (site: MapSite) => select({ eventId: site.eventId, placeId: null, paragraphId: null });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === '+' || event.key === '-') onWake({ focus: 'map', zoomBy: event.key === '+' ? 1 : -1 });
  };
  const family = measured?.font ?? 'var(--font)';
  // Before the view is measured (on the server), the territories within the box the view fits.
  const occupiedInView = OCCUPIED_TERRITORIES.filter((territory) =>
    measured ? boxesMeet(pixelBox(territory.box, measured.view.zoom), viewBox(measured)) : boxesMeet(pixelBox(territory.box, 0), pixelBox(settings.bbox as Bbox4, 0)),
  );
  const zoom = laid?.view.zoom;

  return (
    <div
      ref={picture}
      className={cx(mapStyles.map, styles.picture, 'leaflet-touch')}
      data-map-picture=""
      role="region"
      aria-label={t.map}
      tabIndex={0}
      suppressHydrationWarning
      onPointerEnter={() => onWake({ focus: null })}
      onPointerDown={() => onWake({ focus: null })}
      onWheel={() => onWake({ focus: null })}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onWake({ focus: 'map' });
      }}
      onKeyDown={onKeyDown}
    >
      <svg className={styles.world} viewBox={`0 0 ${PICTURE_WORLD_SIZE} ${PICTURE_WORLD_SIZE}`} style={{ '--units-per-px': PICTURE_WORLD_SIZE / 256 } as CSSProperties} aria-hidden="true">
        <use href={`${PICTURE_WORLD.href}#${PICTURE_WORLD.land}`} className={styles.land} />
        <use href={`${PICTURE_WORLD.href}#${PICTURE_WORLD.countries}`} className={styles.countries} />
        {occupied && (
          <>
            <defs>
              {/* Lines 6 px apart on the screen, whatever the zoom. */}
              <pattern id={hatchId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform={`rotate(45) scale(${PICTURE_WORLD_SIZE / (256 * 2 ** (zoom ?? 3))})`}>
                <line x1="3" y1="0" x2="3" y2="6" className={styles.hatch} />
              </pattern>
            </defs>
            <path d={polygonPathData(occupied.features.map((f) => f.geometry), (position) => { const { x, y } = mercatorPixel(position, PICTURE_WORLD_ZOOM); return [x, y]; })} fill={`url(#${hatchId})`} />
          </>
        )}
      </svg>
      {laid &&
        [...laid.layout.basemapSides].map(([index, side]) => {
          const feature = basemapLabels?.features[index];
          if (!feature) return null;
          const { kind, name } = feature.properties;
          return (
            <span key={index} className={cx(styles.pin, labels.basemapLabel, kind === 'capital' && labels.capital, labels[side])} style={atPixel(feature.geometry.coordinates)} aria-hidden="true">
              <span>
                {kind === 'capital' && <span className={labels.capitalDot} />}
                <Label style={kind === 'capital' ? 'capital' : 'country'} text={name[lang] ?? name.en} lang={lang} family={family} />
              </span>
            </span>
          );
        })}
      {places.map((place) => {
        const p = place.properties;
        const kind = p.kind === 'city' || p.kind === 'site' ? markers.city : p.kind === 'macro-region' ? markers.macro : markers.area;
        const laidOut = laid && zoom !== undefined ? { diameter: placeMarkerDiameter(p.mentionCount, p.featured, zoom), area: laid.layout.placeAreas.get(place.id) } : null;
        return (
          <button
            key={place.id}
            type="button"
            className={cx(styles.pin, markers.marker, kind, p.featured && markers.featured, highlightedPlaceIds.includes(place.id) && markers.highlighted, sideClass(laid?.layout.placeSides.get(place.id)))}
            style={{ ...atPixel(p.labelPoint), ...sizeVars(markerDiameter(p.mentionCount, p.featured), laidOut) }}
            data-place-id={place.id}
            aria-label={placeMarkerName(p, lang)}
            aria-pressed="false"
            onFocus={() => onWake({ focus: { placeId: place.id } })}
            onClick={() => selectPlace(place)}
          >
            <span>
              <span className={markers.dot} data-count={p.mentionCount} />
              <Label style={p.featured ? 'featured' : p.kind === 'macro-region' ? 'macro' : 'place'} text={p.name[lang]} lang={lang} family={family} />
            </span>
          </button>
        );
      })}
      {sites.map((site) => {
        const title = bundle.events.find((e) => e.id === site.eventId)?.title[lang] ?? '';
        const laidOut = laid && zoom !== undefined ? { diameter: Math.round(SITE_DIAMETER * Math.SQRT2 * markerScale(zoom)), area: laid.layout.siteAreas.get(site.id) } : null;
        return (
          <button
            key={site.id}
            type="button"
            className={cx(styles.pin, markers.marker, markers.site, sideClass(laid?.layout.siteSides.get(site.id)))}
            style={{ ...atPixel(site.coordinates), ...sizeVars(Math.round(SITE_DIAMETER * Math.SQRT2), laidOut) }}
            data-event-id={site.eventId}
            data-site-id={site.id}
            aria-label={siteMarkerName(site.name[lang], title, lang)}
            aria-pressed="false"
            onFocus={() => onWake({ focus: { siteId: site.id } })}
            onClick={() => selectSite(site)}
          >
            <span>
              <span className={markers.diamond} />
              <Label style="site" text={shortSiteName(site.name[lang])} lang={lang} family={family} />
            </span>
          </button>
        );
      })}
      <PictureControls lang={lang} notes={occupiedInView.map((territory) => ({ id: territory.id, text: territory.note[lang] }))} onWake={onWake} />
    </div>
  );
}
