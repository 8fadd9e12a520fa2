/**
 * The story file an editor hands in, checked and turned into the article's plain text: blank-line
 * separated paragraphs, as data/articles/{id}/article.{lang}.txt holds them.
 */
import { splitParagraphs } from '../article/paragraphs';

/** A text of 1 MB or more is refused. */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** A story file that cannot become an article; the message says why, for the editor. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The file's bytes as text, or an InputError: empty, too large, binary or not UTF-8. */
export function decodeStory(bytes: Uint8Array, name: string): string {
  if (bytes.length >= MAX_TEXT_BYTES) {
    throw new InputError(`${name} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a story must be under 1 MB`);
  }
  if (bytes.includes(0)) throw new InputError(`${name} is a binary file (it holds NUL bytes), not a text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not UTF-8 text`);
  }
  const control = text.match(/[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (control > Math.max(2, text.length * 0.01)) throw new InputError(`${name} looks binary: ${control} control characters`);
  if (text.trim() === '') throw new InputError(`${name} is empty`);
  return text.replace(/^\ufeff/, '');
}

/** Markdown → plain paragraphs: headings, emphasis, links, lists and code marks removed. */
export function markdownToText(markdown: string): string {
  const blocks = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\n[ \t]*\n/);
  return blocks
    .flatMap((block) => {
      const lines = block.split('\n').filter((line) => !/^\s*(?:[-*_]\s*){3,}$/.test(line) && !/^\s*(?:=+|-+)\s*$/.test(line));
      const items = lines.some((line) => /^\s*(?:[-*+]|\d+[.)])\s+/.test(line));
      const cleaned = lines.map((line) => inline(line.replace(/^\s*>\s?/, '').replace(/^\s*#{1,6}\s+/, '').replace(/\s+#+\s*$/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')));
      // A list's items are paragraphs of their own; other soft-wrapped lines make one paragraph.
      return items ? cleaned : [cleaned.join(' ')];
    })
    .map((paragraph) => paragraph.replace(/[ \t]+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function inline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?![\w*])/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/** The article text as stored: the paragraphs the build will find, one blank line apart. */
export function storyText(text: string, format: 'txt' | 'md'): string {
  const plain = format === 'md' ? markdownToText(text) : text;
  const paragraphs = splitParagraphs(plain).map((p) => p.text.replace(/^[ \t]+/gm, ''));
  return paragraphs.length ? `${paragraphs.join('\n\n')}\n` : '';
}
