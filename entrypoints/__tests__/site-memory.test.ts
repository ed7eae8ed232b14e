import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OFFER_WINDOW_MS, SITES_KEPT, siteOffers } from '@/utils/site-offers';
import { mailboxesItem, messagesItem, siteOffersItem, type StoredMessage } from '@/utils/storage';
import { fillAddress, listenForFillTriggers } from '../background/autofill';
import { recordSiteUse, senderSite, siteOf, startSiteOffers } from '../background/site-memory';
import { connectTo, emulator, liveRecord, resetBrowser, type Emulator } from './background-fixture';

vi.mock('@/utils/key-vault', async () => (await import('./background-fixture')).keyVaultModule());

let emu: Emulator & { key: string };
beforeAll(async () => {
  emu = await emulator();
});
afterAll(() => emu.close());

let fakes: ReturnType<typeof resetBrowser>;
beforeEach(async () => {
  fakes = resetBrowser();
  await connectTo(emu.url, emu.key);
});

const tabSender = (url: string, frameUrl = url, frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  url: frameUrl,
  frameId,
  tab: { id: 4, index: 0, url },
});

describe('siteOf: the registrable domain of a URL the browser reports', () => {
  it.each([
    ['https://accounts.shop.example.com/signup', 'example.com'],
    ['https://www.bbc.co.uk/account', 'bbc.co.uk'],
    ['https://alice.github.io/form', 'alice.github.io'], // a private suffix: Alice's site, not all of github.io
    ['https://SHOP.Example.COM./x', 'example.com'],
    ['http://127.0.0.1:8080/signup', '127.0.0.1'],
    ['http://[::1]:3000/', '[::1]'],
    ['http://localhost:5173/', 'localhost'],
    ['http://app.localhost/', 'app.localhost'],
    ['https://xn--mller-kva.de/', 'xn--mller-kva.de'],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it.each([
    'file:///tmp/x.html',
    'about:blank',
    'chrome-extension://abc/popup.html',
    'data:text/html,hi',
    'not a url',
    undefined,
  ])('has no site for %s', (url) => {
    expect(siteOf(url)).toBeNull();
  });
});

describe('senderSite: the site of a request, from what the browser says about the sender', () => {
  it('is the site when the frame and the tab agree (a same-site frame too)', () => {
    expect(senderSite(tabSender('https://shop.example/verify') as never)).toBe('shop.example');
    expect(senderSite(tabSender('https://shop.example/verify', 'https://auth.shop.example/frame', 3) as never)).toBe(
      'shop.example',
    );
  });

  it('is none for a frame of another site in the tab, either way round', () => {
    expect(senderSite(tabSender('https://shop.example/verify', 'https://ads.example/frame', 3) as never)).toBeNull();
    expect(senderSite(tabSender('https://evil.example/', 'https://shop.example/embedded', 3) as never)).toBeNull();
  });

  it("without the tab's URL (Firefox without the tabs permission) the top frame's own URL counts, a subframe has none", () => {
    const firefox = (url: string, frameId: number) => ({ id: fakeBrowser.runtime.id, url, frameId, tab: { id: 4 } });
    expect(senderSite(firefox('https://shop.example/verify', 0) as never)).toBe('shop.example');
    expect(senderSite(firefox('https://shop.example/verify', 2) as never)).toBeNull();
  });
});

describe('recordSiteUse', () => {
  it('puts the site first on the mailbox, once, keeping the newest uses', async () => {
    await mailboxesItem.setValue([liveRecord('a@tm.test'), liveRecord('b@tm.test')]);
    await recordSiteUse('a@tm.test', 'https://www.shop.example/signup', 1000);
    await recordSiteUse('a@tm.test', 'https://news.example.org/', 2000);
    await recordSiteUse('a@tm.test', 'https://login.shop.example/again', 3000);
    const [a, b] = await mailboxesItem.getValue();
    expect(a!.sites).toEqual([
      { site: 'shop.example', usedAt: 3000 },
      { site: 'example.org', usedAt: 2000 },
    ]);
    expect(b!.sites).toEqual([]);
  });

  it(`remembers at most ${SITES_KEPT} sites, and nothing for pages without a site or unknown addresses`, async () => {
    await mailboxesItem.setValue([liveRecord('a@tm.test')]);
    for (let i = 0; i < SITES_KEPT + 5; i++) await recordSiteUse('a@tm.test', `https://site${i}.example/`, i);
    await recordSiteUse('a@tm.test', 'file:///tmp/form.html', 99);
    await recordSiteUse('nobody@tm.test', 'https://other.example/', 99);
    const [a] = await mailboxesItem.getValue();
    expect(a!.sites).toHaveLength(SITES_KEPT);
    expect(a!.sites[0]).toEqual({ site: `site${SITES_KEPT + 4}.example`, usedAt: SITES_KEPT + 4 });
    expect((await mailboxesItem.getValue()).map((record) => record.email)).toEqual(['a@tm.test']);
  });

  it("a fill records the sender tab's site as the browser reports it; a site named in the request counts for nothing", async () => {
    const filled = await fillAddress(
      { mode: 'current', site: 'bank.example' } as never,
      tabSender('https://signup.shop.example/join', 'https://signup.shop.example/join') as never,
    );
    expect(filled.ok).toBe(true);
    const [record] = await mailboxesItem.getValue();
    expect(record!.email).toBe(filled.ok && filled.value.email);
    expect(record!.sites.map((use) => use.site)).toEqual(['shop.example']);
  });

  it('the context menu records the page it was used on', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    listenForFillTriggers();
    await fakes.onMenuClicked.trigger(
      { menuItemId: 'fill-temp-address', frameId: 0, pageUrl: 'https://shop.example/a' } as never,
      { id: 9, url: 'https://www.shop.example/signup' } as never,
    );
    await vi.waitFor(async () => expect((await mailboxesItem.getValue())[0]?.sites[0]?.site).toBe('shop.example'));
  });
});

describe('the stored shape', () => {
  it('migrates version-1 mailboxes (no sites) to version 2 with an empty list, keeping everything else', async () => {
    const old = liveRecord('old@tm.test') as Partial<ReturnType<typeof liveRecord>>;
    delete old.sites;
    await fakeBrowser.storage.local.set({ mailboxes: [old], mailboxes$: { v: 1 } });
    await mailboxesItem.migrate();
    expect(await mailboxesItem.getValue()).toEqual([{ ...old, sites: [] }]);
    expect(await fakeBrowser.storage.local.get('mailboxes$')).toEqual({ mailboxes$: { v: 2 } });
  });
});

describe('the offers the content script reads', () => {
  const message = (id: string, mailbox: string, fetchedAt: number, extra: Partial<StoredMessage>): StoredMessage =>
    ({ id, mailbox, fetchedAt, subject: 'Hi', code: null, link: null, read: false, ...extra }) as StoredMessage;

  it('name the site and the kind, never the code, the link or the address', async () => {
    const now = Date.now();
    const box = { ...liveRecord('a@tm.test'), sites: [{ site: 'shop.example', usedAt: now - 1000 }] };
    await mailboxesItem.setValue([box]);
    startSiteOffers();
    await messagesItem.setValue([message('m1', 'a@tm.test', now, { code: '482913', link: 'https://shop.example/v?t=s3cret' })]);
    await vi.waitFor(async () => expect(await siteOffersItem.getValue()).toHaveLength(1));
    const stored = JSON.stringify(await fakeBrowser.storage.local.get('siteOffers'));
    expect(JSON.parse(stored).siteOffers).toEqual([
      { site: 'shop.example', kind: 'code', until: now - 1000 + OFFER_WINDOW_MS, since: now },
    ]);
    for (const secret of ['482913', 's3cret', 'a@tm.test']) expect(stored).not.toContain(secret);
  });

  it('follow the latest fill on a site: a new address given to it waits for its own mail', () => {
    const now = 10 * OFFER_WINDOW_MS;
    const a = { ...liveRecord('a@tm.test'), sites: [{ site: 'shop.example', usedAt: now - 5000 }] };
    const b = { ...liveRecord('b@tm.test'), sites: [{ site: 'shop.example', usedAt: now - 1000 }] };
    const mail = [message('m1', 'a@tm.test', now - 4000, { code: '111111' })];
    expect(siteOffers([a], mail, now)).toEqual([expect.objectContaining({ site: 'shop.example', kind: 'code' })]);
    expect(siteOffers([a, b], mail, now)).toEqual([]);
  });

  it('offer a mail fetched after the fill only, for 30 minutes after it', () => {
    const now = 10 * OFFER_WINDOW_MS;
    const used = now - 1000;
    const box = { ...liveRecord('a@tm.test'), sites: [{ site: 'shop.example', usedAt: used }] };
    const before = [message('m0', 'a@tm.test', used - 1, { code: '000000' })];
    expect(siteOffers([box], before, now)).toEqual([]);
    const after = [message('m1', 'a@tm.test', used + 1, { link: 'https://shop.example/confirm' })];
    expect(siteOffers([box], after, now)).toEqual([expect.objectContaining({ kind: 'link' })]);
    expect(siteOffers([box], after, used + OFFER_WINDOW_MS)).toEqual([]);
  });
});
