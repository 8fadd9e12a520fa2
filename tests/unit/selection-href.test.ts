import { describe, expect, it } from 'vitest';
import { placeLinkAttributes, selectionHref, serverSelection } from '@/app/_lib/selection/href';

const known = { placeIds: ['kabul', 'moscow'], eventIds: ['crocus'], paragraphIds: ['p1'] };

describe('selectionHref', () => {
  it('changes the selection and keeps the other parameters in their order', () => {
    expect(selectionHref('/embed', '?place=moscow&theme=dark', { placeId: 'kabul', eventId: null })).toBe('/embed?place=kabul&theme=dark');
    expect(selectionHref('/', '?event=crocus&lang=en', { placeId: 'kabul', eventId: null, paragraphId: null })).toBe('/?lang=en&place=kabul');
  });

  it('keeps a part the patch does not name, and leaves no bare "?"', () => {
    expect(selectionHref('/', '?event=crocus', { placeId: 'kabul' })).toBe('/?event=crocus&place=kabul');
    expect(selectionHref('/', '?place=kabul', { placeId: null })).toBe('/');
  });
});

describe('serverSelection', () => {
  it('reads only known ids, and marks the selected place\'s links', () => {
    const selection = serverSelection('/', '?place=kabul&p=nowhere', known);
    expect(selection.paragraphId).toBeNull();
    expect(placeLinkAttributes('kabul', selection)).toEqual({ href: '/?place=kabul', 'data-select-place': 'kabul', 'aria-current': 'true' });
    expect(placeLinkAttributes('moscow', selection)).toEqual({ href: '/?place=moscow', 'data-select-place': 'moscow', 'aria-current': undefined });
  });
});
