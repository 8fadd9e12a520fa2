/**
 * Finds where an article names its places. General code: it knows Norwegian (and English) word
 * shapes, not this article. For each place it is given the surface forms ("Russland",
 * "Brjansk fylke", "Sør-Asia") and finds them in the text with these rules:
 *
 * - whole words only: "Iran" is not found in "Iranske";
 * - a genitive -s or apostrophe is part of the mention: "Russlands", "Paris'";
 * - a compound that starts with the name is a mention of it: "Kaluga-regionen", "Washington-baserte";
 * - an elliptical pair names both places: in "Sør- og Sentral-Asia", "Sør-" names "Sør-Asia";
 * - a name followed by another capitalised word is part of a longer proper name and is left
 *   alone: "New York Times", "Washington Post";
 * - a name that is the tail of a hyphenated word is left alone: "russisk-Tadsjikistan";
 * - adjectives and demonyms are not surface forms, so "russiske" or "amerikanere" never match.
 *
 * Longer forms win where two overlap ("Brjansk fylke" before "Brjansk").
 */
export interface LinkablePlace {
  id: string;
  surfaceForms: string[];
}

export interface LinkableParagraph {
  id: string;
  text: string;
}

export interface FoundMention {
  id: string;
  paragraphId: string;
  start: number;
  end: number;
  text: string;
  placeId: string;
}

interface Span {
  start: number;
  end: number;
  placeId: string;
}

const LETTER = /[\p{L}\p{N}]/u;
const GENITIVE = /^(?:s|['’])(?![\p{L}\p{N}])/u;
const COMPOUND_TAIL = /^-\p{Ll}[\p{L}\p{N}]*/u;
const CAPITALISED_NEXT_WORD = /^ \p{Lu}\p{Ll}/u;
const ELLIPSIS = /(\p{Lu}[\p{L}]*)-(?=\s+(?:og|eller|and|or)\s+\p{Lu}[\p{L}]*-(\p{L}+))/gu;

export function linkMentions(paragraphs: LinkableParagraph[], places: LinkablePlace[]): FoundMention[] {
  const forms = surfaceFormIndex(places);
  return paragraphs.flatMap((paragraph) =>
    findSpans(paragraph.text, forms).map((span, k) => ({
      id: `${paragraph.id}-m${k}`,
      paragraphId: paragraph.id,
      start: span.start,
      end: span.end,
      text: paragraph.text.slice(span.start, span.end),
      placeId: span.placeId,
    })),
  );
}

function surfaceFormIndex(places: LinkablePlace[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const place of places) {
    for (const form of place.surfaceForms) {
      const owner = index.get(form);
      if (owner && owner !== place.id) {
        throw new Error(`surface form "${form}" belongs to both "${owner}" and "${place.id}"`);
      }
      index.set(form, place.id);
    }
  }
  return index;
}

function findSpans(text: string, forms: Map<string, string>): Span[] {
  const longestFirst = [...forms.keys()].sort((a, b) => b.length - a.length);
  const spans: Span[] = [];
  for (const form of longestFirst) {
    const placeId = forms.get(form)!;
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const span = spanAt(text, at, form, placeId);
      if (span && !spans.some((taken) => overlaps(taken, span))) spans.push(span);
    }
  }
  for (const span of ellipticalSpans(text, forms)) {
    if (!spans.some((taken) => overlaps(taken, span))) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function spanAt(text: string, start: number, form: string, placeId: string): Span | null {
  const before = text.slice(Math.max(0, start - 2), start);
  if (LETTER.test(before.slice(-1)) || /[\p{L}\p{N}]-$/u.test(before)) return null;

  let end = start + form.length;
  const rest = text.slice(end);
  const compound = COMPOUND_TAIL.exec(rest);
  const genitive = GENITIVE.exec(rest);
  if (compound) end += compound[0].length;
  else if (genitive) end += genitive[0].length;
  else if (LETTER.test(rest.charAt(0)) || /^-[\p{L}\p{N}]/u.test(rest)) return null;

  if (!compound && CAPITALISED_NEXT_WORD.test(text.slice(end))) return null;
  return { start, end, placeId };
}

function ellipticalSpans(text: string, forms: Map<string, string>): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(ELLIPSIS)) {
    const [written, head, tail] = match;
    const placeId = forms.get(`${head}-${tail}`);
    if (placeId && match.index !== undefined) {
      spans.push({ start: match.index, end: match.index + written.length, placeId });
    }
  }
  return spans;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
