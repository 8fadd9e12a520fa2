/**
 * The geoparser's row of `npm run bench`: the gazetteer's load time, and milliseconds per 1,000
 * words once loaded (the crocus article, parsed again and again), beside a floor from the same
 * run: tokenising the same text and looking every capitalised word up in the gazetteer, which
 * is what a naive gazetteer matcher costs. Alone: `npx tsx scripts/bench/geoparse.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoparse } from '../../app/_lib/geoparse';
import { nameKey } from '../../app/_lib/geoparse/gazetteer';
import { loadGazetteer } from '../../app/_lib/geoparse/load';
import { tokenise } from '../../app/_lib/geoparse/tokens';
import { verdict, type Row } from './table';

const TEXT_PATH = path.join(process.cwd(), 'data/articles/crocus-2024/article.nb.txt');
const GOALS = { msPer1000Words: 50, loadMs: 1000 };

export interface GeoparseBench {
  loadMs: number;
  msPer1000Words: number;
  floorMsPer1000Words: number;
  words: number;
  runs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function measureGeoparse(runs = 15): GeoparseBench {
  const text = readFileSync(TEXT_PATH, 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  const started = performance.now();
  const gazetteer = loadGazetteer();
  const loadMs = performance.now() - started;
  const time = (work: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      work();
      times.push(performance.now() - t);
    }
    return (median(times) / words) * 1000;
  };
  geoparse(text, 'nb', gazetteer);
  const msPer1000Words = time(() => geoparse(text, 'nb', gazetteer));
  const floorMsPer1000Words = time(() => tokenise(text).filter((t) => t.capitalised).map((t) => gazetteer.lookup(nameKey(t.text))));
  return { loadMs, msPer1000Words, floorMsPer1000Words, words, runs };
}

export function geoparseRows(b: GeoparseBench): Row[] {
  return [
    {
      figure: `geoparser, ms per 1,000 words (median of ${b.runs}, ${b.words} words)`,
      app: b.msPer1000Words.toFixed(1),
      baseline: `${b.floorMsPer1000Words.toFixed(1)} (lookup only)`,
      goal: `< ${GOALS.msPer1000Words}`,
      verdict: verdict(b.msPer1000Words < GOALS.msPer1000Words),
    },
    { figure: 'geoparser, gazetteer load (ms)', app: b.loadMs.toFixed(0), baseline: 'n/a', goal: `< ${GOALS.loadMs}`, verdict: verdict(b.loadMs < GOALS.loadMs) },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const result = measureGeoparse();
  console.log(JSON.stringify(result));
  for (const row of geoparseRows(result)) console.log(`${row.figure}: ${row.app} (baseline ${row.baseline}; goal ${row.goal}: ${row.verdict})`);
}
