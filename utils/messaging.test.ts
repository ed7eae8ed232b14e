import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from '#imports';
import { useLocale } from './__fixtures__/locale';
import { errorText } from './error-text';
import type { UiError } from './errors';
import { classifySender, listenForRequests, type RequestHandlers, type Sender } from './messaging';

const page = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') }) as Sender;
const content = () =>
  ({ id: browser.runtime.id, url: 'https://shop.example/signup', tab: { id: 7, url: 'https://shop.example/signup' } }) as Sender;

describe('classifySender', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells our pages, our content scripts and strangers apart', () => {
    expect(classifySender(page() as never)).toBe('extension-page');
    expect(classifySender({ ...page(), tab: { id: 3, url: browser.runtime.getURL('/popup.html') } } as never)).toBe(
      'extension-page',
    );
    expect(classifySender(content() as never)).toBe('content-script');
    expect(classifySender({ ...content(), id: 'another-extension' } as never)).toBe('unknown');
    expect(classifySender({ id: browser.runtime.id } as never)).toBe('unknown');
  });
});

describe('listenForRequests', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a content script only the requests it may make', async () => {
    const created = vi.fn(async () => ({ ok: true as const, value: { email: 'x@mail.test' } as never }));
    const filled = vi.fn(async () => ({ ok: true as const, value: { email: 'x@mail.test' } }));
    listenForRequests({ ...okTable(), createMailbox: created, fillAddress: filled } as RequestHandlers);
    const [refused] = await fakeBrowser.runtime.onMessage.trigger({ type: 'createMailbox' }, content(), () => undefined);
    expect(refused).toEqual({ ok: false, error: { kind: 'forbidden-sender' } });
    useLocale('en');
    expect(errorText((refused as unknown as { error: UiError }).error)).toBe('Request refused.');
    expect(created).not.toHaveBeenCalled();
    const [answered] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'fillAddress', data: { mode: 'current' } },
      content(),
      () => undefined,
    );
    expect(answered).toEqual({ ok: true, value: { email: 'x@mail.test' } });
    const [fromPage] = await fakeBrowser.runtime.onMessage.trigger({ type: 'createMailbox' }, page(), () => undefined);
    expect(fromPage).toMatchObject({ ok: true });
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('ignores unknown shapes and turns a throwing handler into an error value', async () => {
    const failing = vi.fn(async () => {
      throw new Error('boom');
    });
    listenForRequests({ ...okTable(), selectMailbox: failing } as RequestHandlers);
    const [unknown] = await fakeBrowser.runtime.onMessage.trigger({ type: 'stealKey' }, page(), () => undefined);
    expect(unknown).toBeUndefined();
    const [notObject] = await fakeBrowser.runtime.onMessage.trigger('hello', page(), () => undefined);
    expect(notObject).toBeUndefined();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const [thrown] = await fakeBrowser.runtime.onMessage.trigger({ type: 'selectMailbox' }, page(), () => undefined);
    expect(thrown).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });
});

/** A full handler table whose every entry answers ok. */
function okTable(): RequestHandlers {
  const ok = async () => ({ ok: true as const, value: undefined as never });
  const names = [
    'saveConnection',
    'removeKey',
    'createMailbox',
    'changeMailbox',
    'deleteMailbox',
    'selectMailbox',
    'readMessage',
    'deleteMessage',
    'downloadAttachment',
    'fillAddress',
    'blockSite',
  ] as const;
  return Object.fromEntries(names.map((name) => [name, vi.fn(ok)])) as unknown as RequestHandlers;
}
