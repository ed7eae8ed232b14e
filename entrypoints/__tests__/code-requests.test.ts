import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForRequests, sendRequest, type RequestHandlers } from '@/utils/messaging';
import { OFFER_WINDOW_MS } from '@/utils/site-offers';
import { mailboxesItem, messagesItem, type StoredMessage } from '@/utils/storage';
import { fillCode, openVerificationLink } from '../background/code-requests';
import { liveRecord, resetBrowser } from './background-fixture';

const EMAIL = 'quiet.fox@tm.test';
const CODE = '482913';

/** A content script in a tab: the frame's URL and the tab's, as the browser reports them. */
const contentScript = (url: string, frameUrl = url, frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  url: frameUrl,
  frameId,
  tab: { id: 7, index: 2, windowId: 1, url },
});

const message = (fetchedAt: number, extra: Partial<StoredMessage>): StoredMessage =>
  ({
    id: `m${fetchedAt}`,
    mailbox: EMAIL,
    fetchedAt,
    subject: 'Verify',
    code: null,
    link: null,
    read: false,
    ...extra,
  }) as StoredMessage;

/** The address was filled on shop.example `agoMs` ago; `mail` arrived after. */
async function filledOnShop(agoMs: number, mail: Partial<StoredMessage>) {
  const usedAt = Date.now() - agoMs;
  await mailboxesItem.setValue([{ ...liveRecord(EMAIL), sites: [{ site: 'shop.example', usedAt }] }]);
  await messagesItem.setValue([message(usedAt + 10, mail)]);
}

beforeEach(() => {
  vi.restoreAllMocks();
  resetBrowser();
});

describe('fillCode: the code goes to the right site only', () => {
  it('answers a page of the site the address was filled on, any page of it, with the code and nothing else', async () => {
    await filledOnShop(60_000, { code: CODE, link: 'https://shop.example/confirm?t=1' });
    expect(await fillCode(undefined, contentScript('https://shop.example/verify') as never)).toEqual({
      ok: true,
      value: { code: CODE },
    });
    expect(await fillCode(undefined, contentScript('https://accounts.shop.example/otp') as never)).toEqual({
      ok: true,
      value: { code: CODE },
    });
  });

  it('has nothing for a page of another site, nor for one whose host only ends with the site name', async () => {
    await filledOnShop(60_000, { code: CODE });
    for (const url of ['https://evil.example/verify', 'https://notshop.example/', 'https://shop.example.evil.test/']) {
      expect(await fillCode(undefined, contentScript(url) as never), url).toEqual({ ok: false, error: { kind: 'not-found' } });
    }
  });

  it('refuses a frame of another site inside a tab of the site, and the site framed by another', async () => {
    await filledOnShop(60_000, { code: CODE });
    const ad = contentScript('https://shop.example/verify', 'https://ads.example/slot', 4);
    const framed = contentScript('https://evil.example/', 'https://shop.example/verify', 4);
    expect(await fillCode(undefined, ad as never)).toEqual({ ok: false, error: { kind: 'forbidden-sender' } });
    expect(await fillCode(undefined, framed as never)).toEqual({ ok: false, error: { kind: 'forbidden-sender' } });
  });

  it('refuses a sender without a tab (not a content script)', async () => {
    await filledOnShop(60_000, { code: CODE });
    const noTab = { id: fakeBrowser.runtime.id, url: 'https://shop.example/verify', frameId: 0 };
    expect(await fillCode(undefined, noTab as never)).toEqual({ ok: false, error: { kind: 'forbidden-sender' } });
  });

  it('has nothing 30 minutes after the fill, nor for a mail without a code', async () => {
    await filledOnShop(OFFER_WINDOW_MS + 1000, { code: CODE });
    expect(await fillCode(undefined, contentScript('https://shop.example/verify') as never)).toEqual({
      ok: false,
      error: { kind: 'not-found' },
    });
    await filledOnShop(60_000, { link: 'https://shop.example/confirm' });
    expect(await fillCode(undefined, contentScript('https://shop.example/verify') as never)).toEqual({
      ok: false,
      error: { kind: 'not-found' },
    });
  });

  it('through the contract: a content script may ask, an extension page may not', async () => {
    await filledOnShop(60_000, { code: CODE });
    let listener: ((message: unknown, sender: unknown) => Promise<unknown> | undefined) | undefined;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((fn) => void (listener = fn as never));
    listenForRequests({ fillCode, openVerificationLink } as unknown as RequestHandlers);
    const ask = (sender: object) => listener!({ type: 'fillCode' }, sender);
    expect(await ask(contentScript('https://shop.example/verify'))).toEqual({ ok: true, value: { code: CODE } });
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await ask(popup)).toEqual({ ok: false, error: { kind: 'forbidden-sender' } });
    expect(
      await ask({ id: 'another-extension', url: 'https://shop.example/', tab: { id: 1, url: 'https://shop.example/' } }),
    ).toEqual({ ok: false, error: { kind: 'forbidden-sender' } });
  });

  it("the content script's request carries nothing a page could choose", async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { code: CODE } } as never);
    await sendRequest('fillCode');
    expect(send).toHaveBeenCalledWith({ type: 'fillCode', data: undefined });
  });
});

describe('openVerificationLink', () => {
  it("opens the link of the site's mail in a new tab beside the sender's; the page gets no link", async () => {
    await filledOnShop(60_000, { link: 'https://shop.example/confirm?t=abc' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    expect(await openVerificationLink(undefined, contentScript('https://shop.example/signup') as never)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(create).toHaveBeenCalledWith({ url: 'https://shop.example/confirm?t=abc', openerTabId: 7, index: 3, windowId: 1 });
  });

  it('opens nothing for another site, for a code mail, or for a link that is not http(s)', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await filledOnShop(60_000, { link: 'https://shop.example/confirm' });
    expect((await openVerificationLink(undefined, contentScript('https://evil.example/') as never)).ok).toBe(false);
    await filledOnShop(60_000, { code: CODE, link: 'https://shop.example/confirm' });
    expect((await openVerificationLink(undefined, contentScript('https://shop.example/') as never)).ok).toBe(false);
    await filledOnShop(60_000, { link: 'javascript:alert(1)' });
    expect((await openVerificationLink(undefined, contentScript('https://shop.example/') as never)).ok).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });
});
