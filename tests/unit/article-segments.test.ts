import { describe, expect, it } from 'vitest';
import { segmentText } from '@/app/_lib/article/segments';

describe('segmentText', () => {
  it('cuts the text around each mention and keeps every character', () => {
    const text = 'i Kabul og Moskva.';
    const segments = segmentText(text, [
      { start: 11, end: 17, id: 'b' },
      { start: 2, end: 7, id: 'a' },
    ]);
    expect(segments.map((s) => [s.text, s.mention?.id])).toEqual([
      ['i ', undefined],
      ['Kabul', 'a'],
      [' og ', undefined],
      ['Moskva', 'b'],
      ['.', undefined],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('skips a mention that overlaps an earlier one or runs past the end', () => {
    const segments = segmentText('abcdef', [
      { start: 0, end: 3 },
      { start: 2, end: 4 },
      { start: 5, end: 9 },
    ]);
    expect(segments.map((s) => s.text)).toEqual(['abc', 'def']);
  });
});
