// soi-so-extract [--format jsonl|csv|table] FILE...  — the extractor over saved articles, for researchers.
import { extract } from '../extractor/index.ts';
import { FORMATS, formatRows, type OutputFormat } from './format.ts';
import { InputError, readInput } from './read-input.ts';

const USAGE = 'usage: soi-so-extract [--format jsonl|csv|table] FILE...   (.txt or .html; UTF-8)';

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let format: OutputFormat = 'jsonl';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a === '-f') {
      const f = argv[++i];
      if (!f || !FORMATS.includes(f as OutputFormat)) {
        err.write(`soi-so-extract: --format takes one of ${FORMATS.join(', ')}\n${USAGE}\n`);
        return 2;
      }
      format = f as OutputFormat;
    } else if (a.startsWith('--format=')) {
      return main([...argv.slice(0, i), '--format', a.slice(9), ...argv.slice(i + 1)], out, err);
    } else if (a === '--help' || a === '-h') {
      out.write(USAGE + '\n');
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      err.write(`soi-so-extract: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else {
      files.push(a);
    }
  }
  if (!files.length) {
    err.write(USAGE + '\n');
    return 2;
  }
  let failed = 0;
  let first = true;
  for (const file of files) {
    try {
      const input = await readInput(file);
      const result = extract(input.text, { published: input.published, homeLocality: input.homeLocality });
      out.write(formatRows(result.figures.map((f) => ({ file, ...f })), format, first));
      first = false;
    } catch (e) {
      failed++;
      err.write(`soi-so-extract: ${file}: ${e instanceof InputError ? e.message : (e as Error).stack ?? String(e)}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** Runs as a shell command: `soi-so-extract … | head` closing the pipe early ends the run quietly, as other tools do,
 *  instead of a stack trace for an error the user did not make. */
export async function runFromShell(argv: string[]): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  process.exitCode = await main(argv);
}

const invokedDirectly = process.argv[1] && /cli[/\\]main\.ts$/.test(process.argv[1]);
if (invokedDirectly) void runFromShell(process.argv.slice(2));
