export * from './types';
export { splitParagraphs } from './paragraphs';
export { linkMentions } from './linker';
export { assembleArticle } from './assemble';
export { DataError } from './dataError';
export * from './views';
