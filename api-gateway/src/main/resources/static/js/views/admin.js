// Admin: disputes to resolve (release or refund, after reading the parties' thread), payouts the bank returned to decide (pay again or refund), failed
// releases and failed refunds to retry.
import {api} from '../api.js';
import {alertBox, busy, field, h, notify, replace} from '../dom.js';
import {rupees, when} from '../format.js';
import {badge} from '../components.js';
import {messageBox, threadList, threadPlan, wantsThread} from './thread.js';

/** The admin's work list, in the order the page shows it: escrow-service's NEEDS_AN_ADMIN, one section each. */
export const ADMIN_QUEUES = [
  {status: 'DISPUTED', id: 'admin-disputes', heading: 'Disputes to resolve', empty: 'No disputes waiting.'},
  {status: 'PAYOUT_REVERSED', id: 'admin-reversed-payouts', heading: 'Payouts the bank returned',
    empty: 'No returned payouts.'},
  {status: 'RELEASE_FAILED', id: 'admin-failed-releases', heading: 'Failed releases to retry',
    empty: 'No failed releases.'},
  {status: 'REFUND_FAILED', id: 'admin-failed-refunds', heading: 'Failed refunds to retry', empty: 'No failed refunds.'},
];

/** The two answers to a dispute (POST …/resolve {outcome}). */
export const DISPUTE_OUTCOMES = [
  {value: 'RELEASE', label: 'Release to receiver', class: 'primary'},
  {value: 'REFUND', label: 'Refund the payer', class: 'danger-outline'},
];

/** The two answers to a payout the bank returned (POST …/reversal {decision}, ADR 0014). */
export const REVERSAL_DECISIONS = [
  {value: 'PAY_AGAIN', label: 'Pay the receiver again', class: 'primary'},
  {value: 'REFUND', label: 'Refund the payer', class: 'danger-outline'},
];

/**
 * The admin controls for one escrow (also shown on the escrow screen to admins), one box per decision escrow-service
 * allows this admin now (the escrow's allowedActions, from its action table; none on an escrow the admin is a party
 * to): no status is looked at here.
 */
export function adminActions(e, refresh) {
  const allowed = new Set(e.allowedActions || []);
  const boxes = [];
  if (allowed.has('RESOLVE')) {
    boxes.push(decisionBox(e, refresh, alertBox(), {heading: 'Admin: resolve — release or refund',
      choices: DISPUTE_OUTCOMES, action: 'resolve', run: (value, note) => api.admin.resolve(e.id, value, note)}));
  }
  if (allowed.has('DECIDE_REVERSAL')) {
    boxes.push(decisionBox(e, refresh, alertBox(), {heading: 'Admin: the bank returned the payout',
      choices: REVERSAL_DECISIONS, action: 'decide-reversal', detail: e.lastError,
      run: (value, note) => api.admin.decideReversal(e.id, value, note)}));
  }
  if (allowed.has('RETRY_RELEASE')) {
    boxes.push(retryBox(e, refresh, alertBox(), {heading: 'Admin: failed release', label: 'Retry release',
      action: 'retry-release', run: api.admin.retryRelease, done: 'Release restarted.'}));
  }
  if (allowed.has('RETRY_REFUND')) {
    boxes.push(retryBox(e, refresh, alertBox(), {heading: 'Admin: failed refund', label: 'Retry refund',
      action: 'retry-refund', run: api.admin.retryRefund, done: 'Refund restarted.'}));
  }
  return boxes.length ? boxes : null;
}

/** A decision with a note both parties see: one button per choice, each sending run(choice, note). */
function decisionBox(e, refresh, alert, {heading, choices, action, detail, run}) {
  const note = field('Decision note', h('textarea', {name: 'note', rows: 2, maxlength: 1000}),
    'Both parties see this note.');
  const buttons = choices.map((choice) =>
    h('button', {type: 'button', class: choice.class, dataset: {outcome: choice.value}}, choice.label));
  for (const button of buttons) {
    button.addEventListener('click', async () => {
      alert.clear();
      try {
        await busy(button, 'Sending…', () => run(button.dataset.outcome, note.input.value.trim() || undefined));
        notify('Decision recorded.');
        await refresh();
      } catch (err) {
        alert.show(err.message);
      }
    });
  }
  return h('div', {class: 'admin-box', dataset: {action}}, h('p', {class: 'eyebrow'}, heading),
    detail ? h('p', {class: 'muted small'}, detail) : null,
    alert.el, note.wrap, h('div', {class: 'actions'}, ...buttons));
}

/** One retry button for a failed release or refund, with the last error. */
function retryBox(e, refresh, alert, {heading, label, action, run, done}) {
  const retry = h('button', {type: 'button', class: 'primary', dataset: {action}}, label);
  retry.addEventListener('click', async () => {
    alert.clear();
    try {
      await busy(retry, 'Retrying…', () => run(e.id));
      notify(done);
      await refresh();
    } catch (err) {
      alert.show(err.message);
    }
  });
  return h('div', {class: 'admin-box', dataset: {action}}, h('p', {class: 'eyebrow'}, heading),
    e.lastError ? h('p', {class: 'muted small'}, `Last error: ${e.lastError}`) : null,
    alert.el, h('div', {class: 'actions'}, retry));
}

/**
 * Escrows needing an admin. escrow-service has no admin listing yet: ask for one, and fall back to the escrows
 * this admin can list.
 */
async function needingAttention() {
  try {
    const all = await api.admin.escrows(ADMIN_QUEUES.map((q) => q.status));
    if (Array.isArray(all)) return {escrows: all, complete: true};
  } catch {
    // not offered (yet)
  }
  const mine = await api.escrows.list();
  return {escrows: Array.isArray(mine) ? mine : [], complete: false};
}

/**
 * The dispute's thread under a work-list item, read through the admin API, with a box for the admin's own message
 * when the server allows one (POST_DISPUTE_MESSAGE); nothing for an escrow without a thread.
 */
export function adminThread(e, {load = api.admin.disputeMessages, send = api.escrows.postDisputeMessage} = {}) {
  const el = h('div', {class: 'admin-thread', dataset: {thread: e.id}, hidden: true});
  if (!wantsThread(e)) return el;
  const items = h('div');
  const draw = async () => {
    const plan = threadPlan(e, await load(e.id));
    el.hidden = !plan.show;
    replace(items, threadList(plan));
    return plan;
  };
  draw().then((plan) => {
    replace(el, h('p', {class: 'eyebrow'}, 'Dispute thread'), items,
      plan.canPost ? messageBox(async (text, key) => {
        await send(e.id, text, key);
        await draw();
      }) : null);
  }).catch((err) => {
    el.hidden = false;
    replace(el, h('p', {class: 'muted small'}, `The thread is not available right now (${err.message}).`));
  });
  return el;
}

function item(e, reload) {
  return h('li', {class: 'card admin-item', dataset: {id: e.id, status: e.status}},
    h('div', {class: 'row'}, h('a', {href: `#/e/${e.id}`, class: 'title'}, e.title), badge(e.status)),
    h('p', {class: 'muted'}, `${rupees(e.amountPaise)} · ${e.name || ''} · created ${when(e.createdAt)}`),
    adminThread(e), adminActions(e, reload));
}

export async function adminView(ctx) {
  const alert = alertBox();
  const sections = ADMIN_QUEUES.map((q) => ({...q, el: h('div', {id: q.id})}));
  const note = h('p', {class: 'muted small'});
  const open = field('Open an escrow by its id', h('input', {type: 'text', name: 'escrowId', autocomplete: 'off',
    spellcheck: 'false', placeholder: '8c0f…'}));
  const openForm = h('form', {class: 'inline', novalidate: true}, open.wrap, h('button', {type: 'submit'}, 'Open'));
  openForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const id = open.input.value.trim();
    if (/^[0-9a-fA-F-]{36}$/.test(id)) ctx.go(`/e/${id}`);
    else open.error.textContent = 'An escrow id looks like 8c0f5a1e-…, 36 characters.';
  });

  let lastKey = '';
  async function load() {
    const {escrows, complete} = await needingAttention();
    const key = JSON.stringify(escrows.map((e) => [e.id, e.status]));
    if (key === lastKey) return;
    lastKey = key;
    const list = (status, empty) => {
      const matching = escrows.filter((e) => e.status === status);
      return matching.length ? h('ul', {class: 'escrows'}, matching.map((e) => item(e, load))) : h('p', {class: 'muted'}, empty);
    };
    for (const section of sections) replace(section.el, list(section.status, section.empty));
    note.textContent = complete ? '' : 'Showing only escrows you are part of; open any other escrow by its id.';
  }

  if (!ctx.user || !ctx.user.admin) {
    return {title: 'Admin', node: h('section', {}, h('h1', {}, 'Admin'),
      h('p', {class: 'alert', role: 'alert'}, 'This page is for TrustPay staff.'))};
  }
  try {
    await load();
  } catch (err) {
    alert.show(err.message);
  }
  ctx.poll(() => load().catch((err) => alert.show(err.message)), Math.max(ctx.config.pollMillis, 5000));
  return {
    title: 'Admin',
    node: h('section', {},
      h('h1', {}, 'Admin'), alert.el,
      sections.map((section) => [h('h2', {}, section.heading), section.el]),
      note, openForm),
  };
}
