// Calls to the TrustPay API through the gateway: every path the UI calls is built here (views call the named
// functions of `api`), and problem JSON is turned into words a person understands.
import {session} from './session.js';

/** An API failure: status, the problem's stable code, and a message to show. */
export class ApiError extends Error {
  constructor(status, code, message, problem) {
    super(message);
    this.status = status;
    this.code = code;
    this.problem = problem;
  }
}

const MESSAGES = {
  // Sign-in and the browser session
  SESSION_MISSING: 'Please log in to continue.',
  SESSION_EXPIRED: 'Your session has ended. Please log in again.',
  SESSION_REVOKED: 'You were signed out. Please log in again.',
  SESSION_HEADER_REQUIRED: 'That did not work. Please reload the page and try again.',
  ACCOUNT_DISABLED: 'This account is disabled. Please contact TrustPay support.',
  INVALID_CREDENTIALS: 'That e-mail and password do not match. Check them and try again.',
  WEAK_PASSWORD: 'Choose a password of at least 8 characters.',
  PASSWORD_TOO_LONG: 'That password is too long: use at most 72 letters and digits (fewer with accents).',
  LOGIN_LOCKED: 'Too many failed logins for this e-mail. Please wait and try again.',
  INVALID_EMAIL: 'Enter a valid e-mail address, like name@example.com.',
  INVALID_NAME: 'Enter your name.',
  INVALID_PHONE: 'Enter a 10-digit Indian mobile number, or leave it empty.',
  AUTHENTICATION_REQUIRED: 'Please log in to continue.',
  INVALID_TOKEN: 'Your session has ended. Please log in again.',
  FORBIDDEN: 'Your account is not allowed to do this.',
  ADMIN_ONLY: 'Only TrustPay staff can do this.',
  // Escrows
  TITLE_REQUIRED: 'Give the deal a short title.',
  TITLE_TOO_LONG: 'The title is too long; keep it short.',
  DESCRIPTION_TOO_LONG: 'The description is too long.',
  AMOUNT_REQUIRED: 'Enter the amount in rupees.',
  INVALID_VPA: 'That UPI ID does not look right. It looks like name@bank, e.g. rahul@okaxis.',
  INVALID_ROLE: 'Choose whether you pay or receive the money.',
  INVALID_PAYMENT_MODE: 'Choose how the payer pays.',
  INVALID_CODE: 'A code is 6 letters and digits, like K7Q3MX.',
  CODE_NOT_FOUND: 'No escrow has this code. Check the code with your partner.',
  CODE_EXPIRED: 'This code has expired. Ask your partner to create a new escrow.',
  CODE_USED: 'Someone has already joined with this code.',
  CODE_CANCELLED: 'This escrow was cancelled, so its code no longer works. Ask your partner to create a new escrow.',
  INVALID_CURSOR: 'We could not load more escrows. Please reload the page.',
  INVALID_QUERY: 'Search by an escrow\'s 6-character code, like K7Q3MX, or its id (36 characters).',
  INVALID_STATUS: 'No escrow status has that name. Statuses look like DISPUTED or RELEASE_FAILED.',
  SELF_JOIN: 'You created this escrow. Share the code with your partner so they can join.',
  ESCROW_NOT_FOUND: 'We could not find this escrow. It may not be shared with you.',
  ILLEGAL_TRANSITION: 'This cannot be done now: the escrow has moved on. The page shows where it stands.',
  PAYER_CANNOT_CANCEL_HELD:
    'The money is already held. To get it back, open a dispute, or ask the receiver to cancel.',
  ONLY_PARTIES: 'Only the payer and the receiver can do this.',
  ONLY_PAYER: 'Only the payer can do this.',
  ONLY_PAYEE: 'Only the receiver can mark the deal delivered.',
  INSPECTION_DAYS_OUT_OF_RANGE: 'Choose an inspection period of 1 to 30 days.',
  MILESTONE_COUNT_OUT_OF_RANGE: 'Split the deal into 2 to 10 milestones, or into none.',
  MILESTONE_SUM_MISMATCH: 'The milestones must add up to exactly the amount.',
  MILESTONE_TITLE_REQUIRED: 'Give every milestone a short title.',
  MILESTONE_TITLE_TOO_LONG: 'Keep each milestone\'s title under 100 characters.',
  MILESTONE_AMOUNT_TOO_SMALL: 'Every milestone must be at least ₹1.00.',
  MILESTONES_CONFIRM_EACH: 'This escrow is paid milestone by milestone: confirm each milestone when it is done.',
  MILESTONE_PAYOUT_UNDER_WAY: 'A milestone is being paid out right now. Try again once it has gone through.',
  NO_MILESTONES: 'This escrow has no milestones: confirm it as a whole.',
  UNKNOWN_MILESTONE: 'This escrow has no such milestone. Reload the page.',
  SPLIT_OUT_OF_RANGE: 'A split gives the receiver part of what is held and refunds the rest: both parts at least ₹0.01.',
  REASON_REQUIRED: 'Please say why.',
  REASON_TOO_LONG: 'Please keep the reason under 500 characters.',
  PAYMENT_NOT_REQUESTED: 'The payment request is not ready yet. It is created once your partner joins.',
  RECEIPT_NOT_AVAILABLE: 'The receipt is available once the payment is received.',
  IDEMPOTENCY_KEY_REUSED: 'This form was already sent with different details. Reload the page and try again.',
  CONCURRENT_UPDATE: 'Someone else changed this escrow at the same moment. Please try again.',
  INVALID_OUTCOME: 'Choose release or refund.',
  INVALID_DECISION: 'Choose pay again or refund.',
  PARTY_CANNOT_RESOLVE: 'You are the payer or the receiver of this escrow: another admin must decide it.',
  NOTE_TOO_LONG: 'Please keep the note under 1,000 characters.',
  MESSAGE_REQUIRED: 'Write something before sending.',
  MESSAGE_TOO_LONG: 'Please keep the message under 2,000 characters.',
  // Every service and the gateway (platform-web's ProblemCodes)
  VALIDATION_FAILED: 'Some of what you entered is not valid. Check the fields and try again.',
  MALFORMED_REQUEST: 'We could not read that request. Please reload the page and try again.',
  NOT_FOUND: 'We could not find what you asked for.',
  METHOD_NOT_ALLOWED: 'That did not work. Please reload the page and try again.',
  NOT_ACCEPTABLE: 'That did not work. Please reload the page and try again.',
  PAYLOAD_TOO_LARGE: 'That is too much to send at once.',
  INVALID_FIELD_TYPE: 'Some of what you entered is not in the right form (amounts are whole numbers). Check it and try again.',
  NUL_CHARACTER: 'What you entered contains a character we cannot store. Remove it and try again.',
  UNSUPPORTED_MEDIA_TYPE: 'That did not work. Please reload the page and try again.',
  REQUEST_REFUSED: 'That was refused. Please check what you entered and try again.',
  INTERNAL_ERROR: 'Something went wrong on our side. Please try again; your money is safe.',
  RATE_LIMITED: 'Too many attempts in a short time. Please wait a moment and try again.',
  SERVICE_UNAVAILABLE: 'This part of TrustPay is not answering right now. Please try again in a minute.',
  // Reconciliation (admin page)
  RECONCILIATION_RANGE_INVALID: 'Choose a valid date range: the end after the start, at most 31 days.',
  RUN_NOT_FOUND: 'We could not find that reconciliation run. Reload the page.',
  MISMATCH_NOT_FOUND: 'We could not find that mismatch. Reload the page.',
  MISMATCH_ALREADY_RESOLVED: 'This mismatch is already resolved.',
  MISMATCH_ALREADY_ACKNOWLEDGED: 'This mismatch is already acknowledged.',
  MISMATCH_CHANGED: 'Someone else changed this mismatch at the same moment. Reload and look again.',
  INVALID_FILTER: 'That filter is not one we know. Reload the page and choose again.',
  NOTE_REQUIRED: 'Please write a note saying what was done.',
  // Notifications
  NOTIFICATION_NOT_FOUND: 'This notification is not there any more.',
  CURSOR_INVALID: 'We could not load more notifications. Please reload the page.',
  STREAM_TICKET_INVALID: 'Live updates paused. Reconnecting…',
  PREFERENCE_REQUIRED: 'Choose whether you want activity e-mails.',
  UNSUBSCRIBE_LINK_INVALID: 'This unsubscribe link is not valid. Change your e-mail settings in the app instead.',
  MAIL_NOT_FOUND: 'That e-mail is no longer waiting for a retry.',
  // Gateway
  SANDBOX_REJECTED: 'The test payment was refused: the payment request may have expired or been paid already.',
  SANDBOX_UNAVAILABLE: 'The payment sandbox is not running.',
};

function byStatus(status) {
  if (status === 401) return 'Please log in again.';
  if (status === 403) return 'You are not allowed to do this.';
  if (status === 404) return 'We could not find what you asked for.';
  if (status === 409) return 'This cannot be done in the current state. The page shows where things stand.';
  if (status === 410) return 'This is no longer available.';
  if (status === 429) return MESSAGES.RATE_LIMITED;
  if (status === 502 || status === 503 || status === 504) return MESSAGES.SERVICE_UNAVAILABLE;
  if (status >= 500) return 'Something went wrong on our side. Please try again; your money is safe.';
  return 'That did not work. Please check what you entered and try again.';
}

/** The words to show for a failed call. */
export function messageFor(status, problem, retryAfter) {
  const code = problem && problem.code;
  const fields = code === 'VALIDATION_FAILED' && Array.isArray(problem.errors) ? problem.errors : [];
  let text = fields.length === 1 && fields[0].message ? fields[0].message : (code && MESSAGES[code]) || null;
  if (!text && problem && problem.detail && status < 500 && status !== 401) text = problem.detail;
  if (!text) text = byStatus(status);
  if (status === 429 && retryAfter) text = `Too many attempts. Please wait ${retryAfter} seconds and try again.`;
  return text;
}

/** The problem codes this UI has words of its own for; any other code falls back as messageFor says. */
export const MESSAGE_CODES = Object.freeze(Object.keys(MESSAGES));

const segment = encodeURIComponent;

/** "?a=1&b=2" from the parameters that have a value (none: ""). */
function query(params) {
  const pairs = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => `${name}=${Array.isArray(value) ? value.map(segment).join(',') : segment(value)}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** Every path of the API (and of the gateway's own endpoints) that the UI calls. */
export const paths = {
  login: () => '/api/auth/login',
  register: () => '/api/auth/register',
  refresh: () => '/api/auth/refresh',
  logout: () => '/api/auth/logout',
  escrows: () => '/api/escrows',
  /** A page of the caller's escrows, newest first: {items, nextCursor}. */
  escrowList: ({cursor, limit} = {}) => `/api/escrows${query({limit, cursor})}`,
  amountLimits: () => '/api/escrows/amount-limits',
  escrow: (id) => `/api/escrows/${segment(id)}`,
  escrowByCode: (code) => `/api/escrows/by-code/${segment(code)}`,
  join: () => '/api/escrows/join',
  history: (id) => `/api/escrows/${segment(id)}/history`,
  payment: (id) => `/api/escrows/${segment(id)}/payment`,
  paymentCheck: (id) => `/api/escrows/${segment(id)}/payment/check`,
  paymentRetry: (id) => `/api/escrows/${segment(id)}/payment/retry`,
  confirm: (id) => `/api/escrows/${segment(id)}/confirm`,
  confirmMilestone: (id, number) => `/api/escrows/${segment(id)}/milestones/${segment(number)}/confirm`,
  deliver: (id) => `/api/escrows/${segment(id)}/deliver`,
  cancel: (id) => `/api/escrows/${segment(id)}/cancel`,
  dispute: (id) => `/api/escrows/${segment(id)}/dispute`,
  disputeMessages: (id) => `/api/escrows/${segment(id)}/dispute/messages`,
  adminDisputeMessages: (id) => `/api/admin/escrows/${segment(id)}/dispute/messages`,
  receipt: (id) => `/api/escrows/${segment(id)}/receipt`,
  /** A page of any party's escrows for admins: by status, or one escrow by its code or id (q). */
  adminEscrows: ({statuses, q, cursor, limit} = {}) =>
    `/api/admin/escrows${query({status: statuses && statuses.length ? statuses : undefined, q, limit, cursor})}`,
  resolve: (id) => `/api/admin/escrows/${segment(id)}/resolve`,
  reversal: (id) => `/api/admin/escrows/${segment(id)}/reversal`,
  retryRelease: (id) => `/api/admin/escrows/${segment(id)}/retry-release`,
  retryRefund: (id) => `/api/admin/escrows/${segment(id)}/retry-refund`,
  reconciliation: (from, to) => `/api/admin/reconciliation?from=${segment(from)}&to=${segment(to)}`,
  reconciliationRuns: () => '/api/admin/reconciliation/runs',
  reconciliationMismatch: (id, action) => `/api/admin/reconciliation/mismatches/${segment(id)}/${segment(action)}`,
  notifications: ({cursor, unread} = {}) => {
    const query = [cursor ? `cursor=${segment(cursor)}` : null, unread ? 'unread=true' : null].filter(Boolean);
    return `/api/notifications${query.length ? `?${query.join('&')}` : ''}`;
  },
  notificationsUnread: () => '/api/notifications/unread-count',
  notificationRead: (id) => `/api/notifications/${segment(id)}/read`,
  notificationsReadAll: () => '/api/notifications/read-all',
  notificationPreferences: () => '/api/notifications/preferences',
  streamTicket: () => '/api/notifications/stream-tickets',
  stream: (ticket, lastEventId) =>
    `/api/notifications/stream?ticket=${segment(ticket)}${lastEventId ? `&lastEventId=${segment(lastEventId)}` : ''}`,
  sandboxPay: () => '/sandbox-pay',
  uiConfig: () => '/ui-config.json',
  apiDocs: (service) => `/v3/api-docs/${segment(service)}`,
};

/** Refresh and logout change state by the session cookie alone; this header is what a cross-site form cannot send. */
const SESSION_HEADER = {'X-TrustPay-Session': '1'};

/**
 * A client of the API. The page uses `api` below (the browser's fetch, this page's session); tests build their own
 * with a fake fetch. Nothing here touches the browser until a call is made, so the module imports anywhere.
 */
export function createApi({fetch: send = (...args) => globalThis.fetch(...args), session: tokens = session} = {}) {
  let onSignedOut = () => {};
  let refreshing = null;

  /**
   * A new access token from the session cookie: true when the page is signed in afterwards. Calls that need one at
   * the same moment share one request, so that they do not rotate the cookie against each other.
   */
  function refresh() {
    if (!refreshing) {
      refreshing = (async () => {
        try {
          const response = await send(paths.refresh(), {method: 'POST', credentials: 'same-origin',
            headers: {Accept: 'application/json, application/problem+json', ...SESSION_HEADER}});
          const answer = response.ok ? await response.json() : null;
          if (answer && typeof answer.accessToken === 'string') {
            tokens.signIn(answer.accessToken);
            return true;
          }
          tokens.signOut();
          return false;
        } catch {
          return false; // not reached: the page stays as it is and a later call tries again
        } finally {
          refreshing = null;
        }
      })();
    }
    return refreshing;
  }

  /** fetch() with the bearer token and JSON; throws ApiError with a readable message. */
  async function request(path, options = {}, retried = false) {
    const {method = 'GET', body, headers = {}, raw = false} = options;
    const sent = {Accept: 'application/json, application/problem+json', ...headers};
    if (body !== undefined) sent['Content-Type'] = 'application/json';
    const hadSession = tokens.signedIn();
    if (!tokens.token() && hadSession && !retried) await refresh(); // the token expired in memory
    const token = tokens.token();
    if (token) sent.Authorization = `Bearer ${token}`;
    let response;
    try {
      response = await send(path, {method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body)});
    } catch {
      throw new ApiError(0, 'NETWORK', 'We could not reach TrustPay. Check your internet connection and try again.');
    }
    if (!response.ok) {
      let problem = null;
      try {
        problem = await response.json();
      } catch {
        problem = null;
      }
      const code = problem && problem.code;
      // A refused token: one refresh from the cookie, then the same call once more.
      if (response.status === 401 && hadSession && code !== 'INVALID_CREDENTIALS') {
        if (!retried && (await refresh())) return request(path, options, true);
        tokens.signOut();
        onSignedOut();
      }
      const message = messageFor(response.status, problem, response.headers.get('Retry-After'));
      throw new ApiError(response.status, code || null, message, problem);
    }
    if (raw) return response;
    if (response.status === 204) return null;
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  }

  const post = (path, body, options = {}) => request(path, {...options, method: 'POST', body});

  return {
    /** Called when the server says the session is over (the router sends the user to the login screen). */
    whenSignedOut(handler) {
      onSignedOut = handler;
    },
    /** Settings of this deployment (sandbox on or off, refresh interval). */
    async uiConfig() {
      try {
        return await request(paths.uiConfig());
      } catch {
        return {sandbox: false, pollMillis: 2500};
      }
    },
    auth: {
      /** Logs in: the answer's access token goes into this page's session, the refresh token into the cookie. */
      login: async (email, password) => {
        const answer = await post(paths.login(), {email, password});
        tokens.signIn(answer.accessToken);
        return answer;
      },
      register: (account) => post(paths.register(), account),
      /** At start (a reload, a new tab): signed in again from the session cookie, if it is still valid. */
      resume: () => refresh(),
      /** Ends the session on the server too (every token of it) and forgets it here, even if the server is away. */
      logout: async () => {
        try {
          await send(paths.logout(), {method: 'POST', credentials: 'same-origin', headers: {...SESSION_HEADER}});
        } catch {
          // offline: the access token is forgotten below; the cookie's session ends when it expires
        }
        tokens.signOut();
      },
    },
    escrows: {
      /** One page of the caller's escrows ({cursor, limit}); answers {items, nextCursor}. */
      list: (page) => request(paths.escrowList(page)),
      /** Per payment mode, the least and the most one escrow may hold: [{paymentMode, minAmountPaise, …}]. */
      amountLimits: () => request(paths.amountLimits()),
      create: (terms, idempotencyKey) => post(paths.escrows(), terms, {headers: {'Idempotency-Key': idempotencyKey}}),
      get: (id) => request(paths.escrow(id)),
      byCode: (code) => request(paths.escrowByCode(code)),
      join: (code, vpa) => post(paths.join(), {code, vpa}),
      history: (id) => request(paths.history(id)),
      payment: (id) => request(paths.payment(id)),
      checkPayment: (id) => post(paths.paymentCheck(id)),
      retryPayment: (id) => post(paths.paymentRetry(id)),
      confirm: (id) => post(paths.confirm(id)),
      /** A party says milestone {@code number} is done; once both did, it is paid out on its own (ADR 0021). */
      confirmMilestone: (id, number) => post(paths.confirmMilestone(id, number)),
      /** The payee marks the deal delivered: the payer's inspection period starts (ADR 0018). */
      deliver: (id) => post(paths.deliver(id)),
      cancel: (id, reason) => post(paths.cancel(id), reason ? {reason} : {}),
      dispute: (id, reason) => post(paths.dispute(id), reason ? {reason} : {}),
      /** The dispute's thread, oldest first; a post with the same key is stored once (safe to retry). */
      disputeMessages: (id) => request(paths.disputeMessages(id)),
      postDisputeMessage: (id, text, idempotencyKey) =>
        post(paths.disputeMessages(id), {text}, {headers: {'Idempotency-Key': idempotencyKey}}),
      /** The PDF receipt as the raw response (the caller reads its blob). */
      receipt: (id) => request(paths.receipt(id), {raw: true, headers: {Accept: 'application/pdf'}}),
    },
    admin: {
      /** One page of escrows for admins ({statuses, q, cursor, limit}); answers {items, nextCursor}. */
      escrows: (options) => request(paths.adminEscrows(options)),
      resolve: (id, outcome, note, releasePaise) => post(paths.resolve(id), {outcome, note, releasePaise}),
      /** The dispute's thread as admins see it (with the id of the admin who wrote each staff message). */
      disputeMessages: (id) => request(paths.adminDisputeMessages(id)),
      /** What happens to a payout the bank returned: decision PAY_AGAIN or REFUND. */
      decideReversal: (id, decision, note) => post(paths.reversal(id), {decision, note}),
      retryRelease: (id) => post(paths.retryRelease(id)),
      retryRefund: (id) => post(paths.retryRefund(id)),
      reconciliation: {
        report: (from, to) => request(paths.reconciliation(from, to)),
        /** The same report as CSV, the raw response (the caller reads its blob). */
        csv: (from, to) => request(paths.reconciliation(from, to), {raw: true, headers: {Accept: 'text/csv'}}),
        runs: () => request(paths.reconciliationRuns()),
        run: (from, to) => post(paths.reconciliationRuns(), {from, to}),
        acknowledge: (id, note) => post(paths.reconciliationMismatch(id, 'acknowledge'), note ? {note} : {}),
        resolve: (id, note) => post(paths.reconciliationMismatch(id, 'resolve'), {note}),
      },
    },
    notifications: {
      list: (options) => request(paths.notifications(options)),
      unread: () => request(paths.notificationsUnread()),
      read: (id) => post(paths.notificationRead(id)),
      readAll: () => post(paths.notificationsReadAll()),
      /** A single-use ticket that opens the live stream (EventSource cannot send the token). */
      streamTicket: () => post(paths.streamTicket()),
      preferences: () => request(paths.notificationPreferences()),
      setPreferences: (nonCriticalEmail) =>
        request(paths.notificationPreferences(), {method: 'PUT', body: {nonCriticalEmail}}),
    },
    sandbox: {
      /** The sandbox's mock payer pays (or declines) the payment request with NPCI reference refId. */
      pay: (refId, amountPaise, outcome) => post(paths.sandboxPay(), {refId, amountPaise, outcome}),
    },
  };
}

/** The page's client. */
export const api = createApi();
