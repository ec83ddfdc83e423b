// A screen that updates by itself keeps the keyboard user's place (holdFocus in dom.js, issue 19).
import assert from 'node:assert/strict';
import {beforeEach, test} from 'node:test';
import {holdFocus} from '../../main/resources/static/js/dom.js';

/** Just enough of a page: elements in containers, ids, one focused element. */
function page() {
  const doc = {activeElement: null, elements: []};
  const el = (tagName, id, parent) => {
    const e = {
      tagName, id, parent, attributes: {}, isConnected: true,
      contains(other) {
        for (let n = other; n; n = n.parent) if (n === this) return true;
        return false;
      },
      hasAttribute(name) {
        return name in this.attributes;
      },
      setAttribute(name, value) {
        this.attributes[name] = value;
      },
      focus() {
        doc.activeElement = this;
      },
    };
    doc.elements.push(e);
    return e;
  };
  doc.getElementById = (id) => doc.elements.find((e) => e.isConnected && e.id === id) || null;
  doc.el = el;
  /** What a redraw does: the container's old children leave the page. */
  doc.removeChildrenOf = (container) => doc.elements
    .filter((e) => e !== container && container.contains(e))
    .forEach((e) => { e.isConnected = false; });
  return doc;
}

let doc;
beforeEach(() => {
  doc = page();
  globalThis.document = doc;
});

test('the focus goes to the redrawn element with the same id', () => {
  const head = doc.el('DIV', '', null);
  doc.el('H1', 'escrow-title', head).focus();
  const restore = holdFocus([head], () => null);
  doc.removeChildrenOf(head);
  const fresh = doc.el('H1', 'escrow-title', head);

  restore();

  assert.equal(doc.activeElement, fresh);
});

test('when the focused control is gone, the focus goes to the fallback, made focusable by script', () => {
  const actions = doc.el('DIV', 'actions', null);
  const message = doc.el('P', 'status-message', null);
  doc.el('BUTTON', 'confirm-yes', actions).focus();
  const restore = holdFocus([actions], () => message);
  doc.removeChildrenOf(actions);

  restore();

  assert.equal(doc.activeElement, message);
  assert.equal(message.attributes.tabindex, '-1');
});

test('a focused element the redraw left in place keeps the focus', () => {
  const head = doc.el('DIV', '', null);
  const actions = doc.el('DIV', '', null);
  const reason = doc.el('TEXTAREA', 'f7', actions);
  reason.focus();
  const restore = holdFocus([head, actions], () => head);
  doc.removeChildrenOf(head);

  restore();

  assert.equal(doc.activeElement, reason);
});

test('focus outside the redrawn containers is left alone', () => {
  const head = doc.el('DIV', '', null);
  const bell = doc.el('BUTTON', 'bell', null);
  doc.el('H1', 'escrow-title', head);
  bell.focus();
  const restore = holdFocus([head], () => head);
  doc.removeChildrenOf(head);
  bell.isConnected = true;

  restore();

  assert.equal(doc.activeElement, bell);
});
