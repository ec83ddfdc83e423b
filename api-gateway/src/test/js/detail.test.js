// The escrow screen's buttons come from the actions escrow-service allows the caller (allowedActions, from its action
// table) and its "what next" line from nextStep: the screens keep no status lists of their own. A tiny fake DOM
// (below) is enough to render the action area in Node.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {STATUS} from '../../main/resources/static/js/format.js';
import {actionPlan, actions, PARTY_BUTTONS} from '../../main/resources/static/js/views/detail.js';
import {adminActions} from '../../main/resources/static/js/views/admin.js';
import {all, byId, installFakeDom} from './fake-dom.js';

const STATUSES = Object.keys(STATUS);

const buttonIds = (nodes) => all(nodes).filter((n) => n.dataset && n.dataset.action && n.id).map((n) => n.id);

function escrow(fields) {
  return {id: 'e-1', code: 'K7Q3MX', amountPaise: 250000, myRole: 'PAYER', confirmations: {}, ...fields};
}

const party = {user: {id: 'u-1', admin: false}};
const noop = async () => {};
const alert = {show() {}, clear() {}};

describe('the action plan', () => {
  test('has one button per party action the server allows, in a fixed order, whatever the status says', () => {
    const e = escrow({status: 'RELEASED', allowedActions: ['DISPUTE', 'CONFIRM']});
    assert.deepEqual(actionPlan(e).map((s) => s.id), ['confirm-button', 'dispute-button']);
  });

  test('draws nothing the server does not allow, even in a status where parties usually act', () => {
    assert.deepEqual(actionPlan(escrow({status: 'HELD', allowedActions: []})), []);
    assert.deepEqual(actionPlan(escrow({status: 'PAYMENT_PENDING'})), []);
  });

  test('offers to pay, or to try again when the server allows a retry', () => {
    const first = actionPlan(escrow({status: 'PAYMENT_PENDING', allowedActions: ['PAY', 'CHECK_PAYMENT', 'CANCEL']}));
    assert.deepEqual(first.map((s) => s.id), ['pay-button', 'cancel-button']);
    assert.equal(first[0].href, '#/e/e-1/pay');
    assert.match(first[0].label, /^Pay ₹2,500\.00$/);
    const retry = actionPlan(escrow({allowedActions: ['PAY', 'RETRY_PAYMENT']}));
    assert.equal(retry[0].label, 'Try paying again');
  });

  test('a cancel after the money arrived says the payer is refunded; the receipt is offered once paid', () => {
    const before = actionPlan(escrow({allowedActions: ['CANCEL']}));
    assert.equal(before[0].label, 'Cancel escrow');
    const after = actionPlan(escrow({allowedActions: ['CANCEL'], paymentCompletedAt: '2026-01-10T10:00:00Z'}));
    assert.deepEqual(after.map((s) => s.id), ['cancel-button', 'receipt-button']);
    assert.equal(after[0].label, 'Cancel and refund the payer');
  });

  test('names only actions escrow-service has', () => {
    const source = readFileSync(fileURLToPath(new URL(
      '../../../../escrow-service/src/main/java/com/trustpay/escrow/escrow/domain/EscrowAction.java', import.meta.url)),
    'utf8');
    const declared = [...source.matchAll(/^ {4}([A-Z_]+)\(/gm)].map((m) => m[1]);
    for (const action of [...PARTY_BUTTONS, 'RETRY_PAYMENT', 'RESOLVE', 'DECIDE_REVERSAL', 'RETRY_RELEASE', 'RETRY_REFUND']) {
      assert.ok(declared.includes(action), `${action} is no EscrowAction (${declared.join(', ')})`);
    }
  });
});

describe('the rendered action area', () => {
  before(installFakeDom);

  test('shows the buttons the system tests click, from allowedActions', () => {
    const held = escrow({status: 'HELD', myRole: 'PAYEE', paymentCompletedAt: '2026-01-10T10:00:00Z',
      allowedActions: ['CONFIRM', 'CANCEL', 'DISPUTE']});
    const area = actions(held, party, noop, alert);
    assert.deepEqual(buttonIds(area), ['confirm-button', 'cancel-button', 'dispute-button']);
    assert.ok(byId(area, 'confirm-yes'), 'the confirm panel has its yes button');
    assert.ok(byId(area, 'cancel-button-submit'), 'the cancel panel has its submit button');
    assert.ok(byId(area, 'receipt-button'));
    assert.equal(byId(area, 'cancel-button').textContent, 'Cancel and refund the payer');
  });

  test('after the caller confirmed, the server stops offering it and the button is gone', () => {
    const area = actions(escrow({status: 'HELD', allowedActions: ['DISPUTE']}), party, noop, alert);
    assert.deepEqual(buttonIds(area), ['dispute-button']);
    assert.equal(byId(area, 'confirm-button'), undefined);
  });

  test('the pay button is a link to the pay screen', () => {
    const area = actions(escrow({status: 'PAYMENT_FAILED', allowedActions: ['PAY', 'RETRY_PAYMENT']}), party, noop, alert);
    const pay = byId(area, 'pay-button');
    assert.equal(pay.tagName, 'A');
    assert.equal(pay.getAttribute('href'), '#/e/e-1/pay');
    assert.equal(pay.textContent, 'Try paying again');
  });

  test("an admin gets one box per decision the server allows them, and none on an escrow that needs none", () => {
    const failed = escrow({status: 'RELEASE_FAILED', myRole: null, allowedActions: ['RESOLVE', 'RETRY_RELEASE']});
    const boxes = adminActions(failed, noop);
    assert.deepEqual(boxes.map((b) => b.dataset.action), ['resolve', 'retry-release']);
    assert.equal(adminActions(escrow({status: 'DISPUTED', allowedActions: []}), noop), null,
      'an admin who is a party to the dispute is offered no decision');
    const admin = {user: {id: 'a-1', admin: true}};
    const area = actions(escrow({status: 'REFUND_FAILED', allowedActions: ['RETRY_REFUND']}), admin, noop, alert);
    assert.ok(all(area).some((n) => n.dataset && n.dataset.action === 'retry-refund'));
  });
});

describe('no status lists decide buttons', () => {
  const views = (file) => readFileSync(fileURLToPath(new URL(`../../main/resources/static/js/views/${file}`, import.meta.url)), 'utf8');
  const statusesIn = (code) => STATUSES.filter((status) => code.includes(`'${status}'`));

  test('the code that draws the action buttons names no status', () => {
    assert.deepEqual(statusesIn(actionPlan.toString()), []);
    assert.deepEqual(statusesIn(actions.toString()), []);
    assert.deepEqual(statusesIn(adminActions.toString()), []);
  });

  test('detail.js and pay.js keep no list of statuses for their buttons', () => {
    const detail = views('detail.js');
    for (const name of ['PAYABLE', 'CANCELLABLE', 'PAID']) {
      assert.ok(!new RegExp(`\\bconst ${name}\\b`).test(detail), `detail.js declares ${name} again`);
    }
    assert.ok(!/\bconst WAITING\b/.test(views('pay.js')), 'pay.js declares WAITING again');
    assert.ok(/allowedActions/.test(views('pay.js')), 'pay.js reads allowedActions');
  });

  test('the "what next" line is the server\'s nextStep', () => {
    assert.match(views('detail.js'), /nextStep\.textContent = e\.nextStep/);
  });
});
