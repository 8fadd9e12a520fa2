/**
 * The problems a DataError lists, each with its file and, where the problem is in a JSON file,
 * the line of the record or field it names ("places[3] (id "oslo") › name › nb").
 */
export interface LocatedProblem {
  file: string;
  line?: number;
  message: string;
}

const FILE = /^(.+?\.(?:json|geojson|txt|md))(?: \(line (\d+)\))?: ([\s\S]*)$/;
const STEP = String.raw`[A-Za-z_$][\w$-]*(?:\[\d+\](?: \(id "[^"]*"\))?)?`;
const PATH = new RegExp(String.raw`^(${STEP}(?: › ${STEP})*): `);

export function locateProblem(problem: string, readRaw: (file: string) => string | undefined): LocatedProblem {
  const match = FILE.exec(problem);
  if (!match) return { file: '', message: problem };
  const [, file, knownLine, message] = match as unknown as [string, string, string | undefined, string];
  if (knownLine) return { file, line: Number(knownLine), message };
  const raw = file.endsWith('json') ? readRaw(file) : undefined;
  if (raw === undefined) return { file, message };
  const path = PATH.exec(message)?.[1];
  const line = path ? lineOfPath(raw, parsePath(path)) : lineOfNamedId(raw, message);
  return line === undefined ? { file, message } : { file, line, message };
}

export function formatProblem({ file, line, message }: LocatedProblem): string {
  return file ? `${file}${line ? `:${line}` : ''}: ${message}` : message;
}

/** `events[2] (id "x") › date › start` → ['events', 2, 'date', 'start']. */
function parsePath(path: string): (string | number)[] {
  return path.split(' › ').flatMap((step) => {
    const [, key, index] = /^([^[ ]+)(?:\[(\d+)\])?/.exec(step) ?? [];
    return key === undefined ? [] : index === undefined ? [key] : [key, Number(index)];
  });
}

/** `id "x" is used twice` → its second record; `feature "x"`, `p7 is not …` → the record with that id. */
function lineOfNamedId(raw: string, message: string): number | undefined {
  const id = /(?:id|feature|place) "([^"]+)"/.exec(message)?.[1] ?? /^(p\d+) is not a paragraph/.exec(message)?.[1];
  if (!id) return undefined;
  const pattern = new RegExp(String.raw`"id"\s*:\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
  const offsets = [...raw.matchAll(pattern)].map((m) => m.index);
  const offset = /used twice/.test(message) ? offsets[1] : offsets[0];
  return offset === undefined ? undefined : lineAt(raw, offset);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The line where the value at `path` starts, or where its deepest existing parent starts (a
 * missing field is reported on the line of the record that lacks it). A small JSON scanner: it
 * only walks the objects and arrays on the way.
 */
export function lineOfPath(raw: string, path: (string | number)[]): number | undefined {
  let at = skipSpace(raw, 0);
  if (at >= raw.length) return undefined;
  let found = at;
  for (const key of path) {
    const next = childStart(raw, at, key);
    if (next === undefined) break;
    at = next;
    found = next;
  }
  return lineAt(raw, found);
}

function skipSpace(raw: string, at: number): number {
  while (at < raw.length && /\s/.test(raw[at]!)) at++;
  return at;
}

/** The end of the string that starts at `at` (its closing quote + 1). */
function stringEnd(raw: string, at: number): number {
  let i = at + 1;
  while (i < raw.length && raw[i] !== '"') i += raw[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The end of the value that starts at `at`. */
function valueEnd(raw: string, at: number): number {
  const c = raw[at];
  if (c === '"') return stringEnd(raw, at);
  if (c !== '{' && c !== '[') {
    let i = at;
    while (i < raw.length && !/[,}\]\s]/.test(raw[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (let i = at; i < raw.length; i++) {
    const d = raw[i];
    if (d === '"') i = stringEnd(raw, i) - 1;
    else if (d === '{' || d === '[') depth++;
    else if ((d === '}' || d === ']') && --depth === 0) return i + 1;
  }
  return raw.length;
}

function childStart(raw: string, at: number, key: string | number): number | undefined {
  const open = raw[at];
  if ((open === '[') !== (typeof key === 'number') || (open !== '[' && open !== '{')) return undefined;
  let i = skipSpace(raw, at + 1);
  for (let index = 0; i < raw.length && raw[i] !== '}' && raw[i] !== ']'; index++) {
    let name: string | undefined;
    if (open === '{') {
      const end = stringEnd(raw, i);
      name = JSON.parse(raw.slice(i, end)) as string;
      i = skipSpace(raw, skipSpace(raw, end) + 1);
    }
    if ((open === '{' && name === key) || (open === '[' && index === key)) return i;
    i = skipSpace(raw, valueEnd(raw, i));
    if (raw[i] === ',') i = skipSpace(raw, i + 1);
  }
  return undefined;
}
