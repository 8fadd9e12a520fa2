import type { z } from 'zod';

/** A data file that is wrong. The message names the file, the feature or line, and what is wrong. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid article data:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'DataError';
  }
}

export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? '' : ` (line ${lineOf(text, Number(position))})`;
    throw new DataError([`${file}${where}: not valid JSON: ${message}`]);
  }
}

export function validateFile<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new DataError(result.error.issues.map((issue) => `${file}: ${describePath(data, issue.path)}: ${issue.message}`));
}

/** `places[4] (id "bryansk") › surfaceForms`: the record is named by its id where it has one. */
export function describePath(data: unknown, path: PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      parts[parts.length - 1] += `[${key}]${typeof id === 'string' ? ` (id "${id}")` : ''}`;
    } else {
      parts.push(String(key));
    }
  }
  return parts.join(' › ');
}

function lineOf(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}
