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

/** A caret in the review's text, for selecting words by keyboard: where the selection started and where it is now. */
export interface Caret {
  paragraphId: string;
  anchor: number;
  focus: number;
}

const WORD_AHEAD = /^[^\p{L}\p{N}]*[\p{L}\p{N}]+/u;
const WORD_BEHIND = /[\p{L}\p{N}]+[^\p{L}\p{N}]*$/u;

/**
 * The caret after a key, as a text field moves it: ←/→ a character (with Ctrl a word), Home/End the
 * paragraph's ends, ↑/↓ the paragraph before or after; with Shift the selection grows from its
 * anchor (within one paragraph, as a mention or a quote is). Null for a key that is not the caret's.
 * The caret starts at the beginning of the text.
 */
export function stepCaret(paragraphs: { id: string; text: string }[], caret: Caret | null, key: { key: string; shiftKey: boolean; ctrlKey: boolean }): Caret | null {
  const index = Math.max(0, paragraphs.findIndex((p) => p.id === caret?.paragraphId));
  const paragraph = paragraphs[index];
  if (!paragraph) return null;
  const at = caret?.paragraphId === paragraph.id ? caret.focus : 0;
  const text = paragraph.text;
  const moved = (focus: number): Caret => ({ paragraphId: paragraph.id, anchor: key.shiftKey && caret ? caret.anchor : focus, focus });
  const toParagraph = (other: { id: string } | undefined): Caret => (other ? { paragraphId: other.id, anchor: 0, focus: 0 } : moved(at));
  switch (key.key) {
    case 'ArrowRight':
      return moved(key.ctrlKey ? at + (text.slice(at).match(WORD_AHEAD)?.[0].length ?? text.length - at) : Math.min(text.length, at + 1));
    case 'ArrowLeft':
      return moved(key.ctrlKey ? at - (text.slice(0, at).match(WORD_BEHIND)?.[0].length ?? at) : Math.max(0, at - 1));
    case 'Home':
      return moved(0);
    case 'End':
      return moved(text.length);
    case 'ArrowDown':
      return toParagraph(paragraphs[index + 1]);
    case 'ArrowUp':
      return toParagraph(paragraphs[index - 1]);
    default:
      return null;
  }
}

/** The words between a caret's anchor and focus, without the spaces around them; null when there are none. */
export function spanOfCaret(paragraphs: { id: string; text: string }[], caret: Caret): Span | null {
  const paragraph = paragraphs.find((p) => p.id === caret.paragraphId);
  if (!paragraph) return null;
  const raw = paragraph.text.slice(Math.min(caret.anchor, caret.focus), Math.max(caret.anchor, caret.focus));
  const start = Math.min(caret.anchor, caret.focus) + (raw.length - raw.trimStart().length);
  const text = raw.trim();
  return text ? { paragraphId: paragraph.id, start, end: start + text.length, text } : null;
}

/** Shows a caret's selection as the page's selection, so that it is highlighted as a mouse's would be. */
export function showCaret(container: HTMLElement, caret: Caret): void {
  const paragraph = container.querySelector<HTMLElement>(`[data-paragraph-id="${caret.paragraphId}"]`);
  const selection = window.getSelection();
  if (!paragraph || !selection) return;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; at: number }[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, at: length });
    length += node.textContent?.length ?? 0;
  }
  const locate = (offset: number): [Node, number] => {
    const hit = [...nodes].reverse().find((n) => n.at <= offset);
    return hit ? [hit.node, Math.min(offset - hit.at, hit.node.length)] : [paragraph, 0];
  };
  selection.setBaseAndExtent(...locate(caret.anchor), ...locate(caret.focus));
}
