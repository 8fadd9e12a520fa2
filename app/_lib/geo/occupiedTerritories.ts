/**
 * A territory that Natural Earth's "de facto" view gives to the state that holds it, while the
 * UN General Assembly and the Norwegian government recognise it as another state's, occupied.
 * See docs/borders.md.
 */
export interface OccupiedTerritory {
  id: string;
  /** ISO 3166-1 numeric code of the state the territory belongs to. */
  of: string;
  /** ISO 3166-1 numeric code of the state that occupies it (and that the data gives it to). */
  heldBy: string;
  since: number;
  /** [west, south, east, north]: every polygon of `heldBy` wholly inside it is the territory. */
  box: [number, number, number, number];
  name: { nb: string; en: string };
  /** The map's note on it, for its legend and attribution. */
  note: { nb: string; en: string };
}

/** Crimea: the Autonomous Republic of Crimea and Sevastopol, Ukraine's (UN GA resolution 68/262). */
export const CRIMEA: OccupiedTerritory = {
  id: 'crimea',
  of: '804',
  heldBy: '643',
  since: 2014,
  box: [32.2, 44.2, 36.8, 46.4],
  name: { nb: 'Krim', en: 'Crimea' },
  note: { nb: 'Krim: ukrainsk, okkupert av Russland siden 2014', en: 'Crimea: Ukrainian, occupied by Russia since 2014' },
};

export const OCCUPIED_TERRITORIES: readonly OccupiedTerritory[] = [CRIMEA];
