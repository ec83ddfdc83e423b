// The reconciliation page's pure helpers: India date ranges, the incomplete-run flag, and words for every kind.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {incomplete, istDate, KINDS, rangeOf} from '../../main/resources/static/js/views/reconciliation.js';

test('a range of India dates is [first day 00:00 IST, day after the last 00:00 IST)', () => {
  assert.deepEqual(rangeOf('2026-01-10', '2026-01-11'),
    {from: '2026-01-09T18:30:00.000Z', to: '2026-01-11T18:30:00.000Z'});
});

test('today is the India date', () => {
  assert.equal(istDate(new Date('2026-01-10T19:00:00Z')), '2026-01-11');
  assert.equal(istDate(new Date('2026-01-10T18:00:00Z')), '2026-01-10');
});

test('a run whose providers could not be read is incomplete', () => {
  assert.equal(incomplete({counts: {providerSideIncomplete: 1}}), true);
  assert.equal(incomplete({counts: {providerSideIncomplete: 0}}), false);
  assert.equal(incomplete({counts: {}}), false);
  assert.equal(incomplete(null), false);
});

test('every mismatch kind the service reports has words on the page', () => {
  const source = readFileSync(fileURLToPath(new URL(
    '../../../../reconciliation-service/src/main/java/com/trustpay/reconciliation/reconciliation/domain/MismatchKind.java',
    import.meta.url)), 'utf8');
  const kinds = [...source.matchAll(/^ {4}([A-Z_]+)\(Severity\./gm)].map((m) => m[1]);
  assert.equal(kinds.length, 11);
  assert.deepEqual([...kinds].sort(), Object.keys(KINDS).sort());
});
