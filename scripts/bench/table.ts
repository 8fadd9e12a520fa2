/** The one table the bench prints at the end (Markdown, so it reads in a terminal and pastes into docs). */

export type Verdict = 'PASS' | 'FAIL' | 'info' | 'n/a';

export interface Row {
  figure: string;
  app: string;
  baseline: string;
  /** The ratio to the baseline and/or the goal. */
  goal: string;
  verdict: Verdict;
}

const HEADER: Row = { figure: 'figure', app: 'app', baseline: 'baseline', goal: 'ratio/goal', verdict: 'verdict' as Verdict };

const escape = (cell: string) => cell.replace(/\|/g, '\\|');

export function renderTable(rows: readonly Row[]): string {
  const all = [HEADER, ...rows].map((r) => [r.figure, r.app, r.baseline, r.goal, r.verdict].map(escape));
  const widths = all[0]!.map((_, i) => Math.max(3, ...all.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}

export const verdict = (ok: boolean): Verdict => (ok ? 'PASS' : 'FAIL');
