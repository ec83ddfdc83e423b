// The timeline speaks to people (issue 19, ADR 0022): the server sends each row's facts (kind, actor, amountPaise,
// references, note, outcome) and the page words them, with rupees in Indian digit grouping and the bank's
// references. One test per kind the server sends.
import assert from 'node:assert/strict';
import {before, describe, test} from 'node:test';
import {statusMessage, timeline, timelineLabel} from '../../main/resources/static/js/views/detail.js';
import {all, installFakeDom} from './fake-dom.js';

const escrow = (fields = {}) => ({
  id: 'e-1', amountPaise: 250000, myRole: 'PAYER',
  payer: {userId: 'u-asha', name: 'Asha'}, payee: {userId: 'u-ravi', name: 'Ravi'}, ...fields,
});
const PAYER = {role: 'PAYER', name: 'Asha'};
const PAYEE = {role: 'PAYEE', name: 'Ravi'};
const ADMIN = {role: 'ADMIN', name: 'TrustPay'};
const SYSTEM = {role: 'SYSTEM'};
const row = (kind, fields = {}) => ({kind, at: '2026-01-10T10:00:00Z', actor: SYSTEM, ...fields});
const asAdmin = escrow({myRole: undefined});
const asPayee = escrow({myRole: 'PAYEE'});

describe('a timeline row in plain words', () => {
  test('says who created the escrow and who joined, never "Payment pending · by" the partner', () => {
    assert.equal(timelineLabel(row('Opened', {actor: PAYER, amountPaise: 250000}), asPayee), 'Asha created the escrow');
    assert.equal(timelineLabel(row('Opened', {actor: PAYER}), escrow()), 'You created the escrow');
    const joined = timelineLabel(row('PartnerJoined', {actor: PAYEE, fromStatus: 'AWAITING_PARTNER',
      toStatus: 'AWAITING_PAYMENT'}), escrow());
    assert.equal(joined, 'Ravi joined');
    assert.doesNotMatch(joined, /Payment pending|· by/);
  });

  test('states the money in rupees with Indian digit grouping, never in paise', () => {
    assert.equal(timelineLabel(row('PaymentAwaited', {actor: PAYEE, amountPaise: 250000}), escrow()),
      '₹2,500.00 requested by UPI');
    assert.equal(timelineLabel(row('FundsHeld', {amountPaise: 12340000}), escrow()), '₹1,23,400.00 received and held');
    assert.equal(timelineLabel(row('FundsHeld', {amountPaise: 250000, references: {paymentRrn: '412345678901'}}),
      escrow()), '₹2,500.00 received and held (RRN 412345678901)');
  });

  test('a row written before the facts existed still reads as a sentence', () => {
    assert.equal(timelineLabel(row('FundsHeld'), escrow()), 'The payment received and held');
  });

  test('names the offer and the check the payer asked for', () => {
    assert.equal(timelineLabel(row('PaymentOffered'), escrow()), 'The UPI payment request is ready to pay');
    assert.equal(timelineLabel(row('PaymentCheckRequested', {actor: PAYER}), asPayee),
      'Asha asked TrustPay to check the payment');
  });

  test('tells the payer what to do about a declined payment, and the payee only that it failed', () => {
    const lapsed = row('PaymentLapsed', {note: 'The UPI PIN was wrong. Try again.'});
    assert.equal(timelineLabel(lapsed, escrow()), 'The payment did not go through. The UPI PIN was wrong. Try again.');
    assert.equal(timelineLabel(lapsed, asPayee), 'The payment did not go through; the payer can try again');
    assert.equal(timelineLabel(row('PaymentLapsed'), escrow()), 'The payment did not go through. You can try again.',
      'a row written before notes existed');
  });

  test('says who confirmed', () => {
    assert.equal(timelineLabel(row('PartyConfirmed', {actor: PAYEE}), escrow()), 'Ravi confirmed');
    assert.equal(timelineLabel(row('PartyConfirmed', {actor: PAYEE}), asPayee), 'You confirmed');
  });

  test('follows the payout to the UTR the payee can show their bank', () => {
    assert.equal(timelineLabel(row('ReleaseStarted', {amountPaise: 250000}), escrow()), "Paying ₹2,500.00 to Ravi's UPI ID");
    assert.equal(timelineLabel(row('PayoutInitiated'), escrow()), 'The bank is processing the payout');
    assert.match(timelineLabel(row('PayoutRetryScheduled'), escrow()), /trying again/);
    assert.equal(timelineLabel(row('Released', {amountPaise: 250000, references: {payoutUtr: '303012345678'}}), escrow()),
      "Paid ₹2,500.00 to Ravi's UPI ID (UTR 303012345678)");
    assert.equal(timelineLabel(row('Released', {amountPaise: 250000}), asPayee), 'Paid ₹2,500.00 to your UPI ID');
    assert.match(timelineLabel(row('ReleaseReversed', {amountPaise: 250000}), escrow()),
      /^The bank returned the payout of ₹2,500\.00/);
    assert.match(timelineLabel(row('ReleaseFailed'), escrow()), /TrustPay will retry it/);
  });

  test('follows a refund to its reference and says how long banks take', () => {
    assert.equal(timelineLabel(row('RefundStarted', {amountPaise: 250000}), asPayee), 'Refunding ₹2,500.00 to Asha');
    assert.equal(timelineLabel(row('Refunded', {amountPaise: 250000, references: {refundReference: 'TP-RF-9'}}), asPayee),
      '₹2,500.00 refunded to Asha (reference TP-RF-9) — banks take up to 5–7 working days');
    assert.match(timelineLabel(row('Refunded', {amountPaise: 250000}), escrow()), /^₹2,500\.00 refunded to you —/);
    assert.match(timelineLabel(row('RefundFailed', {amountPaise: 250000}), escrow()), /refund of ₹2,500\.00 did not go/);
  });

  test('quotes the reason a party gave for cancelling or disputing', () => {
    assert.equal(timelineLabel(row('Cancelled', {actor: PAYEE, note: 'Out of stock'}), escrow()),
      'Ravi cancelled the escrow: “Out of stock”');
    assert.equal(timelineLabel(row('Cancelled', {actor: PAYEE}), escrow()), 'Ravi cancelled the escrow');
    assert.equal(timelineLabel(row('Disputed', {actor: PAYER, note: 'Never arrived'}), asPayee),
      'Asha opened a dispute: “Never arrived”');
    assert.equal(timelineLabel(row('DisputeMessagePosted', {actor: ADMIN}), escrow()), 'TrustPay wrote in the dispute');
  });

  test('words a decision as TrustPay, never the admin, with where the money goes and why', () => {
    assert.equal(timelineLabel(row('DisputeResolved', {actor: ADMIN, amountPaise: 250000, outcome: 'RELEASE_TO_PAYEE',
      note: 'Delivered as agreed'}), escrow()), 'TrustPay decided to pay ₹2,500.00 to Ravi — Delivered as agreed');
    assert.equal(timelineLabel(row('DisputeResolved', {actor: ADMIN, amountPaise: 250000, outcome: 'REFUND_TO_PAYER'}),
      asPayee), 'TrustPay decided to refund ₹2,500.00 to Asha');
    assert.equal(timelineLabel(row('DisputeResolved', {actor: ADMIN, amountPaise: 100000, outcome: 'SPLIT',
      note: 'Half delivered'}), escrow()),
    'TrustPay decided to pay ₹1,000.00 to Ravi and refund the rest to you — Half delivered');
  });

  test('words the code expiry, the checks and the inspection period', () => {
    assert.equal(timelineLabel(row('CodeExpired'), escrow()), 'The join code expired before anyone joined');
    assert.equal(timelineLabel(row('AnomalyDetected'), escrow()), 'TrustPay is checking something on this escrow');
    assert.match(timelineLabel(row('DeliveryMarked', {actor: PAYEE}),
      escrow({inspectionEndsAt: '2026-01-13T10:00:00Z'})), /^Ravi marked the deal delivered; the payer inspects until /);
    assert.equal(timelineLabel(row('InspectionEndingSoon'), escrow()), 'Reminder: the inspection period ends soon');
    assert.equal(timelineLabel(row('AutoReleased', {amountPaise: 250000}), escrow()),
      'Released automatically when the inspection period ended');
  });

  test('an admin reads the parties by name', () => {
    assert.equal(timelineLabel(row('PartyConfirmed', {actor: PAYER}), asAdmin), 'Asha confirmed');
  });

  test('a kind the page does not know yet still reads as words', () => {
    assert.equal(timelineLabel(row('MilestoneApproved'), escrow()), 'Milestone approved');
  });
});

describe('the timeline list', () => {
  before(() => installFakeDom());

  const text = (node) => all([node]).map((n) => n.text || '').join('');
  const entries = [row('Released', {amountPaise: 250000, references: {payoutUtr: 'UTR1'},
    internal: {detail: 'Paid out, reference po-1'}})];

  test('shows the parties the words, never the internal line', () => {
    const list = timeline(entries, escrow(), {id: 'u-asha', admin: false});
    assert.match(text(list), /Paid ₹2,500\.00 to Ravi's UPI ID \(UTR UTR1\)/);
    assert.doesNotMatch(text(list), /po-1|· by/);
  });

  test('shows an admin the internal line too', () => {
    assert.match(text(timeline(entries, asAdmin, {id: 'u-admin', admin: true})), /reference po-1/);
  });
});

describe('the status line', () => {
  test('tells the payer what to do about a decline, not the bank\'s code', () => {
    const failed = escrow({status: 'PAYMENT_FAILED',
      payment: {failureReason: 'U30: INVALID / INCORRECT MPIN', failureMessage: 'The UPI PIN was wrong. Try again.'}});
    assert.equal(statusMessage(failed), 'Your payment did not go through. The UPI PIN was wrong. Try again.');
    assert.doesNotMatch(statusMessage({...failed, myRole: 'PAYEE'}), /U30|PIN/);
  });

  test('names the payout\'s UTR once the payee was paid, for both parties', () => {
    const paid = {status: 'RELEASED', payout: {utr: '303012345678'}};
    assert.match(statusMessage(escrow(paid)), /^₹2,500\.00 was paid to Ravi \(UTR 303012345678\)\.$/);
    assert.match(statusMessage(escrow({...paid, myRole: 'PAYEE'})), /paid to you \(UTR 303012345678\)/);
  });
});
