/**
 * Cuts a paragraph's text at its mentions, so that a view can wrap each mention (a link, a mark)
 * and keep the rest as text. Mentions must not overlap; they may come in any order.
 */
export interface Segment<M> {
  text: string;
  mention?: M;
}

export function segmentText<M extends { start: number; end: number }>(text: string, mentions: readonly M[]): Segment<M>[] {
  const segments: Segment<M>[] = [];
  let at = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.start < at || mention.end > text.length) continue;
    if (mention.start > at) segments.push({ text: text.slice(at, mention.start) });
    segments.push({ text: text.slice(mention.start, mention.end), mention });
    at = mention.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
