// Job 2 of the post-build hook: the data the bundles fetch, encoded at build time by the native
// binary (`time-in-cell encode-data DIR`, survey::data::codec) from the same CSV files the build
// serves for download: data/tables-<hash>.bin (what every page starts from),
// data/text-<hash>.bin (the report's text, which the other pages render with) and
// data/notes-<hash>.bin (the endnotes' texts, fetched when a reader opens one). Named by a hash of the data and of the code that reads
// it, so every bundle fetches the same files and a host or the service worker may cache them forever.
import { execFileSync } from 'node:child_process';

/** Writes the files under `dir/data/`; returns their paths below `dir`, `{ tables, text, notes }`. */
export function encodeData(dir) {
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'time-in-cell', '--', 'encode-data', dir], { encoding: 'utf8' });
  return dataFileNames(out);
}

/** Reads and checks the binary's answer (`{"tables":"data/tables-<hash>.bin","text":…,"notes":…}`). */
export function dataFileNames(out) {
  const names = JSON.parse(out.trim());
  for (const kind of ['tables', 'text', 'notes']) {
    if (!new RegExp(`^data/${kind}-[0-9a-f]{16}\\.bin$`).test(names[kind] ?? '')) throw new Error(`unexpected data file names: ${out}`);
  }
  return { tables: names.tables, text: names.text, notes: names.notes };
}
