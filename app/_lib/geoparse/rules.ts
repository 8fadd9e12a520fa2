/** The rule lists of rules/*.json, as sets. A new exonym or trap word is a line of data there. */
import enRules from './rules/en.json';
import nbRules from './rules/nb.json';
import sharedRules from './rules/shared.json';
import type { Lang } from './types';

export interface Rules {
  lang: Lang;
  /** Capitalised only because a sentence starts: not a place there ("I", "The", "Os"). */
  sentenceStartWords: Set<string>;
  /** Never a place, wherever written ("IS", "English"). */
  neverPlaces: Set<string>;
  /** A title before a name: it ends a proper name ("President", "Gov"). */
  titles: Set<string>;
  /** A lowercase word after a place that makes it an organisation ("Bergen tingrett"). */
  orgSuffixes: Set<string>;
  /** A word after a place that makes it a region ("Brjansk fylke", "Laurel County"). */
  regionSuffixes: Set<string>;
  /** The tail of a compound that makes it a region ("Kaluga-regionen"). */
  compoundRegionTails: Set<string>;
  /** Lowercase words inside a place name ("Trinidad and Tobago", "Rio de Janeiro"). */
  connectors: Set<string>;
  weekdaysAndMonths: Set<string>;
  /** Words of direction before a place ("Far North Queensland"): part of no other name. */
  directionWords: Set<string>;
  /** Words before a place that say it is one ("in", "fra"): they outweigh a person's name. */
  locativeWords: Set<string>;
  allCapsPlaces: Set<string>;
  homeCountry: string;
  /** Added to the score of a place in the home country of the text's language. */
  homeBonus: number;
}

interface RuleFile {
  sentenceStartWords: string[];
  neverPlaces: string[];
  titles: string[];
  orgSuffixes: string[];
  regionSuffixes: string[];
  compoundRegionTails: string[];
  connectors: string[];
  weekdaysAndMonths: string[];
  directionWords: string[];
  locativeWords: string[];
  homeCountry: string;
  homeBonus: number;
}

function compile(lang: Lang, file: RuleFile): Rules {
  return {
    lang,
    sentenceStartWords: new Set(file.sentenceStartWords),
    neverPlaces: new Set(file.neverPlaces),
    titles: new Set(file.titles),
    orgSuffixes: new Set(file.orgSuffixes),
    regionSuffixes: new Set(file.regionSuffixes),
    compoundRegionTails: new Set(file.compoundRegionTails),
    connectors: new Set(file.connectors),
    weekdaysAndMonths: new Set(file.weekdaysAndMonths),
    locativeWords: new Set(file.locativeWords),
    directionWords: new Set(file.directionWords),
    allCapsPlaces: new Set(sharedRules.allCapsPlaces),
    homeCountry: file.homeCountry,
    homeBonus: file.homeBonus,
  };
}

const compiled: Record<Lang, Rules> = { nb: compile('nb', nbRules), en: compile('en', enRules) };

export function rulesFor(lang: Lang): Rules {
  return compiled[lang];
}
