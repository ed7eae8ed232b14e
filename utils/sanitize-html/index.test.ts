// @vitest-environment jsdom
// DOMPurify is unsafe under happy-dom: this file must run under jsdom.
import { CSP_REMOTE_ALLOWED, CSP_REMOTE_BLOCKED, sanitizeMessageHtml } from '.';

/** Every remote reference in the corpus points here: it must never survive while blocked. */
const BEACON = 'beacon.test';

interface HostileCase {
  name: string;
  html: string;
  /** blockedRemote with allowRemote false / true. */
  blocked: [number, number];
}

const hostile: HostileCase[] = [
  {
    name: 'script tags, inline and remote',
    html: '<p>hi</p><script>alert(1)</script><script src="http://beacon.test/s.js"></script>',
    blocked: [1, 1],
  },
  { name: 'img onerror', html: '<img src=x onerror="alert(1)">', blocked: [0, 0] },
  { name: 'svg onload', html: '<svg onload="alert(1)"><circle r="5"/></svg>', blocked: [0, 0] },
  {
    name: 'script inside svg',
    html: '<svg><script>alert(1)</script><script href="http://beacon.test/x.js"/></svg>',
    blocked: [1, 1],
  },
  { name: 'javascript: link', html: '<a href="javascript:alert(1)">x</a>', blocked: [0, 0] },
  {
    name: 'JaVaScRiPt: link with entities and whitespace',
    html:
      '<a href="  JaVa&#x09;ScRiPt&#58;alert(1)">a</a><a href="&#106;avascript:alert(1)">b</a>' +
      '<a href="java\nscript:alert(1)">c</a><a href="&#x20;javascript&colon;alert(1)">d</a>',
    blocked: [0, 0],
  },
  { name: 'vbscript: link', html: '<a href="vbscript:msgbox(1)">x</a>', blocked: [0, 0] },
  { name: 'data:text/html link', html: '<a href="data:text/html,<script>alert(1)</script>">x</a>', blocked: [0, 0] },
  {
    name: 'iframe srcdoc and src',
    // The parser drops <frame> outside a frameset: only the iframe counts.
    html: '<iframe srcdoc="<script>alert(1)</script>" src="http://beacon.test/f.html"></iframe><frame src="//beacon.test/fr">',
    blocked: [1, 1],
  },
  {
    name: 'object, embed, applet',
    html: '<object data="http://beacon.test/o.swf"></object><embed src="http://beacon.test/e.swf"><applet code="x" codebase="http://beacon.test/"></applet>',
    blocked: [2, 2],
  },
  { name: 'meta refresh', html: '<meta http-equiv="refresh" content="0;url=http://beacon.test/r"><p>x</p>', blocked: [0, 0] },
  { name: 'base href', html: '<base href="http://beacon.test/"><img src="relative.png" alt="r">', blocked: [0, 0] },
  {
    name: 'form, input, button',
    html: '<form action="http://beacon.test/f"><input name="q"><button formaction="http://beacon.test/b">go</button><textarea>t</textarea></form>',
    blocked: [0, 0],
  },
  { name: 'input type=image', html: '<input type="image" src="http://beacon.test/in.png">', blocked: [1, 1] },
  { name: 'link rel=stylesheet', html: '<link rel="stylesheet" href="http://beacon.test/l.css"><p>x</p>', blocked: [1, 1] },
  {
    name: '<style> @import',
    html: '<style>@import url(http://beacon.test/i.css); @import "http://beacon.test/j.css" screen; p{color:red}</style><p>x</p>',
    blocked: [2, 2],
  },
  {
    name: '<style> background url()',
    html: '<style>body{background:url(http://beacon.test/bg.png) no-repeat}</style><p>x</p>',
    blocked: [1, 0],
  },
  {
    name: 'style attribute, protocol-relative url()',
    html: `<div style="background-image:url('//beacon.test/x.png');color:red">x</div>`,
    blocked: [1, 0],
  },
  {
    name: 'image-set in a style attribute',
    html: `<div style="background-image:-webkit-image-set(url(http://beacon.test/a.png) 1x, 'http://beacon.test/b.png' 2x)">x</div>`,
    blocked: [2, 0],
  },
  {
    name: '@font-face src',
    html: '<style>@font-face{font-family:X;src:url(http://beacon.test/f.woff2) format("woff2")} p{font-family:X}</style><p>x</p>',
    blocked: [1, 1],
  },
  {
    name: 'img srcset',
    html: '<img srcset="http://beacon.test/a.png 1x, http://beacon.test/b.png 2x" alt="a">',
    blocked: [2, 0],
  },
  {
    name: 'picture source srcset',
    html: '<picture><source srcset="http://beacon.test/p.webp" type="image/webp"><img src="http://beacon.test/p.png" alt="p"></picture>',
    blocked: [2, 0],
  },
  {
    name: 'video poster and media src',
    html: '<video poster="http://beacon.test/p.jpg" src="http://beacon.test/v.mp4" controls><source src="http://beacon.test/s.mp4"></video><audio src="http://beacon.test/a.mp3"></audio>',
    blocked: [4, 3],
  },
  {
    name: 'table and cell background attributes',
    html: '<table background="http://beacon.test/t.png"><tr><td background="https://beacon.test/td.png">x</td></tr></table>',
    blocked: [2, 0],
  },
  {
    name: 'svg image href and xlink:href',
    html: '<svg><image href="http://beacon.test/i.png" width="5" height="5"/><image xlink:href="http://beacon.test/j.png"/></svg>',
    blocked: [2, 0],
  },
  { name: 'svg use to an external document', html: '<svg><use href="http://beacon.test/u.svg#x"/></svg>', blocked: [1, 1] },
  {
    name: 'svg animate/set/foreignObject',
    html:
      '<svg><a xlink:href="javascript:alert(1)"><text>t</text></a><animate attributeName="href" to="javascript:alert(1)"/>' +
      '<set attributeName="href" to="javascript:alert(1)"/><foreignObject><iframe src="http://beacon.test/fo"></iframe></foreignObject></svg>',
    blocked: [0, 0],
  },
  {
    name: 'svg presentation attribute pointing at a remote document',
    html: '<svg><rect width="5" height="5" filter="url(http://beacon.test/f.svg#f)" fill="url(#g)"/></svg>',
    blocked: [1, 1],
  },
  {
    name: 'math maction javascript:',
    html: '<math><maction actiontype="statusline#" xlink:href="javascript:alert(1)">click</maction></math>',
    blocked: [0, 0],
  },
  {
    name: 'mutation XSS through noscript',
    html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    blocked: [0, 0],
  },
  {
    name: 'mutation XSS through style in svg',
    html: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
    blocked: [0, 0],
  },
  // DOMPurify sanitizes template content before dropping the template: the image is seen once.
  { name: 'template', html: '<template><img src="http://beacon.test/t.png" onerror="alert(1)"></template>', blocked: [1, 0] },
  {
    name: 'event handlers everywhere',
    html: '<body onload="alert(1)"><details open ontoggle="alert(1)"><summary>s</summary></details><div onclick="alert(1)" onmouseover="alert(1)">d</div></body>',
    blocked: [0, 0],
  },
  {
    name: 'CSS escapes and comments hiding references',
    html: '<style>@\\69mport url(http://beacon.test/e.css); .a{background:u\\72l(http://beacon.test/e.png)} .b{background:/**/url( "http://beacon.test/q.png" )}</style>',
    blocked: [3, 1],
  },
  {
    name: 'Outlook-style <!-- --> inside <style>',
    html: '<style><!-- .x{background:url(http://beacon.test/c.png)} .y{color:blue} --></style><p class="y">x</p>',
    blocked: [1, 0],
  },
  { name: 'cid: image', html: '<img src="cid:part1@example" alt="logo">', blocked: [0, 0] },
  { name: 'data:image/svg+xml image', html: '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="s">', blocked: [0, 0] },
  {
    name: 'full document with head styles',
    html: '<html><head><title>T</title><style>.c{background-image:url("https://beacon.test/h.png")}</style></head><body class="c"><img src="https://beacon.test/track.gif" width="1" height="1"></body></html>',
    blocked: [2, 0],
  },
];

function parse(srcdoc: string): Document {
  return new DOMParser().parseFromString(srcdoc, 'text/html');
}

const RESOURCE_ATTRS = ['src', 'srcset', 'poster', 'background', 'data', 'xlink:href'];
const FORBIDDEN_SELECTOR =
  'script,iframe,frame,object,embed,applet,form,input,button,textarea,select,link,template,noscript,math,foreignObject,animate,set,use';

/** Structural safety checks shared by every case in both modes. */
function expectSafe(srcdoc: string, allowRemote: boolean): void {
  expect(srcdoc.toLowerCase()).not.toContain('<script');
  const doc = parse(srcdoc);
  expect(doc.body.querySelectorAll(FORBIDDEN_SELECTOR)).toHaveLength(0);
  expect(doc.querySelectorAll('base')).toHaveLength(1);
  expect(doc.querySelector('base')?.hasAttribute('href')).toBe(false);
  expect(doc.body.querySelectorAll('meta')).toHaveLength(0);
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.toLowerCase().startsWith('on'), `${el.localName} ${attr.name}`).toBe(false);
      const compact = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      expect(compact).not.toMatch(/javascript:|vbscript:|data:text\/html/);
      if (!allowRemote && RESOURCE_ATTRS.includes(attr.name.toLowerCase())) {
        expect(attr.value).not.toMatch(/https?:|^\s*\/\//i);
      }
      if (!allowRemote && attr.name === 'style') expect(attr.value).not.toMatch(/url\(\s*['"]?\s*(https?:|\/\/)/i);
    }
  }
  if (!allowRemote) {
    for (const style of Array.from(doc.querySelectorAll('style'))) {
      expect(style.textContent).not.toMatch(/url\(\s*['"]?\s*(https?:|\/\/)|@import/i);
    }
    expect(srcdoc).not.toContain(BEACON);
  }
}

describe('sanitizeMessageHtml — hostile corpus', () => {
  it('has at least 25 payloads', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(hostile)('$name', ({ html, blocked }) => {
    it('is inert and loads nothing remote while blocked', () => {
      const result = sanitizeMessageHtml(html, { allowRemote: false });
      expectSafe(result.srcdoc, false);
      expect(result.blockedRemote).toBe(blocked[0]);
    });

    it('stays inert when remote images are allowed', () => {
      const result = sanitizeMessageHtml(html, { allowRemote: true });
      expectSafe(result.srcdoc, true);
      expect(result.blockedRemote).toBe(blocked[1]);
    });
  });
});

function bodyOf(html: string, allowRemote: boolean): HTMLElement {
  return parse(sanitizeMessageHtml(html, { allowRemote }).srcdoc).body;
}

describe('sanitizeMessageHtml — remote content', () => {
  it('restores http(s) images, backgrounds and CSS urls when allowed', () => {
    const html =
      '<img src="http://beacon.test/a.png" srcset="https://beacon.test/b.png 2x" alt="a">' +
      '<table background="https://beacon.test/t.png"><tr><td style="background:url(http://beacon.test/c.png)">x</td></tr></table>' +
      '<style>.k{background-image:url("https://beacon.test/d.png")}</style><svg><image href="https://beacon.test/e.png"/></svg>';
    const body = bodyOf(html, true);
    expect(body.querySelector('img')?.getAttribute('src')).toBe('http://beacon.test/a.png');
    expect(body.querySelector('img')?.getAttribute('srcset')).toBe('https://beacon.test/b.png 2x');
    expect(body.querySelector('table')?.getAttribute('background')).toBe('https://beacon.test/t.png');
    expect(body.querySelector('td')?.getAttribute('style')).toBe('background:url(http://beacon.test/c.png)');
    expect(body.querySelector('style')?.textContent).toBe('.k{background-image:url("https://beacon.test/d.png")}');
    expect(body.querySelector('image')?.getAttribute('href')).toBe('https://beacon.test/e.png');

    const blockedBody = bodyOf(html, false);
    expect(blockedBody.querySelector('img')?.hasAttribute('src')).toBe(false);
    expect(blockedBody.querySelector('img')?.hasAttribute('srcset')).toBe(false);
    expect(blockedBody.querySelector('img')?.getAttribute('alt')).toBe('a');
    expect(blockedBody.querySelector('td')?.getAttribute('style')).toBe('background:none');
    expect(blockedBody.querySelector('style')?.textContent).toBe('.k{background-image:none}');
    expect(sanitizeMessageHtml(html, { allowRemote: false }).blockedRemote).toBe(6);
  });

  it('turns protocol-relative references into https when allowed', () => {
    const body = bodyOf('<img src="//beacon.test/a.png"><p style="background:url(//beacon.test/b.png)">x</p>', true);
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://beacon.test/a.png');
    expect(body.querySelector('p')?.getAttribute('style')).toBe('background:url("https://beacon.test/b.png")');
  });

  it('keeps data: images of raster types in both modes', () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const html = `<img src="${png}" alt="dot"><img src="data:image/jpeg;base64,/9j/4AAQ" alt="j"><div style="background:url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)">g</div>`;
    for (const allowRemote of [false, true]) {
      const result = sanitizeMessageHtml(html, { allowRemote });
      const body = parse(result.srcdoc).body;
      expect(body.querySelectorAll('img')[0]?.getAttribute('src')).toBe(png);
      expect(body.querySelectorAll('img')[1]?.getAttribute('src')).toBe('data:image/jpeg;base64,/9j/4AAQ');
      expect(body.querySelector('div')?.getAttribute('style')).toBe('background:url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)');
      expect(result.blockedRemote).toBe(0);
    }
  });

  it('removes cid:, svg+xml data, relative and other-scheme image sources without counting them', () => {
    const html =
      '<img src="cid:logo@x" alt="1"><img src="data:image/svg+xml,<svg/>" alt="2"><img src="/a.png" alt="3"><img src="file:///etc/passwd" alt="4">';
    const result = sanitizeMessageHtml(html, { allowRemote: true });
    const imgs = Array.from(parse(result.srcdoc).body.querySelectorAll('img'));
    expect(imgs.map((img) => img.getAttribute('alt'))).toEqual(['1', '2', '3', '4']);
    expect(imgs.every((img) => !img.hasAttribute('src'))).toBe(true);
    expect(result.blockedRemote).toBe(0);
  });

  it('keeps local stylesheet rules and fragment references', () => {
    const html =
      '<style>p.note{color:#c00;font-weight:bold}</style><p class="note">n</p><svg><linearGradient id="g"/><rect fill="url(#g)" width="1" height="1"/></svg>';
    const body = bodyOf(html, false);
    expect(body.querySelector('style')?.textContent).toBe('p.note{color:#c00;font-weight:bold}');
    expect(body.querySelector('rect')?.getAttribute('fill')).toBe('url(#g)');
  });

  it('does not leak state between calls in different modes', () => {
    const html = '<img src="http://beacon.test/a.png"><style>@import url(http://beacon.test/x.css);</style>';
    const first = sanitizeMessageHtml(html, { allowRemote: false });
    sanitizeMessageHtml(html, { allowRemote: true });
    const again = sanitizeMessageHtml(html, { allowRemote: false });
    expect(again).toEqual(first);
    expect(first.blockedRemote).toBe(2);
  });
});

describe('sanitizeMessageHtml — document and CSP', () => {
  it('builds a full document with the blocking CSP first in <head>', () => {
    const { srcdoc } = sanitizeMessageHtml('<p>Hello</p>', { allowRemote: false });
    expect(
      srcdoc.startsWith('<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="'),
    ).toBe(true);
    const doc = parse(srcdoc);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; media-src data:; form-action 'none'; frame-src 'none'; base-uri 'none'",
    );
    expect(csp).toBe(CSP_REMOTE_BLOCKED);
    expect(doc.querySelector('base')?.getAttribute('target')).toBe('_blank');
    expect(doc.head.querySelector('style')?.textContent).toContain('img,video{max-width:100%');
    expect(doc.body.innerHTML).toBe('<p>Hello</p>');
  });

  it('opens img-src to http(s) only when remote images are allowed', () => {
    const doc = parse(sanitizeMessageHtml('<p>Hello</p>', { allowRemote: true }).srcdoc);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(
      "default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'; font-src data:; media-src data:; form-action 'none'; frame-src 'none'; base-uri 'none'",
    );
    expect(csp).toBe(CSP_REMOTE_ALLOWED);
  });

  it('handles empty and plain-text input', () => {
    expect(parse(sanitizeMessageHtml('', { allowRemote: false }).srcdoc).body.innerHTML).toBe('');
    expect(parse(sanitizeMessageHtml('a & b', { allowRemote: false }).srcdoc).body.textContent).toBe('a & b');
  });
});

describe('sanitizeMessageHtml — links', () => {
  it('opens http(s) and mailto links in a new context without opener or referrer', () => {
    const html =
      '<a href="https://link.example/a" target="_self">a</a><a href="http://link.example/b">b</a>' +
      '<a href="mailto:someone@example.org">m</a><map name="m"><area href="https://link.example/c" shape="rect" coords="0,0,1,1"></map>' +
      '<svg><a href="https://link.example/d"><text>d</text></a></svg>';
    const body = bodyOf(html, false);
    const links = Array.from(body.querySelectorAll('a, area'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://link.example/a',
      'http://link.example/b',
      'mailto:someone@example.org',
      'https://link.example/c',
      'https://link.example/d',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('removes the href of every other scheme', () => {
    const html =
      '<a href="javascript:alert(1)">1</a><a href="data:text/html,x">2</a><a href="file:///etc/passwd">3</a>' +
      '<a href="chrome://settings">4</a><a href="/relative">5</a><a href="tel:+390612345678">6</a>';
    const links = Array.from(bodyOf(html, true).querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(links.every((a) => !a.hasAttribute('href') && !a.hasAttribute('target'))).toBe(true);
  });

  it('keeps in-document anchors inside the frame', () => {
    const a = bodyOf('<a href="#top">up</a>', false).querySelector('a');
    expect(a?.getAttribute('href')).toBe('#top');
    expect(a?.getAttribute('target')).toBe('_self');
  });

  it('drops ping and download', () => {
    const a = bodyOf('<a href="https://link.example/" ping="http://beacon.test/p" download="x.exe">x</a>', false).querySelector(
      'a',
    );
    expect(a?.hasAttribute('ping')).toBe(false);
    expect(a?.hasAttribute('download')).toBe(false);
  });
});

describe('sanitizeMessageHtml — CSS rewriting', () => {
  const styleOf = (css: string, allowRemote = false): string | null | undefined =>
    bodyOf(`<p style="${css.replace(/"/g, '&quot;')}">x</p>`, allowRemote)
      .querySelector('p')
      ?.getAttribute('style');

  it.each([
    ['background:url(http://beacon.test/a.png', 'background:none'],
    ['background:url("http://beacon.test/a.png', 'background:none'],
    ['background:\\75 rl(http://beacon.test/a.png)', 'background:none'],
    ['background:URL(HTTP://beacon.test/a.png)', 'background:none'],
    ['background:u\\rl(http://beacon.test/a.png)', 'background:none'],
    ['background-image:src("http://beacon.test/a.png")', 'background-image:none'],
    ['background-image:image-set("http://beacon.test/a.png" 1x)', 'background-image:none'],
    [
      'background:url(http://beacon.test/a.png) no-repeat, url(data:image/png;base64,AA==)',
      'background:none no-repeat, url(data:image/png;base64,AA==)',
    ],
    ['background:url(  "ht\\\ntp://beacon.test/a.png"  )', 'background:none'],
    ['color:red;border:1px solid rgb(0 0 0)', 'color:red;border:1px solid rgb(0 0 0)'],
  ])('%s', (css, expected) => {
    expect(styleOf(css)).toBe(expected);
  });

  it('drops a style attribute that becomes empty', () => {
    expect(
      bodyOf('<p style="@import url(http://beacon.test/x.css)">x</p>', false).querySelector('p')?.hasAttribute('style'),
    ).toBe(false);
  });

  it('keeps remote fonts blocked even when remote images are allowed', () => {
    const style = bodyOf('<style>@font-face{font-family:F;src:url(https://beacon.test/f.woff)}</style>', true).querySelector(
      'style',
    );
    expect(style?.textContent).toBe('@font-face{font-family:F;src:none}');
  });

  it('never lets style text close its element or look like markup', () => {
    const style = bodyOf(
      '<style>p::after{content:"</p><b>"} /* <i> */ @media (width<600px){p{color:red}}</style>',
      false,
    ).querySelector('style');
    expect(style?.textContent).not.toMatch(/<[/\w!]/);
    expect(style?.textContent).toContain('@media (width< 600px)');
  });
});
