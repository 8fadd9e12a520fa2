/**
 * Splits an article into paragraphs as the contract defines them: blank-line separated blocks in
 * file order, trailing whitespace removed, ids `p0`, `p1`, … A block is a heading when it is a
 * single short line that does not end a sentence ("Angrep ambassade").
 */
export interface RawParagraph {
  id: string;
  index: number;
  kind: 'heading' | 'body';
  text: string;
}

const HEADING_MAX_WORDS = 8;

export function splitParagraphs(text: string): RawParagraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+/, '').trimEnd())
    .filter((block) => block.length > 0)
    .map((block, index) => ({ id: `p${index}`, index, kind: classifyBlock(block), text: block }));
}

function classifyBlock(block: string): 'heading' | 'body' {
  const singleLine = !block.includes('\n');
  const words = block.trim().split(/\s+/).length;
  const endsSentence = /[.!?:;…»"”)]$/.test(block);
  return singleLine && words <= HEADING_MAX_WORDS && !endsSentence ? 'heading' : 'body';
}
