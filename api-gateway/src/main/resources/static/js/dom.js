// Tiny DOM helpers: every text goes in through textContent, never innerHTML (user data is never markup).

/** h('button', {class: 'primary', onclick: fn}, 'Save') builds an element. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let fieldSeq = 0;

/**
 * A labelled form field; returns {wrap, input, error, hint}. `control` is what is shown (the input itself, or a
 * wrapper around it); `input` is the element the label names.
 */
export function field(label, control, hint, input = control) {
  const id = input.id || `f${++fieldSeq}`;
  input.id = id;
  const hintEl = hint ? h('p', {class: 'hint', id: `${id}-hint`}, hint) : null;
  const error = h('p', {class: 'field-error', id: `${id}-error`, 'aria-live': 'polite'});
  input.setAttribute('aria-describedby', [hintEl ? hintEl.id : null, error.id].filter(Boolean).join(' '));
  const wrap = h('div', {class: 'field'}, h('label', {for: id}, label), control, hintEl, error);
  return {wrap, input, error, hint: hintEl};
}

/** Shows or clears a field's error, and marks the input invalid for assistive tech. */
export function setFieldError(f, message) {
  f.error.textContent = message || '';
  if (message) f.input.setAttribute('aria-invalid', 'true');
  else f.input.removeAttribute('aria-invalid');
}

/** An alert box for errors of a whole form or screen. */
export function alertBox() {
  const el = h('div', {class: 'alert', role: 'alert', hidden: true});
  return {
    el,
    show(message) {
      el.textContent = message;
      el.hidden = !message;
    },
    clear() {
      el.textContent = '';
      el.hidden = true;
    },
  };
}

/** Disables a button while an async action runs, with a busy label. */
export async function busy(button, label, action) {
  const before = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  if (label) button.textContent = label;
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = before;
  }
}

/** Short message at the top of the page that goes away by itself. */
export function notify(message) {
  const el = document.getElementById('notice');
  el.textContent = message;
  el.hidden = false;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { el.hidden = true; }, 4000);
}

/** Takes the message down before its time, when what it announced is over (e.g. "waiting for the bank"). */
export function dismissNotice() {
  clearTimeout(notify.timer);
  const el = document.getElementById('notice');
  if (el) el.hidden = true;
}

const FOCUSABLE = /^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/;

/**
 * Remembers whether the keyboard focus is inside one of `containers` before a live redraw replaces their content;
 * the function it answers puts the focus back afterwards: on the new element with the same id, or else on
 * `fallback()` (made focusable by script when it is not by nature). Without it a page that updates by itself
 * drops a keyboard or screen reader user back to the top of the page.
 */
export function holdFocus(containers, fallback) {
  const active = document.activeElement;
  const inside = Boolean(active) && containers.some((c) => c !== active && c.contains(active));
  const id = inside ? active.id : '';
  return () => {
    if (!inside || active.isConnected) return;
    const target = (id && document.getElementById(id)) || fallback();
    if (!target) return;
    if (!FOCUSABLE.test(target.tagName) && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({preventScroll: true});
  };
}
