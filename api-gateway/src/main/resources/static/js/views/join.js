// Join with a code: the format is checked as it is typed, then a preview, then the UPI id, then join.
import {api} from '../api.js';
import {alertBox, busy, field, h, replace, setFieldError} from '../dom.js';
import {CODE_LENGTH, looksLikeVpa, normaliseCode, rupees} from '../format.js';
import {roleText} from '../components.js';

export function joinView(ctx, initialCode) {
  const codeInput = h('input', {type: 'text', name: 'code', class: 'code-input', maxlength: 9, autocomplete: 'off',
    autocapitalize: 'characters', spellcheck: 'false', inputmode: 'text', placeholder: 'K7Q3MX'});
  const code = field('Code from your partner', codeInput, `${CODE_LENGTH} letters and digits.`);
  const preview = h('div', {id: 'join-preview', 'aria-live': 'polite'});
  const alert = alertBox();
  let previewed = null;
  let seq = 0;

  async function lookUp(value) {
    const mine = ++seq;
    replace(preview, h('p', {class: 'muted'}, 'Looking up the code…'));
    try {
      const found = await api.escrows.byCode(value);
      if (mine !== seq) return;
      previewed = found;
      showPreview(found);
    } catch (err) {
      if (mine !== seq) return;
      previewed = null;
      replace(preview);
      setFieldError(code, err.message);
    }
  }

  function check() {
    const {code: value, bad} = normaliseCode(codeInput.value);
    if (codeInput.value !== value) codeInput.value = value;
    previewed = null;
    replace(preview);
    if (bad.length) {
      setFieldError(code, `"${bad.join('", "')}" cannot be in a code. Codes use letters and digits without 0, O, 1, I or L.`);
      return;
    }
    if (value.length > CODE_LENGTH) {
      setFieldError(code, `A code has ${CODE_LENGTH} characters; this one has ${value.length}.`);
      return;
    }
    setFieldError(code, '');
    code.hint.textContent = value.length < CODE_LENGTH
      ? `${CODE_LENGTH - value.length} more character${CODE_LENGTH - value.length === 1 ? '' : 's'}.`
      : 'Code complete.';
    if (value.length === CODE_LENGTH) lookUp(value);
  }

  function showPreview(found) {
    const vpa = field('Your UPI ID', h('input', {type: 'text', name: 'vpa', autocomplete: 'off', autocapitalize: 'none',
      spellcheck: 'false', placeholder: 'name@bank'}),
    found.joinAs === 'PAYER' ? 'You pay from this UPI ID.' : 'The money is paid out to this UPI ID.');
    const submit = h('button', {type: 'submit', class: 'primary', id: 'join-submit'}, 'Join this escrow');
    const form = h('form', {novalidate: true, id: 'join-form'}, vpa.wrap, submit);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      alert.clear();
      if (!looksLikeVpa(vpa.input.value)) {
        setFieldError(vpa, 'Enter your UPI ID, like name@bank.');
        vpa.input.focus();
        return;
      }
      setFieldError(vpa, '');
      try {
        const escrow = await busy(submit, 'Joining…', () =>
          api.escrows.join(found.code, vpa.input.value.trim()));
        ctx.go(escrow.myRole === 'PAYER' ? `/e/${escrow.id}/pay` : `/e/${escrow.id}`);
      } catch (err) {
        alert.show(err.message);
      }
    });
    replace(preview, h('div', {class: 'card preview'},
      h('p', {class: 'eyebrow'}, found.name || ''),
      h('h2', {class: 'preview-title'}, found.title),
      found.description ? h('p', {}, found.description) : null,
      h('p', {class: 'amount big'}, rupees(found.amountPaise)),
      h('p', {}, `Created by ${found.creatorName || 'your partner'}. You will be `, h('strong', {}, roleText(found.joinAs)), '.'),
      form));
  }

  codeInput.addEventListener('input', check);
  const form = h('form', {class: 'card', novalidate: true, id: 'code-form'}, code.wrap);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    check();
  });
  if (initialCode) {
    codeInput.value = initialCode;
    queueMicrotask(check);
  }
  return {
    title: 'Join an escrow',
    node: h('section', {class: 'narrow'}, h('h1', {}, 'Join an escrow'), alert.el, form, preview),
  };
}
