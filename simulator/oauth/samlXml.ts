/**
 * A small, strict XML reader for SAML messages, in portable TypeScript (the
 * engine runs where neither DOMParser nor Node's libraries exist).
 *
 * It reads elements, attributes, text and CDATA, resolves namespace prefixes,
 * and refuses what a SAML message never needs and an attacker might use: a
 * DOCTYPE (so no entity expansion), unknown entities, processing instructions
 * after the declaration, mismatched or unclosed tags, duplicate attributes,
 * unbound prefixes, and anything after the root element but whitespace and
 * comments.
 */

/** An element: its qualified name as written, resolved namespace, attributes and children. */
export interface XmlElement {
  /** The local name (`Assertion` for `saml2:Assertion`). */
  local: string;
  /** The namespace URI the prefix resolves to ('' when none). */
  ns: string;
  /** Attributes by their name as written (`ID`, `xmlns:saml2`). */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (text and CDATA directly inside it, concatenated). */
  text: string;
}

/** Thrown for a document the reader refuses. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces the five predefined entities and character references; anything else is refused. */
function decodeEntities(s: string): string {
  return s.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new XmlError('An & must start an entity reference ending with ;.');
    if (body in ENTITIES) return ENTITIES[body];
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (!m) throw new XmlError(`Unknown entity &${body};.`);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
    if (code === 0 || code > 0x10ffff) throw new XmlError(`Invalid character reference &${body};.`);
    return String.fromCodePoint(code);
  });
}

interface Open {
  name: string;
  el: XmlElement;
  scope: Record<string, string>;
}

/** Parses a whole document and returns its root element. */
export function parseXml(src: string): XmlElement {
  let i = 0;
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  const rootScope: Record<string, string> = { xml: 'http://www.w3.org/XML/1998/namespace' };

  if (src.charCodeAt(0) === 0xfeff) i = 1;
  if (src.startsWith('<?xml', i)) {
    const end = src.indexOf('?>', i);
    if (end < 0) throw new XmlError('Unclosed XML declaration.');
    i = end + 2;
  }

  const text = (s: string) => {
    const top = stack[stack.length - 1];
    if (top) top.el.text += s;
    else if (s.trim() !== '') throw new XmlError('Text outside the root element.');
  };

  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      text(decodeEntities(src.slice(i)));
      break;
    }
    if (lt > i) {
      const raw = src.slice(i, lt);
      if (raw.includes(']]>')) throw new XmlError('"]]>" is not allowed in text.');
      text(decodeEntities(raw));
    }
    i = lt;
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) throw new XmlError('Unclosed comment.');
      i = end + 3;
      continue;
    }
    if (src.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) throw new XmlError('CDATA outside the root element.');
      const end = src.indexOf(']]>', i);
      if (end < 0) throw new XmlError('Unclosed CDATA section.');
      text(src.slice(i + 9, end));
      i = end + 3;
      continue;
    }
    if (src.startsWith('<!', i)) throw new XmlError('DOCTYPE and other declarations are not accepted.');
    if (src.startsWith('<?', i)) throw new XmlError('Processing instructions are not accepted.');
    if (src.startsWith('</', i)) {
      const m = NAME.exec(src.slice(i + 2));
      const top = stack.pop();
      if (!m || !top || m[0] !== top.name) throw new XmlError(`Mismatched closing tag </${m?.[0] ?? ''}>.`);
      i += 2 + m[0].length;
      while (/\s/.test(src[i] ?? '')) i++;
      if (src[i] !== '>') throw new XmlError(`Malformed closing tag </${top.name}>.`);
      i++;
      continue;
    }
    // A start tag.
    if (root && stack.length === 0) throw new XmlError('More than one root element.');
    const m = NAME.exec(src.slice(i + 1));
    if (!m) throw new XmlError('Malformed start tag.');
    const name = m[0];
    i += 1 + name.length;
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      const ws = /^\s*/.exec(src.slice(i))![0].length;
      i += ws;
      if (src.startsWith('/>', i)) {
        selfClosing = true;
        i += 2;
        break;
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      if (ws === 0) throw new XmlError(`Malformed attributes in <${name}>.`);
      const an = NAME.exec(src.slice(i));
      if (!an) throw new XmlError(`Malformed attribute in <${name}>.`);
      i += an[0].length;
      const eq = /^\s*=\s*(["'])/.exec(src.slice(i));
      if (!eq) throw new XmlError(`Attribute ${an[0]} of <${name}> has no quoted value.`);
      i += eq[0].length;
      const close = src.indexOf(eq[1], i);
      if (close < 0) throw new XmlError(`Unclosed value of attribute ${an[0]}.`);
      const raw = src.slice(i, close);
      if (raw.includes('<')) throw new XmlError(`"<" in the value of attribute ${an[0]}.`);
      if (an[0] in attrs) throw new XmlError(`Duplicate attribute ${an[0]} in <${name}>.`);
      attrs[an[0]] = decodeEntities(raw);
      i = close + 1;
    }
    const parentScope = stack.length ? stack[stack.length - 1].scope : rootScope;
    const scope: Record<string, string> = { ...parentScope };
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'xmlns') scope[''] = v;
      else if (k.startsWith('xmlns:')) scope[k.slice(6)] = v;
    }
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const ns = scope[prefix];
    if (prefix !== '' && ns === undefined) throw new XmlError(`Unbound namespace prefix ${prefix}.`);
    for (const k of Object.keys(attrs)) {
      const c = k.indexOf(':');
      if (c > 0 && k.slice(0, c) !== 'xmlns' && scope[k.slice(0, c)] === undefined) throw new XmlError(`Unbound namespace prefix ${k.slice(0, c)}.`);
    }
    const el: XmlElement = { local: colon < 0 ? name : name.slice(colon + 1), ns: ns ?? '', attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].el.children.push(el);
    else root = el;
    if (!selfClosing) stack.push({ name, el, scope });
  }
  if (stack.length) throw new XmlError(`Unclosed element <${stack[stack.length - 1].name}>.`);
  if (!root) throw new XmlError('The document has no root element.');
  return root;
}

/** The child elements of `el` named `local` in namespace `ns`. */
export const childrenOf = (el: XmlElement, ns: string, local: string): XmlElement[] => el.children.filter((c) => c.ns === ns && c.local === local);

/** The single child named `local` in `ns`; undefined when absent; refuses duplicates. */
export function childOf(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  const all = childrenOf(el, ns, local);
  if (all.length > 1) throw new XmlError(`More than one ${local} in ${el.local}.`);
  return all[0];
}
