// Job 2 of the post-build hook: the data the bundles fetch, encoded at build time by the native
// binary (`time-in-cell encode-data DIR`, survey::data::codec) from the same CSV files the build
// serves for download: data/tables-<hash>.bin (what every page starts from), one
// data/<part>-<hash>.bin per part of the report's text (figures, endnotes, errata, reforms, smi,
// later: each page fetches those it renders with, survey::url::Page::text_parts) and
// data/notes-<hash>.bin (the endnotes' texts, fetched when a reader opens one). Named by a hash of
// the data and of the code that reads it, so every bundle fetches the same files and a host or the
// service worker may cache them forever.
import { execFileSync } from 'node:child_process';

/** The parts of the report's text, a file each (survey::data::parts::Part). */
export const PARTS = ['figures', 'figures-facilities', 'figures-stay', 'figures-sex', 'figures-composition',
  'figures-smi', 'figures-pregnancy', 'figures-reforms', 'endnotes', 'errata', 'reforms', 'smi', 'later'];

/** Writes the files under `dir/data/`; returns their paths below `dir`, `{ tables, notes, parts }`. */
export function encodeData(dir) {
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'time-in-cell', '--', 'encode-data', dir], { encoding: 'utf8' });
  return dataFileNames(out);
}

/** Reads and checks the binary's answer (`{"tables":"data/tables-<hash>.bin","notes":…,"parts":{"figures":…}}`). */
export function dataFileNames(out) {
  const names = JSON.parse(out.trim());
  const ok = (kind, name) => new RegExp(`^data/${kind}-[0-9a-f]{16}\\.bin$`).test(name ?? '');
  const parts = names.parts ?? {};
  if (!ok('tables', names.tables) || !ok('notes', names.notes) || Object.keys(parts).length !== PARTS.length
    || !PARTS.every((p) => ok(p, parts[p]))) {
    throw new Error(`unexpected data file names: ${out}`);
  }
  return { tables: names.tables, notes: names.notes, parts: Object.fromEntries(PARTS.map((p) => [p, parts[p]])) };
}

/** Every data file the app fetches: the tables, the parts, the notes. */
export function allDataFiles(data) {
  return [data.tables, ...Object.values(data.parts), data.notes];
}
