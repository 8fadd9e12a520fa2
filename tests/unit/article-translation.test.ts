import { describe, expect, it } from 'vitest';
import { isTranslated, shownUntranslated, titleLang } from '@/app/_lib/article/translation';
import type { Paragraph } from '@/app/_lib/article/types';

const paragraph = (en: string): Paragraph => ({ id: 'p0', index: 0, kind: 'body', text: 'Flommen stengte veien.', translation: { en } });
const untranslated = { lang: 'nb' as const, paragraphs: [paragraph('')], title: { nb: 'Flommen', en: 'Flommen' } };
const translated = { lang: 'nb' as const, paragraphs: [paragraph('The flood closed the road.')], title: { nb: 'Flommen', en: 'The flood' } };

describe('an article without an English translation', () => {
  it('is known by its empty translations', () => {
    expect(isTranslated(untranslated)).toBe(false);
    expect(isTranslated(translated)).toBe(true);
  });

  it('shows as written on an English page, and only there', () => {
    expect(shownUntranslated(untranslated, 'en')).toBe(true);
    expect(shownUntranslated(untranslated, 'nb')).toBe(false);
    expect(shownUntranslated(translated, 'en')).toBe(false);
    expect(shownUntranslated({ ...untranslated, lang: 'en' }, 'en')).toBe(false);
  });

  it('keeps its title in the original language when it has no English one', () => {
    expect(titleLang(untranslated, 'en')).toBe('nb');
    expect(titleLang({ ...untranslated, title: { nb: 'Flommen', en: 'The flood' } }, 'en')).toBe('en');
    expect(titleLang(translated, 'en')).toBe('en');
    expect(titleLang(untranslated, 'nb')).toBe('nb');
  });
});
