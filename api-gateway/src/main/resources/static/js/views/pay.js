// Pay (payer): QR of the UPI intent link, "Open in UPI app", collect request, countdown, live status,
// "I have paid", retry after failure or expiry, and — against the sandbox — "Simulate payment".
import {api} from '../api.js';
import {alertBox, busy, dismissNotice, h, holdFocus, notify, replace} from '../dom.js';
import {clock, maskVpa, rupees} from '../format.js';
import {badge} from '../components.js';
import {followEscrow} from './notifications.js';

/** The NPCI reference of a Dynamic QR: the intent link's `tr` parameter. */
function referenceOf(payment) {
  if (payment.intentLink && payment.intentLink.includes('?')) {
    const tr = new URLSearchParams(payment.intentLink.split('?')[1]).get('tr');
    if (tr) return tr;
  }
  return payment.collectId || null;
}

function sandboxPanel(escrow, payment, refresh, alert) {
  const refId = referenceOf(payment);
  if (!refId) return null;
  const simulate = async (outcome, button) => {
    try {
      await busy(button, 'Simulating…', () => api.sandbox.pay(refId, escrow.amountPaise, outcome));
      notify(outcome === 'SUCCESS' ? 'Sandbox payer paid. Waiting for the bank…' : 'Sandbox payer declined.');
      await refresh();
    } catch (err) {
      alert.show(err.message);
    }
  };
  const ok = h('button', {type: 'button', id: 'simulate-pay'}, 'Simulate payment');
  const fail = h('button', {type: 'button', id: 'simulate-fail', class: 'danger-outline'}, 'Simulate failed payment');
  ok.addEventListener('click', () => simulate('SUCCESS', ok));
  fail.addEventListener('click', () => simulate('FAILURE', fail));
  return h('aside', {class: 'sandbox', 'aria-label': 'Sandbox controls'},
    h('p', {}, h('strong', {}, 'Test mode (sandbox). '), 'No real money moves. Pay as a test customer:'),
    h('div', {class: 'actions'}, ok, fail));
}

export async function payView(ctx, id) {
  const alert = alertBox();
  const head = h('div', {class: 'escrow-head'});
  const body = h('div', {id: 'pay-body', 'aria-live': 'polite'});
  let escrow = null;
  let lastKey = '';
  let countdownTimer = null;

  ctx.onLeave(() => clearInterval(countdownTimer));

  async function refresh() {
    escrow = await api.escrows.get(id);
    let payment = escrow.payment;
    if (escrow.status === 'PAYMENT_PENDING' && (!payment || (!payment.intentLink && !payment.collectId))) {
      try {
        payment = await api.escrows.payment(id);
      } catch {
        // not requested yet: keep waiting
      }
    }
    const key = JSON.stringify([escrow.status, payment]);
    if (key === lastKey) return;
    lastKey = key;
    draw(payment);
  }

  function countdown(expiresAt) {
    const el = h('p', {class: 'countdown', id: 'countdown'});
    const tick = () => {
      const left = (new Date(expiresAt).getTime() - Date.now()) / 1000;
      el.textContent = left > 0 ? `Expires in ${clock(left)}` : 'This payment request has expired.';
      if (left <= 0) clearInterval(countdownTimer);
    };
    clearInterval(countdownTimer);
    tick();
    countdownTimer = setInterval(tick, 1000);
    return el;
  }

  function draw(payment) {
    const restoreFocus = holdFocus([head, body], () => head.querySelector('h1'));
    try {
      drawNow(payment);
    } finally {
      restoreFocus();
    }
  }

  function drawNow(payment) {
    const e = escrow;
    replace(head,
      h('p', {class: 'eyebrow'}, e.name || ''),
      h('h1', {id: 'pay-title'}, `Pay ${rupees(e.amountPaise)}`),
      h('p', {class: 'muted'}, e.title),
      h('div', {id: 'escrow-status'}, badge(e.status)));
    clearInterval(countdownTimer);
    if (e.myRole !== 'PAYER') {
      replace(body, h('p', {}, 'Only the payer pays. ', h('a', {href: `#/e/${e.id}`}, 'Back to the escrow')));
      return;
    }
    const allowed = new Set(e.allowedActions || []);
    // What to show follows the actions escrow-service allows the payer now, not a list of statuses.
    if (!allowed.has('PAY')) {
      dismissNotice(); // "Sandbox payer paid. Waiting for the bank…" is over once the money is held
      replace(body, h('div', {class: 'card done-card'},
        h('p', {class: 'big-tick', 'aria-hidden': 'true'}, e.status === 'CANCELLED' ? '✕' : '✓'),
        h('p', {id: 'pay-result'}, e.status === 'CANCELLED' ? 'This escrow was cancelled.'
          : `Payment received. TrustPay holds ${rupees(e.amountPaise)} until both of you confirm.`),
        h('a', {class: 'button primary', href: `#/e/${e.id}`, id: 'view-escrow'}, 'View escrow')));
      return;
    }
    if (allowed.has('RETRY_PAYMENT') || (payment && (payment.status === 'FAILED' || payment.status === 'EXPIRED'))) {
      replace(body, failed(e, payment));
      return;
    }
    if (!payment || (!payment.intentLink && !payment.collectId)) {
      replace(body, h('div', {class: 'card'}, h('p', {}, h('span', {class: 'pulse', 'aria-hidden': 'true'}),
        ' Preparing your payment request…')));
      return;
    }
    replace(body, pending(e, payment));
  }

  function pending(e, payment) {
    const parts = [];
    if (payment.intentLink) {
      parts.push(h('div', {class: 'card qr-card'},
        payment.qrPng ? h('img', {class: 'qr', id: 'payment-qr', alt: `UPI QR code to pay ${rupees(e.amountPaise)}`,
          src: payment.qrPng.startsWith('data:') ? payment.qrPng : `data:image/png;base64,${payment.qrPng}`, width: 240, height: 240}) : null,
        h('p', {class: 'muted center'}, 'Scan with any UPI app: BHIM, Google Pay, PhonePe, Paytm or your bank\'s app.'),
        h('a', {class: 'button primary wide', href: payment.intentLink, id: 'open-upi-app'}, 'Open in UPI app')));
    }
    if (payment.collectId) {
      parts.push(h('div', {class: 'card', id: 'collect-info'},
        h('p', {}, h('strong', {}, 'Payment request sent. '),
          `Open your UPI app linked to ${maskVpa(e.payer && e.payer.vpa)} and approve the request for ${rupees(e.amountPaise)}.`)));
    }
    if (payment.expiresAt) parts.push(countdown(payment.expiresAt));
    const paid = h('button', {type: 'button', id: 'i-have-paid'}, 'I have paid');
    const status = h('p', {class: 'muted', id: 'check-result', 'aria-live': 'polite'});
    paid.addEventListener('click', async () => {
      alert.clear();
      try {
        await busy(paid, 'Checking with your bank…', () => api.escrows.checkPayment(e.id));
        status.textContent = 'We asked your bank. This page updates as soon as the payment shows up.';
        await refresh();
      } catch (err) {
        alert.show(err.message);
      }
    });
    parts.push(h('div', {class: 'actions'}, paid), status,
      h('p', {class: 'muted small'}, h('span', {class: 'pulse', 'aria-hidden': 'true'}),
        ' Waiting for your payment. This page updates by itself.'));
    if (ctx.config.sandbox) parts.push(sandboxPanel(e, payment, refresh, alert));
    return parts;
  }

  function failed(e, payment) {
    const reason = payment && payment.status === 'EXPIRED' ? 'The payment request expired before it was paid.'
      : `The payment did not go through. ${(payment && payment.failureMessage) || 'You can try again.'}`;
    const retry = h('button', {type: 'button', class: 'primary', id: 'retry-payment'}, 'Try again');
    retry.addEventListener('click', async () => {
      alert.clear();
      try {
        await busy(retry, 'Creating a new payment request…',
          () => api.escrows.retryPayment(e.id));
        await refresh();
      } catch (err) {
        alert.show(err.message);
      }
    });
    return h('div', {class: 'card', id: 'payment-failed'},
      h('p', {}, reason), h('p', {class: 'muted'}, 'No money was taken from your account.'),
      h('div', {class: 'actions'}, retry));
  }

  await refresh();
  // The stream says at once when the payment succeeded or failed; polling stays the fallback.
  followEscrow(ctx, id, refresh);
  ctx.poll(async () => {
    try {
      await refresh();
    } catch (err) {
      alert.show(err.message);
    }
  });
  return {
    title: 'Pay',
    node: h('section', {class: 'narrow pay'},
      h('p', {class: 'back'}, h('a', {href: `#/e/${id}`}, '← Escrow details')),
      head, alert.el, body),
  };
}
