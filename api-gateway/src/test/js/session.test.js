// The browser session (ADR 0023): the access token in memory only, a reload signed in again by one refresh from the
// HttpOnly cookie, a refused token refreshed once and the call retried once, and logout ending the session on the
// server. Against a fake fetch and the real session.js (no network, no browser).
import assert from 'node:assert/strict';
import {afterEach, beforeEach, describe, test} from 'node:test';
import {createApi} from '../../main/resources/static/js/api.js';
import {createSession} from '../../main/resources/static/js/session.js';

const NOW = Date.parse('2026-12-03T11:00:00Z');

/** An unsigned JWT with these claims (the UI only reads them; the server checks the signature). */
function jwt(claims) {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({alg: 'RS256'})}.${part({sub: 'u-1', name: 'Asha Rao', email: 'asha@example.in', roles: ['USER'],
    exp: NOW / 1000 + 3600, ...claims})}.signature`;
}

function json(status, body) {
  return new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json'}});
}

function problem(status, code) {
  return new Response(JSON.stringify({status, code, detail: code}),
    {status, headers: {'Content-Type': 'application/problem+json'}});
}

/** A fetch that records each request and answers by path from queues (200 {} when a queue is empty). */
function fakeFetch() {
  const calls = [];
  const queues = new Map();
  const fetch = async (url, init = {}) => {
    calls.push({url, method: init.method || 'GET', headers: {...init.headers}, body: init.body,
      credentials: init.credentials});
    await Promise.resolve(); // answer later, as the network does, so concurrent calls really overlap
    const next = (queues.get(url) || []).shift();
    if (next instanceof Error) throw next;
    return next ? next() : json(200, {});
  };
  const answer = (url, response) => {
    if (!queues.has(url)) queues.set(url, []);
    queues.get(url).push(response instanceof Error ? response : () => response);
  };
  return {fetch, calls, answer, to: (url) => calls.filter((c) => c.url === url)};
}

/** Storage that fails the test if anything is written to it. */
function guardedStorage(name) {
  return {
    getItem: () => null,
    setItem: (key) => assert.fail(`${name}.setItem(${key}): no token may be stored`),
    removeItem: () => {},
  };
}

describe('the session', () => {
  let saved;
  beforeEach(() => {
    saved = {localStorage: globalThis.localStorage, sessionStorage: globalThis.sessionStorage};
    Object.defineProperty(globalThis, 'localStorage', {value: guardedStorage('localStorage'), configurable: true});
    Object.defineProperty(globalThis, 'sessionStorage', {value: guardedStorage('sessionStorage'), configurable: true});
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      Object.defineProperty(globalThis, name, {value, configurable: true, writable: true});
    }
  });

  test('keeps the access token in memory only, and says who is signed in', () => {
    const session = createSession({now: () => NOW});
    const token = jwt({name: 'Asha Rao', roles: ['USER', 'ADMIN']});
    session.signIn(token);
    assert.equal(session.token(), token);
    assert.equal(session.signedIn(), true);
    assert.deepEqual(session.user(), {id: 'u-1', name: 'Asha Rao', email: 'asha@example.in', admin: true});
    session.signOut();
    assert.equal(session.token(), null);
    assert.equal(session.signedIn(), false);
    assert.equal(session.user(), null);
  });

  test('an expired access token is not sent, but the page stays signed in until a refresh says otherwise', () => {
    let now = NOW;
    const session = createSession({now: () => now});
    session.signIn(jwt({exp: NOW / 1000 + 60}));
    now += 61_000;
    assert.equal(session.token(), null);
    assert.equal(session.signedIn(), true);
    assert.equal(session.user().name, 'Asha Rao');
  });

  test('a token that is not a JWT signs nobody in', () => {
    const session = createSession({now: () => NOW});
    session.signIn('garbage');
    assert.equal(session.signedIn(), false);
  });
});

describe('the api with a session', () => {
  let http;
  let session;
  let client;
  let signedOutSeen;
  beforeEach(() => {
    http = fakeFetch();
    session = createSession({now: () => NOW});
    client = createApi({fetch: http.fetch, session});
    signedOutSeen = 0;
    client.whenSignedOut(() => {
      signedOutSeen += 1;
    });
  });

  test('login puts the access token in the page\'s session', async () => {
    const token = jwt({});
    http.answer('/api/auth/login', json(200, {accessToken: token, tokenType: 'Bearer', expiresIn: 3600}));
    await client.auth.login('asha@example.in', 'secret-password');
    assert.equal(session.token(), token);
  });

  test('at start one refresh from the cookie signs the page in again: no token, no body, the session header', async () => {
    const token = jwt({});
    http.answer('/api/auth/refresh', json(200, {accessToken: token, tokenType: 'Bearer', expiresIn: 3600}));
    assert.equal(await client.auth.resume(), true);
    const [sent] = http.calls;
    assert.equal(http.calls.length, 1);
    assert.equal(sent.url, '/api/auth/refresh');
    assert.equal(sent.method, 'POST');
    assert.equal(sent.headers['X-TrustPay-Session'], '1');
    assert.equal(sent.headers.Authorization, undefined);
    assert.equal(sent.body, undefined);
    assert.equal(sent.credentials, 'same-origin');
    assert.equal(session.token(), token);
    assert.equal(session.user().name, 'Asha Rao');
  });

  test('at start without a valid cookie the page is simply signed out', async () => {
    http.answer('/api/auth/refresh', problem(401, 'SESSION_MISSING'));
    assert.equal(await client.auth.resume(), false);
    assert.equal(session.signedIn(), false);
    assert.equal(signedOutSeen, 0);
  });

  test('a refused token is refreshed once and the call retried once with the new token', async () => {
    const old = jwt({name: 'old'});
    const fresh = jwt({name: 'fresh'});
    session.signIn(old);
    http.answer('/api/escrows/e1', problem(401, 'INVALID_TOKEN'));
    http.answer('/api/escrows/e1', json(200, {id: 'e1'}));
    http.answer('/api/auth/refresh', json(200, {accessToken: fresh}));

    assert.deepEqual(await client.escrows.get('e1'), {id: 'e1'});
    assert.deepEqual(http.calls.map((c) => c.url), ['/api/escrows/e1', '/api/auth/refresh', '/api/escrows/e1']);
    assert.equal(http.calls[0].headers.Authorization, `Bearer ${old}`);
    assert.equal(http.calls[2].headers.Authorization, `Bearer ${fresh}`);
    assert.equal(signedOutSeen, 0);
  });

  test('a call refused again after the refresh is not retried twice: the page is signed out', async () => {
    session.signIn(jwt({}));
    http.answer('/api/escrows/e1', problem(401, 'INVALID_TOKEN'));
    http.answer('/api/escrows/e1', problem(401, 'INVALID_TOKEN'));
    http.answer('/api/auth/refresh', json(200, {accessToken: jwt({name: 'fresh'})}));

    const error = await client.escrows.get('e1').catch((e) => e);
    assert.equal(error.status, 401);
    assert.equal(http.to('/api/auth/refresh').length, 1);
    assert.equal(http.to('/api/escrows/e1').length, 2);
    assert.equal(session.signedIn(), false);
    assert.equal(signedOutSeen, 1);
  });

  test('when the cookie cannot refresh either, the router is told once and the call is not retried', async () => {
    session.signIn(jwt({}));
    http.answer('/api/escrows/e1', problem(401, 'INVALID_TOKEN'));
    http.answer('/api/auth/refresh', problem(401, 'SESSION_REVOKED'));

    const error = await client.escrows.get('e1').catch((e) => e);
    assert.equal(error.code, 'INVALID_TOKEN');
    assert.equal(http.to('/api/escrows/e1').length, 1);
    assert.equal(session.signedIn(), false);
    assert.equal(signedOutSeen, 1);
  });

  test('calls refused at the same moment share one refresh', async () => {
    session.signIn(jwt({}));
    http.answer('/api/escrows/a', problem(401, 'INVALID_TOKEN'));
    http.answer('/api/escrows/b', problem(401, 'INVALID_TOKEN'));
    http.answer('/api/auth/refresh', json(200, {accessToken: jwt({name: 'fresh'})}));

    await Promise.all([client.escrows.get('a'), client.escrows.get('b')]);
    assert.equal(http.to('/api/auth/refresh').length, 1);
    assert.equal(http.to('/api/escrows/a').length, 2);
    assert.equal(http.to('/api/escrows/b').length, 2);
  });

  test('a token that expired in memory is refreshed before the call, not after a 401', async () => {
    let now = NOW;
    session = createSession({now: () => now});
    client = createApi({fetch: http.fetch, session});
    session.signIn(jwt({exp: NOW / 1000 + 60}));
    now += 120_000;
    const fresh = jwt({exp: now / 1000 + 3600});
    http.answer('/api/auth/refresh', json(200, {accessToken: fresh}));

    await client.escrows.list();
    assert.deepEqual(http.calls.map((c) => c.url), ['/api/auth/refresh', '/api/escrows']);
    assert.equal(http.calls[1].headers.Authorization, `Bearer ${fresh}`);
  });

  test('logout ends the session on the server with the session header, then here', async () => {
    session.signIn(jwt({}));
    http.answer('/api/auth/logout', new Response(null, {status: 204}));
    await client.auth.logout();
    const [sent] = http.calls;
    assert.equal(sent.url, '/api/auth/logout');
    assert.equal(sent.method, 'POST');
    assert.equal(sent.headers['X-TrustPay-Session'], '1');
    assert.equal(sent.credentials, 'same-origin');
    assert.equal(session.signedIn(), false);
  });

  test('logout forgets the session here even when the server cannot be reached', async () => {
    session.signIn(jwt({}));
    http.answer('/api/auth/logout', new TypeError('Failed to fetch'));
    await client.auth.logout();
    assert.equal(session.signedIn(), false);
  });
});
