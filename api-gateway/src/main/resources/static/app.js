// TrustPay web UI: a hash router over plain ES modules (no build step, no CDN, no inline script).
import {api} from './js/api.js';
import {h, replace} from './js/dom.js';
import {session} from './js/session.js';
import {loginView, signupView} from './js/views/auth.js';
import {listView} from './js/views/list.js';
import {createView} from './js/views/create.js';
import {joinView} from './js/views/join.js';
import {detailView} from './js/views/detail.js';
import {payView} from './js/views/pay.js';
import {adminView} from './js/views/admin.js';
import {reconciliationView} from './js/views/reconciliation.js';
import {createBell} from './js/views/notifications.js';

const UUID = '([0-9a-fA-F-]{36})';
const ROUTES = [
  {pattern: /^\/?$/, view: listView, auth: true},
  {pattern: /^\/login$/, view: loginView},
  {pattern: /^\/signup$/, view: signupView},
  {pattern: /^\/new$/, view: createView, auth: true},
  {pattern: /^\/join(?:\/([A-Za-z0-9 -]{0,12}))?$/, view: joinView, auth: true},
  {pattern: new RegExp(`^/e/${UUID}$`), view: detailView, auth: true},
  {pattern: new RegExp(`^/e/${UUID}/pay$`), view: payView, auth: true},
  {pattern: /^\/admin$/, view: adminView, auth: true},
  {pattern: /^\/admin\/reconciliation$/, view: reconciliationView, auth: true},
];
const NEXT = 'trustpay.next';

let config = {sandbox: false, pollMillis: 2500};
let bell = null;
let disposers = [];

function dispose() {
  for (const d of disposers) {
    try {
      d();
    } catch {
      // a screen that failed to clean up must not block the next one
    }
  }
  disposers = [];
}

/** Runs fn now and every interval while the screen is open and the tab is visible. */
function poll(fn, interval = config.pollMillis) {
  let stopped = false;
  let timer = null;
  const tick = async () => {
    if (stopped) return;
    if (!document.hidden) {
      try {
        await fn();
      } catch {
        // the screen shows its own errors; keep polling
      }
    }
    if (!stopped) timer = setTimeout(tick, interval);
  };
  timer = setTimeout(tick, interval);
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
  };
  disposers.push(stop);
  return stop;
}

function go(path) {
  if (location.hash === `#${path}`) render();
  else location.hash = `#${path}`;
}

function nav() {
  const user = session.user();
  const el = document.getElementById('nav');
  if (!user) {
    stopBell();
    replace(el, h('a', {href: '#/login'}, 'Log in'), h('a', {href: '#/signup'}, 'Sign up'));
    return;
  }
  if (!bell) {
    bell = createBell();
    bell.start();
  }
  replace(
    el,
    h('a', {href: '#/'}, 'My escrows'),
    h('a', {href: '#/join'}, 'Join'),
    user.admin ? h('a', {href: '#/admin'}, 'Admin') : null,
    user.admin ? h('a', {href: '#/admin/reconciliation'}, 'Reconciliation') : null,
    bell.element,
    h('span', {class: 'who', id: 'signed-in-as'}, `Signed in as ${user.name}`),
    h('button', {type: 'button', class: 'link', id: 'logout-button', onclick: logout}, 'Log out'),
  );
}

function stopBell() {
  if (bell) bell.stop();
  bell = null;
}

// Tells this browser's other TrustPay tabs that the session ended here (a message, nothing stored).
const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('trustpay.session') : null;

/** Ends the session on the server (the cookie's refresh token and its family), then here. */
async function logout() {
  stopBell();
  sessionStorage.removeItem(NEXT);
  await api.auth.logout();
  if (tabs) tabs.postMessage('signed-out');
  go('/login');
}

if (tabs) {
  tabs.onmessage = (message) => {
    if (message.data !== 'signed-out' || !session.signedIn()) return;
    stopBell();
    session.signOut();
    go('/login');
  };
}

async function render() {
  dispose();
  nav();
  const path = decodeURI(location.hash.replace(/^#/, '')) || '/';
  const route = ROUTES.find((r) => r.pattern.test(path));
  const main = document.getElementById('main');
  if (!route) {
    show(main, 'Not found', h('section', {}, h('h1', {tabindex: '-1'}, 'Page not found'),
      h('p', {}, h('a', {href: '#/'}, 'Go to my escrows'))));
    return;
  }
  if (route.auth && !session.signedIn()) {
    sessionStorage.setItem(NEXT, path);
    go('/login');
    return;
  }
  const params = path.match(route.pattern).slice(1);
  const ctx = {
    config,
    user: session.user(),
    go,
    poll,
    onLeave: (fn) => disposers.push(fn),
    signedIn: () => {
      const next = sessionStorage.getItem(NEXT);
      sessionStorage.removeItem(NEXT);
      go(next && next !== '/login' && next !== '/signup' ? next : '/');
    },
  };
  try {
    const screen = await route.view(ctx, ...params);
    show(main, screen.title, screen.node);
  } catch (e) {
    show(main, 'Error', h('section', {}, h('h1', {tabindex: '-1'}, 'Something went wrong'),
      h('p', {class: 'alert', role: 'alert'}, e.message || String(e)),
      h('p', {}, h('a', {href: '#/'}, 'Back to my escrows'))));
  }
}

function show(main, title, node) {
  replace(main, node);
  document.title = title ? `${title} · TrustPay` : 'TrustPay';
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({preventScroll: true});
  }
  window.scrollTo(0, 0);
}

api.whenSignedOut(() => {
  sessionStorage.setItem(NEXT, decodeURI(location.hash.replace(/^#/, '')) || '/');
  go('/login');
});

window.addEventListener('hashchange', render);
// A reload or a new tab: signed in again from the session cookie (once), then the screen asked for.
[config] = await Promise.all([api.uiConfig(), api.auth.resume()]);
await render();
