/**
 * A small strict JSON reader for untrusted files: errors carry line:column (1-based, column in
 * UTF-16 units as editors show them), nesting depth is bounded (no stack overflow on
 * `[[[[...`), objects are created without a prototype so a `__proto__` key is plain data,
 * and duplicate keys are refused (they would silently hide one colleague's value).
 */

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number, readonly line: number, readonly column: number) {
    super(`${message} at ${line}:${column}`);
  }
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonReadOptions {
  maxDepth: number;
  /** Called for every value with its JSON pointer and offset (used only to locate errors). */
  onValue?: (pointer: string, offset: number) => void;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function escapePointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function readJson(text: string, options: JsonReadOptions): JsonValue {
  let i = 0;
  const fail = (message: string, at = i): never => {
    const { line, column } = lineColumn(text, at);
    throw new JsonSyntaxError(message, at, line, column);
  };
  const skipWs = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const describe = () => (i >= text.length ? 'end of file' : `'${text[i]}'`);

  const readString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    let run = i;
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(run, i);
        i++;
        return out;
      }
      if (c < 0x20) fail('control character in string (escape it)');
      if (c === 0x5c) {
        out += text.slice(run, i);
        const e = text[i + 1];
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && e in ESCAPES) {
          out += ESCAPES[e];
          i += 2;
        } else {
          fail('bad escape in string');
        }
        run = i;
        continue;
      }
      i++;
    }
  };

  const readValue = (depth: number, pointer: string): JsonValue => {
    skipWs();
    if (depth > options.maxDepth) fail(`nesting deeper than ${options.maxDepth} levels`);
    options.onValue?.(pointer, i);
    const c = text[i];
    if (c === '{') {
      i++;
      const obj = Object.create(null) as { [key: string]: JsonValue };
      skipWs();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipWs();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        const keyAt = i;
        const key = readString();
        if (Object.prototype.hasOwnProperty.call(obj, key)) fail(`duplicate property "${key}"`, keyAt);
        skipWs();
        if (text[i] !== ':') fail(`expected ':' after property name, found ${describe()}`);
        i++;
        obj[key] = readValue(depth + 1, `${pointer}/${escapePointerToken(key)}`);
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail(`expected ',' or '}' in object, found ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      skipWs();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(readValue(depth + 1, `${pointer}/${arr.length}`));
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail(`expected ',' or ']' in array, found ${describe()}`);
      }
    }
    if (c === '"') return readString();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    return fail(`unexpected ${describe()}`);
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1; // a byte-order mark some editors write
  const value = readValue(0, '');
  skipWs();
  if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
  return value;
}

/** The offset of the value at `pointer` (or of its nearest existing parent), for error messages. */
export function locatePointer(text: string, pointer: string, maxDepth: number): number {
  let best = 0;
  let bestLength = -1;
  try {
    readJson(text, {
      maxDepth,
      onValue: (p, offset) => {
        if ((pointer === p || pointer.startsWith(p + '/')) && p.length > bestLength) {
          best = offset;
          bestLength = p.length;
        }
      },
    });
  } catch {
    // the text parsed once already; a failure here only means we keep the best found so far
  }
  return best;
}
