/**
 * The story an editor hands the studio, as the article's plain text: an uploaded .txt, .md or
 * .docx (Word, read by mammoth) or a pasted text. Every refusal is an InputError saying why.
 */
import mammoth from 'mammoth';
import { decodeStory, InputError, MAX_TEXT_BYTES, storyText } from '../authoring/text';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The text as paragraphs, checked: not empty once they are made. */
function finished(text: string, name: string, format: 'txt' | 'md' = 'txt'): string {
  const story = storyText(text, format);
  if (story.trim() === '') throw new InputError(`${name} has no text`);
  return story;
}

export function pastedStory(text: string): string {
  return finished(decodeStory(new TextEncoder().encode(text), 'the pasted text'), 'the pasted text');
}

export async function uploadedStory(bytes: Uint8Array, fileName: string): Promise<string> {
  const name = fileName.replace(/[^\p{L}\p{N} ._-]/gu, '').slice(0, 80) || 'the file';
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'docx') return finished(await wordText(bytes, name), name);
  if (extension === 'md' || extension === 'markdown') return finished(decodeStory(bytes, name), name, 'md');
  if (extension === 'txt' || extension === undefined) return finished(decodeStory(bytes, name), name);
  throw new InputError(`${name} is a .${extension} file: the studio reads .txt, .md and .docx`);
}

async function wordText(bytes: Uint8Array, name: string): Promise<string> {
  const notWord = new InputError(`${name} is not a Word document (.docx): save it from Word or Google Docs as .docx, or paste the text`);
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) throw notWord;
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw notWord;
  }
  if (Buffer.byteLength(text) >= MAX_TEXT_BYTES) throw new InputError(`the text of ${name} is 1 MB or more; a story must be under 1 MB`);
  // mammoth ends each Word paragraph with a blank line: a paragraph of the article.
  return text;
}
