/**
 * A distance rounded as a person would say it: to 10 km below 1,000 km, to 100 km above.
 * @example roundKm(163.4) // → 160
 * @example roundKm(3366.5) // → 3400
 */
export function roundKm(km: number): number {
  const step = km < 1000 ? 10 : 100;
  return Math.round(km / step) * step;
}

/**
 * An area to three significant figures, as precise as outlines simplified for a map allow.
 * @example roundArea(35089.12) // → 35100
 */
export function roundArea(km2: number): number {
  if (km2 <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(km2)) - 2);
  return Math.round(km2 / step) * step;
}
