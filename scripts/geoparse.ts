// npm run --silent geoparse -- --lang nb|en [--jsonl]
// Without --jsonl: one text on stdin → {"mentions":[…]} on stdout. With --jsonl: one {"id","text"}
// per line → one {"id","mentions"} per line in the same order; a bad line → {"id","error"}.
// Exit status 0 unless stdin cannot be read (see the contract, "The geoparser").
import { readFileSync } from 'node:fs';
import { geoparse, type Lang } from '../app/_lib/geoparse';
import { loadGazetteer } from '../app/_lib/geoparse/load';

function parseArgs(argv: string[]): { lang: Lang; jsonl: boolean } {
  let lang: Lang | undefined;
  let jsonl = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--lang' && (argv[i + 1] === 'nb' || argv[i + 1] === 'en')) lang = argv[++i] as Lang;
    else if (arg === '--lang=nb' || arg === '--lang=en') lang = arg.slice(7) as Lang;
    else throw new Error(`unknown argument ${arg ?? ''}: use --lang nb|en [--jsonl]`);
  }
  if (!lang) throw new Error('--lang nb|en is required');
  return { lang, jsonl };
}

function lineResult(line: string, index: number, lang: Lang, gazetteer: ReturnType<typeof loadGazetteer>): object {
  let id: unknown = null;
  try {
    const input = JSON.parse(line) as unknown;
    if (typeof input !== 'object' || input === null) throw new Error('a line must be a JSON object {"id","text"}');
    id = 'id' in input ? (input as { id: unknown }).id : null;
    const text = (input as { text?: unknown }).text;
    if (typeof text !== 'string') throw new Error('"text" must be a string');
    return { id, mentions: geoparse(text, lang, gazetteer) };
  } catch (error) {
    return { id: id ?? `line ${index + 1}`, error: error instanceof Error ? error.message : String(error) };
  }
}

function main(): number {
  let options: { lang: Lang; jsonl: boolean };
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  }
  let input: string;
  try {
    input = readFileSync(0, 'utf8');
  } catch (error) {
    console.error(`could not read stdin: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const gazetteer = loadGazetteer();
  if (!options.jsonl) {
    process.stdout.write(`${JSON.stringify({ mentions: geoparse(input, options.lang, gazetteer) })}\n`);
    return 0;
  }
  const out: string[] = [];
  input.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    out.push(JSON.stringify(lineResult(line, index, options.lang, gazetteer)));
  });
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
  return 0;
}

process.exitCode = main();
