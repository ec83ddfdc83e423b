// The inspection period on the escrow screen (ADR 0018): the "Mark as delivered" button comes from allowedActions,
// the countdown says how long the payer has, and an automatic release is called what it is.
import assert from 'node:assert/strict';
import {before, describe, test} from 'node:test';
import {
  actionPlan, actions, inspectionCountdown, releasedHow, timeLeft, timelineLabel,
} from '../../main/resources/static/js/views/detail.js';
import {inspectionDaysError} from '../../main/resources/static/js/views/create.js';
import {all, byId, installFakeDom} from './fake-dom.js';

const NOW = Date.parse('2026-01-10T10:00:00Z');
const HOUR = 3600_000;
const DAY = 24 * HOUR;

function escrow(fields) {
  return {id: 'e-1', code: 'K7Q3MX', amountPaise: 250000, myRole: 'PAYEE', confirmations: {}, status: 'HELD',
    inspectionDays: 3, ...fields};
}


describe('marking the deal delivered', () => {
  test('is a button only when the server allows it, after confirm and before cancel', () => {
    const plan = actionPlan(escrow({allowedActions: ['DISPUTE', 'CANCEL', 'MARK_DELIVERED', 'CONFIRM']}));
    assert.deepEqual(plan.map((s) => s.id), ['confirm-button', 'deliver-button', 'cancel-button', 'dispute-button']);
    const deliver = plan.find((s) => s.id === 'deliver-button');
    assert.equal(deliver.label, 'Mark as delivered');
    assert.match(deliver.title, /3 days to inspect it/);
    assert.match(deliver.title, /released to you automatically/);
    assert.equal(actionPlan(escrow({allowedActions: ['CANCEL', 'DISPUTE']})).find((s) => s.action === 'MARK_DELIVERED'),
      undefined, 'once delivered the server stops offering it');
  });

  test('one day is said in the singular', () => {
    const [step] = actionPlan(escrow({inspectionDays: 1, allowedActions: ['MARK_DELIVERED']}));
    assert.match(step.title, /has 1 day to inspect/);
  });

  describe('rendered', () => {
    before(installFakeDom);

    test('has its button and the yes of its panel', () => {
      const area = actions(escrow({allowedActions: ['MARK_DELIVERED']}), {user: {id: 'u', admin: false}},
        async () => {}, {show() {}, clear() {}});
      assert.equal(byId(area, 'deliver-button').textContent, 'Mark as delivered');
      assert.equal(byId(area, 'deliver-button').dataset.action, 'MARK_DELIVERED');
      assert.ok(byId(area, 'deliver-yes'));
    });
  });
});

describe('the inspection countdown', () => {
  const delivered = (fields) => escrow({deliveredAt: '2026-01-10T10:00:00Z',
    inspectionEndsAt: new Date(NOW + 3 * DAY).toISOString(), ...fields});

  test('tells the payer how long they have and what happens then', () => {
    const text = inspectionCountdown(delivered({myRole: 'PAYER'}), NOW + 2 * HOUR);
    assert.match(text, /^2 days 22 hours left to confirm or dispute \(until .+\); after that the money is released automatically\.$/);
  });

  test('tells the payee how long the payer inspects', () => {
    assert.match(inspectionCountdown(delivered({}), NOW + 3 * DAY - 90_000),
      /^1 minute left of the payer's inspection/);
  });

  test('says the period ended once it did, and is gone when there is no inspection', () => {
    assert.equal(inspectionCountdown(delivered({}), NOW + 3 * DAY),
      'The inspection period has ended: the money is being released automatically.');
    assert.equal(inspectionCountdown(escrow({}), NOW), null, 'not delivered');
    assert.equal(inspectionCountdown(delivered({status: 'DISPUTED'}), NOW), null, 'disputed');
    assert.equal(inspectionCountdown(delivered({status: 'RELEASING', autoReleasedAt: '2026-01-13T10:00:00Z'}), NOW),
      null, 'released');
  });

  test('counts coarsely', () => {
    assert.equal(timeLeft(3 * DAY), '3 days');
    assert.equal(timeLeft(DAY + HOUR), '1 day 1 hour');
    assert.equal(timeLeft(5 * HOUR + 12 * 60_000 + 59_000), '5 hours 12 minutes');
    assert.equal(timeLeft(2 * HOUR), '2 hours');
    assert.equal(timeLeft(30_000), 'less than a minute');
    assert.equal(timeLeft(-5), 'less than a minute');
  });
});

describe('an automatic release', () => {
  test('is called what it is, on the page and in the timeline', () => {
    assert.equal(releasedHow(escrow({autoReleasedAt: '2026-01-13T10:00:00Z'})),
      'Released automatically when the inspection period ended.');
    assert.equal(releasedHow(escrow({confirmations: {payer: true, payee: true}})), 'Both confirmed.');
    assert.equal(releasedHow(escrow({})), '', 'an admin decided: the decision line says so');
    assert.equal(timelineLabel({kind: 'AutoReleased', type: 'AutoReleased', fromStatus: 'HELD', toStatus: 'HELD'}),
      'Released automatically when the inspection period ended');
    assert.equal(timelineLabel({kind: 'DeliveryMarked', actor: {role: 'PAYEE', name: 'Ravi'}, fromStatus: 'HELD',
      toStatus: 'HELD'}, escrow({myRole: 'PAYER'})), 'Ravi marked the deal delivered');
  });
});

describe('the inspection days on the create form', () => {
  test('are whole days from 1 to 30', () => {
    for (const ok of ['1', '3', ' 30 ']) assert.equal(inspectionDaysError(ok), '', ok);
    for (const bad of ['0', '31', '', '2.5', '-1', 'abc']) {
      assert.equal(inspectionDaysError(bad), 'Enter 1 to 30 days.', JSON.stringify(bad));
    }
  });
});
