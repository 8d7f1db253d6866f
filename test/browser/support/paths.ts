// Where the built extension and the fixtures live, from the repo root.
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Chrome build (`npm run build`). */
export const DIST = `${ROOT}dist`;
/** Firefox build (`npm run build:firefox`). */
export const DIST_FIREFOX = `${ROOT}dist-firefox`;
/** Shared fixture pages. */
export const FIXTURES = `${ROOT}test/fixtures`;
