import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '@/app/_lib/article/paragraphs';

describe('splitParagraphs', () => {
  it('splits on blank lines, numbers from p0 and removes trailing whitespace', () => {
    const paragraphs = splitParagraphs('Første avsnitt.  \n\nKort tittel\n\n\nAndre avsnitt,\nover to linjer.\n');
    expect(paragraphs).toEqual([
      { id: 'p0', index: 0, kind: 'body', text: 'Første avsnitt.' },
      { id: 'p1', index: 1, kind: 'heading', text: 'Kort tittel' },
      { id: 'p2', index: 2, kind: 'body', text: 'Andre avsnitt,\nover to linjer.' },
    ]);
  });

  it('treats Windows line ends and whitespace-only lines as blank lines', () => {
    expect(splitParagraphs('En.\r\n \r\nTo.').map((p) => p.text)).toEqual(['En.', 'To.']);
  });

  it('does not take a short sentence for a heading', () => {
    expect(splitParagraphs('Det avviser Ukraina.')[0]?.kind).toBe('body');
  });
});
