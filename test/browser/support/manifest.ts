// Reads a built manifest, failing with the build command when the build is missing.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltManifest {
  name: string;
  version: string;
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { matches?: string[]; js?: string[] }[];
  [key: string]: unknown;
}

export function readBuiltManifest(dist: string): BuiltManifest {
  const file = join(dist, 'manifest.json');
  if (!existsSync(file)) {
    const command = dist.replace(/\/$/, '').endsWith('dist-firefox') ? 'npm run build:firefox' : 'npm run build';
    throw new Error(`No built extension at ${dist} (manifest.json missing). Run \`${command}\` first; browser tests test the build, never the dev server.`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}
