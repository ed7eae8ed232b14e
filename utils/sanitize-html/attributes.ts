/** What the sanitizer does to each attribute that survives DOMPurify: every URL checked or dropped. */
import { rewriteCss } from './css-rewriter';
import { classifyUrl, decideImage, type Policy } from './url-policy';

/** Removed elements whose URL attributes would have fetched something: counted when remote. */
const FETCHING_ELEMENT_ATTRS: Record<string, readonly string[]> = {
  script: ['src', 'href', 'xlink:href'],
  link: ['href'],
  iframe: ['src'],
  frame: ['src'],
  object: ['data'],
  embed: ['src'],
  input: ['src'],
  use: ['href', 'xlink:href'],
};

interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/** https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute (simplified). */
function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  const isWs = (c: string | undefined): boolean => c !== undefined && /^[\t\n\f\r ]$/.test(c);
  while (i < value.length) {
    while (i < value.length && (isWs(value[i]) || value[i] === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !isWs(value[i])) i++;
    let url = value.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const descStart = i;
      let depth = 0;
      while (i < value.length) {
        const c = value[i];
        if (c === '(') depth++;
        else if (c === ')') depth--;
        else if (c === ',' && depth <= 0) break;
        i++;
      }
      descriptor = value.slice(descStart, i).trim();
      i++;
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}

function rewriteSrcset(value: string, policy: Policy): string {
  return parseSrcset(value)
    .flatMap((candidate) => {
      const decision = decideImage(candidate.url, policy);
      if (!decision.keep) return [];
      // A URL with a comma or space would change meaning once re-joined: drop it instead.
      if (/[\s,]/.test(decision.value) && !decision.value.toLowerCase().startsWith('data:')) return [];
      return [candidate.descriptor ? `${decision.value} ${candidate.descriptor}` : decision.value];
    })
    .join(', ');
}

function setOrRemove(el: Element, name: string, value: string | null): void {
  if (value === null || value.trim() === '') el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function sanitizeLink(el: Element, attrName: string, value: string): void {
  const url = classifyUrl(value);
  if (url.kind === 'remote' || url.kind === 'mailto') {
    el.setAttribute(attrName, url.normalized);
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  } else if (url.kind === 'fragment') {
    // In-document anchors stay in the frame despite <base target="_blank">.
    el.setAttribute('target', '_self');
  } else {
    el.removeAttribute(attrName);
  }
}

/** Checks every URL-bearing attribute of `el` (after DOMPurify) and rewrites its inline style. */
export function sanitizeAttributes(el: Element, policy: Policy): void {
  const tag = el.localName.toLowerCase();
  const isSvg = el.namespaceURI === SVG_NS;
  const parentTag = el.parentElement?.localName.toLowerCase();
  const isMediaSource = tag === 'source' && (parentTag === 'video' || parentTag === 'audio');

  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    const value = attr.value;
    if (name === 'style') {
      setOrRemove(el, attr.name, rewriteCss(value, policy));
    } else if (name === 'href' || name === 'xlink:href') {
      if (tag === 'a' || tag === 'area') {
        sanitizeLink(el, attr.name, value);
      } else if (isSvg && (tag === 'image' || tag === 'feimage')) {
        const decision = decideImage(value, policy);
        setOrRemove(el, attr.name, decision.keep ? decision.value : null);
      } else if (isSvg && classifyUrl(value).kind === 'fragment') {
        // Gradients, patterns, textPath… referring to this document are fine.
      } else {
        if (classifyUrl(value).kind === 'remote') policy.blocked += 1;
        el.removeAttribute(attr.name);
      }
    } else if (name === 'src') {
      if (tag === 'img') {
        const decision = decideImage(value, policy);
        setOrRemove(el, attr.name, decision.keep ? decision.value : null);
      } else if (tag === 'video' || tag === 'audio' || tag === 'track' || isMediaSource) {
        // media-src stays `data:` in both modes: remote media never plays inside a mail.
        const url = classifyUrl(value);
        if (url.kind === 'remote') policy.blocked += 1;
        if (url.kind !== 'data-media') el.removeAttribute(attr.name);
      } else {
        if (classifyUrl(value).kind === 'remote') policy.blocked += 1;
        el.removeAttribute(attr.name);
      }
    } else if (name === 'srcset') {
      setOrRemove(el, attr.name, tag === 'img' || tag === 'source' ? rewriteSrcset(value, policy) : null);
    } else if (name === 'poster' || name === 'background') {
      const decision = decideImage(value, policy);
      setOrRemove(el, attr.name, decision.keep ? decision.value : null);
    } else if (isSvg && /[(\\]/.test(value)) {
      // SVG presentation attributes (fill, filter, mask, clip-path, marker-*) are CSS values whose
      // url() points at SVG documents, not images: only `#fragment` and data: images stay.
      setOrRemove(el, attr.name, rewriteCss(value, policy, false));
    }
  }
}

/** Counts the remote references of an element DOMPurify is about to remove. */
export function countRemovedFetches(el: Element, tagName: string, policy: Policy): void {
  const attrs = FETCHING_ELEMENT_ATTRS[tagName];
  if (!attrs) return;
  for (const name of attrs) {
    const value = el.getAttribute(name);
    if (value !== null && classifyUrl(value).kind === 'remote') policy.blocked += 1;
  }
}
