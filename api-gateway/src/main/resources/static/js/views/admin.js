// Admin: disputes to resolve (release or refund), failed releases and failed refunds to retry.
import {api} from '../api.js';
import {alertBox, busy, field, h, notify, replace} from '../dom.js';
import {rupees, when} from '../format.js';
import {badge} from '../components.js';

/** The admin controls for one escrow (also shown on the escrow screen to admins). */
export function adminActions(e, refresh) {
  const alert = alertBox();
  if (e.status === 'DISPUTED') {
    const note = field('Decision note', h('textarea', {name: 'note', rows: 2, maxlength: 1000}),
      'Both parties see this note.');
    const release = h('button', {type: 'button', class: 'primary', dataset: {outcome: 'RELEASE'}}, 'Release to receiver');
    const refund = h('button', {type: 'button', class: 'danger-outline', dataset: {outcome: 'REFUND'}}, 'Refund the payer');
    const decide = (button) => async () => {
      alert.clear();
      try {
        await busy(button, 'Sending…', () =>
          api.admin.resolve(e.id, button.dataset.outcome, note.input.value.trim() || undefined));
        notify('Decision recorded.');
        await refresh();
      } catch (err) {
        alert.show(err.message);
      }
    };
    release.addEventListener('click', decide(release));
    refund.addEventListener('click', decide(refund));
    return h('div', {class: 'admin-box'}, h('p', {class: 'eyebrow'}, 'Admin: resolve dispute'),
      alert.el, note.wrap, h('div', {class: 'actions'}, release, refund));
  }
  if (e.status === 'RELEASE_FAILED') {
    return retryBox(e, refresh, alert, {heading: 'Admin: failed release', label: 'Retry release',
      action: 'retry-release', run: api.admin.retryRelease, done: 'Release restarted.'});
  }
  if (e.status === 'REFUND_FAILED') {
    return retryBox(e, refresh, alert, {heading: 'Admin: failed refund', label: 'Retry refund',
      action: 'retry-refund', run: api.admin.retryRefund, done: 'Refund restarted.'});
  }
  return null;
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
  return h('div', {class: 'admin-box'}, h('p', {class: 'eyebrow'}, heading),
    e.lastError ? h('p', {class: 'muted small'}, `Last error: ${e.lastError}`) : null,
    alert.el, h('div', {class: 'actions'}, retry));
}

/**
 * Escrows needing an admin. escrow-service has no admin listing yet: ask for one, and fall back to the escrows
 * this admin can list.
 */
async function needingAttention() {
  try {
    const all = await api.admin.escrows(['DISPUTED', 'RELEASE_FAILED', 'REFUND_FAILED']);
    if (Array.isArray(all)) return {escrows: all, complete: true};
  } catch {
    // not offered (yet)
  }
  const mine = await api.escrows.list();
  return {escrows: Array.isArray(mine) ? mine : [], complete: false};
}

function item(e, reload) {
  return h('li', {class: 'card admin-item', dataset: {id: e.id, status: e.status}},
    h('div', {class: 'row'}, h('a', {href: `#/e/${e.id}`, class: 'title'}, e.title), badge(e.status)),
    h('p', {class: 'muted'}, `${rupees(e.amountPaise)} · ${e.name || ''} · created ${when(e.createdAt)}`),
    adminActions(e, reload));
}

export async function adminView(ctx) {
  const alert = alertBox();
  const disputes = h('div', {id: 'admin-disputes'});
  const failures = h('div', {id: 'admin-failed-releases'});
  const failedRefunds = h('div', {id: 'admin-failed-refunds'});
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
    replace(disputes, list('DISPUTED', 'No disputes waiting.'));
    replace(failures, list('RELEASE_FAILED', 'No failed releases.'));
    replace(failedRefunds, list('REFUND_FAILED', 'No failed refunds.'));
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
      h('h2', {}, 'Disputes to resolve'), disputes,
      h('h2', {}, 'Failed releases to retry'), failures,
      h('h2', {}, 'Failed refunds to retry'), failedRefunds,
      note, openForm),
  };
}
