// Date suggestions: expressions in the text resolved against the publication date (a Saturday).
import { describe, expect, it } from 'vitest';
import { suggestDates } from '@/app/_lib/studio/dates';

const PUBLISHED = '2024-03-23';
const one = (text: string, lang: 'nb' | 'en', published = PUBLISHED) => suggestDates([{ id: 'p0', text }], lang, published);
const dates = (text: string, lang: 'nb' | 'en', published = PUBLISHED) => one(text, lang, published).map(({ text: t, date }) => [t, date]);

describe('date suggestions in Norwegian', () => {
  it('finds a day and a weekday, with their spans', () => {
    expect(one('Angrepet skjedde fredag 22. mars om kvelden.', 'nb')).toEqual([
      { paragraphId: 'p0', start: 17, end: 23, text: 'fredag', date: { start: '2024-03-22', precision: 'day' } },
      { paragraphId: 'p0', start: 24, end: 32, text: '22. mars', date: { start: '2024-03-22', precision: 'day' } },
    ]);
  });

  it('reads months, years, ranges and relative days', () => {
    expect(dates('Han kom til landet i august 2021 og flyttet i 2019.', 'nb')).toEqual([
      ['i august 2021', { start: '2021-08', precision: 'month' }],
      ['i 2019', { start: '2019', precision: 'year' }],
    ]);
    expect(dates('Festivalen varte 22.–24. mars 2023.', 'nb')).toEqual([['22.–24. mars 2023', { start: '2023-03-22', end: '2023-03-24', precision: 'day' }]]);
    expect(dates('I går kveld og i forgårs var det stille. Møtet er i morgen.', 'nb')).toEqual([
      ['I går', { start: '2024-03-22', precision: 'day' }],
      ['i forgårs', { start: '2024-03-21', precision: 'day' }],
      ['i morgen', { start: '2024-03-24', precision: 'day' }],
    ]);
    expect(dates('Politiet kom på mandag.', 'nb')).toEqual([['på mandag', { start: '2024-03-18', precision: 'day' }]]);
  });

  it('gives a date without a year the year nearest the publication', () => {
    expect(dates('Brannen startet 28. desember.', 'nb', '2024-01-05')).toEqual([['28. desember', { start: '2023-12-28', precision: 'day' }]]);
    expect(dates('Valget er i september.', 'nb', '2024-03-23')).toEqual([['i september', { start: '2024-09', precision: 'month' }]]);
  });

  it('offers no date that does not exist, and none inside a word', () => {
    expect(dates('Det skjedde 31. februar.', 'nb')).toEqual([]);
    expect(dates('Marsjen gikk fra Idag-senteret.', 'nb')).toEqual([]);
  });
});

describe('date suggestions in English', () => {
  it('reads days either way round, months, weekdays and relative days', () => {
    expect(dates('The attack on Friday, 22 March, was claimed the day before yesterday.', 'en')).toEqual([
      ['on Friday', { start: '2024-03-22', precision: 'day' }],
      ['22 March', { start: '2024-03-22', precision: 'day' }],
      ['the day before yesterday', { start: '2024-03-21', precision: 'day' }],
    ]);
    expect(dates('Talks began on March 20, 2023 and ended in August 2021 yesterday.', 'en')).toEqual([
      ['March 20, 2023', { start: '2023-03-20', precision: 'day' }],
      ['in August 2021', { start: '2021-08', precision: 'month' }],
      ['yesterday', { start: '2024-03-22', precision: 'day' }],
    ]);
  });
});
