// Pieces shared by several screens.
import {h} from './dom.js';
import {maskVpa, roleWord, rupees, statusLabel, statusTone} from './format.js';

export function badge(status) {
  return h('span', {class: `badge tone-${statusTone(status)}`, dataset: {status}}, statusLabel(status));
}

export function amount(paise, cls = 'amount') {
  return h('span', {class: cls}, rupees(paise));
}

/** "You pay" / "You receive" from the caller's role. */
export function myPart(escrow) {
  if (escrow.myRole === 'PAYER') return 'You pay';
  if (escrow.myRole === 'PAYEE') return 'You receive';
  return '';
}

export function partyRow(label, party, isMe) {
  if (!party) return h('div', {class: 'party'}, h('dt', {}, label), h('dd', {class: 'muted'}, 'Not joined yet'));
  return h('div', {class: 'party'},
    h('dt', {}, label),
    h('dd', {},
      h('span', {class: 'party-name'}, party.name || ''), isMe ? h('span', {class: 'you'}, ' (you)') : null,
      h('br'), h('span', {class: 'vpa', title: 'UPI ID, partly hidden'}, maskVpa(party.vpa))));
}

export function escrowCard(escrow) {
  return h('li', {class: 'escrow-card', dataset: {id: escrow.id, status: escrow.status}},
    h('a', {href: `#/e/${escrow.id}`, class: 'card-link'},
      h('div', {class: 'row'}, h('span', {class: 'title'}, escrow.title), badge(escrow.status)),
      h('div', {class: 'row'},
        amount(escrow.amountPaise),
        h('span', {class: 'muted'}, [myPart(escrow), escrow.name].filter(Boolean).join(' · ')))));
}

export function roleText(role) {
  const word = roleWord(role);
  return word === 'payer' ? 'the payer (you pay)' : word === 'payee' ? 'the receiver (you get paid)' : '';
}

/** Copies text; falls back to selecting it when the clipboard is not available. */
export async function copy(text, fallbackEl) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallbackEl) {
      const range = document.createRange();
      range.selectNodeContents(fallbackEl);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
    return false;
  }
}
