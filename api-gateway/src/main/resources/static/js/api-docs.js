// One page for the OpenAPI documents of all services, fetched through the gateway's /v3/api-docs/{service}.
import {paths} from './api.js';
import {h, replace} from './dom.js';

const SERVICES = [
  ['escrow', 'Escrow service', 'Accounts, escrows, join codes, confirmations, admin decisions'],
  ['notification', 'Notification service', 'Your notifications: the feed, read marks, the live stream and its ticket'],
  ['reconciliation', 'Reconciliation service', 'Reconciliation runs, mismatches and reports (admins)'],
  ['webhook', 'Webhook ingest', 'Provider webhooks (Setu, RazorpayX, PhonePe, Razorpay, PayU)'],
  ['payment', 'Payment service', 'Payments and payouts (internal API, not routed for callers)'],
];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operations(doc) {
  const rows = [];
  for (const [path, item] of Object.entries(doc.paths || {})) {
    for (const method of METHODS) {
      if (item[method]) rows.push({path, method, op: item[method]});
    }
  }
  return rows;
}

function section(id, title, blurb, doc, error) {
  const body = error
    ? h('p', {class: 'muted'}, `Not available right now (${error}).`)
    : h('ul', {class: 'ops'}, operations(doc).map(({path, method, op}) => h('li', {},
      h('details', {},
        h('summary', {}, h('code', {class: `method ${method}`}, method.toUpperCase()), ' ', h('code', {}, path),
          op.summary ? h('span', {class: 'muted'}, ` — ${op.summary}`) : null),
        op.description ? h('p', {}, op.description) : null,
        h('p', {class: 'muted small'}, 'Responses: ', Object.keys(op.responses || {}).join(', '))))));
  return h('section', {class: 'card', id: `docs-${id}`},
    h('h2', {}, title, doc && doc.info && doc.info.version ? h('span', {class: 'muted small'}, ` v${doc.info.version}`) : null),
    h('p', {class: 'muted'}, blurb, ' · ', h('a', {href: paths.apiDocs(id)}, 'OpenAPI JSON')),
    body);
}

const parts = await Promise.all(SERVICES.map(async ([id, title, blurb]) => {
  try {
    const response = await fetch(paths.apiDocs(id), {headers: {Accept: 'application/json'}});
    if (!response.ok) return section(id, title, blurb, null, `HTTP ${response.status}`);
    return section(id, title, blurb, await response.json(), null);
  } catch {
    return section(id, title, blurb, null, 'network error');
  }
}));
replace(document.getElementById('docs'), parts);
