// mentions.json: an editor's corrections to the found mentions, through the one validation door.
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '@/app/_lib/article/dataError';
import { loadGazetteer } from '@/app/_lib/geoparse/load';
import { assembleWith } from '../support/articleFiles';

const FILE = 'data/articles/crocus-2024/mentions.json';
const edits = (added: unknown[], rejected: unknown[] = []) => ({ 'mentions.json': JSON.stringify({ added, rejected }) });

function problemsOf(overrides: Record<string, string>): string[] {
  try {
    assembleWith(overrides);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error('the article was valid');
}

describe('mentions.json', () => {
  beforeAll(() => void loadGazetteer(), 60_000);

  it('removes a rejected mention and adds an editor’s mention, numbered in text order', () => {
    const original = assembleWith();
    const p5 = original.paragraphs.find((p) => p.id === 'p5')!;
    const free = [...p5.text.matchAll(/[a-zæøå]{5,}/g)].find((w) => !original.mentions.some((m) => m.paragraphId === 'p5' && m.start < w.index + w[0].length && w.index < m.end));
    const word = free!;
    const start = word.index;
    const added = { paragraphId: 'p5', start, end: start + word[0].length, text: word[0], placeId: 'moscow' };
    const rejected = { paragraphId: 'p2', start: 128, end: 135, text: 'Ukraina' };

    const { mentions } = assembleWith(edits([added], [rejected]));

    expect(mentions).toHaveLength(original.mentions.length);
    expect(mentions.some((m) => m.paragraphId === 'p2' && m.start === 128)).toBe(false);
    expect(mentions).toContainEqual(expect.objectContaining({ paragraphId: 'p5', start, text: word[0], placeId: 'moscow' }));
    const p2 = mentions.filter((m) => m.paragraphId === 'p2');
    expect(p2.map((m) => m.id)).toEqual(p2.map((_, k) => `p2-m${k}`));
  });

  it('names each bad span with the file and its index', () => {
    const problems = problemsOf(
      edits(
        [
          { paragraphId: 'p2', start: 90, end: 9000, text: 'x', placeId: 'moscow' },
          { paragraphId: 'p2', start: 0, end: 3, text: 'Zzz', placeId: 'moscow' },
          { paragraphId: 'p2', start: 92, end: 99, text: 'Brjansk', placeId: 'nowhere' },
          { paragraphId: 'p2', start: 92, end: 99, text: 'Brjansk', placeId: 'moscow' },
          { paragraphId: 'p99', start: 0, end: 1, text: 'x', placeId: 'moscow' },
        ],
        [{ paragraphId: 'p2', start: 0, end: 3, text: 'Zzz' }],
      ),
    );
    expect(problems).toHaveLength(6);
    expect(problems[0]).toMatch(new RegExp(`^${FILE}: rejected\\[0\\]: text "Zzz" is not the text of p2 at \\[0, 3\\)`));
    expect(problems[1]).toMatch(new RegExp(`^${FILE}: added\\[0\\]: \\[90, 9000\\) is outside paragraph p2`));
    expect(problems[2]).toMatch(new RegExp(`^${FILE}: added\\[1\\]: text "Zzz" is not the text of p2`));
    expect(problems[3]).toBe(`${FILE}: added[2]: unknown place "nowhere"`);
    expect(problems[4]).toBe(`${FILE}: added[3]: "Brjansk" overlaps the mention "Brjansk fylke" in p2 at [92, 105)`);
    expect(problems[5]).toBe(`${FILE}: added[4]: p99 is not a paragraph of the text`);
  });

  it('refuses a rejected span that is no mention the geoparser finds', () => {
    const original = assembleWith();
    const p2 = original.paragraphs.find((p) => p.id === 'p2')!;
    const problems = problemsOf(edits([], [{ paragraphId: 'p2', start: 0, end: 3, text: p2.text.slice(0, 3) }]));
    expect(problems).toEqual([`${FILE}: rejected[0]: "${p2.text.slice(0, 3)}" in p2 at [0, 3) is no mention the geoparser finds`]);
  });

  it('makes a place whose every mention is rejected the usual “finds no mention” problem', () => {
    const { mentions } = assembleWith();
    const kabul = mentions.filter((m) => m.placeId === 'kabul').map(({ paragraphId, start, end, text }) => ({ paragraphId, start, end, text }));
    expect(kabul.length).toBeGreaterThan(0);
    const problems = problemsOf(edits([], kabul));
    expect(problems).toEqual([expect.stringMatching(/places\.json: places\[1\] \(id "kabul"\): the geoparser finds no mention of this place in the text$/)]);
  });

  it('checks the file against its schema like the other files', () => {
    const problems = problemsOf({ 'mentions.json': JSON.stringify({ added: [{ paragraphId: 'x', start: -1 }] }) });
    expect(problems.every((p) => p.startsWith(`${FILE}: `))).toBe(true);
    expect(problems.join('\n')).toMatch(/rejected/);
  });
});
