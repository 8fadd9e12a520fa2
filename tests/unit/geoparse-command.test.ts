import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(args: string[], input: string): string {
  return execFileSync('npx', ['tsx', 'scripts/geoparse.ts', ...args], { input, encoding: 'utf8' });
}

describe('npm run geoparse', () => {
  it('reads one text and prints {"mentions": [...]} in the contract shape', () => {
    const out = JSON.parse(run(['--lang', 'nb'], 'Statsministeren reiste fra Oslo til Berlin i går.')) as { mentions: Record<string, unknown>[] };
    expect(out.mentions.map((m) => m.text)).toEqual(['Oslo', 'Berlin']);
    const [oslo] = out.mentions;
    expect(Object.keys(oslo!).sort()).toEqual(
      ['alternatives', 'confidence', 'coordinates', 'country', 'end', 'geonameId', 'kind', 'name', 'start', 'text'].sort(),
    );
    expect(oslo).toMatchObject({ start: 27, end: 31, kind: 'city', country: 'NO' });
  }, 30_000);

  it('answers one line per jsonl line, in order, with an error line for a bad one', () => {
    const input = ['{"id":"a","text":"Flooding hit Texas on Monday."}', 'not json', '{"id":"c","text":"Nothing here."}', '{"id":"d"}'].join('\n');
    const lines = run(['--lang', 'en', '--jsonl'], `${input}\n`).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 'line 2', 'c', 'd']);
    expect((lines[0]!.mentions as { text: string }[]).map((m) => m.text)).toEqual(['Texas']);
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toEqual({ id: 'c', mentions: [] });
    expect(lines[3]).toHaveProperty('error');
  }, 30_000);
});
