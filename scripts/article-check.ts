// npm run article:check -- ID
// Validates data/articles/ID/ (or $ARTICLE_DATA_DIR/ID/) as the build does and prints every problem
// as "file:line: message". Exit 0 when valid (a one-line summary), 1 with problems, 2 for a bad or
// unknown id.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { articleDataRoot } from '../app/_lib/article/repository';
import { checkArticleFolder, summary } from '../app/_lib/authoring/check';
import { isArticleId } from '../app/_lib/authoring/ids';
import { formatProblem } from '../app/_lib/authoring/problems';

function main(args: string[]): number {
  const [id, ...rest] = args;
  if (id === undefined || rest.length > 0) {
    console.error('usage: npm run article:check -- ID');
    return 2;
  }
  if (!isArticleId(id)) {
    console.error(`"${id}" is not an article id: ids are lowercase slugs such as crocus-2024 (a-z, 0-9 and -, at most 64)`);
    return 2;
  }
  const dir = path.join(articleDataRoot(), id);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`no article "${id}": ${dir} does not exist`);
    return 2;
  }
  const result = checkArticleFolder(dir);
  if (result.ok) {
    console.log(summary(result.bundle));
    return 0;
  }
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`${id}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
