// The thread of a dispute: the parties argue their case and TrustPay staff ask and answer, until an admin decides.
// Used by the escrow screen (detail.js) and the admin console (admin.js).
import {alertBox, busy, field, h, setFieldError} from '../dom.js';
import {when} from '../format.js';

/**
 * The dispute thread as the page draws it: the messages, oldest first, with who wrote them; the message box only when
 * the server allows this caller to post (POST_DISPUTE_MESSAGE in allowedActions), never from the status.
 */
export function threadPlan(e, messages) {
  const canPost = (e.allowedActions || []).includes('POST_DISPUTE_MESSAGE');
  const items = (messages || []).map((m) => ({
    id: m.id,
    who: m.mine ? 'You' : (m.authorName || (m.author === 'ADMIN' ? 'TrustPay staff' : 'Your partner')),
    staff: m.author === 'ADMIN',
    mine: Boolean(m.mine),
    text: m.text,
    at: m.postedAt,
  }));
  return {show: canPost || items.length > 0, canPost, items};
}

/** Whether this escrow may have a thread worth asking for: one can be written now, or an admin decided. */
export function wantsThread(e) {
  return (e.allowedActions || []).includes('POST_DISPUTE_MESSAGE') || Boolean(e.decision);
}

/** The thread's messages, newest last. */
export function threadList(plan) {
  if (plan.items.length === 0) return h('p', {class: 'muted'}, 'No messages yet.');
  return h('ol', {class: 'thread', id: 'dispute-messages'}, plan.items.map((m) =>
    h('li', {class: ['message', m.mine ? 'mine' : '', m.staff ? 'staff' : ''].filter(Boolean).join(' ')},
      h('p', {class: 'small'}, h('strong', {}, m.who), ' · ', h('time', {datetime: m.at}, when(m.at))),
      h('p', {class: 'message-text'}, m.text))));
}

/**
 * The box to add a message: send(text, key) posts it; the key stays the same until it went through, so a retry after
 * a lost answer is stored once.
 */
export function messageBox(send) {
  const text = field('Your message', h('textarea', {name: 'text', rows: 3, maxlength: 2000, id: 'dispute-message'}),
    'Both parties and TrustPay staff read the thread.');
  const alert = alertBox();
  const submit = h('button', {type: 'submit', class: 'primary', id: 'dispute-message-submit'}, 'Send message');
  const form = h('form', {novalidate: true, id: 'dispute-message-form'}, alert.el, text.wrap, h('div', {class: 'actions'}, submit));
  let key = crypto.randomUUID();
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const value = text.input.value.trim();
    if (!value) {
      setFieldError(text, 'Write something before sending.');
      text.input.focus();
      return;
    }
    setFieldError(text, '');
    alert.clear();
    try {
      await busy(submit, 'Sending…', () => send(value, key));
      text.input.value = '';
      key = crypto.randomUUID();
    } catch (err) {
      alert.show(err.message);
    }
  });
  return form;
}
