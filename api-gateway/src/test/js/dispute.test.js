// The dispute on the escrow screen and in the admin console: what an admin decided is said in words (never "Both
// confirmed" when nobody confirmed), and the thread is drawn from the server's messages with a message box only
// when allowedActions offers POST_DISPUTE_MESSAGE. A tiny fake DOM (below) is enough to render it in Node.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {decisionLine, progressSteps, statusMessage} from '../../main/resources/static/js/views/detail.js';
import {messageBox, threadList, threadPlan, wantsThread} from '../../main/resources/static/js/views/thread.js';
import {adminThread} from '../../main/resources/static/js/views/admin.js';
import {all, byId, installFakeDom} from './fake-dom.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function escrow(fields) {
  return {id: 'e-1', amountPaise: 250000, myRole: 'PAYER', confirmations: {}, allowedActions: [], ...fields};
}

const released = {outcome: 'RELEASE_TO_PAYEE', note: 'The courier confirmed delivery', decidedAt: '2026-01-10T10:00:00Z'};

const messages = [
  {id: 'm-1', author: 'PAYER', authorName: 'Asha', mine: true, text: 'It arrived broken', postedAt: '2026-01-10T10:00:00Z'},
  {id: 'm-2', author: 'PAYEE', authorName: 'Ravi', mine: false, text: 'It left intact', postedAt: '2026-01-10T11:00:00Z'},
  {id: 'm-3', author: 'ADMIN', authorName: 'TrustPay staff', mine: false, text: 'Photos, please',
    postedAt: '2026-01-10T12:00:00Z'},
];

describe('an admin decision on the parties\' page', () => {
  test('says what the admin decided and why', () => {
    assert.equal(decisionLine(escrow({decision: released})),
      'An admin decided the dispute: released to the payee — The courier confirmed delivery');
    assert.equal(decisionLine(escrow({decision: {outcome: 'REFUND_TO_PAYER', decidedAt: '2026-01-10T10:00:00Z'}})),
      'An admin decided the dispute: refunded to the payer');
    assert.equal(decisionLine(escrow({})), null);
  });

  test('names what was decided: a dispute, a failed payout or a payout the bank returned', () => {
    assert.equal(decisionLine(escrow({decision: {...released, decided: 'DISPUTED'}})),
      'An admin decided the dispute: released to the payee — The courier confirmed delivery');
    assert.equal(decisionLine(escrow({decision: {outcome: 'REFUND_TO_PAYER', decided: 'RELEASE_FAILED'}})),
      'An admin decided the failed payout: refunded to the payer');
    assert.equal(decisionLine(escrow({decision: {outcome: 'RELEASE_TO_PAYEE', decided: 'PAYOUT_REVERSED',
      note: 'Account fixed'}})), 'An admin decided the payout the bank returned: paid to the payee again — Account fixed');
    assert.equal(decisionLine(escrow({decision: {outcome: 'REFUND_TO_PAYER', decided: 'PAYOUT_REVERSED'}})),
      'An admin decided the payout the bank returned: refunded to the payer');
  });

  test('a release an admin decided is not "Both confirmed"', () => {
    const decided = escrow({status: 'RELEASING', decision: released});
    assert.deepEqual(progressSteps(decided).map(([label]) => label), ['Payment received', 'An admin decided', 'Paid out']);
    assert.doesNotMatch(statusMessage(decided), /Both confirmed/);
    assert.match(statusMessage(decided), /^Paying ₹2,500\.00 to /);
    const paid = escrow({status: 'RELEASED', decision: released});
    assert.equal(progressSteps(paid)[1][0], 'An admin decided');
  });

  test('a release both parties confirmed still says so', () => {
    const confirmed = escrow({status: 'RELEASING', confirmations: {payer: true, payee: true}});
    assert.equal(progressSteps(confirmed)[1][0], 'Both confirmed');
    assert.match(statusMessage(confirmed), /^Both confirmed\. Paying/);
  });
});

test('a party to a dispute is told where to give their side', () => {
  assert.match(statusMessage(escrow({status: 'DISPUTED'})), /Tell your side in the dispute thread below\.$/);
  assert.doesNotMatch(statusMessage(escrow({status: 'DISPUTED', myRole: null})), /thread/);
});

describe('the thread plan', () => {
  test('lists the messages oldest first, with "You" for the caller\'s own', () => {
    const plan = threadPlan(escrow({allowedActions: ['POST_DISPUTE_MESSAGE']}), messages);
    assert.deepEqual(plan.items.map((m) => m.who), ['You', 'Ravi', 'TrustPay staff']);
    assert.deepEqual(plan.items.map((m) => m.text), ['It arrived broken', 'It left intact', 'Photos, please']);
    assert.equal(plan.items[2].staff, true);
    assert.equal(plan.canPost, true);
  });

  test('offers the message box only when the server allows it, and hides an empty thread nobody can write', () => {
    const decided = threadPlan(escrow({decision: released}), messages);
    assert.equal(decided.canPost, false);
    assert.equal(decided.show, true, 'a decided dispute keeps its thread readable');
    assert.equal(threadPlan(escrow({}), []).show, false);
    assert.equal(wantsThread(escrow({})), false);
    assert.equal(wantsThread(escrow({allowedActions: ['POST_DISPUTE_MESSAGE']})), true);
    assert.equal(wantsThread(escrow({decision: released})), true);
  });

  test('POST_DISPUTE_MESSAGE is an action escrow-service has', () => {
    const source = readFileSync(fileURLToPath(new URL(
      '../../../../escrow-service/src/main/java/com/trustpay/escrow/escrow/domain/EscrowAction.java', import.meta.url)),
    'utf8');
    assert.match(source, /^ {4}POST_DISPUTE_MESSAGE\(/m);
  });

  test('the thread code names no status', () => {
    const source = readFileSync(fileURLToPath(new URL('../../main/resources/static/js/views/thread.js', import.meta.url)),
      'utf8');
    assert.doesNotMatch(source, /'DISPUTED'/);
  });
});

describe('the rendered thread', () => {
  before(installFakeDom);

  test('shows each message with its author, newest last', () => {
    const list = threadList(threadPlan(escrow({}), messages));
    assert.equal(list.id, 'dispute-messages');
    const texts = all(list).filter((n) => n.className === 'message-text').map((n) => n.textContent);
    assert.deepEqual(texts, ['It arrived broken', 'It left intact', 'Photos, please']);
    assert.match(list.children[2].className, /staff/);
  });

  test('sends the trimmed text, keeps the key for a retry and takes a new one after success', async () => {
    const sent = [];
    let fail = true;
    const form = messageBox(async (text, key) => {
      sent.push([text, key]);
      if (fail) throw new Error('We could not reach TrustPay.');
    });
    const input = byId(form, 'dispute-message');
    assert.ok(byId(form, 'dispute-message-submit'));
    input.value = '  Here is the tracking number  ';
    await form.dispatch('submit');
    assert.match(form.children[0].textContent, /could not reach/);
    fail = false;
    await form.dispatch('submit');
    input.value = 'One more';
    await form.dispatch('submit');
    assert.deepEqual(sent.map(([text]) => text), ['Here is the tracking number', 'Here is the tracking number', 'One more']);
    assert.equal(sent[0][1], sent[1][1], 'a retry is the same request');
    assert.notEqual(sent[1][1], sent[2][1], 'a new message is a new request');
    assert.equal(input.value, '');
  });

  test('a blank message is not sent', async () => {
    let calls = 0;
    const form = messageBox(async () => {
      calls += 1;
    });
    byId(form, 'dispute-message').value = '   ';
    await form.dispatch('submit');
    assert.equal(calls, 0);
  });

  test('the admin console shows the thread under a disputed escrow, with a box for the admin', async () => {
    const loaded = [];
    const el = adminThread(escrow({allowedActions: ['POST_DISPUTE_MESSAGE', 'RESOLVE']}), {
      load: async (id) => {
        loaded.push(id);
        return messages;
      },
      send: async () => {},
    });
    await settle();
    await settle();
    assert.deepEqual(loaded, ['e-1']);
    assert.equal(el.hidden, false);
    assert.ok(byId(el, 'dispute-messages'));
    assert.ok(byId(el, 'dispute-message-form'));
    assert.equal(adminThread(escrow({allowedActions: ['RETRY_REFUND']}), {load: async () => assert.fail('no thread')})
      .hidden, true);
  });
});
