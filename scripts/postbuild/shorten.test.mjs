// Tests of the import renaming (shorten.mjs) on hand-made modules: node --test scripts/postbuild/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortenImports, shortName, wasmImports, finishBundle } from './shorten.mjs';

const u32 = (n) => { const o = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; o.push(b); } while (n); return o; };
const str = (s) => [...u32(Buffer.byteLength(s)), ...Buffer.from(s)];
const section = (id, bytes) => [id, ...u32(bytes.length), ...bytes];

// A module importing two functions of type () -> i32, a memory and a mutable i32 global from
// `./page_bg.js`, and exporting a function that calls the second import.
function module(fields = ['__wbg_now_463ac581d2fc7ea3', '__wbg_random_0123456789abcdef']) {
  const types = section(1, [1, 0x60, 0, 1, 0x7f]);
  const imports = section(2, [4,
    ...str('./page_bg.js'), ...str(fields[0]), 0, 0,
    ...str('./page_bg.js'), ...str(fields[1]), 0, 0,
    ...str('./page_bg.js'), ...str('memory'), 2, 1, 1, 2,
    ...str('./page_bg.js'), ...str('counter'), 3, 0x7f, 1]);
  const funcs = section(3, [1, 0]);
  const exports = section(7, [1, ...str('second'), 0, 2]);
  const code = section(10, [1, 4, 0, 0x10, 1, 0x0b]);
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...imports, ...funcs, ...exports, ...code]);
}

const glue = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_now_463ac581d2fc7ea3: function() { return 1; },
        __wbg_random_0123456789abcdef: function() { return 42; },
        memory: new WebAssembly.Memory({ initial: 1, maximum: 2 }),
        counter: new WebAssembly.Global({ value: 'i32', mutable: true }, 0),
    };
    return { __proto__: null, "./page_bg.js": import0 };
}
export { __wbg_get_imports };`;

// The glue as the browser loads it, an ES module: its imports object.
const imports = async (js) => (await import(`data:text/javascript,${encodeURIComponent(js)}`)).__wbg_get_imports();

test('short names run a, …, z, A, …, Z, aa, …', () => {
  assert.deepEqual([0, 1, 25, 26, 51, 52, 53, 103, 104].map(shortName), ['a', 'b', 'z', 'A', 'Z', 'aa', 'ab', 'aZ', 'ba']);
  const names = new Set(Array.from({ length: 5000 }, (_, i) => shortName(i)));
  assert.equal(names.size, 5000);
});

test('imports are renamed in the module and the glue alike, and the module still links and runs', async () => {
  const before = module();
  const out = shortenImports(glue, before);
  assert.deepEqual(wasmImports(out.wasm), [
    { module: 'm', field: 'a' }, { module: 'm', field: 'b' }, { module: 'm', field: 'c' }, { module: 'm', field: 'd' },
  ]);
  assert.ok(out.wasm.length < before.length);
  assert.doesNotMatch(out.js, /__wbg_now|__wbg_random|page_bg|memory:|counter:/);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(out.wasm), await imports(out.js));
  assert.equal(instance.exports.second(), 42);
  // The same module untouched links with the untouched glue: the test's module is sound.
  assert.equal(new WebAssembly.Instance(new WebAssembly.Module(before), await imports(glue)).exports.second(), 42);
});

test('a glue that lacks an import, or names it twice, stops the build', () => {
  assert.throws(() => shortenImports(glue.replace('__wbg_random_0123456789abcdef:', 'other:'), module()), /__wbg_random_0123456789abcdef/);
  const twice = glue.replace('return 42;', 'return __wbg_random_0123456789abcdef;');
  assert.throws(() => shortenImports(twice, module()), /as a word 2 times/);
  assert.throws(() => shortenImports(glue.replace('"./page_bg.js"', '"./other.js"'), module()), /module \.\/page_bg\.js 0 times/);
  assert.throws(() => shortenImports(glue, Buffer.from('not wasm at all')), /not a WASM module/);
});

test('a finished bundle is minified and still runs', async () => {
  const out = await finishBundle(Buffer.from(glue), module());
  const renamed = shortenImports(glue, module()).js;
  assert.ok(out.js.length < renamed.length * 0.7, `${out.js.length} B of ${renamed.length}`);
  assert.doesNotMatch(out.js.toString(), /\n {4}/);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(out.wasm), await imports(out.js.toString()));
  assert.equal(instance.exports.second(), 42);
});
