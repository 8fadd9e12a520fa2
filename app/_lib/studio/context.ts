/** What the proposals and the gazetteer search read: the gazetteer and world-atlas's countries, each loaded once per process. Server-only. */
import { atlasIndex } from '../geobuild/articleGeometry';
import type { AtlasIndex } from '../authoring/draft';
import { loadGazetteer } from '../geoparse/load';
import type { Lang } from '../geoparse/types';
import type { CandidateContext } from './candidates';

let atlas: AtlasIndex | undefined;

export function candidateContext(lang: Lang): CandidateContext {
  atlas ??= atlasIndex();
  return { lang, gazetteer: loadGazetteer(), atlas };
}
