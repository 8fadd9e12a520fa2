import type { Lang } from '../article/types';

/** The embed's own words and the embed dialog's, in Bokmål and English. */
const text = {
  nb: {
    details: 'Detaljer og steder',
    showDetails: 'Vis detaljer',
    hideDetails: 'Skjul detaljer',
    options: 'Valg for innbyggingen',
    height: 'Høyde (piksler)',
    heightHint: (min: number, width: number) => `Kartet tilpasser seg høyden. Minst ${min} px høyt og ${width} px bredt.`,
    theme: 'Fargetema',
    themes: { light: 'Lyst', dark: 'Mørkt', auto: 'Som leserens system' },
    language: 'Språk',
    languages: { nb: 'Norsk (bokmål)', en: 'Engelsk' },
    mapOnly: 'Bare kartet (uten tidslinje og detaljer)',
    pymNote: 'Med pym.js følger høyden innholdet, og høydevalget brukes ikke.',
  },
  en: {
    details: 'Details and places',
    showDetails: 'Show details',
    hideDetails: 'Hide details',
    options: 'Embed options',
    height: 'Height (pixels)',
    heightHint: (min: number, width: number) => `The map fits itself to the height. At least ${min} px high and ${width} px wide.`,
    theme: 'Colour theme',
    themes: { light: 'Light', dark: 'Dark', auto: "As the reader's system" },
    language: 'Language',
    languages: { nb: 'Norwegian (Bokmål)', en: 'English' },
    mapOnly: 'The map only (no timeline or details)',
    pymNote: 'With pym.js the height follows the content, and the height setting is not used.',
  },
} satisfies Record<Lang, unknown>;

export type EmbedText = (typeof text)['nb'];

export function embedTextFor(lang: Lang): EmbedText {
  return text[lang];
}
