// My escrows.
import {api} from '../api.js';
import {alertBox, h, replace} from '../dom.js';
import {escrowCard} from '../components.js';

const ORDER = ['AWAITING_PARTNER', 'AWAITING_PAYMENT', 'PAYMENT_PENDING', 'PAYMENT_FAILED', 'HELD', 'DISPUTED',
  'RELEASING', 'RELEASE_FAILED', 'PAYOUT_REVERSED', 'REFUNDING', 'REFUND_FAILED'];

function asList(answer) {
  if (Array.isArray(answer)) return answer;
  return (answer && (answer.items || answer.content)) || [];
}

function split(escrows) {
  const open = escrows.filter((e) => ORDER.includes(e.status));
  const closed = escrows.filter((e) => !ORDER.includes(e.status));
  return {open, closed};
}

export async function listView(ctx) {
  const alert = alertBox();
  const body = h('div', {id: 'escrow-list', 'aria-live': 'polite'}, h('p', {class: 'muted'}, 'Loading your escrows…'));
  let last = '';

  async function load() {
    const escrows = asList(await api.escrows.list());
    const key = JSON.stringify(escrows.map((e) => [e.id, e.status]));
    if (key === last) return;
    last = key;
    alert.clear();
    if (escrows.length === 0) {
      replace(body, h('div', {class: 'empty card'},
        h('p', {}, 'No escrows yet.'),
        h('p', {class: 'muted'}, 'Create one and share its code, or join with a code your partner gave you.')));
      return;
    }
    const {open, closed} = split(escrows);
    replace(body,
      open.length ? h('h2', {}, 'In progress') : null,
      open.length ? h('ul', {class: 'escrows'}, open.map(escrowCard)) : null,
      closed.length ? h('h2', {}, 'Finished') : null,
      closed.length ? h('ul', {class: 'escrows'}, closed.map(escrowCard)) : null);
  }

  try {
    await load();
  } catch (e) {
    alert.show(e.message);
    replace(body);
  }
  ctx.poll(async () => {
    try {
      await load();
    } catch (e) {
      alert.show(e.message);
    }
  }, Math.max(ctx.config.pollMillis, 5000));

  return {
    title: 'My escrows',
    node: h('section', {},
      h('div', {class: 'heading-row'}, h('h1', {}, 'My escrows')),
      h('div', {class: 'actions'},
        h('a', {class: 'button primary', href: '#/new', id: 'create-escrow'}, 'Create an escrow'),
        h('a', {class: 'button', href: '#/join', id: 'join-escrow'}, 'Join with a code')),
      alert.el,
      body),
  };
}
