// npm run data:build (after build-geometry.ts) — the world basemap's land and country outlines,
// pre-projected to Web Mercator SVG path data (public/basemap/world-paths.json) for the live map,
// and as an SVG of coarser units (public/basemap/world.svg) for the map's server-drawn picture,
// from the same public/basemap/land.geojson and countries.geojson that the other maps draw.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { pathData } from '../app/_lib/geobuild/worldPaths';
import { kb, sizesOf } from '../app/_lib/geobuild/output';
import { PICTURE_WORLD_SIZE, pictureWorldSvg, WORLD_PATH_SIZE, type WorldPaths } from '../app/_lib/map/worldPaths';

const root = fileURLToPath(new URL('..', import.meta.url));
const basemapDir = join(root, 'public/basemap');

const geometriesOf = (name: string) =>
  (JSON.parse(readFileSync(join(basemapDir, `${name}.geojson`), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>).features.map((feature) => feature.geometry);

const world: WorldPaths = { size: WORLD_PATH_SIZE, land: pathData(geometriesOf('land')), countries: pathData(geometriesOf('countries')) };

/** Written whole or not at all: the map never reads half a file. */
function writeWhole(name: string, text: string): void {
  const target = join(basemapDir, name);
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
  const { raw, gzip } = sizesOf(text);
  console.log(`${relative(root, target).padEnd(42)}  ${kb(raw).padStart(9)} raw  ${kb(gzip).padStart(8)} gzip`);
}

writeWhole('world-paths.json', `${JSON.stringify(world)}\n`);
writeWhole('world.svg', pictureWorldSvg({ size: PICTURE_WORLD_SIZE, land: pathData(geometriesOf('land'), PICTURE_WORLD_SIZE), countries: pathData(geometriesOf('countries'), PICTURE_WORLD_SIZE) }));
