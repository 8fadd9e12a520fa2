/** The version of an article folder: a SHA-256 of its files' names and bytes. Server-only. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** null when there is no folder. */
export function folderVersion(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isFile()) continue;
    hash.update(`${entry.name}\0`);
    hash.update(readFileSync(path.join(dir, entry.name)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
