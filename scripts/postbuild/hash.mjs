// Content hash used in file names and the service worker's version.
import { createHash } from 'node:crypto';

/** First 16 hex digits of the SHA-256 of `buf` (a Buffer, string, or array of them). */
export function hash(buf) {
  const h = createHash('sha256');
  for (const b of Array.isArray(buf) ? buf : [buf]) h.update(b);
  return h.digest('hex').slice(0, 16);
}
