// Milestones and an admin's split on the escrow screens (ADR 0021): the create form's milestone rows are checked as
// escrow-service checks them, each milestone's confirm button comes from that milestone's allowedActions, and a split
// decision is said in words with both amounts.
import assert from 'node:assert/strict';
import {before, describe, test} from 'node:test';
import {decisionLine, milestoneList, milestonePlan, statusMessage} from '../../main/resources/static/js/views/detail.js';
import {milestonesProblem} from '../../main/resources/static/js/views/create.js';
import {adminActions, splitProblem} from '../../main/resources/static/js/views/admin.js';
import {all, byId, installFakeDom} from './fake-dom.js';

function escrow(fields) {
  return {id: 'e-1', code: 'K7Q3MX', amountPaise: 250000, myRole: 'PAYER', status: 'HELD', allowedActions: [],
    milestones: [
      {number: 1, title: 'Frame', amountPaise: 150000, status: 'PAID', confirmations: {payer: true, payee: true},
        paidAt: '2026-01-10T10:00:00Z', payoutUtr: 'UTR1', allowedActions: []},
      {number: 2, title: 'Wheels', amountPaise: 100000, status: 'HELD', confirmations: {payer: false, payee: true},
        allowedActions: ['CONFIRM_MILESTONE']},
    ], ...fields};
}

describe('the milestones of an escrow', () => {
  test('get a confirm button only where that milestone allows it', () => {
    const plan = milestonePlan(escrow());
    assert.deepEqual(plan.map((row) => row.button && row.button.id), [undefined, 'milestone-2-confirm']);
    assert.match(plan[0].text, /^1\. Frame — ₹1,500\.00 · paid to the receiver on .+ \(UTR UTR1\)$/);
    assert.match(plan[1].text, /payer not yet, receiver confirmed$/);
  });

  test('follow the server: no button when it offers none, whatever the status', () => {
    const e = escrow();
    e.milestones[1].allowedActions = [];
    assert.ok(milestonePlan(e).every((row) => !row.button));
    assert.deepEqual(milestonePlan(escrow({milestones: undefined})), []);
  });

  describe('rendered', () => {
    before(installFakeDom);

    test('list every milestone with its button', () => {
      const list = milestoneList(escrow(), async () => {}, {show() {}, clear() {}});
      assert.ok(byId(list, 'milestone-1'));
      assert.equal(byId(list, 'milestone-1-confirm'), undefined);
      const confirm = byId(list, 'milestone-2-confirm');
      assert.equal(confirm.textContent, 'Confirm milestone 2 is done');
      assert.equal(confirm.dataset.action, 'CONFIRM_MILESTONE');
      assert.equal(milestoneList(escrow({milestones: []}), async () => {}, {}), null);
    });

    test('an admin gets the split box only when the server offers RESOLVE_SPLIT', () => {
      const offered = adminActions(escrow({status: 'DISPUTED', heldPaise: 100000,
        allowedActions: ['RESOLVE', 'RESOLVE_SPLIT']}), async () => {});
      assert.equal(all(offered).filter((n) => n.dataset && n.dataset.action === 'resolve-split').length, 1);
      assert.ok(byId(offered, 'split-amount'));
      const notOffered = adminActions(escrow({status: 'DISPUTED', allowedActions: ['RESOLVE']}), async () => {});
      assert.equal(all(notOffered).filter((n) => n.dataset && n.dataset.action === 'resolve-split').length, 0);
    });
  });
});

describe('the create form milestones', () => {
  const row = (title, amountPaise) => ({title, amountPaise});

  test('none at all is an escrow released as one', () => {
    assert.equal(milestonesProblem([], 250000), '');
  });

  test('are 2 to 10, each titled and at least the least amount, adding up to the amount', () => {
    assert.equal(milestonesProblem([row('Frame', 150000), row('Wheels', 100000)], 250000), '');
    assert.match(milestonesProblem([row('All', 250000)], 250000), /2 to 10 milestones/);
    assert.match(milestonesProblem([row('', 150000), row('Wheels', 100000)], 250000), /title/);
    assert.match(milestonesProblem([row('A', 249950), row('B', 50)], 250000), /at least ₹1\.00/);
    assert.equal(milestonesProblem([row('A', 100000), row('B', 100000)], 250000),
      'The milestones add up to ₹2,000.00, not the amount of ₹2,500.00.');
  });
});

describe('a split decision', () => {
  test('is said with both amounts on the parties\' page', () => {
    const line = decisionLine({decision: {outcome: 'SPLIT', decided: 'DISPUTED', note: 'Bell missing',
      releasePaise: 150000, refundPaise: 100000}});
    assert.equal(line,
      'An admin decided the dispute: split, ₹1,500.00 to the payee and ₹1,000.00 refunded to the payer — Bell missing');
  });

  test('leaves at least a paisa to each side', () => {
    assert.equal(splitProblem(150000, 250000), '');
    assert.match(splitProblem(250000, 250000), /at most ₹2,499\.99/);
    assert.match(splitProblem(0, 250000), /Enter what the receiver gets/);
  });
});

describe('the status message', () => {
  test('names what is still held, what is paid out and what is refunded, not the whole amount', () => {
    assert.match(statusMessage(escrow({heldPaise: 100000})), /^TrustPay holds ₹1,000\.00 of ₹2,500\.00\./);
    const split = {outcome: 'SPLIT', decided: 'DISPUTED', releasePaise: 150000, refundPaise: 100000};
    assert.match(statusMessage(escrow({milestones: [], status: 'RELEASING', decision: split})), /^Paying ₹1,500\.00/);
    assert.match(statusMessage(escrow({milestones: [], status: 'REFUNDED', decision: split})),
      /^₹1,000\.00 was refunded/);
    assert.match(statusMessage(escrow({status: 'REFUNDED', heldPaise: 100000})), /^₹1,000\.00 was refunded/);
  });
});
