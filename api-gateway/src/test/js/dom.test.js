// The page's short notice: it goes away by itself, and a screen can take it down sooner when it is over.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {dismissNotice, notify} from '../../main/resources/static/js/dom.js';

const notice = {textContent: '', hidden: true};
globalThis.document = {getElementById: (id) => (id === 'notice' ? notice : null)};

afterEach(() => dismissNotice());

test('a notice shows its message, and dismissing it hides it', () => {
  notify('Sandbox payer paid. Waiting for the bank…');
  assert.equal(notice.hidden, false);
  assert.equal(notice.textContent, 'Sandbox payer paid. Waiting for the bank…');

  dismissNotice();
  assert.equal(notice.hidden, true);
});

test('after a dismissed notice, a new one shows for its full four seconds', async (t) => {
  t.mock.timers.enable({apis: ['setTimeout']});
  notify('first');
  dismissNotice();
  notify('second');
  t.mock.timers.tick(3999);
  assert.equal(notice.hidden, false);
  assert.equal(notice.textContent, 'second');
  t.mock.timers.tick(1);
  assert.equal(notice.hidden, true);
});

test('dismissing when the page has no notice element does nothing', () => {
  const saved = globalThis.document;
  globalThis.document = {getElementById: () => null};
  try {
    dismissNotice();
  } finally {
    globalThis.document = saved;
  }
});
