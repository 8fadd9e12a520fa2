import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from './config';
import { median } from './stats';

/**
 * Figure 3: Lighthouse 12.2.3 with its default config, which is the mobile preset (formFactor
 * mobile, simulated throttling), through the Node API, one fresh Chromium per run. Each run is a
 * `node scripts/bench/lighthouse-runner.mjs` child (see there why not in this tsx process).
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number>;

export interface FailingAudit {
  id: string;
  category: Category;
  title: string;
  score: number | null;
  weight: number;
  displayValue?: string;
}

export interface LighthousePage {
  label: string;
  url: string;
  runs: Scores[];
  median: Scores;
  /** Metric values of the median-performance run (FCP, LCP, TBT, CLS, SI). */
  metrics: Record<string, string>;
  failing: FailingAudit[];
  /** Anything that says the run itself went wrong (runtime error, warnings, audits that errored). */
  problems: string[];
  error?: string;
}

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const RUNNER = path.join(ROOT, 'scripts', 'bench', 'lighthouse-runner.mjs');

async function runOnce(url: string, lhrFile: string): Promise<Lhr> {
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [RUNNER, url, lhrFile, CHROMIUM_PATH, JSON.stringify(CHROME_FLAGS)],
      { cwd: ROOT, timeout: 180_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } },
      (error, _stdout, stderr) => (error ? reject(new Error(`${error.message.split('\n')[0]}${stderr ? `: ${stderr.trim().split('\n').slice(-5).join(' / ')}` : ''}`)) : resolve()),
    );
  });
  return JSON.parse(readFileSync(lhrFile, 'utf8')) as Lhr;
}

function scoresOf(lhr: Lhr): Scores {
  const scores = {} as Scores;
  for (const id of CATEGORIES) {
    const score = lhr.categories[id]?.score;
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : Number.NaN;
  }
  return scores;
}

/** The audits that cost points, heaviest first: weight × what was lost. */
function failingAudits(lhr: Lhr): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const scored = audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings';
      if (!scored || audit.score === null || audit.score >= 0.9) continue;
      // Weightless performance audits (insights, diagnostics) still tell what to fix: keep those that failed outright.
      if (ref.weight === 0 && !(id === 'performance' && audit.score < 0.5)) continue;
      failing.push({ id: ref.id, category: id, title: audit.title, score: audit.score, weight: ref.weight, displayValue: audit.displayValue });
    }
  }
  return failing.sort((a, b) => b.weight * (1 - (b.score ?? 0)) - a.weight * (1 - (a.score ?? 0)));
}

function problemsOf(lhr: Lhr): string[] {
  const problems: string[] = [];
  if (lhr.runtimeError) problems.push(`runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings ?? []) problems.push(`run warning: ${String(warning)}`);
  // Audits that errored, grouped by their root cause (the part after the last "exception:").
  const byCause = new Map<string, string[]>();
  for (const [id, audit] of Object.entries(lhr.audits)) {
    if (audit.scoreDisplayMode !== 'error') continue;
    const message = audit.errorMessage ?? 'no message';
    const cause = message.split(/exception: |encountered an error: /).pop()!.trim();
    byCause.set(cause, [...(byCause.get(cause) ?? []), id]);
  }
  for (const [cause, ids] of byCause) problems.push(`${ids.length} audit(s) errored (${ids.join(', ')}): ${cause}`);
  return problems;
}

export async function runLighthouse(label: string, url: string, runs: number, saveDir: string, log: (line: string) => void): Promise<LighthousePage> {
  const all: { scores: Scores; lhr: Lhr }[] = [];
  mkdirSync(saveDir, { recursive: true });
  const slug = label === '/' ? 'home' : label.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-');
  try {
    for (let i = 0; i < runs; i += 1) {
      const lhr = await runOnce(url, path.join(saveDir, `${slug}-${i + 1}.json`));
      const scores = scoresOf(lhr);
      all.push({ scores, lhr });
      log(`  ${label} run ${i + 1}/${runs}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    }
  } catch (error) {
    const message = (error as Error).message;
    log(`  ${label}: Lighthouse failed: ${message}`);
    if (all.length === 0) {
      const nan = Object.fromEntries(CATEGORIES.map((c) => [c, Number.NaN])) as Scores;
      return { label, url, runs: [], median: nan, metrics: {}, failing: [], problems: [], error: message };
    }
  }
  const medianScores = Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))])) as Scores;
  // Audits and metrics come from the run whose performance score is the median one.
  const byPerf = [...all].sort((a, b) => a.scores.performance - b.scores.performance);
  const representative = byPerf[Math.floor((byPerf.length - 1) / 2)]!.lhr;
  const metrics = Object.fromEntries(METRICS.map((id) => [id, representative.audits[id]?.displayValue ?? 'n/a']));
  const problems = [...new Set(all.flatMap((r) => problemsOf(r.lhr)))];
  return { label, url, runs: all.map((r) => r.scores), median: medianScores, metrics, failing: failingAudits(representative), problems };
}

export function meetsGoals(scores: Scores, goals: Record<Category, number>): boolean {
  return CATEGORIES.every((c) => scores[c] >= goals[c]);
}

export const formatScores = (s: Scores) => `P ${s.performance} · A ${s.accessibility} · BP ${s['best-practices']} · SEO ${s.seo}`;
