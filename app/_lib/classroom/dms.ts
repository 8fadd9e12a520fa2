/** Degrees, minutes and seconds of a latitude or longitude, with its hemisphere instead of a sign. */
export interface Dms {
  degrees: number;
  minutes: number;
  seconds: number;
  hemisphere: 'N' | 'S' | 'E' | 'W';
}

/**
 * A decimal latitude or longitude in degrees, minutes and whole seconds, rounded once (59.6″ is
 * carried into the next minute, 60′ into the next degree).
 * @example toDms(55.75222, 'lat') // → { degrees: 55, minutes: 45, seconds: 8, hemisphere: 'N' }
 */
export function toDms(value: number, axis: 'lat' | 'lon'): Dms {
  const hemisphere = axis === 'lat' ? (value < 0 ? 'S' : 'N') : value < 0 ? 'W' : 'E';
  const total = Math.round(Math.abs(value) * 3600);
  return { degrees: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60, hemisphere };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A DMS value as an atlas prints it, with the hemisphere letters of the language
 * (Norwegian: N, S, Ø for øst, V for vest).
 * @example formatDms(toDms(37.61556, 'lon'), { N: 'N', S: 'S', E: 'Ø', W: 'V' }) // → '37° 36′ 56″ Ø'
 */
export function formatDms(dms: Dms, letters: Record<Dms['hemisphere'], string>): string {
  return `${dms.degrees}° ${pad(dms.minutes)}′ ${pad(dms.seconds)}″ ${letters[dms.hemisphere]}`;
}
