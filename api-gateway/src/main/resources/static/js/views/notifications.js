// The bell in the header: the unread count and a panel with the latest notifications, kept up to date by the live
// stream (Server-Sent Events). EventSource cannot send the access token, so each connection opens with a fresh
// single-use ticket; after a drop it reconnects with the last event id it got, and while the stream is down the count
// is polled instead. Views can follow the stream too: every notification is also dispatched on window as a
// 'trustpay:notification' event whose detail is the notification.
import {api, paths} from '../api.js';
import {h, replace} from '../dom.js';

const POLL_MILLIS = 30_000;
const MAX_BACKOFF_MILLIS = 30_000;

/**
 * How long to wait before reading the escrow again when a notification about it found nothing new: notifications
 * are made from the same events escrow-service consumes (a payout's success, say), so one can reach the screen
 * before escrow-service has recorded what it says.
 */
const FOLLOW_RETRIES_MS = [500, 1_000, 2_000, 4_000];

/**
 * Refreshes a screen whenever the live stream brings a notification about its escrow, until the screen is left;
 * the screen's own polling stays the fallback for when the stream is down. A refresh that resolves to {@code false}
 * (nothing changed) is tried again after each of {@code retryAfterMs}, until something changed.
 */
export function followEscrow(ctx, escrowId, refresh, target = globalThis.window,
  {retryAfterMs = FOLLOW_RETRIES_MS, schedule = setTimeout, cancel = clearTimeout} = {}) {
  let timer = null;
  let left = false;
  const attempt = (n) => {
    timer = null;
    refresh().then((changed) => {
      if (changed === false && !left && n < retryAfterMs.length) {
        timer = schedule(() => attempt(n + 1), retryAfterMs[n]);
      }
    }).catch(() => {});
  };
  const onNotification = (e) => {
    if (!e.detail || e.detail.escrowId !== escrowId) return;
    if (timer !== null) cancel(timer);
    attempt(0);
  };
  target.addEventListener('trustpay:notification', onNotification);
  ctx.onLeave(() => {
    left = true;
    if (timer !== null) cancel(timer);
    target.removeEventListener('trustpay:notification', onNotification);
  });
}

/** One bell per signed-in tab: its element survives the header being rebuilt on every screen. */
export function createBell({source = (url) => new EventSource(url), client = api} = {}) {
  let unread = 0;
  let items = [];
  let lastEventId = null;
  let stream = null;
  let pollTimer = null;
  let retryTimer = null;
  let backoff = 1_000;
  let stopped = false;

  const count = h('span', {class: 'bell-count', 'aria-hidden': 'true'});
  const button = h('button', {type: 'button', class: 'link bell', 'aria-expanded': 'false', onclick: toggle},
    h('span', {class: 'bell-icon', 'aria-hidden': 'true'}), count);
  const list = h('ol', {class: 'bell-list'});
  const panel = h('section', {class: 'bell-panel', hidden: true, 'aria-label': 'Notifications'},
    h('div', {class: 'bell-head'}, h('h2', {}, 'Notifications'),
      h('button', {type: 'button', class: 'link', onclick: readAll}, 'Mark all read')),
    list);
  const element = h('div', {class: 'bell-wrap'}, button, panel);

  function label() {
    count.textContent = unread > 0 ? String(unread > 99 ? '99+' : unread) : '';
    button.setAttribute('aria-label', unread === 1 ? '1 unread notification' : `${unread} unread notifications`);
  }

  function draw() {
    replace(list, items.length === 0 ? h('li', {class: 'muted'}, 'Nothing yet. We tell you here when something happens.') : items.map(row));
  }

  function row(n) {
    return h('li', {class: n.read ? 'bell-item' : 'bell-item unread'},
      h('p', {class: 'bell-title'}, n.title),
      h('p', {class: 'small'}, n.body),
      n.link ? h('a', {href: new URL(n.link, location.href).hash || n.link, onclick: () => markRead(n)}, n.actionLabel || 'Open') : null);
  }

  async function refresh() {
    try {
      const page = await client.notifications.list();
      items = page.items;
      unread = page.unread;
      label();
      draw();
    } catch {
      // the header keeps its last count; the stream or the next poll tries again
    }
  }

  async function markRead(n) {
    if (n.read) return;
    try {
      const answer = await client.notifications.read(n.id);
      n.read = true;
      unread = answer.unread;
      label();
      draw();
    } catch {
      // not fatal: it stays unread
    }
  }

  async function readAll() {
    try {
      await client.notifications.readAll();
      items.forEach((n) => { n.read = true; });
      unread = 0;
      label();
      draw();
    } catch {
      // keep what is shown
    }
  }

  function toggle() {
    const open = panel.hidden;
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) refresh();
  }

  function arrived(n, id) {
    lastEventId = id || lastEventId;
    items = [n, ...items.filter((i) => i.id !== n.id)].slice(0, 20);
    if (!n.read) unread += 1;
    label();
    draw();
    window.dispatchEvent(new CustomEvent('trustpay:notification', {detail: n}));
  }

  async function connect() {
    if (stopped) return;
    let ticket;
    try {
      ticket = (await client.notifications.streamTicket()).ticket;
    } catch {
      retry();
      return;
    }
    stream = source(paths.stream(ticket, lastEventId));
    stream.addEventListener('open', () => {
      backoff = 1_000;
      clearInterval(pollTimer);
      pollTimer = null;
    });
    stream.addEventListener('notification', (e) => {
      try {
        arrived(JSON.parse(e.data), e.lastEventId);
      } catch {
        // a malformed event is skipped
      }
    });
    // The ticket was single-use: the browser's own reconnect cannot work, so reconnect with a new one.
    stream.addEventListener('error', () => {
      stream.close();
      retry();
    });
  }

  function retry() {
    if (stopped) return;
    if (!pollTimer) pollTimer = setInterval(refresh, POLL_MILLIS);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
  }

  return {
    element,
    start() {
      stopped = false;
      label();
      refresh();
      connect();
    },
    stop() {
      stopped = true;
      if (stream) stream.close();
      clearInterval(pollTimer);
      clearTimeout(retryTimer);
    },
    /** For tests and views: what the bell shows. */
    state: () => ({unread, items: [...items], lastEventId}),
  };
}
