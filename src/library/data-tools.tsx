// Export (CSV, JSON), import and clear-all. Import shows the background's reason when a file is refused;
// clearing asks first.
import type { Dictionary } from '../shared/i18n.ts';
import type { LibraryEnv } from './library-env.ts';

interface Props {
  env: LibraryEnv;
  t: Dictionary;
  onChanged(): void;
  onStatus(s: { text: string; error?: boolean }): void;
}

export function DataTools({ env, t, onChanged, onStatus }: Props) {
  const L = t.library;
  async function exportAs(kind: 'json' | 'csv') {
    const r = await env.exportLibrary(kind);
    if (!r.ok) return onStatus({ text: t.error(r.error), error: true });
    env.download(r.data.blob, r.data.filename);
  }
  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // The file goes to the background as a stream: a library past the 64 MiB message cap imports too.
    const r = await env.importLibrary(file);
    if (!r.ok) return onStatus({ text: L.importFailed(r.error), error: true });
    onStatus({ text: L.imported });
    onChanged();
  }
  async function clearAll() {
    if (!env.confirm(L.confirmClearAll)) return;
    const r = await env.send({ type: 'clear-all', confirm: true });
    if (!r.ok) return onStatus({ text: t.error(r.error), error: true });
    onStatus({ text: L.cleared });
    onChanged();
  }
  return (
    <div class="tools">
      <button type="button" onClick={() => void exportAs('csv')}>{L.exportCsv}</button>
      <button type="button" onClick={() => void exportAs('json')}>{L.exportJson}</button>
      <label class="file-button">
        <input type="file" accept="application/json,.json" class="visually-hidden"
          onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
        <span>{L.import}</span>
      </label>
      <button type="button" class="danger" onClick={() => void clearAll()}>{L.clearAll}</button>
    </div>
  );
}
