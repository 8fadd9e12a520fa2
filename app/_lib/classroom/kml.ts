import { toKML } from '@placemarkio/tokml';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ArticleBundle, Lang, PlaceKind } from '../article/types';
import { DEFAULT_PALETTE } from '../map/palette';
import { escapeXml } from '../staticmap/svg';
import { flatPlaceFeatures } from './geojsonFlat';

/** A KML colour (aabbggrr) from a CSS hex colour and an opacity. @example kmlColor('#b3261e', 1) // → 'ff1e26b3' */
export function kmlColor(hex: string, opacity: number): string {
  const [r, g, b] = [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  const alpha = Math.round(opacity * 255)
    .toString(16)
    .padStart(2, '0');
  return `${alpha}${b}${g}${r}`.toLowerCase();
}

const { accent, region, muted } = DEFAULT_PALETTE;

/** One style per kind of place, in the map's colours: cities as icons, areas shaded and outlined, macro-regions outlined only. */
const STYLES: Record<PlaceKind, string> = {
  city: `<IconStyle><color>${kmlColor(accent, 1)}</color><scale>1.1</scale></IconStyle><LabelStyle><scale>1</scale></LabelStyle>`,
  site: `<IconStyle><color>${kmlColor(DEFAULT_PALETTE.site, 1)}</color><scale>0.9</scale></IconStyle>`,
  region: `<LineStyle><color>${kmlColor(region, 1)}</color><width>2</width></LineStyle><PolyStyle><color>${kmlColor(region, 0.35)}</color></PolyStyle>`,
  country: `<LineStyle><color>${kmlColor(accent, 1)}</color><width>1.5</width></LineStyle><PolyStyle><color>${kmlColor(accent, 0.2)}</color></PolyStyle>`,
  'macro-region': `<LineStyle><color>${kmlColor(muted, 1)}</color><width>1</width></LineStyle><PolyStyle><fill>0</fill></PolyStyle>`,
};

const styleId = (kind: PlaceKind) => `kind-${kind}`;

/**
 * The article's places as KML 2.2 (with `@placemarkio/tokml`), for Google Earth and GIS tools:
 * one Placemark per place, its id the place id, its name in `lang` (Norwegian unless told), its
 * geometry the place's (a point or the outline), a style per kind (IconStyle for cities,
 * PolyStyle and LineStyle for areas), and the rest as ExtendedData (both names, the kind, the
 * label point and the counts).
 */
export function placesKml(article: ArticleBundle, lang: Lang = 'nb'): string {
  const features = flatPlaceFeatures(article, lang);
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features };
  const kinds = [...new Set(article.places.map((p) => p.properties.kind))];
  const styles = kinds.map((kind) => `<Style id="${styleId(kind)}">${STYLES[kind]}</Style>`).join('');
  const kindOf = new Map(article.places.map((p) => [p.id, p.properties.kind]));
  // tokml writes no styles: each Placemark gets its styleUrl after its name, where KML's order puts it.
  const kml = toKML(collection)
    .replace('<Document>', `<Document><name>${escapeXml(article.title[lang])}</name>${styles}`)
    .replace(/<Placemark id="([^"]+)">\n<name>(.*?)<\/name>/g, (whole, id: string) => {
      const kind = kindOf.get(id);
      return kind ? `${whole}<styleUrl>#${styleId(kind)}</styleUrl>` : whole;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${kml}\n`;
}
