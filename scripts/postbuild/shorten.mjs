// Short import names for a wasm-bindgen bundle. wasm-bindgen names each import after the Rust
// binding and a 16-digit hash (`__wbg_set_title_7c9f7c08b10ea16a`) and puts every import under the
// module `./<name>_bg.js`; each name is written twice, in the WASM's import section and as a key
// of the glue's imports object, and the hashes do not compress. Renamed to `a`, `b`, …, `aa`, …
// in both (and the module to `m`): about 3 kB of brotli per bundle (scripts/size-check.mjs).
//
// Only the names change: the import section keeps its order and kinds, so no function index
// moves, and nothing else of the WASM is touched. Strict: a name that is not a key of the glue's
// imports object exactly once, or a WASM it cannot read, stops the build instead of shipping a
// bundle whose imports do not resolve.

const IMPORT_SECTION = 2;

function readU32(buf, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= buf.length) throw new Error('shorten: LEB128 runs past the end');
    const byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, at];
    shift += 7;
    if (shift > 35) throw new Error('shorten: LEB128 too long');
  }
}

function u32(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

function name(s) {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([u32(b.length), b]);
}

// Skips an import's description (function, table, memory, global or tag) and returns its bytes.
function importDesc(buf, at) {
  const start = at;
  const kind = buf[at++];
  const limits = () => {
    const flags = buf[at++];
    [, at] = readU32(buf, at);
    if (flags & 1) [, at] = readU32(buf, at);
  };
  switch (kind) {
    case 0: [, at] = readU32(buf, at); break; // function: type index
    case 1: at++; limits(); break; // table: element type, limits
    case 2: limits(); break; // memory
    case 3: at += 2; break; // global: value type, mutability
    case 4: at++; [, at] = readU32(buf, at); break; // tag: attribute, type index
    default: throw new Error(`shorten: unknown import kind ${kind}`);
  }
  return [buf.subarray(start, at), at];
}

/** The n-th short name: a … z, A … Z, then two letters, and so on. */
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = letters[n % letters.length] + s;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return s;
}

/** The imports of a WASM module, in order: { module, field }. */
export function wasmImports(wasm) {
  return parse(wasm).imports.map(({ module, field }) => ({ module, field }));
}

function parse(wasm) {
  if (wasm.readUInt32LE(0) !== 0x6d736100 || wasm.readUInt32LE(4) !== 1) throw new Error('shorten: not a WASM module');
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readU32(wasm, at + 1);
    if (id === IMPORT_SECTION) {
      let p = body;
      let count;
      [count, p] = readU32(wasm, p);
      const imports = [];
      for (let i = 0; i < count; i++) {
        let len;
        [len, p] = readU32(wasm, p);
        const module = wasm.toString('utf8', p, p + len);
        p += len;
        [len, p] = readU32(wasm, p);
        const field = wasm.toString('utf8', p, p + len);
        p += len;
        let desc;
        [desc, p] = importDesc(wasm, p);
        imports.push({ module, field, desc });
      }
      if (p !== body + size) throw new Error('shorten: the import section has bytes after its imports');
      return { imports, start: at, end: body + size };
    }
    at = body + size;
  }
  return { imports: [], start: at, end: at };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `{ js, wasm }` with every import renamed in both. */
export function shortenImports(js, wasm) {
  const { imports, start, end } = parse(wasm);
  if (!imports.length) return { js, wasm };
  const modules = [...new Set(imports.map((i) => i.module))];
  const moduleName = new Map(modules.map((m, i) => [m, i ? `m${i}` : 'm']));
  for (const [from, to] of moduleName) {
    const key = new RegExp(`(["'])${escape(from)}\\1(\\s*:)`, 'g');
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`shorten: the glue names module ${from} ${found} times, not once`);
    js = js.replace(key, `"${to}"$2`);
  }
  const fieldName = new Map();
  let n = 0;
  for (const { field } of imports) if (!fieldName.has(field)) fieldName.set(field, shortName(n++));
  for (const [from, to] of fieldName) {
    const key = new RegExp(`(?<![\\w$])${escape(from)}(?=\\s*:)`, 'g');
    const found = js.match(key)?.length ?? 0;
    const anywhere = js.match(new RegExp(`(?<![\\w$])${escape(from)}(?![\\w$])`, 'g'))?.length ?? 0;
    if (found !== 1 || anywhere !== 1) throw new Error(`shorten: the glue has import ${from} as a key ${found} times and as a word ${anywhere} times, not once each`);
    js = js.replace(key, to);
  }
  const entries = imports.map((i) => Buffer.concat([name(moduleName.get(i.module)), name(fieldName.get(i.field)), i.desc]));
  const payload = Buffer.concat([u32(imports.length), ...entries]);
  const section = Buffer.concat([Buffer.from([IMPORT_SECTION]), u32(payload.length), payload]);
  return { js, wasm: Buffer.concat([wasm.subarray(0, start), section, wasm.subarray(end)]) };
}

/**
 * A release bundle as it is shipped: imports renamed (above), then the glue minified (terser:
 * whitespace, comments and local names; the glue's exports and the imports object's keys stay).
 * Returns `{ js: Buffer, wasm: Buffer }`.
 */
export async function finishBundle(js, wasm) {
  const short = shortenImports(js.toString('utf8'), wasm);
  return { js: Buffer.from(await minifyModule(short.js)), wasm: short.wasm };
}

/** An ES module's code minified (terser); its exports keep their names. */
export async function minifyModule(code) {
  const { minify } = await import('terser');
  const min = await minify(code, { module: true, compress: true, mangle: true, format: { comments: false } });
  if (!min.code) throw new Error('shorten: terser returned no code');
  return min.code;
}
