// Sign up, log in.
import {api} from '../api.js';
import {alertBox, busy, field, h, setFieldError} from '../dom.js';

export function loginView(ctx) {
  const email = field('E-mail', h('input', {type: 'email', name: 'email', autocomplete: 'email', required: true}));
  const password = field('Password',
    h('input', {type: 'password', name: 'password', autocomplete: 'current-password', required: true}));
  const alert = alertBox();
  const submit = h('button', {type: 'submit', class: 'primary'}, 'Log in');
  const form = h('form', {class: 'card', novalidate: true, id: 'login-form'}, alert.el, email.wrap, password.wrap, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    alert.clear();
    setFieldError(email, email.input.value.trim() ? '' : 'Enter your e-mail.');
    setFieldError(password, password.input.value ? '' : 'Enter your password.');
    if (!email.input.value.trim() || !password.input.value) return;
    try {
      await busy(submit, 'Logging in…', () => api.auth.login(email.input.value.trim(), password.input.value));
      ctx.signedIn();
    } catch (err) {
      alert.show(err.message);
      password.input.value = '';
      password.input.focus();
    }
  });
  return {
    title: 'Log in',
    node: h('section', {class: 'narrow'},
      h('h1', {}, 'Log in'),
      h('p', {class: 'lead'}, 'Hold money safely between two people until both say the deal is done.'),
      form,
      h('p', {class: 'center'}, 'New to TrustPay? ', h('a', {href: '#/signup'}, 'Create an account'))),
  };
}

/** After a neutral registration, a failed login means the e-mail already had an account with another password. */
export const ALREADY_REGISTERED =
  'We could not sign you in with this e-mail and password. If you already have an account, log in with its password.';

export function signupView(ctx) {
  const name = field('Your name', h('input', {type: 'text', name: 'name', autocomplete: 'name', required: true, maxlength: 100}));
  const email = field('E-mail', h('input', {type: 'email', name: 'email', autocomplete: 'email', required: true}));
  const phone = field('Mobile number (optional)',
    h('input', {type: 'tel', name: 'phone', autocomplete: 'tel', inputmode: 'tel', maxlength: 16}),
    'For payment updates. 10 digits, e.g. 98765 43210.');
  const password = field('Password',
    h('input', {type: 'password', name: 'password', autocomplete: 'new-password', required: true, minlength: 8,
      maxlength: 72}),
    'At least 8 characters.');
  const alert = alertBox();
  const submit = h('button', {type: 'submit', class: 'primary'}, 'Create account');
  const form = h('form', {class: 'card', novalidate: true, id: 'signup-form'},
    alert.el, name.wrap, email.wrap, phone.wrap, password.wrap, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    alert.clear();
    const checks = [
      [name, name.input.value.trim() ? '' : 'Enter your name.'],
      [email, /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.input.value.trim()) ? '' : 'Enter a valid e-mail address.'],
      [password, password.input.value.length >= 8 ? '' : 'Choose a password of at least 8 characters.'],
    ];
    checks.forEach(([f, msg]) => setFieldError(f, msg));
    const firstBad = checks.find(([, msg]) => msg);
    if (firstBad) {
      firstBad[0].input.focus();
      return;
    }
    const body = {
      name: name.input.value.trim(),
      email: email.input.value.trim(),
      password: password.input.value,
    };
    const digits = phone.input.value.replace(/\D/g, '');
    if (digits) body.phone = digits;
    try {
      await busy(submit, 'Creating your account…', async () => {
        // The server answers the same whether the e-mail is new or already has an account; logging in tells.
        await api.auth.register(body);
        await api.auth.login(body.email, body.password);
      });
      ctx.signedIn();
    } catch (err) {
      alert.show(err.code === 'INVALID_CREDENTIALS' ? ALREADY_REGISTERED : err.message);
    }
  });
  return {
    title: 'Sign up',
    node: h('section', {class: 'narrow'},
      h('h1', {}, 'Create your account'),
      form,
      h('p', {class: 'center'}, 'Already have an account? ', h('a', {href: '#/login'}, 'Log in'))),
  };
}
