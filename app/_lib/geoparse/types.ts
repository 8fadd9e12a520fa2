/** The shapes the geoparser hands out: the contract's mention M and its alternatives. */
export type PlaceKindOut = 'city' | 'site' | 'region' | 'country' | 'macro-region' | 'other';
export type Lang = 'nb' | 'en';

export interface Resolution {
  name: string;
  kind: PlaceKindOut;
  coordinates: [number, number];
  geonameId: number | null;
  country: string | null;
  confidence: number;
}

export interface GeoMention extends Resolution {
  start: number;
  end: number;
  text: string;
  alternatives: Resolution[];
}
