import type { Span } from './apiTypes';

/**
 * The words a person selected inside one paragraph of the review (`[data-paragraph-id]`), as
 * offsets into the paragraph's text: the text shown is the paragraph's text, marks included, so
 * the quote or mention is verbatim by construction. Null for a selection across paragraphs.
 */
export function selectedSpan(paragraphs: { id: string; text: string }[]): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const element = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-paragraph-id]');
  const paragraphElement = element(range.startContainer);
  if (!paragraphElement || paragraphElement !== element(range.endContainer)) return null;
  const paragraph = paragraphs.find((p) => p.id === paragraphElement.dataset.paragraphId);
  if (!paragraph) return null;
  const before = document.createRange();
  before.setStart(paragraphElement, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const rawStart = before.toString().length;
  const raw = range.toString();
  const start = rawStart + (raw.length - raw.trimStart().length);
  const end = rawStart + raw.trimEnd().length;
  if (end <= start || paragraph.text.slice(start, end) !== raw.trim()) return null;
  return { paragraphId: paragraph.id, start, end, text: raw.trim() };
}

/** The first place of some words in a paragraph, for people who choose them by keyboard. */
export function spanOfWords(paragraph: { id: string; text: string }, words: string): Span | null {
  const text = words.trim();
  const start = text ? paragraph.text.indexOf(text) : -1;
  return start < 0 ? null : { paragraphId: paragraph.id, start, end: start + text.length, text };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place the same words stand as whole words (not inside "Flåmsbana" for "Flåm"), in text order. */
export function occurrencesOf(paragraphs: { id: string; text: string }[], words: string): Span[] {
  const text = words.trim();
  if (!text) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(text)}(?![\\p{L}\\p{N}])`, 'gu');
  return paragraphs.flatMap((p) => [...p.text.matchAll(pattern)].map((m) => ({ paragraphId: p.id, start: m.index, end: m.index + text.length, text })));
}
