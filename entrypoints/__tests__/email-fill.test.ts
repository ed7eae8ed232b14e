import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from '#imports';
import { fillCodeField } from '@/utils/fill-field';
import { sendRequest } from '@/utils/messaging';
import contentScript from '../email-fill.content/index';
import { showHiddenNotice } from '../email-fill.content/notice';
import { createFillButton, type FillButton } from '../email-fill.content/button';
import { focusedEditable, handleBackgroundMessage } from '../email-fill.content/fill';
import { isButtonOff, parseSettings } from '../email-fill.content/settings';
import strings from '../email-fill.content/strings.json';
import { watchEmailFields } from '../email-fill.content/watcher';
import type { CommandPart } from '../fill-command';

// The built part cannot be imported here: the fill command's part comes from its source.
vi.mock('../email-fill.content/parts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../email-fill.content/parts')>()),
  importCommand: async () => (await import('../fill-command')).default.main() as CommandPart,
}));

const ADDRESS = 'quiet.fox@tm.test';
const FROM_BACKGROUND = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/background.js') });

function signupForm(): { email: HTMLInputElement; confirm: HTMLInputElement; name: HTMLInputElement } {
  document.body.innerHTML = `
    <h2>Create your account</h2>
    <form>
      <input name="fullName" placeholder="Your name">
      <input type="email" name="email" placeholder="Email">
      <input type="email" name="emailConfirm" placeholder="Confirm email">
      <button type="submit">Sign up</button>
    </form>`;
  const [name, email, confirm] = document.querySelectorAll('input');
  return { email: email!, confirm: confirm!, name: name! };
}

/** jsdom has no layout: give the field a box so the button can be placed. */
function giveBox(input: HTMLElement): void {
  input.getBoundingClientRect = () => new DOMRect(20, 40, 240, 32);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const hosts = () => [...document.documentElement.children].filter((e) => e.localName.startsWith('tm-fill-'));

function realButton(onBlocked = vi.fn()): FillButton {
  return createFillButton({
    requestAddress: (mode) => sendRequest('fillAddress', { mode }),
    blockSite: () => sendRequest('blockSite'),
    unblockSite: () => sendRequest('unblockSite'),
    noticePart: async () => ({ showHiddenNotice }),
    onBlocked,
    requestCode: () => sendRequest('fillCode'),
    fillCode: fillCodeField,
    openLink: () => sendRequest('openVerificationLink'),
    linkOffered: () => false,
    onCodeFilled: vi.fn(),
  });
}

/** Stands in for the background: every runtime message gets this outcome. */
const answer = (outcome: unknown) => vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(outcome as never);

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  for (const h of hosts()) h.remove();
  ctx = new ContentScriptContext('email-fill-test');
});

afterEach(() => {
  ctx.abort();
});

describe('fill button', () => {
  it('keeps its shadow root closed and names its button for assistive tech', () => {
    const { email } = signupForm();
    giveBox(email);
    const button = realButton();
    button.show(email, true);
    expect(button.host.shadowRoot).toBeNull();
    expect(button.host.parentNode).toBe(document.documentElement);
    expect(button.shown).toBe(true);
    const fill = button.root.querySelector('button')!;
    expect(fill.getAttribute('aria-label')).toBe('Fill temp address');
    expect(fill.type).toBe('button');
    const toggle = button.root.querySelector('[aria-haspopup=menu]')!;
    expect(toggle.getAttribute('aria-label')).toBe('More temp address options');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // The menu is built when first opened (a trusted click or key: the real-browser tests open it).
    expect(button.root.querySelectorAll('[role=menuitem]')).toHaveLength(0);
  });

  it('ignores untrusted clicks and keys: no message, no fill', async () => {
    const { email } = signupForm();
    giveBox(email);
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const button = realButton();
    button.show(email, true);
    for (const target of [button.host, ...button.root.querySelectorAll('button')]) {
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      for (const key of ['Enter', 'ArrowDown']) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    }
    await Promise.resolve();
    expect(send).not.toHaveBeenCalled();
    expect(email.value).toBe('');
    expect(button.root.querySelector('[role=menu]')).toBeNull(); // never opened: never built
  });

  it('on a trusted action asks once, fills the field and its confirm twin, and leaks nothing into the page', async () => {
    const { email, confirm, name } = signupForm();
    giveBox(email);
    const send = answer({ ok: true, value: { email: ADDRESS } });
    const events: string[] = [];
    for (const type of ['input', 'change', 'blur']) email.addEventListener(type, () => events.push(type));
    const button = realButton();
    button.show(email, true);
    await button.act('current');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'fillAddress', data: { mode: 'current' } });
    expect(email.value).toBe(ADDRESS);
    expect(confirm.value).toBe(ADDRESS);
    expect(name.value).toBe('');
    expect(events).toEqual(['input', 'change', 'blur']);
    expect(document.activeElement).toBe(email);
    // The address lives only in the fields' values: no attribute, no text node, nothing in our host.
    expect(document.documentElement.outerHTML).not.toContain(ADDRESS);
    expect(button.root.querySelector('[role=status]')!.textContent).toBe('Address filled');
  });

  it('asks for a new address with mode new', async () => {
    const { email } = signupForm();
    const send = answer({ ok: true, value: { email: ADDRESS } });
    const button = realButton();
    button.show(email, true);
    await button.act('new');
    expect(send).toHaveBeenCalledWith({ type: 'fillAddress', data: { mode: 'new' } });
    expect(email.value).toBe(ADDRESS);
  });

  it("words the background's error by its kind inside the shadow root and leaves the field alone", async () => {
    const { email } = signupForm();
    const worded = "Add your API key in the extension's options first.";
    answer({ ok: false, error: { kind: 'no-key', message: 'An English sentence from the background' } });
    const button = realButton();
    button.show(email, true);
    await button.act('current');
    expect(email.value).toBe('');
    expect(button.root.querySelector('[role=status]')!.textContent).toBe(worded);
    expect(document.body.textContent).not.toContain(worded);
  });

  it('never shows error.message: every kind has its own words, English and Italian, unknown kinds a general line', async () => {
    const { email } = signupForm();
    const button = realButton();
    button.show(email, true);
    const status = () => button.root.querySelector('[role=status]')!.textContent;
    const shown = async (kind: string) => {
      answer({ ok: false, error: { kind, message: 'SERVER ENGLISH' } });
      await button.act('new');
      return status();
    };
    const english = {
      'no-key': "Add your API key in the extension's options first.",
      unauthorized: 'The API refused your key. Check it in the options.',
      forbidden: 'API access is off for this account.',
      'rate-limited': 'Too many requests, or the quota is used up. Try again later.',
      network: "The mail service can't be reached. Check your connection.",
      timeout: 'The mail service took too long to answer. Try again.',
      server: 'The mail service had a problem. Try again later.',
      'bad-response': "The mail service gave an answer that can't be read. Try again later.",
      internal: 'Something went wrong. Try again.',
      'a-kind-from-the-future': 'Something went wrong. Try again.',
      other: 'Something went wrong. Try again.',
      toString: 'Something went wrong. Try again.',
      ['__proto__']: 'Something went wrong. Try again.',
      'no key!': 'Something went wrong. Try again.',
      '': 'Something went wrong. Try again.',
    };
    for (const [kind, words] of Object.entries(english)) expect(await shown(kind)).toBe(words);

    // In Italian the words come from the locale catalogue, by the same kinds.
    const italian = Object.fromEntries(Object.entries(strings).map(([key, texts]) => [key, texts.it]));
    (browser as unknown as { i18n: unknown }).i18n = { getMessage: (key: string) => italian[key] ?? '' };
    try {
      expect(await shown('rate-limited')).toBe('Troppe richieste, o la quota è esaurita. Riprova più tardi.');
      expect(await shown('no-key')).toBe("Prima aggiungi la tua chiave API nelle opzioni dell'estensione.");
      expect(await shown('bad-response')).toBe('Il servizio di posta ha dato una risposta illeggibile. Riprova più tardi.');
      expect(await shown('internal')).toBe('Qualcosa è andato storto. Riprova.');
    } finally {
      delete (browser as unknown as { i18n?: unknown }).i18n;
    }
    expect(email.value).toBe('');
  });

  it('"Don\'t show on this site" asks the background and then tears down', async () => {
    const { email } = signupForm();
    const send = answer({ ok: true, value: undefined });
    const onBlocked = vi.fn();
    const button = realButton(onBlocked);
    button.show(email, true);
    await button.act('block');
    expect(send).toHaveBeenCalledWith({ type: 'blockSite', data: undefined });
    expect(onBlocked).toHaveBeenCalledTimes(1);
  });

  it('after "Don\'t show on this site", offers Undo in a note of its own, deaf to synthetic clicks', async () => {
    const { email } = signupForm();
    const send = answer({ ok: true, value: undefined });
    // The note's root is closed: the test keeps the root attachShadow returns.
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const created = attach.call(this, init);
      roots.push(created);
      return created;
    });
    const button = realButton();
    button.show(email, true);
    await button.act('block');
    const note = [...document.documentElement.children].find((e) => e.localName.startsWith('tm-note-'));
    expect(note?.shadowRoot).toBeNull();
    const root = roots.at(-1)!;
    expect(root.querySelector('[role="status"]')?.textContent).toBe('The button is hidden on this site. Undo');
    const undo = root.querySelector('button')!;
    undo.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    undo.click();
    expect(send).toHaveBeenCalledTimes(1); // blockSite only: a page's clicks are never trusted
    expect(document.activeElement).toBe(email); // a pointer user's focus stays in the field
    note?.remove();
  });
});

describe('fillFocused from the background', () => {
  it('fills the focused e-mail field and its twin', () => {
    const { email, confirm } = signupForm();
    email.focus();
    expect(handleBackgroundMessage({ type: 'fillFocused', email: ADDRESS }, FROM_BACKGROUND())).toBe(true);
    expect(email.value).toBe(ADDRESS);
    expect(confirm.value).toBe(ADDRESS);
  });

  it('follows the focus into open shadow roots', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const inner = document.createElement('input');
    inner.type = 'email';
    host.attachShadow({ mode: 'open' }).append(inner);
    inner.focus();
    expect(focusedEditable()).toBe(inner);
    handleBackgroundMessage({ type: 'fillFocused', email: ADDRESS }, FROM_BACKGROUND());
    expect(inner.value).toBe(ADDRESS);
  });

  it('ignores malformed messages, other senders and non-text fields', () => {
    const { email } = signupForm();
    email.focus();
    const bad: [unknown, ReturnType<typeof FROM_BACKGROUND> | object][] = [
      [null, FROM_BACKGROUND()],
      ['fillFocused', FROM_BACKGROUND()],
      [{ type: 'fillFocused' }, FROM_BACKGROUND()],
      [{ type: 'fillFocused', email: 42 }, FROM_BACKGROUND()],
      [{ type: 'fillFocused', email: '<img src=x onerror=alert(1)>' }, FROM_BACKGROUND()],
      [{ type: 'fillAddress', email: ADDRESS }, FROM_BACKGROUND()],
      [{ type: 'fillFocused', email: ADDRESS }, { id: 'another-extension' }],
      [
        { type: 'fillFocused', email: ADDRESS },
        { ...FROM_BACKGROUND(), tab: { id: 1 } },
      ],
    ];
    for (const [message, sender] of bad) expect(handleBackgroundMessage(message, sender)).toBe(false);
    expect(email.value).toBe('');

    document.body.innerHTML = '<input type="checkbox" id="c"><input type="text" readonly id="r">';
    for (const id of ['c', 'r']) {
      (document.getElementById(id) as HTMLInputElement).focus();
      expect(handleBackgroundMessage({ type: 'fillFocused', email: ADDRESS }, FROM_BACKGROUND())).toBe(false);
    }
  });

  it('leaves a verification-code field alone: one-time-code, or too short for an address', () => {
    document.body.innerHTML =
      '<input id="otp" autocomplete="one-time-code"><input id="box" maxlength="6" inputmode="numeric">' +
      '<input id="long" type="email" maxlength="254">';
    for (const id of ['otp', 'box']) {
      const field = document.getElementById(id) as HTMLInputElement;
      field.focus();
      expect(handleBackgroundMessage({ type: 'fillFocused', email: ADDRESS }, FROM_BACKGROUND())).toBe(false);
      expect(field.value).toBe('');
    }
    (document.getElementById('long') as HTMLInputElement).focus();
    expect(handleBackgroundMessage({ type: 'fillFocused', email: ADDRESS }, FROM_BACKGROUND())).toBe(true);
  });
});

describe('settings', () => {
  it('reads malformed values as the defaults and matches sites and their subdomains', () => {
    expect(parseSettings(undefined)).toEqual({ enabled: true, blockedSites: [] });
    expect(parseSettings({ enabled: 'no', blockedSites: ['a.test', 3] })).toEqual({ enabled: true, blockedSites: ['a.test'] });
    expect(isButtonOff({ enabled: false, blockedSites: [] }, ['shop.test'])).toBe(true);
    expect(isButtonOff({ enabled: true, blockedSites: ['shop.test'] }, ['www.shop.test'])).toBe(true);
    expect(isButtonOff({ enabled: true, blockedSites: ['shop.test'] }, ['myshop.test'])).toBe(false);
  });
});

describe('watcher and wiring', () => {
  it('shows nothing while disabled, follows the focus when enabled, and never messages on its own', async () => {
    const { email } = signupForm();
    giveBox(email);
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const button = realButton();
    const onFirstField = vi.fn();
    const watcher = watchEmailFields(ctx, {
      createButton: () => button,
      onFirstField,
      codeOffered: () => false,
      codePart: () => null,
    });
    email.focus();
    await nextFrame();
    expect(hosts()).toHaveLength(0);
    expect(onFirstField).toHaveBeenCalledTimes(1); // on/off unknown: the settings are asked for now

    watcher.setEnabled(true);
    await nextFrame();
    expect(button.shown).toBe(true);
    expect(button.field).toBe(email);

    // Tab from the empty field goes to the button (it sits at the end of the page otherwise)...
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    email.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false); // ...but only for trusted key presses.

    watcher.setEnabled(false);
    expect(hosts()).toHaveLength(0);
    expect(send).not.toHaveBeenCalled();
  });

  it('starts with wiring only: no settings read, no string lookup, no button until a text field is reached', async () => {
    const { email, name } = signupForm();
    giveBox(email);
    const read = vi.spyOn(browser.storage.local, 'get');
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    const getMessage = vi.fn((key: string) => (strings as Record<string, { it: string }>)[key]?.it ?? '');
    const getUILanguage = vi.fn(() => 'it-IT');
    (browser as unknown as { i18n: unknown }).i18n = { getMessage, getUILanguage };
    try {
      await contentScript.main(ctx);
      await nextFrame();
      const calls = () => ({
        reads: read.mock.calls.length,
        catalogue: getMessage.mock.calls.length,
        language: getUILanguage.mock.calls.length,
        shadows: attach.mock.calls.length,
      });
      expect(calls()).toEqual({ reads: 0, catalogue: 0, language: 0, shadows: 0 });
      // A text field that is not an e-mail field may be a code field: the offers are read (with
      // the settings), nothing else.
      name.focus();
      await vi.waitFor(() => expect(read).toHaveBeenCalled());
      await nextFrame();
      expect(calls()).toEqual({ reads: 1, catalogue: 0, language: 0, shadows: 0 });

      // The first e-mail field: settings read, button built with its bundled labels in the UI
      // language; the locale catalogue (a synchronous read) still untouched.
      email.focus();
      await vi.waitFor(() => expect(hosts()).toHaveLength(1));
      expect(calls()).toMatchObject({ reads: 1, catalogue: 0, shadows: 1 });
      expect(getUILanguage).toHaveBeenCalled();
      const button = attach.mock.results[0]!.value as ShadowRoot;
      expect(button.querySelector('button')!.getAttribute('aria-label')).toBe("Compila con l'indirizzo temporaneo");
      expect(send).not.toHaveBeenCalled();
    } finally {
      delete (browser as unknown as { i18n?: unknown }).i18n;
    }
  });

  it('the content script reads the settings and reacts to changes', async () => {
    await fakeBrowser.storage.local.set({ autofill: { enabled: false, blockedSites: [] } });
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const { email } = signupForm();
    giveBox(email);
    await contentScript.main(ctx);
    email.focus();
    await nextFrame();
    expect(hosts()).toHaveLength(0);

    await fakeBrowser.storage.local.set({ autofill: { enabled: true, blockedSites: [] } });
    await nextFrame();
    expect(hosts()).toHaveLength(1);

    await fakeBrowser.storage.local.set({ autofill: { enabled: true, blockedSites: [location.hostname] } });
    expect(hosts()).toHaveLength(0);
    expect(send).not.toHaveBeenCalled();

    // The context-menu path still works: it is the user's explicit request.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'fillFocused', email: ADDRESS }, FROM_BACKGROUND(), () => {});
    await vi.waitFor(() => expect(email.value).toBe(ADDRESS));
  });
});
