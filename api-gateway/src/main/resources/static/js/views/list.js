// My escrows, newest first, a page at a time ("Load more"). Which escrows are still in progress is the server's
// word (each escrow's `finished`), not a status list of this page's own.
import {api} from '../api.js';
import {alertBox, busy, h, replace} from '../dom.js';
import {escrowCard} from '../components.js';
import {createPager} from '../paging.js';

/** The escrows still going on and the finished ones, each in the server's order (newest first). */
export function split(escrows) {
  return {open: escrows.filter((e) => !e.finished), closed: escrows.filter((e) => e.finished)};
}

/** The list screen's state: its pager over GET /api/escrows, for the view below and for tests. */
export function escrowPages(client = api) {
  return createPager((cursor, limit) => client.escrows.list({cursor, limit}));
}

export async function listView(ctx) {
  const alert = alertBox();
  const body = h('div', {id: 'escrow-list', 'aria-live': 'polite'}, h('p', {class: 'muted'}, 'Loading your escrows…'));
  const pages = escrowPages();
  const more = h('button', {type: 'button', id: 'load-more', hidden: true}, 'Load more');
  let last = '';

  function draw() {
    const escrows = pages.items;
    more.hidden = !pages.hasMore;
    const key = JSON.stringify([pages.hasMore, escrows.map((e) => [e.id, e.status])]);
    if (key === last) return;
    last = key;
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

  more.addEventListener('click', async () => {
    alert.clear();
    try {
      await busy(more, 'Loading…', () => pages.more());
      draw();
    } catch (e) {
      alert.show(e.message);
    }
  });

  try {
    await pages.first();
    alert.clear();
    draw();
  } catch (e) {
    alert.show(e.message);
    replace(body);
  }
  ctx.poll(async () => {
    try {
      await pages.refresh();
      alert.clear();
      draw();
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
      body,
      h('div', {class: 'actions'}, more)),
  };
}
