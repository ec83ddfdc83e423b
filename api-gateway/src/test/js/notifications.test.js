// Screens that follow the live stream: a notification about their escrow refreshes them, others do not, and
// leaving the screen stops it.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {followEscrow} from '../../main/resources/static/js/views/notifications.js';

function screen() {
  const leaving = [];
  return {ctx: {onLeave: (fn) => leaving.push(fn)}, leave: () => leaving.forEach((fn) => fn())};
}

const about = (escrowId) => new CustomEvent('trustpay:notification', {detail: {escrowId}});

test('a notification about the escrow refreshes the screen; one about another escrow does not', () => {
  const target = new EventTarget();
  const {ctx} = screen();
  let refreshed = 0;
  followEscrow(ctx, 'e-1', async () => { refreshed++; }, target);

  target.dispatchEvent(about('e-2'));
  assert.equal(refreshed, 0);
  target.dispatchEvent(about('e-1'));
  assert.equal(refreshed, 1);
});

test('after the screen is left, notifications refresh nothing', () => {
  const target = new EventTarget();
  const {ctx, leave} = screen();
  let refreshed = 0;
  followEscrow(ctx, 'e-1', async () => { refreshed++; }, target);

  leave();
  target.dispatchEvent(about('e-1'));
  assert.equal(refreshed, 0);
});

test('a refresh that fails is left to the polling fallback, not thrown into the event loop', async () => {
  const target = new EventTarget();
  const {ctx} = screen();
  followEscrow(ctx, 'e-1', async () => { throw new Error('offline'); }, target);

  target.dispatchEvent(about('e-1'));
  await new Promise((resolve) => setImmediate(resolve));
});

/** A scheduler the test runs by hand: each call to run() fires the timers due, in order. */
function manualClock() {
  const timers = new Map();
  let next = 1;
  return {
    schedule: (fn, ms) => { const id = next++; timers.set(id, {fn, ms}); return id; },
    cancel: (id) => timers.delete(id),
    delays: () => [...timers.values()].map((t) => t.ms),
    run: async () => {
      const due = [...timers.entries()];
      timers.clear();
      due.forEach(([, t]) => t.fn());
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

test('a notification that arrives before the escrow changed reads it again, with backoff, until it has', async () => {
  const target = new EventTarget();
  const {ctx} = screen();
  const clock = manualClock();
  const answers = [false, false, true];
  let reads = 0;
  followEscrow(ctx, 'e-1', async () => answers[reads++], target,
    {retryAfterMs: [500, 1000, 2000], schedule: clock.schedule, cancel: clock.cancel});

  target.dispatchEvent(about('e-1'));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(reads, 1);
  assert.deepEqual(clock.delays(), [500]);
  await clock.run();
  assert.equal(reads, 2);
  assert.deepEqual(clock.delays(), [1000]);
  await clock.run();
  assert.equal(reads, 3, 'the third read saw the change');
  assert.deepEqual(clock.delays(), [], 'and nothing more is scheduled');
});

test('the re-reads stop after the last delay, and when the screen is left', async () => {
  const target = new EventTarget();
  const {ctx, leave} = screen();
  const clock = manualClock();
  let reads = 0;
  followEscrow(ctx, 'e-1', async () => { reads++; return false; }, target,
    {retryAfterMs: [500], schedule: clock.schedule, cancel: clock.cancel});

  target.dispatchEvent(about('e-1'));
  await new Promise((resolve) => setImmediate(resolve));
  await clock.run();
  assert.equal(reads, 2);
  assert.deepEqual(clock.delays(), [], 'one retry configured, one made');

  target.dispatchEvent(about('e-1'));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(clock.delays(), [500]);
  leave();
  assert.deepEqual(clock.delays(), [], 'leaving cancels the pending re-read');
});
