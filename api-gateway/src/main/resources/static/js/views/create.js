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

/** An escrow is released as one, or in 2 to 10 milestones (ADR 0021); escrow-service checks them again. */
export const MILESTONES = {min: 2, max: 10};

/**
 * Why these milestones ([{title, amountPaise}]) cannot be sent with an escrow of totalPaise, in the words
 * escrow-service uses for the same rules (MILESTONE_*), or '' when they can: none at all is an escrow released as one.
 */
export function milestonesProblem(rows, totalPaise, minPaise = 100) {
  if (!rows || rows.length === 0) return '';
  if (rows.length < MILESTONES.min || rows.length > MILESTONES.max) {
    return `Split the deal into ${MILESTONES.min} to ${MILESTONES.max} milestones, or remove them.`;
  }
  if (rows.some((r) => !String(r.title || '').trim())) return 'Give every milestone a short title.';
  if (rows.some((r) => !r.amountPaise || r.amountPaise < minPaise)) {
    return `Every milestone must be at least ${rupees(minPaise)}.`;
  }
  const sum = rows.reduce((total, r) => total + r.amountPaise, 0);
  if (totalPaise && sum !== totalPaise) {
    return `The milestones add up to ${rupees(sum)}, not the amount of ${rupees(totalPaise)}.`;
  }
  return '';
}

/** The milestone rows of the form: "Add milestone" adds a title and an amount; each row can be removed. */
function milestoneEditor() {
  const list = h('ol', {class: 'milestone-rows', id: 'milestone-rows'});
  const add = h('button', {type: 'button', id: 'add-milestone'}, 'Add milestone');
  const error = h('p', {class: 'field-error', id: 'milestones-error', role: 'alert'});
  const rows = [];
  const renumber = () => {
    rows.forEach((row, i) => {
      row.title.placeholder = `Milestone ${i + 1}, e.g. Design approved`;
    });
    add.hidden = rows.length >= MILESTONES.max;
  };
  add.addEventListener('click', () => {
    const title = h('input', {type: 'text', name: 'milestoneTitle', maxlength: 100, class: 'milestone-title'});
    const amount = h('input', {type: 'text', name: 'milestoneAmount', inputmode: 'decimal', placeholder: '0.00',
      class: 'milestone-amount', autocomplete: 'off'});
    const remove = h('button', {type: 'button', class: 'link'}, 'Remove');
    const row = {title, amount, el: h('li', {}, title, h('span', {'aria-hidden': 'true'}, '₹'), amount, remove)};
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(row), 1);
      row.el.remove();
      renumber();
    });
    rows.push(row);
    list.append(row.el);
    renumber();
    title.focus();
  });
  const wrap = h('fieldset', {class: 'milestones'},
    h('legend', {}, 'Milestones (optional)'),
    h('p', {class: 'hint'}, 'Pay in parts: the payer pays the whole amount once, and each milestone is paid to the'
      + ' receiver when both of you confirm it.'),
    list, add, error);
  return {
    wrap,
    error,
    values: () => rows.map((r) => ({title: r.title.value.trim(), amountPaise: parseRupees(r.amount.value)})),
  };
}

function radio(name, value, label, hint, checked) {
  const id = `${name}-${value.toLowerCase()}`;
  return h('div', {class: 'choice'},
    h('input', {type: 'radio', name, value, id, checked}),
    h('label', {for: id}, h('strong', {}, label), hint ? h('span', {class: 'hint'}, hint) : null));
}

/** The limits for one payment mode from GET /api/escrows/amount-limits, or null when they are not known. */
export function limitFor(limits, mode) {
  return (Array.isArray(limits) && limits.find((l) => l.paymentMode === mode)) || null;
}

/** The form's words for the allowed amounts of a mode: "From ₹1.00 to ₹1,00,000.00 in one escrow." */
export function limitText(limit) {
  return limit ? `From ${rupees(limit.minAmountPaise)} to ${rupees(limit.maxAmountPaise)} in one escrow.` : ' ';
}

/**
 * Why this amount cannot be sent, in the words escrow-service uses for the same limits (AMOUNT_TOO_SMALL,
 * AMOUNT_ABOVE_UPI_LIMIT), or '' when it can. Without known limits only "is it an amount" is checked; the server
 * checks again either way.
 */
export function amountProblem(paise, limit) {
  if (!paise || paise <= 0) return 'Enter the amount in rupees, e.g. 1234 or 1234.50.';
  if (limit && paise < limit.minAmountPaise) return `The least one escrow can hold is ${rupees(limit.minAmountPaise)}.`;
  if (limit && paise > limit.maxAmountPaise) return `The most one escrow can hold is ${rupees(limit.maxAmountPaise)}.`;
  return '';
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
  const limitHint = h('p', {class: 'hint', id: 'amount-limit'}, ' ');
  amountField.wrap.insertBefore(limitHint, amountField.error);
  let limits = null;
  const chosenMode = () => form.querySelector('input[name=paymentMode]:checked').value;
  const showLimit = () => {
    limitHint.textContent = limitText(limitFor(limits, chosenMode()));
  };
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
  mode.addEventListener('change', showLimit);
  const inspection = field('Inspection period (days)',
    h('input', {type: 'number', name: 'inspectionDays', id: 'inspection-days', min: INSPECTION_DAYS.min,
      max: INSPECTION_DAYS.max, step: 1, inputmode: 'numeric', value: String(INSPECTION_DAYS.default), required: true}),
  'After the receiver marks the deal delivered, the payer has this many days to confirm or dispute;'
    + ' then the money is released automatically.');
  const milestones = milestoneEditor();
  const alert = alertBox();
  const submit = h('button', {type: 'submit', class: 'primary', id: 'create-submit'}, 'Create escrow');
  const form = h('form', {class: 'card', novalidate: true, id: 'create-form'},
    alert.el, title.wrap, description.wrap, amountField.wrap, milestones.wrap, role, vpa.wrap, mode, inspection.wrap,
    submit);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    alert.clear();
    const paise = parseRupees(amountInput.value);
    const checks = [
      [title, title.input.value.trim() ? '' : 'Give the deal a short title.'],
      [amountField, amountProblem(paise, limitFor(limits, chosenMode()))],
      [vpa, looksLikeVpa(vpa.input.value) ? '' : 'Enter your UPI ID, like name@bank.'],
      [inspection, inspectionDaysError(inspection.input.value)],
    ];
    checks.forEach(([f, msg]) => setFieldError(f, msg));
    const firstBad = checks.find(([, msg]) => msg);
    if (firstBad) {
      firstBad[0].input.focus();
      return;
    }
    const parts = milestones.values();
    const limit = limitFor(limits, chosenMode());
    const partsProblem = milestonesProblem(parts, paise, limit ? limit.minAmountPaise : undefined);
    milestones.error.textContent = partsProblem;
    if (partsProblem) return;
    const body = {
      title: title.input.value.trim(),
      description: description.input.value.trim() || undefined,
      amountPaise: paise,
      role: form.querySelector('input[name=role]:checked').value,
      vpa: vpa.input.value.trim(),
      paymentMode: chosenMode(),
      inspectionDays: Number(inspection.input.value.trim()),
      milestones: parts.length ? parts : undefined,
    };
    try {
      const escrow = await busy(submit, 'Creating…', () =>
        api.escrows.create(body, idempotencyKey));
      ctx.go(`/e/${escrow.id}`);
    } catch (err) {
      alert.show(err.message);
    }
  });

  api.escrows.amountLimits().then((answer) => {
    limits = answer;
    showLimit();
  }, () => {
    // the server checks the amount anyway; the form just cannot say the limit beforehand
  });

  return {
    title: 'Create an escrow',
    node: h('section', {class: 'narrow'}, h('h1', {}, 'Create an escrow'), form),
  };
}
