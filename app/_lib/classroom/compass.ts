/** The eight points of the compass, clockwise from north. */
export const COMPASS_POINTS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/**
 * A bearing in degrees (any range, as Turf's −180…180) turned into 0 ≤ b < 360.
 * @example normalizeBearing(-45) // → 315
 */
export function normalizeBearing(bearing: number): number {
  const b = bearing % 360;
  return b < 0 ? b + 360 : b;
}

/**
 * The point of the compass nearest a bearing: each covers 45°, north from 337.5° to 22.5°.
 * @example compassPoint(121) // → 'SE'
 */
export function compassPoint(bearing: number): CompassPoint {
  return COMPASS_POINTS[Math.round(normalizeBearing(bearing) / 45) % 8]!;
}
