import { findConfirmTwin } from './email-fields';
import { fillEmailField } from './fill-field';

const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;

/**
 * A framework-free imitation of a React-controlled input: the page overrides the instance
 * `value` property to track the last value it set, and on each `input` event it only accepts
 * the DOM value into its state when it differs from the tracked one; then it "re-renders",
 * writing its state back into the field.
 */
function makeControlled(input: HTMLInputElement) {
  const state = { value: '', changes: 0 };
  let tracked = '';
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return native.get!.call(this);
    },
    set(v: string) {
      tracked = String(v);
      native.set!.call(this, v);
    },
  });
  input.addEventListener('input', () => {
    const current = native.get!.call(input) as string;
    if (current !== tracked) {
      tracked = current;
      state.value = current;
      state.changes++;
    }
    input.value = state.value; // controlled re-render
  });
  return state;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fillEmailField', () => {
  it('fills a plain input and focuses it', () => {
    document.body.innerHTML = '<input type="email" id="a">';
    const input = document.getElementById('a') as HTMLInputElement;
    expect(fillEmailField(input, 'x@temp.test')).toBe(true);
    expect(input.value).toBe('x@temp.test');
    expect(document.activeElement).toBe(input);
  });

  it('dispatches input (InputEvent, composed) and change events', () => {
    document.body.innerHTML = '<input type="email" id="a">';
    const input = document.getElementById('a') as HTMLInputElement;
    const seen: Event[] = [];
    input.addEventListener('input', (e) => seen.push(e));
    input.addEventListener('change', (e) => seen.push(e));
    fillEmailField(input, 'x@temp.test');
    expect(seen.map((e) => e.type)).toEqual(['input', 'change']);
    const ie = seen[0] as InputEvent;
    expect(ie).toBeInstanceOf(InputEvent);
    expect(ie.inputType).toBe('insertReplacementText');
    expect(ie.data).toBe('x@temp.test');
    expect(ie.bubbles && ie.composed).toBe(true);
    expect(seen[1]!.bubbles).toBe(true);
  });

  it('updates a controlled input whose instance value setter tracks values', () => {
    document.body.innerHTML = '<input type="email" id="a"><input type="email" id="b">';
    const naive = document.getElementById('a') as HTMLInputElement;
    const naiveState = makeControlled(naive);
    // The naive way (instance setter + event) is swallowed by the tracker and reverted.
    naive.value = 'x@temp.test';
    naive.dispatchEvent(new Event('input', { bubbles: true }));
    expect(naiveState.changes).toBe(0);
    expect(naive.value).toBe('');

    const input = document.getElementById('b') as HTMLInputElement;
    const state = makeControlled(input);
    expect(fillEmailField(input, 'x@temp.test')).toBe(true);
    expect(state).toEqual({ value: 'x@temp.test', changes: 1 });
    expect(input.value).toBe('x@temp.test');
  });

  it('reports false when the page rejects the value', () => {
    document.body.innerHTML = '<input type="email" id="a">';
    const input = document.getElementById('a') as HTMLInputElement;
    input.addEventListener('input', () => native.set!.call(input, ''));
    expect(fillEmailField(input, 'x@temp.test')).toBe(false);
  });

  it('events bubble to a form listener that sees the new value', () => {
    document.body.innerHTML = '<form id="f"><div><input type="email" id="a" name="email"></div></form>';
    const form = document.getElementById('f') as HTMLFormElement;
    const got: string[] = [];
    form.addEventListener('input', (e) => got.push(`input:${(e.target as HTMLInputElement).value}`));
    form.addEventListener('change', () => got.push(`change:${new FormData(form).get('email')}`));
    fillEmailField(document.getElementById('a') as HTMLInputElement, 'x@temp.test');
    expect(got).toEqual(['input:x@temp.test', 'change:x@temp.test']);
  });

  it('input event crosses an open shadow boundary (composed)', () => {
    document.body.innerHTML = '<x-field id="host"></x-field>';
    const sr = document.getElementById('host')!.attachShadow({ mode: 'open' });
    sr.innerHTML = '<input type="email" id="s">';
    let heard = 0;
    document.addEventListener('input', () => heard++);
    fillEmailField(sr.getElementById('s') as HTMLInputElement, 'x@temp.test');
    expect(heard).toBe(1);
  });

  it('blurs only when asked', () => {
    document.body.innerHTML = '<input type="email" id="a"><input type="email" id="b">';
    const a = document.getElementById('a') as HTMLInputElement;
    const b = document.getElementById('b') as HTMLInputElement;
    const blurs: string[] = [];
    a.addEventListener('blur', () => blurs.push('a'));
    b.addEventListener('blur', () => blurs.push('b'));
    fillEmailField(a, 'x@temp.test');
    expect(blurs).toEqual([]);
    fillEmailField(b, 'x@temp.test', { blur: true });
    expect(blurs).toEqual(['a', 'b']); // a lost focus to b, then b was blurred
    expect(document.activeElement).not.toBe(b);
  });

  it('uses the setter of the field’s own realm (iframe)', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    doc.body.innerHTML = '<form><input type="email" id="a"></form>';
    const input = doc.getElementById('a') as HTMLInputElement;
    const state = makeControlledIn(input, frame.contentWindow as Window & typeof globalThis);
    expect(fillEmailField(input, 'x@temp.test')).toBe(true);
    expect(state.value).toBe('x@temp.test');
  });

  it('fills a textarea the same way (the context menu offers itself on textareas)', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const area = document.getElementById('t') as HTMLTextAreaElement;
    const seen: string[] = [];
    for (const type of ['input', 'change', 'blur']) area.addEventListener(type, (e) => seen.push(`${e.type}:${area.value}`));
    expect(fillEmailField(area, 'x@temp.test', { blur: true })).toBe(true);
    expect(area.value).toBe('x@temp.test');
    expect(seen).toEqual(['input:x@temp.test', 'change:x@temp.test', 'blur:x@temp.test']);
  });

  it('fills a confirm twin found via findConfirmTwin', () => {
    document.body.innerHTML =
      '<form><h2>Sign up</h2><label for="a">Email</label><input type="email" id="a">' +
      '<label for="b">Confirm email</label><input type="email" id="b">' +
      '<input type="password" autocomplete="new-password"><button>Create account</button></form>';
    const a = document.getElementById('a') as HTMLInputElement;
    const b = document.getElementById('b') as HTMLInputElement;
    const sb = makeControlled(b);
    const twin = findConfirmTwin(a);
    expect(twin).toBe(b);
    expect(fillEmailField(a, 'x@temp.test') && fillEmailField(twin!, 'x@temp.test')).toBe(true);
    expect(a.value).toBe('x@temp.test');
    expect(sb.value).toBe('x@temp.test');
  });
});

/** makeControlled with the tracker built from another realm's prototype. */
function makeControlledIn(input: HTMLInputElement, win: Window & typeof globalThis) {
  const nat = Object.getOwnPropertyDescriptor(win.HTMLInputElement.prototype, 'value')!;
  const state = { value: '' };
  let tracked = '';
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => nat.get!.call(input),
    set: (v: string) => {
      tracked = String(v);
      nat.set!.call(input, v);
    },
  });
  input.addEventListener('input', () => {
    const cur = nat.get!.call(input) as string;
    if (cur !== tracked) tracked = state.value = cur;
    input.value = state.value;
  });
  return state;
}
