// A list that the server hands out a page at a time ({items, nextCursor}, newest first): the first page, "load more"
// for the next, and a refresh that reads again as many escrows as are shown, so that new ones appear, changed ones
// change and ones that left a filtered list (a dispute decided) leave it, without losing the pages already loaded.
// No DOM here: the views draw `items` and show their "Load more" button while `hasMore` is true.

/** The most one page may hold (escrow-service's PageRequest.MAX_LIMIT). */
export const MAX_PAGE = 100;

/** The page's items from an answer: {items} (older servers answered a bare array). */
export function itemsOf(answer) {
  if (Array.isArray(answer)) return answer;
  return (answer && Array.isArray(answer.items) && answer.items) || [];
}

function cursorOf(answer) {
  return (answer && !Array.isArray(answer) && answer.nextCursor) || null;
}

function withoutRepeats(items) {
  const seen = new Set();
  return items.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/**
 * @param fetchPage (cursor, limit) => a promise of one page; cursor null for the first page, limit undefined for
 *     the server's default
 * @returns {first, more, refresh, items, hasMore}
 */
export function createPager(fetchPage) {
  let items = [];
  let next = null;
  let loading = null;

  /** Starts again from the first page. */
  async function first() {
    const answer = await fetchPage(null, undefined);
    items = itemsOf(answer);
    next = cursorOf(answer);
    return items;
  }

  /** Appends the next page (an escrow already shown is not shown twice). One load at a time. */
  async function more() {
    if (!next) return items;
    if (!loading) {
      loading = (async () => {
        try {
          const answer = await fetchPage(next, undefined);
          items = withoutRepeats(items.concat(itemsOf(answer)));
          next = cursorOf(answer);
        } finally {
          loading = null;
        }
      })();
    }
    await loading;
    return items;
  }

  /** Reads the list again from the start, at least as far as it is shown now (pages of up to MAX_PAGE). */
  async function refresh() {
    const want = items.length;
    let all = [];
    let cursor = null;
    do {
      const limit = want > 0 ? Math.min(MAX_PAGE, Math.max(want - all.length, 1)) : undefined;
      const answer = await fetchPage(cursor, limit);
      all = all.concat(itemsOf(answer));
      cursor = cursorOf(answer);
    } while (cursor && all.length < want);
    items = withoutRepeats(all);
    next = cursor;
    return items;
  }

  return {
    first,
    more,
    refresh,
    get items() {
      return items;
    },
    get hasMore() {
      return next !== null;
    },
  };
}
