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
