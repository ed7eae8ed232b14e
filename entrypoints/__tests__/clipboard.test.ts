import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForCopyCommands } from '@/utils/messaging';
import { copyText } from '../background/clipboard';
import { resetBrowser } from './background-fixture';

beforeEach(() => {
  vi.restoreAllMocks();
  resetBrowser();
});

describe('copyText (Chrome MV3: through an offscreen document)', () => {
  it('opens the document with the CLIPBOARD reason, asks it to copy, and closes it', async () => {
    const offscreen = { createDocument: vi.fn(async () => undefined), closeDocument: vi.fn(async () => undefined) };
    Object.assign(fakeBrowser, { offscreen });
    Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => []) });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true as never);
    expect(await copyText('482913')).toBe(true);
    expect(offscreen.createDocument).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/offscreen.html', reasons: ['CLIPBOARD'] }),
    );
    expect(send).toHaveBeenCalledWith({ type: 'copyToClipboard', text: '482913' });
    expect(offscreen.closeDocument).toHaveBeenCalled();
  });

  it('says so when the copy did not happen, and closes the document anyway', async () => {
    const offscreen = { createDocument: vi.fn(async () => undefined), closeDocument: vi.fn(async () => undefined) };
    Object.assign(fakeBrowser, { offscreen });
    Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => [{ contextType: 'OFFSCREEN_DOCUMENT' }]) });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    expect(await copyText('482913')).toBe(false);
    expect(offscreen.createDocument).not.toHaveBeenCalled(); // one was open already
    expect(offscreen.closeDocument).toHaveBeenCalled();
  });
});

describe('the offscreen document', () => {
  it('copies for our own background only, never for a content script (which has a tab)', async () => {
    let listener: ((message: unknown, sender: unknown) => Promise<boolean> | undefined) | undefined;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((fn) => void (listener = fn as never));
    const copy = vi.fn(() => true);
    listenForCopyCommands(copy);
    const background = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };
    const command = { type: 'copyToClipboard', text: '482913' };
    expect(await listener!(command, background)).toBe(true);
    expect(listener!(command, { ...background, tab: { id: 3 } })).toBeUndefined();
    expect(listener!(command, { id: 'someone-else' })).toBeUndefined();
    expect(listener!({ type: 'downloadProgress' }, background)).toBeUndefined();
    expect(copy).toHaveBeenCalledTimes(1);
  });
});
