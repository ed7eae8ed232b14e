import { pairPage, pairs, single } from './__fixtures__/email-field-cases';
import { findConfirmTwin, findEmailFields, isEmailField } from './email-fields';

const ids = (root: ParentNode = document) => findEmailFields(root).map((i) => i.id);
const $ = (id: string) => document.getElementById(id) as HTMLInputElement;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('findEmailFields / isEmailField', () => {
  it.each(single)('%s', (_name, html, expected) => {
    document.body.innerHTML = html;
    expect(ids()).toEqual(expected);
    for (const input of document.querySelectorAll('input')) {
      expect(isEmailField(input), `isEmailField(#${input.id})`).toBe(expected.includes(input.id));
    }
  });
});

describe('confirm-email twins', () => {
  it.each(pairs)('%s: both found and paired', (_name, html) => {
    document.body.innerHTML = pairPage(html);
    expect(ids()).toEqual(['a', 'b']);
    expect(findConfirmTwin($('a'))).toBe($('b'));
    expect(findConfirmTwin($('b'))).toBe($('a'));
  });

  it('pairs within the same form only', () => {
    document.body.innerHTML =
      '<form><input type="email" id="a"><input type="email" id="b" name="email_confirm"></form>' +
      '<form><input type="email" id="c"><input type="email" id="d" name="email_confirm"></form>';
    expect(findConfirmTwin($('c'))).toBe($('d'));
    expect(findConfirmTwin($('b'))).toBe($('a'));
  });

  it('never pairs a twin that is not shown (a bot trap would get the form rejected)', () => {
    document.body.innerHTML =
      '<form><input type="email" id="a"><div style="display:none"><input type="email" id="b" name="email_confirm"></div></form>';
    expect(findConfirmTwin($('a'))).toBeNull();
  });

  it('no twin for a lone field', () => {
    document.body.innerHTML = '<form><input type="email" id="a"><input id="n" name="name"></form>';
    expect(findConfirmTwin($('a'))).toBeNull();
  });

  it('works without a form (same root)', () => {
    document.body.innerHTML =
      '<div><input type="email" id="a"></div><div><input type="email" id="b" placeholder="Re-enter email"></div>';
    expect(findConfirmTwin($('a'))).toBe($('b'));
  });
});

describe('shadow DOM', () => {
  it('finds a field inside an open shadow root', () => {
    document.body.innerHTML = '<input type="email" id="a"><x-signup id="host"></x-signup>';
    const sr = document.getElementById('host')!.attachShadow({ mode: 'open' });
    sr.innerHTML = '<label for="s">Email</label><input id="s">';
    expect(ids()).toEqual(['a', 's']);
    expect(ids(sr)).toEqual(['s']);
    expect(ids(document.getElementById('host')!)).toEqual(['s']);
  });

  it('finds a field inside a nested open shadow root', () => {
    document.body.innerHTML = '<x-outer id="host"></x-outer>';
    const outer = document.getElementById('host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<div><x-inner></x-inner></div>';
    const inner = outer.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<form><input type="email" id="deep"><button>Subscribe</button></form>';
    expect(ids()).toEqual(['deep']);
  });

  it('does not reach a closed shadow root', () => {
    document.body.innerHTML = '<x-closed id="host"></x-closed>';
    const sr = document.getElementById('host')!.attachShadow({ mode: 'closed' });
    sr.innerHTML = '<input type="email" id="c">';
    expect(ids()).toEqual([]);
  });

  it("reads the shadow host's label attribute (a web component's field)", () => {
    document.body.innerHTML =
      '<form><x-input id="h1" label="E-mail"></x-input><x-input id="h2" label="Phone"></x-input><button>Subscribe</button></form>';
    const shadow = (id: string) => document.getElementById(id)!.attachShadow({ mode: 'open' });
    const s1 = shadow('h1');
    s1.innerHTML = '<div><input id="s" name="value"></div>';
    shadow('h2').innerHTML = '<div><input id="t" name="value"></div>';
    expect(ids()).toEqual(['s']);
    expect(isEmailField(s1.getElementById('s') as HTMLInputElement)).toBe(true);
  });

  it('applies the login rule inside a shadow root', () => {
    document.body.innerHTML = '<x-login id="host"></x-login>';
    const sr = document.getElementById('host')!.attachShadow({ mode: 'open' });
    sr.innerHTML = '<form><input type="email" id="a"><input type="password"><button>Sign in</button></form>';
    expect(ids()).toEqual([]);
  });
});

describe('a large page', () => {
  // Speed is the bench's job (`node bench/run.js autofill`, in real Chromium); this is the answer.
  it('finds every e-mail field among 2,000 fields', () => {
    const rows: string[] = [];
    for (let i = 0; i < 500; i++) {
      rows.push(
        `<div><label for="n${i}">Name</label><input id="n${i}" name="name${i}"></div>` +
          `<div><label for="e${i}">Email</label><input id="e${i}" name="f${i}"></div>` +
          `<div><input type="tel" id="t${i}"></div><div><input type="email" id="m${i}"></div>`,
      );
    }
    document.body.innerHTML = `<form>${rows.join('')}<button>Send</button></form>`;
    expect(findEmailFields(document)).toHaveLength(1000);
  });
});

describe('words in other scripts', () => {
  // A scan finds them natively only where the page's text uses their script (a real page always
  // does); the single check of a focused field needs no such hint.
  it('a scan skips them on a page with no text in that script; the single check does not', () => {
    document.body.innerHTML = '<input id="a" placeholder="メールアドレス">';
    expect(ids()).toEqual([]);
    expect(isEmailField($('a'))).toBe(true);
  });

  it('the French mél counts as that hint', () => {
    document.body.innerHTML = '<h2>Votre mél</h2><p>Un seul champ.</p><input id="a" placeholder="Mél">';
    expect(ids()).toEqual(['a']);
  });
});

describe('scan roots', () => {
  it('an Element root still sees labels outside it', () => {
    document.body.innerHTML =
      '<label for="a">Email</label><div id="box"><input id="a" name="f1"></div><input id="b" type="email">';
    expect(ids(document.getElementById('box')!)).toEqual(['a']);
  });
});

describe('style sheets', () => {
  it('honours display:none / visibility:hidden from a style sheet', () => {
    document.head.innerHTML = '<style>.gone{display:none}.ghost{visibility:hidden}</style>';
    document.body.innerHTML =
      '<input type="email" id="a" class="gone"><input type="email" id="b" class="ghost"><input type="email" id="c">';
    expect(ids()).toEqual(['c']);
    document.head.innerHTML = '';
  });
});
