import type { Lang, PlaceFeature } from '@/app/_lib/article/types';
import type { Side } from '@/app/_lib/map/labelLayout';
import { labelFont, labelText, TYPOGRAPHY, type LabelStyle } from '@/app/_lib/map/labelStyle';
import { markerScale, placeMarkerDiameter, SITE_DIAMETER } from '@/app/_lib/map/markerSize';
import { placeMarkerName } from '@/app/_lib/map/mapText';
import type { HitArea } from '@/app/_lib/map/hitAreas';
import { AttributedDivIcon } from './AttributedDivIcon';
import labels from './Labels.module.css';
import styles from './Markers.module.css';

const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** A label's element, set in the font it was measured in. */
export function labelElement(style: LabelStyle, text: string, lang: Lang, family: string): HTMLElement {
  const label = document.createElement('span');
  label.className = labels.label ?? '';
  label.style.font = labelFont(style, family);
  label.style.letterSpacing = `${TYPOGRAPHY[style].tracking}em`;
  label.textContent = labelText(style, text, lang);
  return label;
}

const sideClass = (side: Side | null | undefined) => (side ? labels[side] : labels.unlabelled);

export interface MarkerState {
  selected: boolean;
  highlighted: boolean;
  side: Side | null | undefined;
  /** The map's zoom, which sets the marker's size. */
  zoom: number;
  /** The marker's own hit area (`hitAreas`); without it the CSS sizes one around the symbol. */
  area?: HitArea;
}

/** The custom properties that place a marker's hit area: its side and how far it moved off the true position. */
function areaVars(area: HitArea | undefined): Record<string, string> {
  return area ? { '--hit-area': `${area.size}px`, '--dx': `${area.dx.toFixed(1)}px`, '--dy': `${area.dy.toFixed(1)}px` } : {};
}

/** A name beside a marker: for the eye only to point at, the hit area is the marker's square. */
function markerLabel(style: LabelStyle, text: string, lang: Lang, family: string): HTMLElement {
  const label = labelElement(style, text, lang, family);
  label.classList.add(styles.name ?? '');
  return label;
}

/**
 * A place's marker: a dot sized by its mention count with the count in it (filled for a city, a
 * ring for an area, dashed for a macro-region; the accent for the six featured places) and its
 * name beside it on the side the label layout chose. The count is drawn by CSS from `data-count`,
 * so the marker's visible text is its name alone, which its accessible name begins with (WCAG
 * 2.5.3, Label in Name: voice control users say the name they see).
 */
export function placeIcon(place: PlaceFeature, lang: Lang, state: MarkerState, family: string): AttributedDivIcon {
  const p = place.properties;
  const root = document.createElement('span');
  const dot = document.createElement('span');
  dot.className = styles.dot ?? '';
  dot.dataset.count = String(p.mentionCount);
  root.append(dot, markerLabel(p.featured ? 'featured' : p.kind === 'macro-region' ? 'macro' : 'place', p.name[lang], lang, family));
  const kind = p.kind === 'city' || p.kind === 'site' ? styles.city : p.kind === 'macro-region' ? styles.macro : styles.area;
  return new AttributedDivIcon({
    html: root,
    iconSize: undefined,
    className: cx(styles.marker, kind, p.featured && styles.featured, state.selected && styles.selected, state.highlighted && styles.highlighted, sideClass(state.side)),
    attributes: { 'data-place-id': place.id, 'aria-label': placeMarkerName(p, lang), 'aria-pressed': String(state.selected) },
    cssVars: { '--d': `${placeMarkerDiameter(p.mentionCount, p.featured, state.zoom)}px`, ...areaVars(state.area) },
  });
}

/** A site's marker: a diamond in the site colour, moved off a place marker it would cover (its `area`). */
export function siteIcon(
  site: { id: string; eventId: string; label: string; name: string },
  state: MarkerState & { related: boolean },
  lang: Lang,
  family: string,
): AttributedDivIcon {
  const root = document.createElement('span');
  const diamond = document.createElement('span');
  diamond.className = styles.diamond ?? '';
  root.append(diamond, markerLabel('site', site.label, lang, family));
  return new AttributedDivIcon({
    html: root,
    iconSize: undefined,
    className: cx(styles.marker, styles.site, state.selected && styles.selected, state.related && styles.related, sideClass(state.side)),
    attributes: { 'data-event-id': site.eventId, 'data-site-id': site.id, 'aria-label': site.name, 'aria-pressed': String(state.selected) },
    cssVars: { '--d': `${Math.round(SITE_DIAMETER * Math.SQRT2 * markerScale(state.zoom))}px`, ...areaVars(state.area) },
  });
}
