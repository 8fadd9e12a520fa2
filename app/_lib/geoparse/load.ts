/** Reads the built gazetteer from data/gazetteer/. Server and build side only (file system). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openCompactGazetteer, type CompactGazetteerFile } from './compact';
import type { Gazetteer } from './gazetteer';

export const GAZETTEER_PATH = path.join(process.cwd(), 'data', 'gazetteer', 'gazetteer.json');

let loaded: Gazetteer | undefined;

export function loadGazetteer(file = GAZETTEER_PATH): Gazetteer {
  if (file === GAZETTEER_PATH && loaded) return loaded;
  const gazetteer = openCompactGazetteer(JSON.parse(readFileSync(file, 'utf8')) as CompactGazetteerFile);
  if (file === GAZETTEER_PATH) loaded = gazetteer;
  return gazetteer;
}
