// The admin page's work list and decisions against escrow-service's sources: every status the service lists for
// admins has a section, and every button sends a decision the service accepts.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {ADMIN_QUEUES, DISPUTE_OUTCOMES, REVERSAL_DECISIONS} from '../../main/resources/static/js/views/admin.js';

const WEB = '../../../../escrow-service/src/main/java/com/trustpay/escrow/escrow/web/';

function source(file) {
  return readFileSync(fileURLToPath(new URL(WEB + file, import.meta.url)), 'utf8');
}

/** The quoted values of the switch in the named static method of EscrowRequests. */
function accepted(method) {
  const body = source('EscrowRequests.java').split(`static boolean ${method}(`)[1].split('default ->')[0];
  return [...body.matchAll(/case "([A-Z_]+)"/g)].map((m) => m[1]);
}

test('the work list has a section for every status escrow-service lists for admins, a returned payout too', () => {
  const declaration = source('AdminEscrowController.java').split('NEEDS_AN_ADMIN =')[1].split(';')[0];
  const statuses = [...declaration.matchAll(/EscrowStatus\.([A-Z_]+)/g)].map((m) => m[1]);
  assert.ok(statuses.includes('PAYOUT_REVERSED'));
  assert.deepEqual(ADMIN_QUEUES.map((q) => q.status).sort(), [...statuses].sort());
});

test('a returned payout is paid again or refunded, with the decisions the server accepts', () => {
  assert.deepEqual(REVERSAL_DECISIONS.map((d) => d.value), accepted('payAgain'));
  assert.deepEqual(REVERSAL_DECISIONS.map((d) => d.label), ['Pay the receiver again', 'Refund the payer']);
});

test('a dispute is released or refunded, with the outcomes the server accepts', () => {
  assert.deepEqual(DISPUTE_OUTCOMES.map((d) => d.value), accepted('releaseToPayee'));
});
