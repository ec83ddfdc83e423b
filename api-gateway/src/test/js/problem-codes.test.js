// The UI's problem-code table (api.js) against the codes the servers can send, read from their Java sources: every
// code the UI has words for is one a server sends, and every code a server sends has words in the UI or is listed
// below as shown through the fallback on purpose.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {basename, join, relative} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {MESSAGE_CODES} from '../../main/resources/static/js/api.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Where the problems that reach the UI are written: the gateway itself, the services it routes /api/** to, and the
 * libraries they answer through. A module that does not exist (yet) is skipped.
 */
const USER_FACING = ['platform', 'platform-web', 'api-gateway', 'escrow-service', 'notification-service',
  'reconciliation-service'];

/**
 * Codes the servers send that the UI shows through messageFor's fallback on purpose (the server's detail for a 4xx,
 * words by status otherwise), with the reason each needs no words of its own. A code ending in "_" stands for every
 * code a server builds from that prefix.
 */
const FALLBACK = {
  USER_NOT_FOUND: 'only GET /api/me answers it, which the UI does not call',
  INVALID_LIMIT: 'the lists ask for the default page size, or at most 100 when they refresh',
  AMOUNT_TOO_SMALL: 'the server\'s detail states the least amount in rupees',
  AMOUNT_TOO_LARGE: 'the server\'s detail states this deployment\'s cap in rupees',
  AMOUNT_ABOVE_UPI_LIMIT: 'the server\'s detail states UPI\'s limit for the payment mode in rupees',
  INVALID_IDEMPOTENCY_KEY: 'the create form sends a UUID',
  BOOTSTRAP_TOKEN_INVALID: 'the UI has no admin bootstrap screen; an operator calls POST /api/admin/bootstrap by hand',
  BOOTSTRAP_TOKEN_USED: 'the UI has no admin bootstrap screen; an operator calls POST /api/admin/bootstrap by hand',
  INVALID_REQUEST: 'the sandbox panel always sends a reference, an amount and an outcome',
};

const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]*)*$/;

function javaFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return javaFiles(path);
    return entry.name.endsWith('.java') ? [path] : [];
  });
}

/**
 * The source with comments blanked out and its string literals listed with their positions, so that neither a
 * quoted word in a comment nor a "//" inside a string misleads the scan.
 */
function tokenize(source) {
  let code = '';
  const literals = [];
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      const next = end < 0 ? source.length : end + 2;
      code += ' '.repeat(next - i);
      i = next;
    } else if (source.startsWith('"""', i)) {
      const end = source.indexOf('"""', i + 3);
      const next = end < 0 ? source.length : end + 3;
      code += ' '.repeat(next - i);
      i = next;
    } else if (source[i] === '"' || source[i] === '\'') {
      const quote = source[i];
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== quote) {
        if (source[j] === '\\') j += 1;
        text += source[j];
        j += 1;
      }
      if (quote === '"') literals.push({start: code.length, end: code.length + j + 1 - i, text});
      code += source.slice(i, j + 1);
      i = j + 1;
    } else {
      code += source[i];
      i += 1;
    }
  }
  return {code, literals};
}

/** The code a literal names: {code} for "CODE", {family} for "PREFIX_" + something, or null. */
function asCode(literal, code) {
  if (!CODE.test(literal.text)) return null;
  return /^\s*\+/.test(code.slice(literal.end)) ? {family: literal.text} : {code: literal.text};
}

/** The index just after the parenthesis that closes the one at `open`, skipping string literals. */
function closing(code, open, literals) {
  let depth = 0;
  for (let i = open; i < code.length; i += 1) {
    const literal = literals.find((l) => l.start === i);
    if (literal) {
      i = literal.end - 1;
    } else if (code[i] === '(') {
      depth += 1;
    } else if (code[i] === ')' && --depth === 0) {
      return i + 1;
    }
  }
  return code.length;
}

/**
 * The problem codes in one source file, found where problems are made:
 * - in a file named *Problem*, the problem writers and exceptions themselves, every upper-snake-case literal;
 * - elsewhere, the first upper-snake-case literal in the arguments of `new X(` or `X.factory(` where X is a problem
 *   exception (ProblemException or a subclass), and a literal right after an HTTP status or a problem kind
 *   (`HttpStatus.CONFLICT, "CODE"`, `Kind.GONE, "CODE"`: Problems.of, ProblemResponses.write, super(...)).
 */
function codesIn(file, source, exceptions) {
  const {code, literals} = tokenize(source);
  const found = [];
  const add = (literal) => {
    const named = literal && asCode(literal, code);
    if (named) found.push(named);
    return Boolean(named);
  };
  if (basename(file).includes('Problem')) {
    literals.forEach(add);
    return found;
  }
  const names = [...exceptions].join('|');
  const calls = new RegExp(`(?:\\bnew\\s+(?:${names})|\\b(?:${names})\\s*\\.\\s*[a-z]\\w*)\\s*\\(`, 'g');
  for (const call of code.matchAll(calls)) {
    const open = call.index + call[0].length - 1;
    const end = closing(code, open, literals);
    literals.filter((l) => l.start > open && l.end < end).find(add);
  }
  for (const status of code.matchAll(/\b(?:HttpStatus|Kind)\s*\.\s*[A-Z_]+\s*,\s*"/g)) {
    add(literals.find((l) => l.start === status.index + status[0].length - 1));
  }
  return found;
}

/**
 * ProblemException, escrow-service's domain refusal EscrowRuleException (which its web edge turns into a problem with
 * the same code), and every class that extends either, directly or not, in the given sources.
 */
function problemExceptions(sources) {
  const names = new Set(['ProblemException', 'EscrowRuleException']);
  const extensions = sources.flatMap(({source}) =>
    [...source.matchAll(/\bclass\s+(\w+)\s+extends\s+(\w+)/g)].map((m) => [m[1], m[2]]));
  let grown = true;
  while (grown) {
    grown = false;
    for (const [sub, parent] of extensions) {
      if (names.has(parent) && !names.has(sub)) {
        names.add(sub);
        grown = true;
      }
    }
  }
  return names;
}

/** code or family → the files (relative to the repository) that send it, per user-facing module. */
function serverCodes() {
  const modules = USER_FACING.filter((m) => existsSync(join(ROOT, m)));
  const sources = modules.flatMap((module) => javaFiles(join(ROOT, module, 'src/main/java'))
    .map((file) => ({module, file, source: readFileSync(file, 'utf8')})));
  const exceptions = problemExceptions(sources);
  const codes = new Map();
  const families = new Map();
  const perModule = new Map(modules.map((m) => [m, 0]));
  for (const {module, file, source} of sources) {
    for (const found of codesIn(file, source, exceptions)) {
      const [map, key] = found.code ? [codes, found.code] : [families, found.family];
      if (!map.has(key)) map.set(key, new Set());
      map.get(key).add(relative(ROOT, file));
      perModule.set(module, perModule.get(module) + 1);
    }
  }
  return {codes, families, perModule};
}

const server = serverCodes();
const sent = (code) => server.codes.has(code) || [...server.families.keys()].some((prefix) => code.startsWith(prefix));
const where = (map, key) => [...map.get(key)].join(', ');

test('the scan finds the codes of the gateway and of escrow-service', () => {
  for (const module of ['api-gateway', 'escrow-service']) {
    assert.ok(server.perModule.get(module) > 0, `no problem code found in ${module}/src/main/java: has the way problems are made changed?`);
  }
});

test('every code the UI has words for is one a server sends', () => {
  const unknown = MESSAGE_CODES.filter((code) => !sent(code));
  assert.deepEqual(unknown, [], `api.js has words for codes no server sends (renamed or removed?): ${unknown.join(', ')}`);
});

test('every code a server sends has words in the UI, or is listed as shown by the fallback', () => {
  const mapped = new Set([...MESSAGE_CODES, ...Object.keys(FALLBACK)]);
  const missing = [...server.codes.keys()].filter((code) => !mapped.has(code)).map((c) => `${c} (${where(server.codes, c)})`);
  const missingFamilies = [...server.families.keys()]
    .filter((prefix) => !(prefix in FALLBACK) && !MESSAGE_CODES.some((code) => code.startsWith(prefix)))
    .map((p) => `${p}* (${where(server.families, p)})`);
  assert.deepEqual([...missing, ...missingFamilies], [],
    'give these codes words in api.js, or add them to FALLBACK here with the reason the fallback is right');
});

test('the fallback list names only codes that servers send and the UI has no words for', () => {
  const stale = Object.keys(FALLBACK).filter((code) => !(server.codes.has(code) || server.families.has(code)));
  assert.deepEqual(stale, [], `FALLBACK names codes no server sends: ${stale.join(', ')}`);
  const both = Object.keys(FALLBACK).filter((code) => MESSAGE_CODES.includes(code));
  assert.deepEqual(both, [], `api.js has words for these, so they are not fallbacks: ${both.join(', ')}`);
});
