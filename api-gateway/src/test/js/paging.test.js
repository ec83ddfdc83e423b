// The escrow lists' pages: "load more" walks the server's cursors to the end, a refresh reads again as far as the
// list is shown, and neither shows an escrow twice.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {createPager, itemsOf} from '../../main/resources/static/js/paging.js';
import {escrowPages, split} from '../../main/resources/static/js/views/list.js';
import {adminPages, searchTerm} from '../../main/resources/static/js/views/admin.js';
import {amountProblem, limitFor, limitText} from '../../main/resources/static/js/views/create.js';

/** A server holding `escrows` newest first, paging them like escrow-service (default 20, cursor = last id shown). */
function fakeServer(escrows) {
  const calls = [];
  function page(cursor, limit = 20) {
    calls.push({cursor, limit});
    const start = cursor === null || cursor === undefined ? 0 : escrows.findIndex((e) => e.id === cursor) + 1;
    const items = escrows.slice(start, start + limit);
    const more = start + limit < escrows.length;
    return Promise.resolve({items, nextCursor: more ? items[items.length - 1].id : null});
  }
  return {page, calls};
}

const escrow = (n, extra = {}) => ({id: `e${n}`, status: 'HELD', finished: false, ...extra});
const ids = (items) => items.map((e) => e.id);

describe('load more', () => {
  test('walks the pages to the end, then has no more', async () => {
    const server = fakeServer(Array.from({length: 45}, (_, i) => escrow(45 - i)));
    const pager = createPager(server.page);

    assert.equal((await pager.first()).length, 20);
    assert.equal(pager.hasMore, true);
    await pager.more();
    assert.equal(pager.items.length, 40);
    await pager.more();
    assert.equal(pager.items.length, 45);
    assert.equal(pager.hasMore, false);
    assert.deepEqual(ids(pager.items), Array.from({length: 45}, (_, i) => `e${45 - i}`));
    assert.deepEqual(server.calls.map((c) => c.cursor), [null, 'e26', 'e6']);

    await pager.more();
    assert.equal(server.calls.length, 3, 'at the end, load more asks nothing');
  });

  test('two clicks at once load the next page once', async () => {
    const server = fakeServer(Array.from({length: 30}, (_, i) => escrow(30 - i)));
    const pager = createPager(server.page);
    await pager.first();

    await Promise.all([pager.more(), pager.more()]);

    assert.equal(server.calls.length, 2);
    assert.equal(pager.items.length, 30);
  });

  test('an escrow already shown is not shown twice when a page repeats it', async () => {
    const answers = [{items: [escrow(3), escrow(2)], nextCursor: 'c1'}, {items: [escrow(2), escrow(1)], nextCursor: null}];
    const pager = createPager(() => Promise.resolve(answers.shift()));
    await pager.first();
    await pager.more();
    assert.deepEqual(ids(pager.items), ['e3', 'e2', 'e1']);
  });

  test('an answer without items is an empty page, a bare array a whole list', () => {
    assert.deepEqual(itemsOf(null), []);
    assert.deepEqual(itemsOf({nextCursor: null}), []);
    assert.deepEqual(ids(itemsOf([escrow(1)])), ['e1']);
  });
});

describe('refresh', () => {
  test('reads again as far as the list is shown: new escrows come first, decided ones leave', async () => {
    const all = Array.from({length: 30}, (_, i) => escrow(30 - i));
    const server = fakeServer(all);
    const pager = createPager(server.page);
    await pager.first();
    await pager.more();
    assert.equal(pager.hasMore, false);

    all.unshift(escrow(31));
    all.splice(all.findIndex((e) => e.id === 'e10'), 1);
    all[5] = {...all[5], status: 'RELEASED', finished: true};
    await pager.refresh();

    assert.equal(pager.items.length, 30);
    assert.equal(pager.items[0].id, 'e31');
    assert.ok(!ids(pager.items).includes('e10'));
    assert.equal(pager.items[5].status, 'RELEASED');
    assert.deepEqual(server.calls.at(-1), {cursor: null, limit: 30});
  });

  test('a list longer than one page of 100 is read again in pages of 100', async () => {
    const server = fakeServer(Array.from({length: 250}, (_, i) => escrow(250 - i)));
    const pager = createPager(server.page);
    await pager.first();
    while (pager.items.length < 140) await pager.more();
    server.calls.length = 0;

    await pager.refresh();

    assert.deepEqual(server.calls.map((c) => c.limit), [100, 40]);
    assert.equal(pager.items.length, 140);
    assert.equal(pager.hasMore, true);
    await pager.more();
    assert.equal(pager.items.length, 160);
  });

  test('before anything is shown it is the first load', async () => {
    const server = fakeServer([escrow(2), escrow(1)]);
    const pager = createPager(server.page);
    await pager.refresh();
    assert.deepEqual(ids(pager.items), ['e2', 'e1']);
    assert.deepEqual(server.calls, [{cursor: null, limit: 20}]);
  });
});

describe('my escrows', () => {
  test('load more asks GET /api/escrows for the next cursor', async () => {
    const asked = [];
    const client = {escrows: {list: (page) => {
      asked.push(page);
      return Promise.resolve(asked.length === 1 ? {items: [escrow(2)], nextCursor: 'AQ'} : {items: [escrow(1)], nextCursor: null});
    }}};
    const pages = escrowPages(client);
    await pages.first();
    await pages.more();
    assert.deepEqual(asked, [{cursor: null, limit: undefined}, {cursor: 'AQ', limit: undefined}]);
    assert.deepEqual(ids(pages.items), ['e2', 'e1']);
  });

  test('in progress and finished are the server\'s word, in the server\'s order', () => {
    const list = [escrow(4), escrow(3, {status: 'CANCELLED', finished: true}), escrow(2, {status: 'PAYOUT_REVERSED'}),
      escrow(1, {status: 'RELEASED', finished: true})];
    const {open, closed} = split(list);
    assert.deepEqual(ids(open), ['e4', 'e2']);
    assert.deepEqual(ids(closed), ['e3', 'e1']);
  });
});

describe('admin search', () => {
  test('a code, an escrow id or a status name is searched for; anything else is explained, not sent', () => {
    assert.deepEqual(searchTerm(' k7q3mx '), {q: 'K7Q3MX'});
    const id = '8c0f5a1e-1b2c-4d3e-8f90-a1b2c3d4e5f6';
    assert.deepEqual(searchTerm(id), {q: id});
    assert.deepEqual(searchTerm('disputed'), {statuses: ['DISPUTED']});
    assert.deepEqual(searchTerm(' release failed '), {statuses: ['RELEASE_FAILED']});
    assert.deepEqual(searchTerm('PAYOUT_REVERSED'), {statuses: ['PAYOUT_REVERSED']});
    for (const bad of ['', 'K7Q3M', 'K7Q3MXX1', '8c0f5a1e', 'K7-3MX', 'held!', '12345']) {
      assert.match(searchTerm(bad).error, /6-character code/, bad);
      assert.equal(searchTerm(bad).q, undefined);
    }
  });

  test('the search and the work lists page through GET /api/admin/escrows', async () => {
    const asked = [];
    const client = {admin: {escrows: (options) => {
      asked.push(options);
      return Promise.resolve({items: [escrow(asked.length)], nextCursor: asked.length < 2 ? 'next' : null});
    }}};
    const found = adminPages({q: 'K7Q3MX'}, client);
    await found.first();
    await found.more();
    assert.deepEqual(asked, [{q: 'K7Q3MX', cursor: null, limit: undefined}, {q: 'K7Q3MX', cursor: 'next', limit: undefined}]);
    assert.equal(found.hasMore, false);

    const disputes = adminPages({statuses: ['DISPUTED']}, client);
    await disputes.first();
    assert.deepEqual(asked.at(-1), {statuses: ['DISPUTED'], cursor: null, limit: undefined});
  });
});

describe('the create form\'s amount limits', () => {
  const limits = [{paymentMode: 'INTENT', minAmountPaise: 100, maxAmountPaise: 10_000_000},
    {paymentMode: 'COLLECT', minAmountPaise: 100, maxAmountPaise: 5_000_000}];

  test('say the limit of the chosen mode in rupees, as the server does', () => {
    assert.equal(limitText(limitFor(limits, 'INTENT')), 'From ₹1.00 to ₹1,00,000.00 in one escrow.');
    assert.equal(limitText(limitFor(limits, 'COLLECT')), 'From ₹1.00 to ₹50,000.00 in one escrow.');
    assert.equal(limitText(limitFor(null, 'INTENT')), ' ');
  });

  test('an amount outside the mode\'s limits is refused before it is sent', () => {
    const intent = limitFor(limits, 'INTENT');
    assert.equal(amountProblem(10_000_000, intent), '');
    assert.equal(amountProblem(10_000_001, intent), 'The most one escrow can hold is ₹1,00,000.00.');
    assert.equal(amountProblem(99, intent), 'The least one escrow can hold is ₹1.00.');
    assert.equal(amountProblem(6_000_000, limitFor(limits, 'COLLECT')), 'The most one escrow can hold is ₹50,000.00.');
    assert.match(amountProblem(null, intent), /Enter the amount/);
    assert.equal(amountProblem(99_999_999, null), '', 'unknown limits: the server decides');
  });
});
