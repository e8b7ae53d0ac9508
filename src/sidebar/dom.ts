/**
 * The one way the sidebar creates elements. Text is only ever set as text
 * (`textContent` / Text nodes), never parsed as HTML, so headers, segment
 * names, samples and error messages from the sheet cannot inject markup.
 */

/** Attribute values; `false`, `null` and `undefined` leave the attribute out, `true` sets it empty. */
export type Attributes = { [name: string]: string | number | boolean | null | undefined };
/** A child: a node, or text (numbers become text); falsy entries are skipped. */
export type Child = Node | string | number | null | undefined | false;

/**
 * Creates an HTML element with attributes and children.
 *
 * Attributes are set with `setAttribute` (inline `on…` handlers are refused:
 * wire events with `addEventListener`). Strings become Text nodes.
 *
 * @param tag the element name
 * @param attributes attribute names and values
 * @param children nodes or text, in order
 * @returns the new element
 * @example
 * el('p', { class: 'hint' }, ['<b>', ' is shown literally']) // <p class="hint">&lt;b&gt; is shown literally</p>
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: Child | Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  appendChildren(node, children);
  return node;
}

/**
 * Sets attributes on an element (HTML or SVG) with `setAttribute`.
 *
 * @param node the element
 * @param attributes attribute names and values; `on…` names throw
 */
export function setAttributes(node: Element, attributes: Attributes): void {
  for (const name of Object.keys(attributes)) {
    if (/^on/i.test(name)) throw new Error(`dom: refusing inline event handler attribute "${name}"`);
    const value = attributes[name];
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

/**
 * Appends nodes and text to a parent; text is added as Text nodes.
 *
 * @param parent the node to append to
 * @param children nodes or text; falsy entries are skipped
 */
function appendChildren(parent: Node, children: Child | Child[]): void {
  const list = Array.isArray(children) ? children : [children];
  for (const child of list) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/**
 * Replaces everything inside an element.
 *
 * @param parent the element to empty and refill
 * @param children the new content
 */
export function replaceChildren(parent: Element, children: Child | Child[] = []): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  appendChildren(parent, children);
}

/**
 * The element with an id, or a clear error when the template lacks it.
 *
 * @param id the element id in index.html
 */
export function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`sidebar: index.html has no element #${id}`);
  return node;
}
