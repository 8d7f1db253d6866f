// Reads a library file that arrives in pieces (a port transfer) or whole (import-json), checking every record as
// it arrives, so the worker holds the checked records but never the file's text. finish() says what is wrong, in
// the order a person would want to hear it: not JSON, not a Soi Số file, a newer version, then the first bad record.
import * as v from 'valibot';
import {
  LibraryFileHeaderSchema, LibraryFileTopSchema, LIBRARY_FILE_SECTIONS, LIBRARY_FILE_VERSION,
  type LibraryFile, type LibraryFileSection,
} from '../../messages/library-file.ts';
import { seriesKeyOf } from '../../messages/series-key.ts';
import { LibraryError } from '../db/errors.ts';
import { JsonMemberScanner, type MemberHandler } from './json-member-scanner.ts';

function invalid(msg: string): LibraryError {
  return new LibraryError('invalid', `This file cannot be imported: ${msg} Nothing was changed.`);
}

const isSection = (key: string): key is LibraryFileSection => Object.hasOwn(LIBRARY_FILE_SECTIONS, key);

function issueText(issue: v.BaseIssue<unknown> | undefined, prefix: string): string {
  const path = issue ? v.getDotPath(issue) : null;
  const where = path ? `${prefix}${prefix ? '.' : ''}${path}` : prefix;
  return `${where ? `at ${where}: ` : ''}${issue?.message ?? 'unexpected content'}.`;
}

export class LibraryFileReader implements MemberHandler {
  private readonly scanner = new JsonMemberScanner(this);
  /** Top-level members other than record lists (a Map: a member named __proto__ must stay a member). */
  private readonly top = new Map<string, unknown>();
  private readonly records: { [K in LibraryFileSection]: LibraryFile[K] } = { articles: [], figures: [], corrections: [], settings: [] };
  private repeated: string | undefined;
  /** The first record that failed its check; later records are only scanned (the import fails anyway). */
  private badRecord: string | undefined;
  private syntaxError = false;

  /** Never throws: a broken file is reported by finish(), after the whole of it is known to be JSON or not. */
  push(piece: string): void {
    if (this.syntaxError) return;
    try {
      this.scanner.push(piece);
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      this.syntaxError = true;
    }
  }

  /** True once the text can no longer become JSON (a transfer may stop early). */
  get broken(): boolean {
    return this.syntaxError;
  }

  member(key: string, value: unknown): void {
    this.note(key);
    this.top.set(key, value);
  }

  arrayStart(key: string): void {
    this.note(key);
    this.top.set(key, []);
  }

  element(key: string, index: number, value: unknown): void {
    if (!isSection(key) || this.badRecord !== undefined) return;
    const parsed = v.safeParse(LIBRARY_FILE_SECTIONS[key], value);
    if (parsed.success) (this.records[key] as unknown[]).push(parsed.output);
    else {
      this.badRecord = issueText(parsed.issues[0], `${key}.${index}`);
      for (const k of Object.keys(this.records) as LibraryFileSection[]) this.records[k] = [];
    }
  }

  private note(key: string): void {
    if (this.top.has(key)) this.repeated ??= key;
  }

  /** The checked file; throws a LibraryError that says what is wrong. */
  finish(): LibraryFile {
    let whole: ReturnType<JsonMemberScanner['finish']>;
    try {
      if (this.syntaxError) throw new SyntaxError('not JSON');
      whole = this.scanner.finish();
    } catch {
      throw invalid('it is not a JSON file.');
    }
    const top = whole.object ? Object.fromEntries(this.top) : whole.value;
    const header = v.safeParse(LibraryFileHeaderSchema, top);
    if (!header.success) throw invalid('it is not a Soi Số library export.');
    if (header.output.version > LIBRARY_FILE_VERSION) {
      throw invalid(`it was made by a newer version of Soi Số (file version ${header.output.version}); update the extension first.`);
    }
    if (this.repeated !== undefined) throw invalid(`the member "${this.repeated.slice(0, 60)}" appears twice.`);
    const checked = v.safeParse(LibraryFileTopSchema, top);
    if (!checked.success) throw invalid(issueText(checked.issues[0], ''));
    if (this.badRecord !== undefined) throw invalid(this.badRecord);
    const file: LibraryFile = { ...checked.output, ...this.records };
    checkConsistency(file);
    return file;
  }
}

function duplicates(keys: string[], what: string): void {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) throw invalid(`${what} ${k.slice(0, 120)} appears twice.`);
    seen.add(k);
  }
}

/** What a schema cannot say: unique keys, figures and corrections of articles in the file, ids and series keys. */
function checkConsistency(file: LibraryFile): void {
  duplicates(file.articles.map((a) => a.id), 'Article');
  duplicates(file.figures.map((f) => f.id), 'Figure');
  duplicates(file.corrections.map((c) => c.figureId), 'Correction for figure');
  duplicates(file.settings.map((s) => s.site), 'Setting for site');
  const articleIds = new Set(file.articles.map((a) => a.id));
  for (const f of file.figures) {
    if (!articleIds.has(f.articleId)) throw invalid(`figure ${f.id} belongs to an article that is not in the file.`);
    if (!f.id.startsWith(f.origin === 'manual' ? 'm' : 'f')) throw invalid(`figure ${f.id} has an id that does not match its origin.`);
    if (f.seriesKey !== seriesKeyOf(f)) throw invalid(`figure ${f.id} has a series key that does not match its indicator and locality.`);
  }
  for (const c of file.corrections) {
    if (!articleIds.has(c.articleId)) throw invalid(`the correction of figure ${c.figureId} belongs to an article that is not in the file.`);
  }
}

/** Parses and checks a whole library file's text. */
export function parseLibraryFile(text: string): LibraryFile {
  const reader = new LibraryFileReader();
  reader.push(text);
  return reader.finish();
}
