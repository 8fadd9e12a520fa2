/**
 * Stage 1: the words of a text with their offsets (UTF-16, end exclusive). A word keeps its inner
 * hyphens and apostrophes ("Kaluga-regionen", "Russia's", "al-Assad") and a trailing hyphen
 * ("Sør-" in "Sør- og Sentral-Asia"); dotted abbreviations stay whole ("U.S.").
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** The first word of a sentence, a line or a quotation. */
  sentenceStart: boolean;
  /** First letter upper case. */
  capitalised: boolean;
  /** Only what lies between this word and the next: "" when the text ends. */
  gapAfter: string;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*(?:-(?=\s))?/gu;
const SENTENCE_END = /[.!?:;«»"“”()[\]•–—\n]\s*$|(?:^|[.!?:\n])\s*-\s*$/u;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const gap = text.slice(previousEnd, start);
    const previous = tokens[tokens.length - 1];
    if (previous) previous.gapAfter = gap;
    const sentenceStart = !previous || SENTENCE_END.test(gap);
    tokens.push({ start, end: start + word.length, text: word, sentenceStart, capitalised: /^\p{Lu}/u.test(word), gapAfter: '' });
    previousEnd = start + word.length;
  }
  const last = tokens[tokens.length - 1];
  if (last) last.gapAfter = text.slice(last.end);
  return tokens;
}

/** Upper case throughout and at least two letters: "IS", "USA", "NATO". */
export function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
