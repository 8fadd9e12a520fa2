import { describe, expect, it } from 'vitest';
import { ampEmbedSize, parseIncomingMessage } from '@/app/_lib/embed/messages';

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
