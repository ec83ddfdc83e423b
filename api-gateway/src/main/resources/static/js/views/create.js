// Create an escrow: title, description, amount in rupees, own role, own UPI id, how the payer pays.
import {api} from '../api.js';
import {alertBox, busy, field, h, setFieldError} from '../dom.js';
import {looksLikeVpa, parseRupees, rupees} from '../format.js';

/** The payer's inspection period after delivery, 1–30 whole days (ADR 0018); escrow-service checks it again. */
export const INSPECTION_DAYS = {min: 1, max: 30, default: 3};

/** Why the inspection days typed are not acceptable, or '' when they are. */
export function inspectionDaysError(raw) {
  const text = String(raw ?? '').trim();
  const days = Number(text);
  if (!/^\d+$/.test(text) || days < INSPECTION_DAYS.min || days > INSPECTION_DAYS.max) {
    return `Enter ${INSPECTION_DAYS.min} to ${INSPECTION_DAYS.max} days.`;
  }
  return '';
}

function radio(name, value, label, hint, checked) {
  const id = `${name}-${value.toLowerCase()}`;
  return h('div', {class: 'choice'},
    h('input', {type: 'radio', name, value, id, checked}),
    h('label', {for: id}, h('strong', {}, label), hint ? h('span', {class: 'hint'}, hint) : null));
}

export function createView(ctx) {
  const idempotencyKey = crypto.randomUUID();
  const title = field('What is the deal?',
    h('input', {type: 'text', name: 'title', maxlength: 100, required: true, placeholder: 'e.g. Used iPhone 13, 128 GB'}));
  const description = field('Details (optional)',
    h('textarea', {name: 'description', rows: 3, maxlength: 1000, placeholder: 'Condition, delivery, anything agreed'}));
  const amountInput = h('input', {type: 'text', name: 'amount', inputmode: 'decimal', autocomplete: 'off', required: true,
    placeholder: '0.00'});
  const amountField = field('Amount in rupees',
    h('div', {class: 'money-input'}, h('span', {'aria-hidden': 'true'}, '₹'), amountInput), ' ', amountInput);
  amountInput.addEventListener('input', () => {
    const paise = parseRupees(amountInput.value);
    amountField.hint.textContent = paise ? rupees(paise) : ' ';
  });

  const role = h('fieldset', {class: 'choices'},
    h('legend', {}, 'Your part'),
    radio('role', 'PAYER', 'I pay', 'You pay the amount into TrustPay; it is released when both confirm.', true),
    radio('role', 'PAYEE', 'I receive', 'Your partner pays; you get the money when both confirm.', false));
  const vpa = field('Your UPI ID', h('input', {type: 'text', name: 'vpa', autocomplete: 'off', autocapitalize: 'none',
    spellcheck: 'false', required: true, placeholder: 'name@bank'}),
  'The payer pays from it, or the money is paid out to it.');
  const mode = h('fieldset', {class: 'choices'},
    h('legend', {}, 'How will the payer pay?'),
    radio('paymentMode', 'INTENT', 'QR code or UPI app link', 'Works with any UPI app. Recommended.', true),
    radio('paymentMode', 'COLLECT', 'Payment request to the payer\'s UPI ID', 'The payer approves it in their UPI app.',
      false));
  const inspection = field('Inspection period (days)',
    h('input', {type: 'number', name: 'inspectionDays', id: 'inspection-days', min: INSPECTION_DAYS.min,
      max: INSPECTION_DAYS.max, step: 1, inputmode: 'numeric', value: String(INSPECTION_DAYS.default), required: true}),
  'After the receiver marks the deal delivered, the payer has this many days to confirm or dispute;'
    + ' then the money is released automatically.');
  const alert = alertBox();
  const submit = h('button', {type: 'submit', class: 'primary', id: 'create-submit'}, 'Create escrow');
  const form = h('form', {class: 'card', novalidate: true, id: 'create-form'},
    alert.el, title.wrap, description.wrap, amountField.wrap, role, vpa.wrap, mode, inspection.wrap, submit);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    alert.clear();
    const paise = parseRupees(amountInput.value);
    const checks = [
      [title, title.input.value.trim() ? '' : 'Give the deal a short title.'],
      [amountField, paise && paise > 0 ? '' : 'Enter the amount in rupees, e.g. 1234 or 1234.50.'],
      [vpa, looksLikeVpa(vpa.input.value) ? '' : 'Enter your UPI ID, like name@bank.'],
      [inspection, inspectionDaysError(inspection.input.value)],
    ];
    checks.forEach(([f, msg]) => setFieldError(f, msg));
    const firstBad = checks.find(([, msg]) => msg);
    if (firstBad) {
      firstBad[0].input.focus();
      return;
    }
    const body = {
      title: title.input.value.trim(),
      description: description.input.value.trim() || undefined,
      amountPaise: paise,
      role: form.querySelector('input[name=role]:checked').value,
      vpa: vpa.input.value.trim(),
      paymentMode: form.querySelector('input[name=paymentMode]:checked').value,
      inspectionDays: Number(inspection.input.value.trim()),
    };
    try {
      const escrow = await busy(submit, 'Creating…', () =>
        api.escrows.create(body, idempotencyKey));
      ctx.go(`/e/${escrow.id}`);
    } catch (err) {
      alert.show(err.message);
    }
  });

  return {
    title: 'Create an escrow',
    node: h('section', {class: 'narrow'}, h('h1', {}, 'Create an escrow'), form),
  };
}
