// Brings the page shown in the preview up to date with a newly parsed one by
// changing only what differs: text in place, attributes, and the children that
// were added or removed. An edit usually changes a few words, and the browser
// then restyles and lays out only those; replacing the whole page made it redo
// every paragraph of the document on each keystroke.
//
// Nodes of the two pages belong to different windows, so nodes are told apart by
// nodeType, never by instanceof.

const elementNode = 1;

function isElement(node: Node): node is Element {
  return node.nodeType === elementNode;
}

function sameKind(current: Node, next: Node): boolean {
  return current.nodeType === next.nodeType && current.nodeName === next.nodeName;
}

function patchAttributes(current: Element, next: Element): void {
  for (const name of current.getAttributeNames()) {
    if (!next.hasAttribute(name)) current.removeAttribute(name);
  }
  for (const name of next.getAttributeNames()) {
    const value = next.getAttribute(name) ?? "";
    if (current.getAttribute(name) !== value) current.setAttribute(name, value);
  }
}

/**
 * Unchanged children at both ends are kept as they are; between them, children of
 * the same kind are patched pairwise and the rest removed or moved in from `next`.
 */
function patchChildren(current: Node, next: Node): void {
  const page = current.ownerDocument ?? (current as Document);
  const old = Array.from(current.childNodes);
  const fresh = Array.from(next.childNodes);
  let start = 0;
  while (
    start < old.length &&
    start < fresh.length &&
    old[start]?.isEqualNode(fresh[start] ?? null)
  )
    start += 1;
  let oldEnd = old.length;
  let freshEnd = fresh.length;
  while (
    oldEnd > start &&
    freshEnd > start &&
    old[oldEnd - 1]?.isEqualNode(fresh[freshEnd - 1] ?? null)
  ) {
    oldEnd -= 1;
    freshEnd -= 1;
  }
  const anchor = old[oldEnd] ?? null;
  for (let index = start; index < Math.max(oldEnd, freshEnd); index += 1) {
    const before = index < oldEnd ? old[index] : undefined;
    const after = index < freshEnd ? fresh[index] : undefined;
    if (before !== undefined && after !== undefined && sameKind(before, after))
      patchNode(before, after);
    else if (before !== undefined && after !== undefined)
      current.replaceChild(page.adoptNode(after), before);
    else if (before !== undefined) current.removeChild(before);
    else if (after !== undefined) current.insertBefore(page.adoptNode(after), anchor);
  }
}

/** Makes `current` (in the shown page) equal to `next` (parsed, inert), a node of the same kind. */
export function patchNode(current: Node, next: Node): void {
  if (isElement(current) && isElement(next)) patchAttributes(current, next);
  if (current.hasChildNodes() || next.hasChildNodes()) patchChildren(current, next);
  else if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
}
