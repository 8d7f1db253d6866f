#!/usr/bin/env node
// Sizes of the built bundles, per context: what each one loads, raw and gzip (level 9, file by file, as a store or
// browser cache would hold it). Shared chunks count in every context that loads them.
//
//   npm run build && node bench/bundle-size.mjs [dist]
import { readFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'manifest.json'))) {
  console.error(`No build in ${dist}/. Run \`npm run build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const localised = (value) => {
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!key || !manifest.default_locale) return value;
  const messages = JSON.parse(readFileSync(join(dist, '_locales', manifest.default_locale, 'messages.json'), 'utf8'));
  return messages[key]?.message ?? value;
};

/** Files a JS module or an HTML page pulls in (relative imports, scripts, stylesheets), transitively. */
function closure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = posix.normalize(queue.shift());
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    const base = posix.dirname(file);
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)].map((m) => m[1])
      : file.endsWith('.js')
        ? [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]/g)].map((m) => m[1])
        : [];
    for (const ref of refs) {
      if (/^[a-z]+:/i.test(ref)) continue;
      queue.push(ref.startsWith('/') ? ref.slice(1) : posix.join(base, ref));
    }
  }
  return [...seen];
}

function measure(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
const bundles = [
  // With the page code it imports at once (since session 19 the content script is a loader: src/page/main.ts).
  ['content script (first visit: loader, page code, CSS)', [...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]), ...webAccessible().filter((f) => f.endsWith('/app.js'))]],
  ['background', background ? [background] : []],
  ['popup', manifest.action?.default_popup ? [manifest.action.default_popup] : []],
  ['library page', [manifest.options_ui?.page ?? manifest.options_page].filter(Boolean)],
  // What the content script imports later: the hover card's module, on the first hover or focus of a figure, and the
  // later module (src/page/later-module.ts), on the first save's reply or notice to act on, or message from the popup
  // or a keyboard command.
  ['card (web-accessible, first hover)', webAccessible().filter((f) => f.endsWith('/card.js'))],
  ['later module (web-accessible, on need)', webAccessible().filter((f) => f.endsWith('/later.js'))],
];

function webAccessible() {
  return (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []).filter((f) => f.endsWith('.js'));
}

const kB = (n) => (n / 1024).toFixed(1);
console.log(`Bundle sizes of ${dist}/ (${localised(manifest.name)} ${manifest.version}); kB = 1024 bytes\n`);
console.log('| bundle | files | raw kB | gzip kB |');
console.log('|---|---:|---:|---:|');
for (const [name, entries] of bundles) {
  const files = closure(entries);
  const { raw, gzip } = measure(files);
  console.log(`| ${name} | ${files.length} | ${kB(raw)} | ${kB(gzip)} |`);
}
const all = measure(closure([...bundles.flatMap(([, e]) => e)]));
console.log(`| all of the above (shared chunks once) | | ${kB(all.raw)} | ${kB(all.gzip)} |`);
