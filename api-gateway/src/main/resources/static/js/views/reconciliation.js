// Admin: reconciliation — latest runs, mismatches by kind with links to their escrows, run now, export CSV,
// acknowledge or resolve a mismatch with a note.
import {api} from '../api.js';
import {alertBox, busy, field, h, notify, replace} from '../dom.js';
import {rupees, when} from '../format.js';

/** Every kind the service reports, in the order the page lists them, with words for an admin. */
export const KINDS = Object.freeze({
  DOUBLE_PAYOUT: 'Paid out twice',
  REFUNDS_EXCEED_COLLECTED: 'Refunded more than collected',
  PAYOUT_AND_REFUND: 'Paid out and refunded',
  MISSING_AT_PROVIDER: 'We recorded it, the provider has no record',
  UNKNOWN_TO_US: 'The provider has money we never recorded',
  AMOUNT_MISMATCH: 'Amounts differ',
  STATUS_MISMATCH: 'Outcomes differ',
  STUCK_PENDING: 'Stuck pending',
  HELD_WITHOUT_PAYMENT: 'Held without a payment',
  RELEASED_WITHOUT_PAYOUT: 'Released without a payout',
  PAYOUT_REVERSED: 'Payout reversed by the bank',
});

/** The escrow id of money no escrow accounts for (UNKNOWN_TO_US with a reference we do not know). */
const NO_ESCROW = '00000000-0000-0000-0000-000000000000';

const DAY = 24 * 60 * 60 * 1000;

/** yyyy-MM-dd of a Date in India time, for the date inputs. */
export function istDate(date) {
  return new Date(date.getTime() + 330 * 60 * 1000).toISOString().slice(0, 10);
}

/** [from, to) instants of a range of India dates, both inclusive. */
export function rangeOf(fromDate, toDate) {
  const from = new Date(`${fromDate}T00:00:00+05:30`);
  const to = new Date(new Date(`${toDate}T00:00:00+05:30`).getTime() + DAY);
  return {from: from.toISOString(), to: to.toISOString()};
}

/** Whether a run's counts say the providers' side could not be read completely. */
export function incomplete(run) {
  return Boolean(run && run.counts && run.counts.providerSideIncomplete > 0);
}

function money(paise) {
  return paise === null || paise === undefined ? '—' : rupees(paise);
}

function escrowLink(id) {
  if (!id || id === NO_ESCROW) return h('span', {class: 'muted'}, 'no escrow of ours');
  return h('a', {href: `#/e/${id}`, class: 'mono'}, `${id.slice(0, 8)}…`);
}

function providerIds(ids) {
  const entries = Object.entries(ids || {});
  return entries.length ? entries.map(([k, v]) => h('div', {class: 'small'}, `${k}: `, h('span', {class: 'mono'}, v)))
    : h('span', {class: 'muted'}, '—');
}

function runRow(run) {
  return h('tr', {dataset: {id: run.id}},
    h('td', {}, run.trigger),
    h('td', {}, `${when(run.from)} – ${when(run.to)}`),
    h('td', {}, String(run.escrowsChecked)),
    h('td', {}, String(run.mismatches)),
    h('td', {}, incomplete(run)
      ? h('span', {class: 'badge tone-bad', title: 'A provider read failed: this run is not a clean report'},
        'Incomplete')
      : h('span', {class: 'badge tone-good'}, 'Complete')),
    h('td', {}, run.finishedAt ? when(run.finishedAt) : 'running'));
}

export async function reconciliationView(ctx) {
  if (!ctx.user || !ctx.user.admin) {
    return {title: 'Reconciliation', node: h('section', {}, h('h1', {}, 'Reconciliation'),
      h('p', {class: 'alert', role: 'alert'}, 'This page is for TrustPay staff.'))};
  }
  const alert = alertBox();
  const today = istDate(new Date());
  const fromField = field('From (India date)', h('input', {type: 'date', name: 'from', value: today}));
  const toField = field('To (India date)', h('input', {type: 'date', name: 'to', value: today}));
  const kindSelect = h('select', {name: 'kind'}, h('option', {value: ''}, 'Every kind'),
    Object.entries(KINDS).map(([k, words]) => h('option', {value: k}, `${k} — ${words}`)));
  const kindField = field('Kind', kindSelect);
  const runButton = h('button', {type: 'button', class: 'primary', dataset: {action: 'run'}}, 'Run now');
  const csvButton = h('button', {type: 'button', dataset: {action: 'csv'}}, 'Export CSV');
  const showButton = h('button', {type: 'submit'}, 'Show');
  const summary = h('div', {id: 'reconciliation-summary'});
  const table = h('div', {id: 'reconciliation-mismatches'});
  const runs = h('div', {id: 'reconciliation-runs'});
  let report = null;

  const range = () => rangeOf(fromField.input.value || today, toField.input.value || today);

  function renderSummary() {
    const counts = (report && report.counts) || {};
    replace(summary, h('ul', {class: 'kind-counts'}, Object.keys(KINDS).map((k) =>
      h('li', {class: `kind kind-${k.toLowerCase()}${counts[k] ? ' found' : ''}`, dataset: {kind: k}},
        h('strong', {}, String(counts[k] || 0)), ' ', KINDS[k]))));
  }

  function renderTable() {
    const wanted = kindSelect.value;
    const rows = ((report && report.mismatches) || []).filter((m) => !wanted || m.kind === wanted);
    if (!rows.length) {
      replace(table, h('p', {class: 'muted'}, 'No mismatches in this range.'));
      return;
    }
    replace(table, h('table', {class: 'mismatches'},
      h('thead', {}, h('tr', {}, ['Kind', 'Escrow', 'Provider ids', 'Ours', 'Provider', 'First / last seen', 'Status', '']
        .map((t) => h('th', {}, t)))),
      h('tbody', {}, rows.map(mismatchRow))));
  }

  function mismatchRow(m) {
    const note = h('input', {type: 'text', name: 'note', maxlength: 1000, placeholder: 'Note', 'aria-label': 'Note'});
    const actions = h('td', {class: 'actions'});
    const act = (action, label) => {
      const b = h('button', {type: 'button', dataset: {action}}, label);
      b.addEventListener('click', async () => {
        alert.clear();
        try {
          await busy(b, 'Saving…', () => api.admin.reconciliation[action](m.id, note.value.trim() || undefined));
          notify(action === 'resolve' ? 'Mismatch resolved.' : 'Mismatch acknowledged.');
          await load();
        } catch (err) {
          alert.show(err.message);
        }
      });
      return b;
    };
    const allowed = m.actions || [];
    if (allowed.length) replace(actions, note,
      allowed.includes('ACKNOWLEDGE') ? act('acknowledge', 'Acknowledge') : null,
      allowed.includes('RESOLVE') ? act('resolve', 'Resolve') : null);
    return h('tr', {class: `kind-${m.kind.toLowerCase()} severity-${(m.severity || '').toLowerCase()}`,
      dataset: {id: m.id, kind: m.kind}},
    h('td', {}, h('strong', {}, m.kind), h('div', {class: 'small muted'}, m.detail || KINDS[m.kind] || '')),
    h('td', {}, escrowLink(m.escrowId)),
    h('td', {}, providerIds(m.providerIds)),
    h('td', {}, money(m.ourAmountPaise), h('div', {class: 'small muted'}, m.ourStatus || '')),
    h('td', {}, money(m.providerAmountPaise), h('div', {class: 'small muted'}, m.providerStatus || '')),
    h('td', {class: 'small'}, when(m.firstSeen), h('br'), when(m.lastSeen)),
    h('td', {}, m.status, m.note ? h('div', {class: 'small muted'}, m.note) : null),
    actions);
  }

  async function loadRuns() {
    const latest = await api.admin.reconciliation.runs();
    const list = Array.isArray(latest) ? latest.slice(0, 10) : [];
    replace(runs, list.length
      ? h('table', {class: 'runs'}, h('thead', {}, h('tr', {},
        ['Trigger', 'Window', 'Escrows', 'Mismatches', 'Providers', 'Finished'].map((t) => h('th', {}, t)))),
      h('tbody', {}, list.map(runRow)))
      : h('p', {class: 'muted'}, 'No runs yet.'));
  }

  async function load() {
    const {from, to} = range();
    report = await api.admin.reconciliation.report(from, to);
    renderSummary();
    renderTable();
    await loadRuns();
  }

  const form = h('form', {class: 'inline', novalidate: true}, fromField.wrap, toField.wrap, kindField.wrap,
    showButton, runButton, csvButton);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    alert.clear();
    try {
      await busy(showButton, 'Loading…', load);
    } catch (err) {
      alert.show(err.message);
    }
  });
  kindSelect.addEventListener('change', renderTable);
  runButton.addEventListener('click', async () => {
    alert.clear();
    try {
      const {from, to} = range();
      const done = await busy(runButton, 'Running…', () => api.admin.reconciliation.run(from, to));
      notify(incomplete(done && done.run)
        ? 'Run finished, but a provider could not be read: the run is incomplete.'
        : `Run finished: ${done && done.run ? done.run.mismatches : 0} mismatches.`);
      await load();
    } catch (err) {
      alert.show(err.message);
    }
  });
  csvButton.addEventListener('click', async () => {
    alert.clear();
    try {
      const {from, to} = range();
      const response = await busy(csvButton, 'Exporting…', () => api.admin.reconciliation.csv(from, to));
      const url = URL.createObjectURL(await response.blob());
      const a = h('a', {href: url, download: `reconciliation-${fromField.input.value}-${toField.input.value}.csv`});
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (err) {
      alert.show(err.message);
    }
  });

  try {
    await load();
  } catch (err) {
    alert.show(err.message);
  }
  return {
    title: 'Reconciliation',
    node: h('section', {id: 'reconciliation'},
      h('h1', {}, 'Reconciliation'), alert.el, form,
      h('h2', {}, 'Mismatches by kind'), summary,
      h('h2', {}, 'Mismatches'), table,
      h('h2', {}, 'Latest runs'), runs),
  };
}
