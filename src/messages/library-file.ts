// The library's export file: {format:'soi-so-library', version:1, exportedAt, articles, figures, corrections, settings}.
// Import validates a whole file against this before writing anything (record by record as the file arrives).
import * as v from 'valibot';
import { AnchorSchema, FigureSchema } from './contract.ts';

export const LIBRARY_FILE_FORMAT = 'soi-so-library';
export const LIBRARY_FILE_VERSION = 1;

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Time = v.pipe(v.number(), v.finite(), v.minValue(0));

export const StoredArticleSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(4096)),
  url: Text(4096),
  canonicalUrl: v.optional(Text(4096)),
  headline: v.optional(Text(1000)),
  site: Text(200),
  published: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  locality: v.optional(Text(120)),
  firstSeen: Time,
  lastSeen: Time,
  extractorVersion: Text(50),
});

export const StoredFigureSchema = v.strictObject({
  ...FigureSchema.entries,
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  articleId: v.pipe(v.string(), v.minLength(1), v.maxLength(4096)),
  seriesKey: Text(300),
  anchor: AnchorSchema,
  extractorVersion: Text(50),
  origin: v.picklist(['machine', 'manual']),
  corrected: v.optional(v.literal(true)),
  dismissed: v.optional(v.literal(true)),
});

export const StoredCorrectionSchema = v.strictObject({
  figureId: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  articleId: v.pipe(v.string(), v.minLength(1), v.maxLength(4096)),
  changes: v.partial(FigureSchema),
  dismissed: v.optional(v.boolean()),
  updatedAt: Time,
});

export const StoredSiteSettingSchema = v.strictObject({
  site: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  saving: v.boolean(),
  updatedAt: Time,
});

/** Checked first, so a foreign file is told apart from a broken Soi Số file. */
export const LibraryFileHeaderSchema = v.object({
  format: v.literal(LIBRARY_FILE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** The record lists of a file, in the order their problems are reported. */
export const LIBRARY_FILE_SECTIONS = {
  articles: StoredArticleSchema,
  figures: StoredFigureSchema,
  corrections: StoredCorrectionSchema,
  settings: StoredSiteSettingSchema,
} as const;
export type LibraryFileSection = keyof typeof LIBRARY_FILE_SECTIONS;

/** The top level of a file with its record lists left unchecked (they are checked record by record as they arrive). */
export const LibraryFileTopSchema = v.strictObject({
  format: v.literal(LIBRARY_FILE_FORMAT),
  version: v.literal(LIBRARY_FILE_VERSION),
  exportedAt: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
  articles: v.array(v.unknown()),
  figures: v.array(v.unknown()),
  corrections: v.array(v.unknown()),
  settings: v.array(v.unknown()),
});

export const LibraryFileSchema = v.strictObject({
  ...LibraryFileTopSchema.entries,
  articles: v.array(StoredArticleSchema),
  figures: v.array(StoredFigureSchema),
  corrections: v.array(StoredCorrectionSchema),
  settings: v.array(StoredSiteSettingSchema),
});

export type LibraryFile = v.InferOutput<typeof LibraryFileSchema>;
