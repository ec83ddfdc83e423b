// api.js: the paths and requests each named call makes, and how failed calls become ApiErrors, against a fake
// fetch (no network, no browser).
import assert from 'node:assert/strict';
import {beforeEach, describe, test} from 'node:test';
import {ApiError, MESSAGE_CODES, api, createApi, messageFor, paths} from '../../main/resources/static/js/api.js';

const ID = '8c0f5a1e-2b3c-4d5e-8f90-0123456789ab';

/** A fetch that records each request and answers from a queue (200 {} when the queue is empty). */
function fakeFetch() {
  const calls = [];
  const answers = [];
  const fetch = async (url, init) => {
    calls.push({url, ...init, headers: {...init.headers}, body: init.body === undefined ? undefined : JSON.parse(init.body)});
    const next = answers.shift() || (() => json(200, {}));
    return next();
  };
  return {fetch, calls, answer: (response) => answers.push(typeof response === 'function' ? response : () => response)};
}

function json(status, body, headers = {}) {
  return new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json', ...headers}});
}

function problem(status, code, detail, headers = {}) {
  return new Response(JSON.stringify({type: 'https://trustpay.dev/problems/x', title: 't', status, detail, code}),
    {status, headers: {'Content-Type': 'application/problem+json', ...headers}});
}

/** A session holding a token (null: signed in, but the token expired), counting sign-ins and sign-outs. */
function signedIn(token = 'tok.en.value') {
  const session = {
    current: token,
    active: true,
    signIns: [],
    signOuts: 0,
    token: () => session.current,
    signedIn: () => session.active,
    signIn: (t) => {
      session.signIns.push(t);
      session.current = t;
      session.active = true;
    },
    signOut: () => {
      session.signOuts += 1;
      session.current = null;
      session.active = false;
    },
  };
  return session;
}

const signedOut = {token: () => null, signedIn: () => false, signIn: () => {}, signOut: () => {}};

test('importing api.js needs no browser', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof api.escrows.get, 'function');
});

describe('each call', () => {
  let http;
  let client;
  beforeEach(() => {
    http = fakeFetch();
    client = createApi({fetch: http.fetch, session: signedIn()});
  });

  const cases = [
    ['auth.login', (c) => c.auth.login('a@b.in', 'secret-12'), 'POST', '/api/auth/login', {email: 'a@b.in', password: 'secret-12'}],
    ['auth.register', (c) => c.auth.register({name: 'A', email: 'a@b.in', password: 'secret-12'}), 'POST',
      '/api/auth/register', {name: 'A', email: 'a@b.in', password: 'secret-12'}],
    ['escrows.list', (c) => c.escrows.list(), 'GET', '/api/escrows', undefined],
    ['escrows.list, a later page', (c) => c.escrows.list({cursor: 'AQ-_x', limit: 40}), 'GET',
      '/api/escrows?limit=40&cursor=AQ-_x', undefined],
    ['escrows.amountLimits', (c) => c.escrows.amountLimits(), 'GET', '/api/escrows/amount-limits', undefined],
    ['escrows.get', (c) => c.escrows.get(ID), 'GET', `/api/escrows/${ID}`, undefined],
    ['escrows.byCode', (c) => c.escrows.byCode('K7Q3MX'), 'GET', '/api/escrows/by-code/K7Q3MX', undefined],
    ['escrows.join', (c) => c.escrows.join('K7Q3MX', 'rahul@okaxis'), 'POST', '/api/escrows/join',
      {code: 'K7Q3MX', vpa: 'rahul@okaxis'}],
    ['escrows.history', (c) => c.escrows.history(ID), 'GET', `/api/escrows/${ID}/history`, undefined],
    ['escrows.payment', (c) => c.escrows.payment(ID), 'GET', `/api/escrows/${ID}/payment`, undefined],
    ['escrows.checkPayment', (c) => c.escrows.checkPayment(ID), 'POST', `/api/escrows/${ID}/payment/check`, undefined],
    ['escrows.retryPayment', (c) => c.escrows.retryPayment(ID), 'POST', `/api/escrows/${ID}/payment/retry`, undefined],
    ['escrows.confirm', (c) => c.escrows.confirm(ID), 'POST', `/api/escrows/${ID}/confirm`, undefined],
    ['escrows.cancel', (c) => c.escrows.cancel(ID, 'changed my mind'), 'POST', `/api/escrows/${ID}/cancel`,
      {reason: 'changed my mind'}],
    ['escrows.cancel without a reason', (c) => c.escrows.cancel(ID), 'POST', `/api/escrows/${ID}/cancel`, {}],
    ['escrows.dispute', (c) => c.escrows.dispute(ID, 'never arrived'), 'POST', `/api/escrows/${ID}/dispute`,
      {reason: 'never arrived'}],
    ['admin.escrows', (c) => c.admin.escrows({statuses: ['DISPUTED', 'RELEASE_FAILED']}), 'GET',
      '/api/admin/escrows?status=DISPUTED,RELEASE_FAILED', undefined],
    ['admin.escrows, a search', (c) => c.admin.escrows({q: 'K7Q3MX', cursor: 'a b'}), 'GET',
      '/api/admin/escrows?q=K7Q3MX&cursor=a%20b', undefined],
    ['admin.resolve', (c) => c.admin.resolve(ID, 'REFUND', 'goods not sent'), 'POST', `/api/admin/escrows/${ID}/resolve`,
      {outcome: 'REFUND', note: 'goods not sent'}],
    ['admin.resolve without a note', (c) => c.admin.resolve(ID, 'RELEASE', undefined), 'POST',
      `/api/admin/escrows/${ID}/resolve`, {outcome: 'RELEASE'}],
    ['admin.decideReversal', (c) => c.admin.decideReversal(ID, 'PAY_AGAIN', 'account fixed'), 'POST',
      `/api/admin/escrows/${ID}/reversal`, {decision: 'PAY_AGAIN', note: 'account fixed'}],
    ['admin.decideReversal without a note', (c) => c.admin.decideReversal(ID, 'REFUND', undefined), 'POST',
      `/api/admin/escrows/${ID}/reversal`, {decision: 'REFUND'}],
    ['admin.retryRelease', (c) => c.admin.retryRelease(ID), 'POST', `/api/admin/escrows/${ID}/retry-release`, undefined],
    ['admin.retryRefund', (c) => c.admin.retryRefund(ID), 'POST', `/api/admin/escrows/${ID}/retry-refund`, undefined],
    ['sandbox.pay', (c) => c.sandbox.pay('TP0123', 10000, 'SUCCESS'), 'POST', '/sandbox-pay',
      {refId: 'TP0123', amountPaise: 10000, outcome: 'SUCCESS'}],
  ];
  for (const [name, call, method, url, body] of cases) {
    test(`${name}: ${method} ${url}`, async () => {
      await call(client);
      assert.equal(http.calls.length, 1);
      const [sent] = http.calls;
      assert.equal(sent.url, url);
      assert.equal(sent.method, method);
      assert.deepEqual(sent.body, body);
      assert.equal(sent.headers['Content-Type'], body === undefined ? undefined : 'application/json');
      assert.equal(sent.headers.Accept, 'application/json, application/problem+json');
      assert.equal(sent.headers.Authorization, 'Bearer tok.en.value');
    });
  }

  test('escrows.create sends the Idempotency-Key of the form', async () => {
    const terms = {title: 'Phone', amountPaise: 1_234_50, role: 'PAYER', vpa: 'a@okaxis', paymentMode: 'INTENT'};
    await client.escrows.create(terms, 'key-1');
    const [sent] = http.calls;
    assert.equal(sent.url, '/api/escrows');
    assert.equal(sent.method, 'POST');
    assert.deepEqual(sent.body, terms);
    assert.equal(sent.headers['Idempotency-Key'], 'key-1');
  });

  test('escrows.receipt asks for the PDF and hands back the response itself', async () => {
    const pdf = new Response('%PDF-1.7', {status: 200, headers: {'Content-Type': 'application/pdf'}});
    http.answer(pdf);
    const answer = await client.escrows.receipt(ID);
    assert.equal(http.calls[0].url, `/api/escrows/${ID}/receipt`);
    assert.equal(http.calls[0].headers.Accept, 'application/pdf');
    assert.equal(answer, pdf);
  });

  test('path segments are encoded, so a typed code cannot change the path', async () => {
    await client.escrows.byCode('K7/../me?x');
    assert.equal(http.calls[0].url, '/api/escrows/by-code/K7%2F..%2Fme%3Fx');
    assert.equal(paths.escrow('a b'), '/api/escrows/a%20b');
  });

  test('answers come back as JSON, and empty or 204 answers as null', async () => {
    http.answer(json(200, {id: ID, status: 'HELD'}));
    assert.deepEqual(await client.escrows.get(ID), {id: ID, status: 'HELD'});
    http.answer(new Response(null, {status: 204}));
    assert.equal(await client.escrows.confirm(ID), null);
    http.answer(new Response('', {status: 200}));
    assert.equal(await client.escrows.confirm(ID), null);
  });
});

test('without a session no Authorization header is sent', async () => {
  const http = fakeFetch();
  await createApi({fetch: http.fetch, session: signedOut}).auth.login('a@b.in', 'secret-12');
  assert.equal(http.calls[0].headers.Authorization, undefined);
});

test('the OpenAPI documents are the gateway\'s /v3/api-docs/{service}', () => {
  assert.equal(paths.apiDocs('escrow'), '/v3/api-docs/escrow');
});

describe('a failed call', () => {
  async function failure(response, session = signedIn(), then = []) {
    const http = fakeFetch();
    http.answer(response);
    then.forEach((next) => http.answer(next));
    const client = createApi({fetch: http.fetch, session});
    let signedOutSeen = 0;
    client.whenSignedOut(() => {
      signedOutSeen += 1;
    });
    const error = await client.escrows.get(ID).then(
      () => assert.fail('expected an ApiError'),
      (e) => e,
    );
    assert.ok(error instanceof ApiError, String(error));
    return {error, signedOutSeen, session};
  }

  test('with a known code shows the UI\'s words for it and keeps the problem', async () => {
    const {error} = await failure(problem(404, 'ESCROW_NOT_FOUND', 'No escrow 8c0f that you can see'));
    assert.equal(error.status, 404);
    assert.equal(error.code, 'ESCROW_NOT_FOUND');
    assert.equal(error.message, 'We could not find this escrow. It may not be shared with you.');
    assert.equal(error.problem.detail, 'No escrow 8c0f that you can see');
  });

  test('with an unknown code shows the server\'s detail for a 4xx', async () => {
    const {error} = await failure(problem(400, 'SOMETHING_NEW', 'The new rule says no'));
    assert.equal(error.code, 'SOMETHING_NEW');
    assert.equal(error.message, 'The new rule says no');
  });

  test('never shows a 5xx detail, only words by status', async () => {
    const {error} = await failure(problem(500, 'INTERNAL_ERROR', 'NullPointerException at line 12'));
    assert.equal(error.message, 'Something went wrong on our side. Please try again; your money is safe.');
    const unavailable = await failure(problem(503, 'SOMETHING_DOWN', 'redis down'));
    assert.equal(unavailable.error.message, messageFor(503, null));
  });

  test('without problem JSON falls back to words by status and no code', async () => {
    const {error} = await failure(new Response('<html>Bad gateway</html>', {status: 502}));
    assert.equal(error.status, 502);
    assert.equal(error.code, null);
    assert.equal(error.problem, null);
    assert.equal(error.message, 'This part of TrustPay is not answering right now. Please try again in a minute.');
    for (const [status, words] of [[404, 'We could not find what you asked for.'], [410, 'This is no longer available.'],
      [418, 'That did not work. Please check what you entered and try again.']]) {
      assert.equal((await failure(new Response('', {status}))).error.message, words);
    }
  });

  test('when rate limited says how long to wait, from Retry-After', async () => {
    const {error} = await failure(problem(429, 'RATE_LIMITED', 'Too many requests', {'Retry-After': '7'}));
    assert.equal(error.message, 'Too many attempts. Please wait 7 seconds and try again.');
    const without = await failure(problem(429, 'RATE_LIMITED', 'Too many requests'));
    assert.equal(without.error.message, 'Too many attempts in a short time. Please wait a moment and try again.');
  });

  test('401 with a session whose cookie cannot refresh ends it and tells the router, once', async () => {
    const {error, signedOutSeen, session} = await failure(problem(401, 'INVALID_TOKEN', 'expired'),
      signedIn(), [problem(401, 'SESSION_REVOKED', 'signed out')]);
    assert.equal(error.status, 401);
    assert.equal(error.code, 'INVALID_TOKEN');
    assert.ok(session.signOuts >= 1);
    assert.equal(session.signedIn(), false);
    assert.equal(signedOutSeen, 1);
  });

  test('401 for a wrong password does not end the session', async () => {
    const {error, signedOutSeen, session} = await failure(problem(401, 'INVALID_CREDENTIALS', 'Wrong e-mail or password'));
    assert.equal(error.message, 'That e-mail and password do not match. Check them and try again.');
    assert.equal(session.signOuts, 0);
    assert.equal(signedOutSeen, 0);
  });

  test('401 without a session has nothing to end, and never shows the server\'s detail', async () => {
    const {error, signedOutSeen} = await failure(problem(401, 'SOMETHING_NEW', 'Bearer realm'), signedOut);
    assert.equal(signedOutSeen, 0);
    assert.equal(error.message, 'Please log in again.');
  });

  test('that never reached the server is a NETWORK error', async () => {
    const client = createApi({fetch: async () => {
      throw new TypeError('Failed to fetch');
    }, session: signedOut});
    const error = await client.escrows.list().catch((e) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 0);
    assert.equal(error.code, 'NETWORK');
    assert.match(error.message, /could not reach TrustPay/);
  });
});

describe('uiConfig', () => {
  test('reads the deployment\'s settings', async () => {
    const http = fakeFetch();
    http.answer(json(200, {sandbox: true, pollMillis: 1000}));
    assert.deepEqual(await createApi({fetch: http.fetch, session: signedOut}).uiConfig(), {sandbox: true, pollMillis: 1000});
    assert.equal(http.calls[0].url, '/ui-config.json');
  });

  test('falls back to no sandbox and a 2.5 s refresh when it cannot', async () => {
    const http = fakeFetch();
    http.answer(problem(503, 'SERVICE_UNAVAILABLE', 'down'));
    assert.deepEqual(await createApi({fetch: http.fetch, session: signedOut}).uiConfig(), {sandbox: false, pollMillis: 2500});
  });
});

test('every code with words of its own is upper snake case and shown with those words', () => {
  assert.ok(MESSAGE_CODES.length > 0);
  for (const code of MESSAGE_CODES) {
    assert.match(code, /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    const shown = messageFor(400, {code, detail: 'the server\'s own words'});
    assert.notEqual(shown, 'the server\'s own words', code);
    assert.notEqual(shown, messageFor(400, null), code);
  }
});

test('the notification calls use the feed, read and stream-ticket paths', async () => {
  const http = fakeFetch();
  const client = createApi({fetch: http.fetch, session: signedIn()});
  await client.notifications.list({cursor: '42', unread: true});
  await client.notifications.read(ID);
  await client.notifications.readAll();
  await client.notifications.streamTicket();
  await client.notifications.setPreferences(false);
  assert.deepEqual(http.calls.map((c) => `${c.method} ${c.url}`), [
    'GET /api/notifications?cursor=42&unread=true',
    `POST /api/notifications/${ID}/read`,
    'POST /api/notifications/read-all',
    'POST /api/notifications/stream-tickets',
    'PUT /api/notifications/preferences',
  ]);
  assert.deepEqual(http.calls[4].body, {nonCriticalEmail: false});
  assert.equal(paths.notifications(), '/api/notifications');
  assert.equal(paths.stream('t/1', '7'), '/api/notifications/stream?ticket=t%2F1&lastEventId=7');
});
