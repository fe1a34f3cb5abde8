// Job 3 of the post-build hook: the full data package as one download, data/time-in-cell-data.zip,
// holding every CSV and datapackage.json exactly as served, under a time-in-cell-data/ folder.
// Written with fflate (a maintained zip library); entries are stored, not deflated: the download is
// small and a compressing host compresses it anyway.
import { zipSync } from 'fflate';

/** Files that go into the zip: the data folder's CSV and JSON files, sorted by name. */
export function packageFiles(names) {
  return names.filter((f) => /\.(csv|json)$/.test(f)).sort();
}

// A fixed date keeps the zip byte-identical from build to build (the service worker's version and
// the deploy test depend on equal inputs giving equal outputs). 2016-11-01: the report's month.
const MTIME = new Date(Date.UTC(2016, 10, 1, 12));

/** The zip of `files` (`[[name, Buffer]]`), each under `folder/`. */
export function dataZip(files, folder = 'time-in-cell-data') {
  const entries = {};
  for (const [name, body] of files) entries[`${folder}/${name}`] = [new Uint8Array(body), { level: 0, mtime: MTIME }];
  return Buffer.from(zipSync(entries));
}
