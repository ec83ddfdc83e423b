// Admin: disputes to resolve (release or refund, after reading the parties' thread), payouts the bank returned to decide (pay again or refund), failed
// releases and failed refunds to retry.
import {api} from '../api.js';
import {alertBox, busy, field, h, notify, replace, setFieldError} from '../dom.js';
import {parseRupees, rupees, when} from '../format.js';
import {badge} from '../components.js';
import {createPager} from '../paging.js';
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
  if (allowed.has('RESOLVE_SPLIT')) {
    boxes.push(splitBox(e, refresh, alertBox()));
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

/**
 * Why this split cannot be sent, or '' when it can: the receiver gets at least ₹0.01 and the payer at least ₹0.01
 * of the heldPaise escrow-service says is held (SPLIT_OUT_OF_RANGE, checked there again).
 */
export function splitProblem(paise, heldPaise) {
  if (!paise || paise < 1) return 'Enter what the receiver gets, in rupees.';
  if (heldPaise && paise > heldPaise - 1) return `Leave something to refund: at most ${rupees(heldPaise - 1)}.`;
  return '';
}

/** An admin's split of a dispute (ADR 0021): part of what is held to the receiver, the rest back to the payer. */
function splitBox(e, refresh, alert) {
  const amount = field('To the receiver, in rupees', h('input', {type: 'text', name: 'releaseRupees',
    inputmode: 'decimal', id: 'split-amount', autocomplete: 'off'}),
  `Of ${rupees(e.heldPaise)} held; the rest is refunded to the payer.`);
  const note = field('Decision note', h('textarea', {name: 'note', rows: 2, maxlength: 1000}),
    'Both parties see this note.');
  const split = h('button', {type: 'button', class: 'primary', id: 'split-submit', dataset: {outcome: 'SPLIT'}},
    'Split');
  split.addEventListener('click', async () => {
    alert.clear();
    const paise = parseRupees(amount.input.value);
    const problem = splitProblem(paise, e.heldPaise);
    setFieldError(amount, problem);
    if (problem) return;
    try {
      await busy(split, 'Sending…', () => api.admin.resolve(e.id, 'SPLIT', note.input.value.trim() || undefined,
        paise));
      notify('Decision recorded.');
      await refresh();
    } catch (err) {
      alert.show(err.message);
    }
  });
  return h('div', {class: 'admin-box', dataset: {action: 'resolve-split'}},
    h('p', {class: 'eyebrow'}, 'Admin: split — part to the receiver, the rest refunded'),
    alert.el, amount.wrap, note.wrap, h('div', {class: 'actions'}, split));
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
 * What the search box asks escrow-service for: {q} for an escrow id or a 6-character join code, {statuses} for a
 * status name ("disputed", "release failed"; escrow-service knows which exist and answers INVALID_STATUS for
 * others: this page keeps no status list of its own), else {error} to show. No status name has 6 letters.
 */
export function searchTerm(text) {
  const q = (text || '').trim();
  if (/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(q)) return {q};
  if (/^[A-Za-z0-9]{6}$/.test(q)) return {q: q.toUpperCase()};
  if (/^[A-Za-z]+(?:[ _][A-Za-z]+)*$/.test(q)) return {statuses: [q.toUpperCase().replace(/ /g, '_')]};
  return {error: 'Enter an escrow\'s 6-character code, like K7Q3MX, its id (36 characters), or a status, like DISPUTED.'};
}

/** A pager over GET /api/admin/escrows with these options ({statuses} or {q}), newest first. */
export function adminPages(options, client = api) {
  return createPager((cursor, limit) => client.admin.escrows({...options, cursor, limit}));
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
    h('p', {class: 'muted'}, `${rupees(e.amountPaise)} · ${e.name || ''} · ${e.code || ''} · created ${when(e.createdAt)}`),
    e.nextStep ? h('p', {class: 'small'}, e.nextStep) : null,
    adminThread(e), adminActions(e, reload));
}

/**
 * One list on the admin page: its escrows, a "Load more" button while the server has older ones, and a key of
 * what is drawn so that a refresh that changed nothing redraws nothing (a half-typed decision note survives).
 */
function pagedList(pager, empty, reload, alert) {
  const el = h('div', {});
  const more = h('button', {type: 'button', class: 'load-more', hidden: true}, 'Load more');
  let key = '';
  function draw(force = false) {
    const next = JSON.stringify([pager.hasMore, pager.items.map((e) => [e.id, e.status])]);
    more.hidden = !pager.hasMore;
    if (next === key && !force) return;
    key = next;
    replace(el, pager.items.length
      ? h('ul', {class: 'escrows'}, pager.items.map((e) => item(e, reload)))
      : h('p', {class: 'muted'}, empty));
  }
  more.addEventListener('click', async () => {
    alert.clear();
    try {
      await busy(more, 'Loading…', () => pager.more());
      draw();
    } catch (err) {
      alert.show(err.message);
    }
  });
  return {wrap: h('div', {}, el, h('div', {class: 'actions'}, more)), draw};
}

export async function adminView(ctx) {
  const alert = alertBox();
  if (!ctx.user || !ctx.user.admin) {
    return {title: 'Admin', node: h('section', {}, h('h1', {}, 'Admin'),
      h('p', {class: 'alert', role: 'alert'}, 'This page is for TrustPay staff.'))};
  }
  const reload = () => refreshAll();
  const sections = ADMIN_QUEUES.map((q) => {
    const pager = adminPages({statuses: [q.status]});
    return {...q, pager, list: pagedList(pager, q.empty, reload, alert)};
  });

  const search = field('Find escrows by code, id or status', h('input', {type: 'search', name: 'q', autocomplete: 'off',
    spellcheck: 'false', placeholder: 'K7Q3MX, 8c0f5a1e-… or DISPUTED', id: 'admin-search-q'}));
  const searchAlert = alertBox();
  const results = h('div', {id: 'admin-search-results', 'aria-live': 'polite'});
  let found = null;
  const searchForm = h('form', {class: 'inline', novalidate: true, id: 'admin-search', role: 'search'},
    search.wrap, h('button', {type: 'submit'}, 'Find'));
  searchForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    searchAlert.clear();
    const term = searchTerm(search.input.value);
    search.error.textContent = term.error || '';
    if (term.error) return;
    replace(results);
    found = null;
    const pager = adminPages(term);
    const list = pagedList(pager, term.q ? 'No escrow has this code or id.' : 'No escrows in this status.', reload,
      searchAlert);
    try {
      await pager.first();
      found = {pager, list};
      list.draw(true);
      replace(results, list.wrap);
    } catch (err) {
      searchAlert.show(err.message);
    }
  });

  async function refreshAll() {
    const lists = found ? [...sections, found] : sections;
    await Promise.all(lists.map(async (s) => {
      await s.pager.refresh();
      s.list.draw();
    }));
  }

  try {
    await Promise.all(sections.map(async (s) => {
      await s.pager.first();
      s.list.draw(true);
    }));
  } catch (err) {
    alert.show(err.message);
  }
  ctx.poll(() => refreshAll().catch((err) => alert.show(err.message)), Math.max(ctx.config.pollMillis, 5000));
  return {
    title: 'Admin',
    node: h('section', {},
      h('h1', {}, 'Admin'), alert.el,
      searchForm, searchAlert.el, results,
      sections.map((section) => [h('h2', {}, section.heading), h('div', {id: section.id}, section.list.wrap)])),
  };
}
