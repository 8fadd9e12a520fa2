/** A round symbol on screen: its centre and half its size, in pixels. */
export interface Disc {
  x: number;
  y: number;
  radius: number;
}

/** Free space kept between a site's diamond and a place marker it has been moved off. */
export const SITE_CLEARANCE = 2;
/** Direction a site leaves a marker it sits right on top of: straight up, clear of the label beside it. */
const DEFAULT_DIRECTION = { x: 0, y: -1 };

/**
 * How far to move each site's symbol (in pixels) so that it does not hide a place marker: at low
 * zoom Crocus City Hall sits on Moscow, Abbey Gate on Kabul, the Riksdag on Stockholm. A site that
 * overlaps a marker is pushed straight away from the marker's centre (straight up if the centres
 * coincide) until the two are `SITE_CLEARANCE` apart; the markers are taken in the order given,
 * so put the larger ones last to have the final say. Zooming in, the true positions separate
 * and the offsets fall to 0.
 * @example siteOffsets([{ x: 3, y: 4, radius: 5 }], [{ x: 0, y: 0, radius: 6 }]) // → [{ dx: 4.8, dy: 6.4 }]
 */
export function siteOffsets(sites: readonly Disc[], markers: readonly Disc[]): { dx: number; dy: number }[] {
  return sites.map((site) => {
    let { x, y } = site;
    for (const marker of markers) {
      const vx = x - marker.x;
      const vy = y - marker.y;
      const distance = Math.hypot(vx, vy);
      const needed = site.radius + marker.radius + SITE_CLEARANCE;
      if (distance >= needed) continue;
      const direction = distance < 0.5 ? DEFAULT_DIRECTION : { x: vx / distance, y: vy / distance };
      x = marker.x + direction.x * needed;
      y = marker.y + direction.y * needed;
    }
    return { dx: x - site.x, dy: y - site.y };
  });
}
