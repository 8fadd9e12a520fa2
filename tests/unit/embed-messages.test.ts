import { describe, expect, it } from 'vitest';
import { getArticle } from '@/app/_lib/article/repository';
import type { ArticleBundle } from '@/app/_lib/article/types';
import { ampEmbedSize, parseIncomingMessage, selectionMessage } from '@/app/_lib/embed/messages';

const places = ['kabul', 'bryansk'];

describe('parseIncomingMessage', () => {
  it('accepts select-place for a known place, as an object or as JSON text', () => {
    expect(parseIncomingMessage({ type: 'select-place', placeId: 'kabul' }, places)).toEqual({ type: 'select-place', placeId: 'kabul' });
    expect(parseIncomingMessage('{"type":"select-place","placeId":"bryansk"}', places)).toEqual({ type: 'select-place', placeId: 'bryansk' });
  });

  it('ignores everything else', () => {
    for (const data of [
      null,
      42,
      'select-place',
      'pymxPYMxidxPYMxheightxPYMx300',
      ['select-place', 'kabul'],
      { type: 'select-place', placeId: 'atlantis' },
      { type: 'select-place', placeId: { toString: 'kabul' } },
      { type: 'eval', code: 'alert(1)' },
      '{"type":"select-place","placeId":"kabul"',
    ]) {
      expect(parseIncomingMessage(data, places)).toBeNull();
    }
  });

  it('drops extra fields instead of passing them on', () => {
    expect(parseIncomingMessage({ type: 'select-place', placeId: 'kabul', html: '<img onerror>' }, places)).toEqual({ type: 'select-place', placeId: 'kabul' });
  });
});

describe('ampEmbedSize', () => {
  it('speaks amp-iframe embed-size in whole pixels', () => {
    expect(ampEmbedSize(640.2)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 641 });
  });
});

describe('selectionMessage', () => {
  const article = getArticle('crocus-2024') as ArticleBundle;
  const message = (query: string) => selectionMessage(new URLSearchParams(query), article);

  it('tells the event when one is selected, else the place with its paragraphs', () => {
    expect(message('event=crocus-attack&place=moscow')).toEqual({ type: 'event-selected', eventId: 'crocus-attack' });
    const kabul = message('place=kabul&lang=en');
    expect(kabul).toMatchObject({ type: 'place-selected', placeId: 'kabul' });
    expect(kabul?.type === 'place-selected' && kabul.paragraphIds.length).toBeGreaterThan(0);
  });

  it('tells nothing when nothing known is selected', () => {
    expect(message('')).toBeNull();
    expect(message('place=atlantis')).toBeNull();
  });
});
