// DOM building without HTML parsing: every piece of data becomes a text node or an attribute
// value, so scraped titles and bodies can never turn into markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an element. attrs: class, text, hidden, dataset {}, on {event: handler}; any other key
 * is set as an attribute (false/null/undefined skip it). children: nodes or strings (as text).
 */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** As {@link el}, in the SVG namespace. */
export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends nodes and strings (as text nodes), skipping null and false; arrays are flattened. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces all children of node. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** The element with this id; fails loudly when the page and the script disagree. */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`page has no element #${id}`);
  return node;
}

/** Renders text segments [{text, hit}] as text nodes and <mark> elements. */
export function segmentsToNodes(segments, markAttrs = () => ({})) {
  return segments.map((segment) =>
    segment.hit ? el('mark', markAttrs(segment), segment.text) : document.createTextNode(segment.text),
  );
}
