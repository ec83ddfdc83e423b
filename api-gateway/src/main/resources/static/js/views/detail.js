// One escrow: status, amount, parties, waiting room, actions, dispute thread and decision, payout/refund progress,
// receipt, timeline.
import {api} from '../api.js';
import {alertBox, busy, field, h, holdFocus, notify, replace, setFieldError} from '../dom.js';
import {humanize, rupees, statusLabel, when} from '../format.js';
import {badge, copy, myPart, partyRow} from '../components.js';
import {adminActions} from './admin.js';
import {followEscrow} from './notifications.js';
import {messageBox, threadList, threadPlan, wantsThread} from './thread.js';

/**
 * The party buttons this screen draws, in order, for the actions escrow-service allows the caller now (the escrow's
 * allowedActions, from its action table): the screen keeps no list of statuses of its own. The admin's decisions
 * are drawn by adminActions, from the same list. Actions not named here (CHECK_PAYMENT, RETRY_PAYMENT) are offered
 * on the pay screen.
 */
export const PARTY_BUTTONS = ['PAY', 'CONFIRM', 'MARK_DELIVERED', 'CANCEL', 'DISPUTE'];

/** What an escrow's friendly name is for, said where the name is shown. */
export const NAME_HINT = 'A name to tell your escrows apart';

/** Who did a timeline row, as the reader may see it: "You", the party's name, or TrustPay (admins and the system). */
function actorName(entry, e) {
  const a = entry.actor || {};
  if (a.role === 'PAYER' || a.role === 'PAYEE') {
    if (e.myRole === a.role) return 'You';
    return a.name || (a.role === 'PAYER' ? 'The payer' : 'The receiver');
  }
  return 'TrustPay';
}

/**
 * A timeline row in plain words (ADR 0022): who did what, with the money in rupees and the references a bank can
 * trace. The server sends the facts (kind, actor, amountPaise, references, note, outcome); the words live here.
 */
export function timelineLabel(entry, e = {}) {
  const who = actorName(entry, e);
  const amount = entry.amountPaise === undefined || entry.amountPaise === null ? '' : rupees(entry.amountPaise);
  const money = (fallback) => amount || fallback;
  const refs = entry.references || {};
  const payee = e.myRole === 'PAYEE' ? 'you' : nameOf(e.payee, 'the receiver');
  const payeeUpi = e.myRole === 'PAYEE' ? 'your UPI ID' : `${nameOf(e.payee, 'the receiver')}'s UPI ID`;
  const payer = e.myRole === 'PAYER' ? 'you' : nameOf(e.payer, 'the payer');
  const quoted = (text) => (text ? `: “${text}”` : '');
  switch (entry.kind) {
    case 'Opened': return `${who} created the escrow`;
    case 'PartnerJoined': return `${who} joined`;
    case 'PaymentAwaited': return `${money('The payment')} requested by UPI`;
    case 'PaymentOffered': return 'The UPI payment request is ready to pay';
    case 'PaymentCheckRequested': return `${who} asked TrustPay to check the payment`;
    case 'PaymentLapsed':
      if (e.myRole === 'PAYER') return `The payment did not go through. ${entry.note || 'You can try again.'}`;
      return 'The payment did not go through; the payer can try again';
    case 'FundsHeld': return `${money('The payment')} received and held${refs.paymentRrn ? ` (RRN ${refs.paymentRrn})` : ''}`;
    case 'PartyConfirmed': return `${who} confirmed`;
    case 'ReleaseStarted': return `Paying ${money('the money')} to ${payeeUpi}`;
    case 'PayoutInitiated': return 'The bank is processing the payout';
    case 'PayoutRetryScheduled': return 'The payout did not go through yet; TrustPay is trying again';
    case 'Released':
      return `Paid ${money('the money')} to ${payeeUpi}${refs.payoutUtr ? ` (UTR ${refs.payoutUtr})` : ''}`;
    case 'ReleaseReversed':
      return `The bank returned the payout of ${money('the money')}; TrustPay will decide what happens next`;
    case 'ReleaseFailed': return 'The payout did not go through; TrustPay will retry it. The money is safe';
    case 'RefundStarted': return `Refunding ${money('the money')} to ${payer}`;
    case 'Refunded':
      return `${money('The money')} refunded to ${payer}${refs.refundReference ? ` (reference ${refs.refundReference})` : ''}`
        + ' — banks take up to 5–7 working days';
    case 'RefundFailed': return `The refund of ${money('the money')} did not go through yet; TrustPay will retry it`;
    case 'Cancelled': return `${who} cancelled the escrow${quoted(entry.note)}`;
    case 'Disputed': return `${who} opened a dispute${quoted(entry.note)}`;
    case 'DisputeMessagePosted': return `${who} wrote in the dispute`;
    case 'DisputeResolved': {
      const where = entry.outcome === 'REFUND_TO_PAYER' ? `refund ${money('the money')} to ${payer}`
        : entry.outcome === 'SPLIT' ? `pay ${money('part of the money')} to ${payee} and refund the rest to ${payer}`
          : `pay ${money('the money')} to ${payee}`;
      return `TrustPay decided to ${where}${entry.note ? ` — ${entry.note}` : ''}`;
    }
    case 'CodeExpired': return 'The join code expired before anyone joined';
    case 'AnomalyDetected': return 'TrustPay is checking something on this escrow';
    case 'DeliveryMarked':
      return `${who} marked the deal delivered${e.inspectionEndsAt ? `; the payer inspects until ${when(e.inspectionEndsAt)}` : ''}`;
    case 'InspectionEndingSoon': return 'Reminder: the inspection period ends soon';
    case 'AutoReleased': return 'Released automatically when the inspection period ended';
    default: return humanize(entry.kind);
  }
}

/** "2 days 3 hours", "5 hours 12 minutes", "12 minutes", "less than a minute": the time left, coarse on purpose. */
export function timeLeft(ms) {
  const minutes = Math.floor(Math.max(0, ms) / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const unit = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return mins > 0 ? `${unit(hours, 'hour')} ${unit(mins, 'minute')}` : unit(hours, 'hour');
  return mins > 0 ? unit(mins, 'minute') : 'less than a minute';
}

/**
 * The inspection countdown for escrow e at nowMs (ADR 0018), or null when no inspection is running: after the payee
 * marked the deal delivered, until the payer confirms or disputes, or the period ends and the money is released.
 */
export function inspectionCountdown(e, nowMs = Date.now()) {
  if (!e.inspectionEndsAt || e.autoReleasedAt || e.status !== 'HELD') return null;
  const left = new Date(e.inspectionEndsAt).getTime() - nowMs;
  if (Number.isNaN(left)) return null;
  if (left <= 0) return 'The inspection period has ended: the money is being released automatically.';
  const until = when(e.inspectionEndsAt);
  if (e.myRole === 'PAYER') {
    return `${timeLeft(left)} left to confirm or dispute (until ${until}); after that the money is released`
      + ' automatically.';
  }
  return `${timeLeft(left)} left of the payer's inspection (until ${until}); then the money is released automatically.`;
}

/**
 * What the action area shows for escrow e: one entry per button, {action, id, label, …}, from e.allowedActions and
 * plain facts of the escrow (whether the money arrived), never from its status.
 */
export function actionPlan(e) {
  const allowed = new Set(e.allowedActions || []);
  const paid = Boolean(e.paymentCompletedAt);
  const plan = [];
  for (const action of PARTY_BUTTONS.filter((a) => allowed.has(a))) {
    if (action === 'PAY') {
      plan.push({action, id: 'pay-button', href: `#/e/${e.id}/pay`,
        label: allowed.has('RETRY_PAYMENT') ? 'Try paying again' : `Pay ${rupees(e.amountPaise)}`});
    } else if (action === 'CONFIRM') {
      plan.push({action, id: 'confirm-button', label: 'Confirm the deal is done'});
    } else if (action === 'MARK_DELIVERED') {
      const days = e.inspectionDays || 3;
      plan.push({action, id: 'deliver-button', label: 'Mark as delivered',
        title: `The payer then has ${days} day${days === 1 ? '' : 's'} to inspect it and confirm or dispute;`
          + ' after that the money is released to you automatically.'});
    } else if (action === 'CANCEL') {
      plan.push({action, id: 'cancel-button', danger: true,
        label: paid ? 'Cancel and refund the payer' : 'Cancel escrow',
        title: paid ? `The payer gets ${rupees(e.amountPaise)} back.` : 'Cancel this escrow? This cannot be undone.',
        submitLabel: paid ? 'Cancel and refund' : 'Cancel escrow'});
    } else if (action === 'DISPUTE') {
      plan.push({action, id: 'dispute-button', danger: true, required: true, label: 'Report a problem',
        title: 'TrustPay staff will look at the deal and decide where the money goes. Tell us what went wrong.',
        submitLabel: 'Open dispute'});
    }
  }
  if (paid) plan.push({action: 'RECEIPT', id: 'receipt-button', label: 'Download receipt (PDF)'});
  return plan;
}

function nameOf(party, fallback) {
  return (party && party.name) || fallback;
}

function bothConfirmed(e) {
  const c = e.confirmations || {};
  return Boolean(c.payer && c.payee);
}

/**
 * The milestones of escrow e (ADR 0021), one row each: its words and, only when the server offers CONFIRM_MILESTONE
 * on that milestone (its allowedActions), a confirm button. Empty for an escrow released as one.
 */
export function milestonePlan(e) {
  return (e.milestones || []).map((m) => {
    const c = m.confirmations || {};
    const state = MILESTONE_WORDS[m.status] || humanize(m.status);
    const paid = m.paidAt ? ` on ${when(m.paidAt)}${m.payoutUtr ? ` (UTR ${m.payoutUtr})` : ''}` : '';
    const confirmed = m.status === 'HELD'
      ? ` · payer ${c.payer ? 'confirmed' : 'not yet'}, receiver ${c.payee ? 'confirmed' : 'not yet'}` : '';
    const row = {number: m.number, id: `milestone-${m.number}`,
      text: `${m.number}. ${m.title} — ${rupees(m.amountPaise)} · ${state}${paid}${confirmed}`};
    if ((m.allowedActions || []).includes('CONFIRM_MILESTONE')) {
      row.button = {action: 'CONFIRM_MILESTONE', id: `milestone-${m.number}-confirm`,
        label: `Confirm milestone ${m.number} is done`};
    }
    return row;
  });
}

/** A milestone's status in words. */
const MILESTONE_WORDS = {
  HELD: 'held',
  RELEASING: 'being paid out',
  RELEASE_FAILED: 'payout failed, TrustPay staff will retry',
  PAID: 'paid to the receiver',
  REFUNDED: 'refunded to the payer',
  SPLIT: 'settled by an admin\'s split',
};

/** The milestone list with its confirm buttons; each button confirms its milestone and redraws. */
export function milestoneList(e, refresh, alert) {
  const rows = milestonePlan(e);
  if (rows.length === 0) return null;
  return h('div', {class: 'card milestones', id: 'milestones'}, h('h2', {}, 'Milestones'),
    h('ol', {class: 'milestone-list'}, rows.map((row) => {
      let button = null;
      if (row.button) {
        button = h('button', {type: 'button', class: 'primary', id: row.button.id,
          dataset: {action: row.button.action, milestone: String(row.number)}}, row.button.label);
        button.addEventListener('click', async () => {
          try {
            await busy(button, 'Confirming…', () => api.escrows.confirmMilestone(e.id, row.number));
            notify(`Milestone ${row.number} confirmed.`);
            await refresh();
          } catch (err) {
            alert.show(err.message);
          }
        });
      }
      return h('li', {id: row.id}, h('span', {}, row.text), button);
    })));
}

/** What an admin decided, by the status the decision ended (escrow-service's decision.decided). */
const DECIDED = {
  DISPUTED: {what: 'the dispute', release: 'released to the payee'},
  RELEASE_FAILED: {what: 'the failed payout', release: 'released to the payee'},
  PAYOUT_REVERSED: {what: 'the payout the bank returned', release: 'paid to the payee again'},
};

/**
 * What an admin decided, in the words both parties read: "An admin decided the dispute: released to the payee —
 * <note>" (or "the failed payout", "the payout the bank returned", as escrow-service says what was decided). Null
 * when no admin decided (the money moved because both confirmed, or not at all).
 */
export function decisionLine(e) {
  const d = e && e.decision;
  if (!d) return null;
  const words = DECIDED[d.decided] || DECIDED.DISPUTED;
  const outcome = d.outcome === 'SPLIT'
    ? `split, ${rupees(d.releasePaise)} to the payee and ${rupees(d.refundPaise)} refunded to the payer`
    : d.outcome === 'REFUND_TO_PAYER' ? 'refunded to the payer' : words.release;
  return `An admin decided ${words.what}: ${outcome}${d.note ? ` — ${d.note}` : ''}`;
}


/**
 * The amount that moves now: an admin's split names both parts; with milestones, what no milestone paid yet
 * (escrow-service's heldPaise); else the whole amount (ADR 0021).
 */
function movingPaise(e, part) {
  const d = e.decision;
  if (d && d.outcome === 'SPLIT') return part === 'refund' ? d.refundPaise : d.releasePaise;
  return (e.milestones || []).length && typeof e.heldPaise === 'number' ? e.heldPaise : e.amountPaise;
}

/** What is going on, in a sentence or two, for this user. */
export function statusMessage(e) {
  const amount = rupees(e.amountPaise);
  const paying = rupees(movingPaise(e, 'release'));
  const refunding = rupees(movingPaise(e, 'refund'));
  const payer = e.myRole === 'PAYER';
  const payeeName = e.myRole === 'PAYEE' ? 'you' : nameOf(e.payee, 'the receiver');
  const payerName = payer ? 'you' : nameOf(e.payer, 'the payer');
  const whatToDo = e.payment && e.payment.failureMessage ? ` ${e.payment.failureMessage}` : ' You can try again.';
  switch (e.status) {
    case 'AWAITING_PARTNER':
      return 'Share the code with your partner. This page updates by itself when they join.';
    case 'AWAITING_PAYMENT':
      return payer ? 'Your partner has joined. We are preparing your payment request…'
        : 'You have joined. Waiting for the payer to pay.';
    case 'PAYMENT_PENDING':
      return payer ? `Pay ${amount} to put it in escrow.` : `Waiting for ${nameOf(e.payer, 'the payer')} to pay ${amount}.`;
    case 'PAYMENT_FAILED':
      return payer ? `Your payment did not go through.${whatToDo}`
        : 'The payment did not go through. The payer can try again.';
    case 'HELD':
      if ((e.milestones || []).length) {
        return `TrustPay holds ${rupees(e.heldPaise)} of ${amount}. Each milestone is paid to ${payeeName} once both`
          + ' of you confirm it.';
      }
      return e.deliveredAt
        ? `Marked as delivered on ${when(e.deliveredAt)}. TrustPay holds ${amount} while`
          + ` ${payer ? 'you inspect' : 'the payer inspects'} the delivery.`
        : `TrustPay holds ${amount}. When the deal is done, both of you confirm and the money goes to ${payeeName}.`;
    case 'RELEASING':
      return `${releasedHow(e) ? `${releasedHow(e)} ` : ''}Paying ${paying} to ${payeeName}… This usually takes a minute.`;
    case 'RELEASED':
      return `${e.autoReleasedAt ? `${releasedHow(e)} ` : ''}${amount} was paid to ${payeeName}`
        + `${e.payoutCompletedAt ? ` on ${when(e.payoutCompletedAt)}` : ''}`
        + `${e.payout && e.payout.utr ? ` (UTR ${e.payout.utr})` : ''}.`;
    case 'RELEASE_FAILED':
      return 'The payout has not gone through yet. TrustPay staff will retry it; the money is safe.';
    case 'PAYOUT_REVERSED':
      return `The bank returned the payout of ${amount} to ${payeeName}. The money is back with TrustPay and safe;`
        + ` TrustPay support will decide whether to pay ${payeeName} again or refund ${payerName}.`;
    case 'REFUNDING':
      return `Refunding ${refunding} to ${payerName}… This usually takes a few minutes.`;
    case 'REFUND_FAILED':
      return `The refund of ${amount} to ${payerName} has not gone through yet. TrustPay staff will retry it; the money is safe.`;
    case 'REFUNDED':
      return `${refunding} was refunded to ${payerName}${e.refundCompletedAt ? ` on ${when(e.refundCompletedAt)}` : ''}.`;
    case 'DISPUTED':
      return 'This deal is in dispute. TrustPay staff will decide whether the money goes to the receiver or back to the payer.'
        + (e.myRole ? ' Tell your side in the dispute thread below.' : '');
    case 'CANCELLED':
      return 'This escrow was cancelled.';
    case 'EXPIRED':
      return 'Nobody joined within 7 days, so the code expired.';
    default:
      return statusLabel(e.status);
  }
}

/**
 * Why the money is on its way, as a sentence, or '' when an admin decided (the decision line says so): both
 * confirmed, or nobody did and the inspection period ran out (ADR 0018).
 */
export function releasedHow(e) {
  if (e.autoReleasedAt) return 'Released automatically when the inspection period ended.';
  return bothConfirmed(e) ? 'Both confirmed.' : '';
}

/**
 * The progress steps once the money moves, [label, done] each; null before. The middle step of a release says how it
 * was decided: "Both confirmed" only when both did, the inspection period when it ran out, else an admin decided.
 */
export function progressSteps(e) {
  if (!['RELEASING', 'RELEASED', 'RELEASE_FAILED', 'REFUNDING', 'REFUND_FAILED', 'REFUNDED'].includes(e.status)) {
    return null;
  }
  if (['REFUNDING', 'REFUND_FAILED', 'REFUNDED'].includes(e.status)) {
    return [['Payment received', true], ['Refund started', true], ['Refunded', e.status === 'REFUNDED']];
  }
  const decided = e.autoReleasedAt ? 'Inspection period ended' : bothConfirmed(e) ? 'Both confirmed' : 'An admin decided';
  return [['Payment received', true], [decided, true], ['Paid out', e.status === 'RELEASED']];
}

function progress(e) {
  const steps = progressSteps(e);
  if (!steps) return null;
  return h('ol', {class: 'steps', 'aria-label': 'Progress'},
    steps.map(([label, done]) => h('li', {class: done ? 'done' : 'todo'}, label)));
}

function waitingRoom(e) {
  const link = `${location.origin}/#/join/${e.code}`;
  const codeEl = h('p', {class: 'join-code', id: 'escrow-code', 'aria-label': `Code ${[...e.code].join(' ')}`}, e.code);
  const copyCode = h('button', {type: 'button', id: 'copy-code'}, 'Copy code');
  copyCode.addEventListener('click', async () => notify(await copy(e.code, codeEl) ? 'Code copied.' : 'Select the code and copy it.'));
  const linkInput = h('input', {type: 'text', readonly: true, value: link, id: 'share-link', class: 'share-link'});
  const share = h('button', {type: 'button', id: 'share-button'}, navigator.share ? 'Share link' : 'Copy link');
  share.addEventListener('click', async () => {
    if (navigator.share) {
      try {
        await navigator.share({title: 'Join my TrustPay escrow', text: `${e.title}: join with code ${e.code}`, url: link});
        return;
      } catch {
        // cancelled or not allowed: fall back to copying
      }
    }
    linkInput.select();
    notify(await copy(link, linkInput) ? 'Link copied.' : 'Select the link and copy it.');
  });
  return h('div', {class: 'card waiting', id: 'waiting-room'},
    h('p', {class: 'eyebrow'}, 'Share this code'),
    codeEl,
    h('p', {class: 'friendly-name'}, e.name || '',
      e.name ? h('span', {class: 'muted small name-hint'}, ` · ${NAME_HINT}`) : null),
    h('div', {class: 'actions'}, copyCode, share),
    h('label', {for: 'share-link', class: 'small'}, 'Or send this link'),
    linkInput,
    h('p', {class: 'muted waiting-note'}, h('span', {class: 'pulse', 'aria-hidden': 'true'}),
      ' Waiting for your partner to join…',
      e.codeExpiresAt ? ` The code works until ${when(e.codeExpiresAt)}.` : ''));
}

/** An inline form asking for a reason, under a button. */
function reasonAction({id, action, label, title, submitLabel, required, danger, run}) {
  const panel = h('div', {class: 'inline-form', hidden: true});
  const open = h('button', {type: 'button', id, class: danger ? 'danger-outline' : '', dataset: {action}}, label);
  const reason = field(required ? 'Reason' : 'Reason (optional)', h('textarea', {name: 'reason', rows: 3, maxlength: 500}));
  const alert = alertBox();
  const submit = h('button', {type: 'submit', class: danger ? 'danger' : 'primary', id: `${id}-submit`}, submitLabel);
  const back = h('button', {type: 'button', class: 'link'}, 'Back');
  const form = h('form', {novalidate: true}, h('p', {}, title), alert.el, reason.wrap, h('div', {class: 'actions'}, submit, back));
  panel.append(form);
  open.addEventListener('click', () => {
    panel.hidden = false;
    open.hidden = true;
    reason.input.focus();
  });
  back.addEventListener('click', () => {
    panel.hidden = true;
    open.hidden = false;
    open.focus();
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = reason.input.value.trim();
    if (required && !text) {
      setFieldError(reason, 'Please say why.');
      reason.input.focus();
      return;
    }
    setFieldError(reason, '');
    try {
      await busy(submit, 'Sending…', () => run(text || undefined));
    } catch (err) {
      alert.show(err.message);
    }
  });
  return h('div', {class: 'action'}, open, panel);
}

function confirmAction(e, step, refresh) {
  const panel = h('div', {class: 'inline-form', hidden: true});
  const open = h('button', {type: 'button', class: 'primary', id: step.id, dataset: {action: step.action}}, step.label);
  const yes = h('button', {type: 'button', class: 'primary', id: 'confirm-yes'}, 'Yes, confirm');
  const back = h('button', {type: 'button', class: 'link'}, 'Back');
  const alert = alertBox();
  panel.append(
    h('p', {}, e.myRole === 'PAYER'
      ? (e.deliveredAt
        ? 'Confirm only when you have what you paid for. The receiver marked it delivered, so your confirmation'
          + ' pays them at once.'
        : 'Confirm only when you have what you paid for. Once both confirm, the money goes to the receiver.')
      : 'Confirm that you delivered your side of the deal. Once both confirm, the money is paid to you.'),
    alert.el, h('div', {class: 'actions'}, yes, back));
  open.addEventListener('click', () => {
    panel.hidden = false;
    open.hidden = true;
    yes.focus();
  });
  back.addEventListener('click', () => {
    panel.hidden = true;
    open.hidden = false;
  });
  yes.addEventListener('click', async () => {
    try {
      await busy(yes, 'Confirming…', () => api.escrows.confirm(e.id));
      notify('Confirmed.');
      await refresh();
    } catch (err) {
      alert.show(err.message);
    }
  });
  return h('div', {class: 'action'}, open, panel);
}

/** "Mark as delivered", asked once more: it starts the payer's inspection period, which ends in a release. */
function deliverAction(e, step, refresh) {
  const panel = h('div', {class: 'inline-form', hidden: true});
  const open = h('button', {type: 'button', class: 'primary', id: step.id, dataset: {action: step.action}}, step.label);
  const yes = h('button', {type: 'button', class: 'primary', id: 'deliver-yes'}, 'Yes, it is delivered');
  const back = h('button', {type: 'button', class: 'link'}, 'Back');
  const alert = alertBox();
  panel.append(h('p', {}, step.title), alert.el, h('div', {class: 'actions'}, yes, back));
  open.addEventListener('click', () => {
    panel.hidden = false;
    open.hidden = true;
    yes.focus();
  });
  back.addEventListener('click', () => {
    panel.hidden = true;
    open.hidden = false;
  });
  yes.addEventListener('click', async () => {
    try {
      await busy(yes, 'Sending…', () => api.escrows.deliver(e.id));
      notify('Marked as delivered.');
      await refresh();
    } catch (err) {
      alert.show(err.message);
    }
  });
  return h('div', {class: 'action'}, open, panel);
}

async function downloadReceipt(e, button) {
  await busy(button, 'Preparing PDF…', async () => {
    const response = await api.escrows.receipt(e.id);
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const a = h('a', {href: url, download: `trustpay-receipt-${e.code || e.id}.pdf`, hidden: true});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  });
}

/** The action area's controls for escrow e: actionPlan's buttons, then the admin's boxes for an admin. */
export function actions(e, ctx, refresh, alert) {
  const run = (action) => async (reason) => {
    await action(e.id, reason);
    await refresh();
  };
  const list = actionPlan(e).map((step) => {
    switch (step.action) {
      case 'PAY':
        return h('a', {class: 'button primary', href: step.href, id: step.id, dataset: {action: step.action}}, step.label);
      case 'CONFIRM':
        return confirmAction(e, step, refresh);
      case 'MARK_DELIVERED':
        return deliverAction(e, step, refresh);
      case 'CANCEL':
        return reasonAction({...step, run: run(api.escrows.cancel)});
      case 'DISPUTE':
        return reasonAction({...step, run: run(api.escrows.dispute)});
      case 'RECEIPT': {
        const receipt = h('button', {type: 'button', id: step.id}, step.label);
        receipt.addEventListener('click', () => downloadReceipt(e, receipt).catch((err) => alert.show(err.message)));
        return receipt;
      }
      default:
        return null;
    }
  });
  if (ctx.user && ctx.user.admin) list.push(adminActions(e, refresh));
  return list;
}

export function timeline(entries, e, user) {
  if (!entries || entries.length === 0) return h('p', {class: 'muted'}, 'Nothing yet.');
  const admin = Boolean(user && user.admin);
  return h('ol', {class: 'timeline'}, [...entries].reverse().map((entry) => h('li', {},
    h('time', {datetime: entry.at}, when(entry.at)),
    h('span', {class: 'what'}, timelineLabel(entry, e)),
    admin && entry.internal && entry.internal.detail ? h('span', {class: 'detail'}, entry.internal.detail) : null)));
}

export async function detailView(ctx, id) {
  const alert = alertBox();
  const head = h('div', {class: 'escrow-head'});
  const message = h('p', {class: 'status-message', id: 'status-message', 'aria-live': 'polite'});
  const nextStep = h('p', {class: 'next-step', id: 'next-step'});
  const decision = h('p', {class: 'decision', id: 'decision', hidden: true});
  const thread = h('div', {id: 'dispute-thread', hidden: true});
  const threadItems = h('div');
  const threadBox = h('div');
  const countdown = h('p', {class: 'countdown', id: 'inspection-countdown', 'aria-live': 'off'});
  const waiting = h('div');
  const summary = h('div', {class: 'card summary'});
  const actionArea = h('div', {class: 'actions stacked', id: 'actions'});
  const milestoneArea = h('div');
  const progressArea = h('div');
  const history = h('div', {id: 'timeline'});
  let escrow = null;
  let lastJson = '';
  let lastActionsKey = '';
  let lastHistoryStatus = '';
  let lastThreadJson = '';
  let lastThreadBoxKey = '';
  replace(thread, h('h2', {}, 'Dispute'), threadItems, threadBox);

  /**
   * The thread is read on every refresh while messages can be added (the other side's messages do not change the
   * escrow), and once more after that, when it can only be read.
   */
  let threadClosed = false;
  async function refreshThread(e) {
    if (!wantsThread(e)) {
      thread.hidden = true;
      return;
    }
    const open = (e.allowedActions || []).includes('POST_DISPUTE_MESSAGE');
    if (!open && threadClosed) return;
    threadClosed = !open;
    const messages = await api.escrows.disputeMessages(id);
    const plan = threadPlan(e, messages);
    thread.hidden = !plan.show;
    const json = JSON.stringify(plan.items);
    if (json !== lastThreadJson) {
      lastThreadJson = json;
      replace(threadItems, threadList(plan));
    }
    const boxKey = String(plan.canPost);
    if (boxKey !== lastThreadBoxKey) {
      lastThreadBoxKey = boxKey;
      replace(threadBox, plan.canPost ? messageBox(async (text, key) => {
        await api.escrows.postDisputeMessage(id, text, key);
        await refreshThread(escrow);
      }) : null);
    }
  }

  /** Reads the escrow and redraws what changed; resolves to whether the escrow changed. */
  async function refresh() {
    const fresh = await api.escrows.get(id);
    const json = JSON.stringify(fresh);
    if (json === lastJson) {
      await refreshThread(fresh);
      return false;
    }
    lastJson = json;
    escrow = fresh;
    draw();
    await refreshThread(fresh);
    if (fresh.status !== lastHistoryStatus) {
      lastHistoryStatus = fresh.status;
      api.escrows.history(id)
        .then((entries) => replace(history, timeline(entries, fresh, ctx.user)))
        .catch(() => replace(history, h('p', {class: 'muted'}, 'The timeline is not available right now.')));
    }
    return true;
  }

  function draw() {
    const e = escrow;
    const restoreFocus = holdFocus([head, actionArea], () => message);
    replace(head,
      h('p', {class: 'eyebrow', title: e.name ? NAME_HINT : ''},
        [e.name, e.code && e.status !== 'AWAITING_PARTNER' ? `Code ${e.code}` : null]
        .filter(Boolean).join(' · ')),
      h('h1', {id: 'escrow-title'}, e.title),
      h('div', {id: 'escrow-status'}, badge(e.status)));
    message.textContent = statusMessage(e);
    nextStep.textContent = e.nextStep || '';
    nextStep.hidden = !e.nextStep;
    decision.textContent = decisionLine(e) || '';
    decision.hidden = !e.decision;
    tick();
    const creatorWaiting = e.status === 'AWAITING_PARTNER' && e.myRole;
    replace(waiting, creatorWaiting ? waitingRoom(e) : null);
    replace(summary,
      h('p', {class: 'amount big', id: 'escrow-amount'}, rupees(e.amountPaise)),
      h('p', {class: 'muted'}, myPart(e)),
      e.description ? h('p', {class: 'description'}, e.description) : null,
      h('dl', {class: 'parties'},
        partyRow('Payer', e.payer, e.myRole === 'PAYER'),
        partyRow('Receiver', e.payee, e.myRole === 'PAYEE')),
      e.status === 'HELD' && !(e.milestones || []).length ? confirmations(e) : null,
      e.lastError && ctx.user && ctx.user.admin
        ? h('p', {class: 'muted small'}, `Last error: ${e.lastError}`) : null);
    replace(progressArea, progress(e));
    replace(milestoneArea, milestoneList(e, async () => {
      try {
        await refresh();
      } catch (err) {
        alert.show(err.message);
      }
    }, alert));
    const key = JSON.stringify([e.status, e.allowedActions, e.myRole, !!e.paymentCompletedAt]);
    if (key !== lastActionsKey) {
      lastActionsKey = key;
      replace(actionArea, actions(e, ctx, async () => {
        try {
          await refresh();
        } catch (err) {
          alert.show(err.message);
        }
      }, alert));
    }
    restoreFocus();
  }

  /** The countdown moves on every poll even when the escrow did not change. */
  function tick() {
    const text = escrow ? inspectionCountdown(escrow) : null;
    countdown.textContent = text || '';
    countdown.hidden = !text;
  }

  function confirmations(e) {
    const c = e.confirmations || {};
    const row = (label, done) => h('li', {class: done ? 'done' : 'todo'}, `${label}: ${done ? 'confirmed' : 'not yet'}`);
    const receiver = e.deliveredAt
      ? h('li', {class: 'done'}, `Receiver: marked delivered on ${when(e.deliveredAt)}`)
      : row('Receiver', c.payee);
    return h('ul', {class: 'confirmations', id: 'confirmations'}, row('Payer', c.payer), receiver);
  }

  await refresh();
  // The bell's live stream says at once when something happened to this escrow; polling stays the fallback.
  followEscrow(ctx, id, refresh);
  ctx.poll(async () => {
    tick();
    try {
      await refresh();
      alert.clear();
    } catch (err) {
      alert.show(err.message);
    }
  });

  return {
    title: escrow.title,
    node: h('section', {class: 'narrow escrow', dataset: {id}},
      h('p', {class: 'back'}, h('a', {href: '#/'}, '← My escrows')),
      head, alert.el, message, decision, nextStep, countdown, waiting, actionArea, milestoneArea, thread, progressArea, summary,
      h('h2', {}, 'Timeline'), history),
  };
}
