// Formatting: rupees with Indian digit grouping, plain-word statuses, masked VPAs, dates.

const INR = new Intl.NumberFormat('en-IN', {style: 'currency', currency: 'INR'});

/** 12340000 paise → "₹1,23,400.00". Paise are whole numbers; the division is exact for display. */
export function rupees(paise) {
  if (paise === null || paise === undefined) return '';
  return INR.format(Number(paise) / 100);
}

/**
 * "1,23,400.5" → 12340050 paise, without floating point; null if it is not an amount (at most 2 decimals).
 */
export function parseRupees(text) {
  const clean = String(text || '').replace(/[₹,\s]/g, '');
  const m = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(clean);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] || '').padEnd(2, '0'));
}

/** ARCHITECTURE §3 states in plain words. */
export const STATUS = {
  AWAITING_PARTNER: {label: 'Waiting for partner', tone: 'wait'},
  AWAITING_PAYMENT: {label: 'Payment pending', tone: 'wait'},
  PAYMENT_PENDING: {label: 'Payment pending', tone: 'wait'},
  PAYMENT_FAILED: {label: 'Payment failed', tone: 'bad'},
  HELD: {label: 'Payment received', tone: 'held'},
  RELEASING: {label: 'Releasing', tone: 'busy'},
  RELEASED: {label: 'Released', tone: 'good'},
  PAYOUT_REVERSED: {label: 'Payout returned', tone: 'bad'},
  RELEASE_FAILED: {label: 'Release failed', tone: 'bad'},
  REFUNDING: {label: 'Refunding', tone: 'busy'},
  REFUNDED: {label: 'Refunded', tone: 'done'},
  REFUND_FAILED: {label: 'Refund failed', tone: 'bad'},
  DISPUTED: {label: 'In dispute', tone: 'bad'},
  CANCELLED: {label: 'Cancelled', tone: 'done'},
  EXPIRED: {label: 'Expired', tone: 'done'},
};

export function statusLabel(status) {
  return (STATUS[status] || {label: humanize(status)}).label;
}

export function statusTone(status) {
  return (STATUS[status] || {tone: 'done'}).tone;
}

/** "PAYMENT_FAILED" → "Payment failed". */
export function humanize(code) {
  if (!code) return '';
  const words = String(code).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.]+/g, ' ').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "rahul.sharma@okaxis" → "ra••••••••••@okaxis": enough to recognise, not to copy. */
export function maskVpa(vpa) {
  if (!vpa) return '';
  const at = vpa.indexOf('@');
  if (at < 0) return vpa.slice(0, 2) + '••••';
  const name = vpa.slice(0, at);
  const keep = name.length <= 3 ? 1 : 2;
  return name.slice(0, keep) + '•'.repeat(Math.max(3, name.length - keep)) + vpa.slice(at);
}

const WHEN = new Intl.DateTimeFormat('en-IN', {day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit'});

export function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : WHEN.format(d);
}

/** Seconds → "14:05" (or "1:02:03"). */
export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/** Join codes: 6 characters, no look-alikes (0/O, 1/I/L) — escrow-service's JoinCode alphabet. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** Upper-cases and drops spaces and dashes; reports characters that can never be in a code. */
export function normaliseCode(raw) {
  const code = String(raw || '').toUpperCase().replace(/[\s-]/g, '');
  const bad = [...code].filter((c) => !CODE_ALPHABET.includes(c));
  return {code, bad: [...new Set(bad)]};
}

/** A UPI id as NPCI shapes it: name@handle. */
export function looksLikeVpa(vpa) {
  return /^[a-zA-Z0-9._-]{1,64}@[a-zA-Z0-9][a-zA-Z0-9.-]{1,63}$/.test(String(vpa || '').trim());
}

export function roleWord(role) {
  return role === 'PAYER' ? 'payer' : role === 'PAYEE' ? 'payee' : '';
}
