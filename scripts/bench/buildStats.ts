import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './config';

/** Figure 5: how long the builds take, and what the static export weighs. */

export interface BuildResult {
  script: string;
  ok: boolean;
  ms: number;
  log: string;
  /** When the build failed: its first error lines, then the last lines of the log. */
  error?: string;
}

const BUILD_TIMEOUT_MS = 15 * 60_000;

/** `npm run <script>`, timed, its output into `logFile`; ended (process group) after 15 minutes. */
export async function timeNpmScript(script: string, logFile: string): Promise<BuildResult> {
  const out = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn('npm', ['run', script], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
  }, BUILD_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(-1));
    child.once('close', (exitCode) => resolve(exitCode));
  });
  clearTimeout(timer);
  const ms = performance.now() - started;
  await new Promise<void>((resolve) => out.end(() => resolve()));
  if (code === 0) return { script, ok: true, ms, log: logFile };
  const lines = readFileSync(logFile, 'utf8').trim().split('\n');
  const first = lines.filter((line) => /Error occurred|^\s*(\w*Error|⨯)\b|Error:/.test(line)).slice(0, 2).map((line) => line.trim());
  const summary = first.length ? first.join(' — ') : `exit ${code}`;
  return { script, ok: false, ms, log: logFile, error: `${summary}${ms >= BUILD_TIMEOUT_MS ? ' (timed out)' : ''}\n${lines.slice(-15).join('\n')}` };
}

export interface DirSize {
  bytes: number;
  files: number;
}

export function dirSize(dir: string): DirSize {
  let bytes = 0;
  let files = 0;
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        bytes += statSync(full).size;
        files += 1;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

/** Why the static export can't be measured, or null when out/ holds it (pages and the API files). */
export function staticExportProblem(outDir: string, geojsonPath: string): string | null {
  if (!existsSync(path.join(outDir, 'index.html'))) return 'out/index.html is missing';
  if (!existsSync(path.join(outDir, geojsonPath))) return `out${geojsonPath} is missing`;
  return null;
}
