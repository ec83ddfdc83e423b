// A tiny fake DOM for the web UI's unit tests in Node: just what dom.js uses (elements with attributes, dataset,
// children, text, values and listeners). Not a test file itself (node --test runs *.test.js only).

/** Installs the fake as globalThis.document and globalThis.Node. */
export function installFakeDom() {
  class FakeNode {}
  class FakeText extends FakeNode {
    constructor(text) {
      super();
      this.text = text;
    }
    get textContent() {
      return this.text;
    }
  }
  class FakeElement extends FakeNode {
    constructor(tag) {
      super();
      this.tagName = tag.toUpperCase();
      this.attributes = {};
      this.dataset = {};
      this.children = [];
      this.listeners = {};
      this.className = '';
      this.hidden = false;
      this.value = '';
    }
    setAttribute(name, value) {
      this.attributes[name] = String(value);
      if (name === 'id') this.id = String(value);
      if (name === 'hidden') this.hidden = true;
    }
    getAttribute(name) {
      return name in this.attributes ? this.attributes[name] : null;
    }
    removeAttribute(name) {
      delete this.attributes[name];
    }
    addEventListener(type, fn) {
      (this.listeners[type] ||= []).push(fn);
    }
    async dispatch(type) {
      for (const fn of this.listeners[type] || []) await fn({preventDefault() {}});
    }
    append(...nodes) {
      this.children.push(...nodes);
    }
    replaceChildren(...nodes) {
      this.children = [...nodes];
    }
    focus() {}
    get textContent() {
      return this.children.map((c) => c.textContent).join('');
    }
    set textContent(text) {
      this.children = [new FakeText(text)];
    }
  }
  globalThis.Node = FakeNode;
  globalThis.document = {
    createElement: (tag) => new FakeElement(tag),
    createTextNode: (text) => new FakeText(text),
  };
}

/** Every element in the trees, depth first. */
export function all(nodes) {
  return [nodes].flat(Infinity).filter(Boolean).flatMap((n) => [n, ...all(n.children || [])]);
}

/** The element with this id in the trees, if any. */
export const byId = (nodes, id) => all(nodes).find((n) => n.id === id);
