import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from '#imports';
import { fillCodeField } from '@/utils/fill-field';
import { sendRequest } from '@/utils/messaging';
import type { CodePart } from '../code-fields';
import { showHiddenNotice } from '../email-fill.content/notice';
import { createFillButton } from '../email-fill.content/button';
import { codePartLoader } from '../email-fill.content/parts';
import contentScript from '../email-fill.content/index';
import { offerHere, parseOffers } from '../email-fill.content/offers';

/** How the content script's code part arrives here: the built file cannot be imported, so from its source. */
const part = vi.hoisted(() => ({ load: vi.fn() }));
vi.mock('../email-fill.content/parts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../email-fill.content/parts')>();
  return { ...actual, codePartLoader: (onReady: () => void) => actual.codePartLoader(onReady, part.load) };
});
const fromSource = async () => (await import('../code-fields')).default.main() as CodePart;

const CODE = '482913';
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const hosts = () => [...document.documentElement.children].filter((e) => e.localName.startsWith('tm-fill-'));

/** jsdom has no layout: give a field a box so the button can be placed. */
function giveBox(input: HTMLElement, left = 20): void {
  input.getBoundingClientRect = () => new DOMRect(left, 40, 40, 40);
}

/** A code page: six split boxes that move the focus on, each recording what the page hears. */
function codePage() {
  document.body.innerHTML = `<h1>Check your e-mail</h1><p>Enter the code we sent you</p><div id="otp">${'<input maxlength="1" inputmode="numeric">'.repeat(6)}</div>`;
  const boxes = [...document.querySelectorAll('input')];
  const heard: string[] = [];
  boxes.forEach((box, i) => {
    giveBox(box, 20 + i * 48);
    box.addEventListener('input', (event) => {
      heard.push((event as InputEvent).data ?? '');
      if (box.value) boxes[i + 1]?.focus();
    });
  });
  return { boxes, heard };
}

/** The closed root of our host, as the content script holds it (`attachShadow` spied). */
let roots: ShadowRoot[] = [];
let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  for (const h of hosts()) h.remove();
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  ctx = new ContentScriptContext('code-button-test');
  part.load.mockReset().mockImplementation(fromSource);
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

const offer = (site = location.hostname, since = Date.now() - 1000) => ({
  site,
  kind: 'code',
  until: Date.now() + 600_000,
  since,
});

describe('the content script on a code field', () => {
  it('offers nothing while no code waits for this site, and reads storage only once the user reaches the field', async () => {
    const { boxes } = codePage();
    await fakeBrowser.storage.local.set({ siteOffers: [offer('elsewhere.example')] });
    const read = vi.spyOn(browser.storage.local, 'get');
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    await contentScript.main(ctx);
    await nextFrame();
    expect(read).not.toHaveBeenCalled();
    boxes[0]!.focus();
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    await nextFrame();
    expect(hosts()).toHaveLength(0);
    expect(send).not.toHaveBeenCalled();
    expect(part.load).not.toHaveBeenCalled(); // the code part is for a site with a code waiting
  });

  it('shows "Fill verification code" when a code arrives for this site while the user waits, without asking for it', async () => {
    const { boxes } = codePage();
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    await contentScript.main(ctx);
    boxes[0]!.focus();
    await nextFrame();
    await vi.waitFor(() => expect(browser.storage.local.get).toBeDefined());
    expect(hosts()).toHaveLength(0);
    expect(part.load).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ siteOffers: [offer()] });
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(part.load).toHaveBeenCalledTimes(1);
    const fill = roots[0]!.querySelector('button')!;
    expect(fill.getAttribute('aria-label')).toBe('Fill verification code');
    expect(roots[0]!.querySelector('[aria-haspopup=menu]')).not.toBeNull(); // there, but hidden by the code style
    expect(send).not.toHaveBeenCalled();
    // Page-made clicks and keys on everything it can reach do nothing.
    for (const target of [hosts()[0]!, ...roots[0]!.querySelectorAll('button')]) {
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
    (hosts()[0] as HTMLElement).click();
    await Promise.resolve();
    expect(send).not.toHaveBeenCalled();
    expect(boxes.map((box) => box.value).join('')).toBe('');
    // The code is nowhere: not in the page, not in our closed root.
    expect(document.documentElement.outerHTML + roots[0]!.innerHTML).not.toContain(CODE);
  });
});

describe('the code part', () => {
  it('is imported once per page, however often it is asked for, and announced when it arrives', async () => {
    const onReady = vi.fn();
    const get = codePartLoader(onReady, part.load);
    expect(get()).toBeNull();
    expect(get()).toBeNull();
    await vi.waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    expect(get()?.findCodeField).toBeTypeOf('function');
    expect(get()?.fillCodeField).toBeTypeOf('function');
    expect(part.load).toHaveBeenCalledTimes(1);
  });

  it('stays away for good when its import fails', async () => {
    part.load.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    const onReady = vi.fn();
    const get = codePartLoader(onReady, part.load);
    expect(get()).toBeNull();
    await Promise.resolve();
    await Promise.resolve();
    expect(get()).toBeNull();
    expect(part.load).toHaveBeenCalledTimes(1);
    expect(onReady).not.toHaveBeenCalled();
  });

  it('failing to load, leaves the code field without a button and the e-mail button working', async () => {
    part.load.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    const { boxes } = codePage();
    document.body.insertAdjacentHTML(
      'afterbegin',
      '<h2>Create your account</h2><form><input name="fullName" placeholder="Your name"><input type="email" name="email" placeholder="Email"><input type="password" name="password"><button>Sign up</button></form>',
    );
    const email = document.querySelector<HTMLInputElement>('input[type=email]')!;
    email.getBoundingClientRect = () => new DOMRect(20, 40, 240, 32);
    await fakeBrowser.storage.local.set({ siteOffers: [offer()] });
    await contentScript.main(ctx);
    boxes[0]!.focus();
    await vi.waitFor(() => expect(part.load).toHaveBeenCalledTimes(1));
    await nextFrame();
    await nextFrame();
    expect(hosts()).toHaveLength(0);
    email.focus();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    const group = roots[0]!.querySelector<HTMLElement>('.w')!;
    await vi.waitFor(() => expect(group.hidden).toBe(false));
    expect(group.querySelector('button')!.getAttribute('aria-label')).toBe('Fill temp address');
    boxes[2]!.focus();
    await nextFrame();
    await nextFrame();
    expect(group.hidden).toBe(true); // no code button on the boxes
    expect(part.load).toHaveBeenCalledTimes(1);
  });
});

describe('the code button', () => {
  const codeButton = (onCodeFilled = vi.fn()) =>
    createFillButton({
      requestAddress: (mode) => sendRequest('fillAddress', { mode }),
      blockSite: () => sendRequest('blockSite'),
      unblockSite: () => sendRequest('unblockSite'),
      noticePart: async () => ({ showHiddenNotice }),
      onBlocked: vi.fn(),
      requestCode: () => sendRequest('fillCode'),
      fillCode: fillCodeField,
      openLink: () => sendRequest('openVerificationLink'),
      linkOffered: () => false,
      onCodeFilled,
    });

  it('on the trusted action asks for the code once, types it into the boxes, then lets it go', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { boxes, heard } = codePage();
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { code: CODE } } as never);
    const onCodeFilled = vi.fn();
    const button = codeButton(onCodeFilled);
    button.show({ kind: 'code', field: boxes[0]!, boxes }, true);
    expect(button.shown).toBe(true);
    await button.act('code');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'fillCode', data: undefined });
    expect(heard).toEqual([...CODE]);
    expect(button.root.querySelector('[role=status]')!.textContent).toBe('Code filled');
    expect(onCodeFilled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1500);
    expect(onCodeFilled).toHaveBeenCalledTimes(1);
    // Nothing of ours holds the code: only the boxes' values do.
    expect(button.root.innerHTML).not.toContain(CODE);
    expect(document.body.innerHTML).not.toContain(CODE);
  });

  it('says there is no code for this site when the background has none, and fills nothing', async () => {
    const { boxes } = codePage();
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: { kind: 'forbidden-sender' } } as never);
    const button = codeButton();
    button.show({ kind: 'code', field: boxes[0]!, boxes }, true);
    await button.act('code');
    expect(button.root.querySelector('[role=status]')!.textContent).toBe('No verification code for this site right now.');
    expect(boxes.map((box) => box.value).join('')).toBe('');
  });

  it('says the code could not go in when it does not fit the boxes', async () => {
    const { boxes } = codePage();
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { code: 'A7K9' } } as never);
    const button = codeButton();
    button.show({ kind: 'code', field: boxes[0]!, boxes }, true);
    await button.act('code');
    expect(button.root.querySelector('[role=status]')!.textContent).toBe('The code could not be filled in here.');
  });
});

describe('offers as the content script reads them', () => {
  const now = 1_000_000;
  const offers = parseOffers([
    { site: 'shop.example', kind: 'code', until: now + 1, since: 5 },
    { site: 'shop.example', kind: 'code', until: now + 1, since: 9 },
    { site: 'links.example', kind: 'link', until: now + 1, since: 1 },
    { site: 'old.example', kind: 'code', until: now, since: 1 },
    { kind: 'code', until: now + 1, since: 1 },
    'junk',
  ]);

  it('match the site and its subdomains only, the newest first, while fresh', () => {
    expect(offerHere(offers, 'code', 'shop.example', now)?.since).toBe(9);
    expect(offerHere(offers, 'code', 'accounts.shop.example', now)?.since).toBe(9);
    expect(offerHere(offers, 'code', 'SHOP.example.', now)?.since).toBe(9);
    for (const host of ['notshop.example', 'shop.example.evil.test', 'example', 'old.example', 'undefined'])
      expect(offerHere(offers, 'code', host, now), host).toBeNull();
    expect(offerHere(offers, 'link', 'links.example', now)?.site).toBe('links.example');
    expect(offerHere(offers, 'code', 'links.example', now)).toBeNull();
  });

  it('read anything malformed as nothing', () => {
    expect(parseOffers(undefined)).toEqual([]);
    expect(parseOffers({ site: 'x' })).toEqual([]);
  });
});
