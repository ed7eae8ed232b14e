import { render, screen, fireEvent } from '@testing-library/svelte';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '@/utils/__fixtures__/locale';
import type { MailboxRecord, PollStatus, StoredMessage } from '@/utils/storage';
import LoopLine from './LoopLine.svelte';
import UsedOn from './UsedOn.svelte';

const NOW = Date.UTC(2026, 5, 28, 12, 0, 0);
const EMAIL = 'box@tm.test';

const mailbox = (sites: MailboxRecord['sites']): MailboxRecord =>
  ({ email: EMAIL, status: 'live', expire_at: new Date(NOW + 600_000).toISOString(), sites }) as MailboxRecord;
const poll = (fastUntil: number | null) => ({ fastUntil }) as PollStatus;
const message = (fetchedAt: number, extra: Partial<StoredMessage> = {}) =>
  ({
    id: `m${fetchedAt}`,
    mailbox: EMAIL,
    fetchedAt,
    from: 'Example Shop',
    from_email: 'no-reply@shop.example',
    code: null,
    link: null,
    ...extra,
  }) as StoredMessage;

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
});

describe('LoopLine', () => {
  it('waits for mail from the site after a fill, with the fast-poll countdown', () => {
    render(LoopLine, {
      mailbox: mailbox([{ site: '127.0.0.1', usedAt: NOW - 20_000 }]),
      messages: [message(NOW - 60_000, { code: '000000' })], // before the fill: not its answer
      poll: poll(NOW + 161_000),
      now: NOW,
    });
    expect(screen.getByTestId('loop-waiting')).toHaveTextContent('Waiting for mail from 127.0.0.1 Checking every 5 s for 2:41');
  });

  it('shows the code with Copy once it came, before anything is opened', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    render(LoopLine, {
      mailbox: mailbox([{ site: 'shop.example', usedAt: NOW - 20_000 }]),
      messages: [message(NOW - 5000, { code: '482913' })],
      poll: poll(NOW + 100_000),
      now: NOW,
    });
    expect(screen.queryByTestId('loop-waiting')).toBeNull();
    expect(screen.getByTestId('loop-code')).toHaveTextContent('482913 code from Example Shop for shop.example');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy the verification code' }));
    expect(writeText).toHaveBeenCalledWith('482913');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('says nothing without a recent fill, or once mail without a code came', () => {
    const { container } = render(LoopLine, {
      mailbox: mailbox([{ site: 'shop.example', usedAt: NOW - 31 * 60_000 }]),
      messages: [],
      poll: poll(null),
      now: NOW,
    });
    expect(container.textContent?.trim()).toBe('');
    const other = render(LoopLine, {
      mailbox: mailbox([{ site: 'shop.example', usedAt: NOW - 1000 }]),
      messages: [message(NOW, { subject: 'Welcome' })],
      poll: poll(NOW + 60_000),
      now: NOW,
    });
    expect(other.container.textContent?.trim()).toBe('');
  });

  it('speaks Italian', () => {
    useLocale('it');
    render(LoopLine, { mailbox: mailbox([{ site: 'shop.example', usedAt: NOW }]), messages: [], poll: poll(null), now: NOW });
    expect(screen.getByTestId('loop-waiting')).toHaveTextContent('In attesa di posta da shop.example');
  });
});

describe('UsedOn', () => {
  it('lists the sites newest first, at most three and a count', () => {
    const sites = ['a.example', 'b.example', 'c.example', 'd.example', 'e.example'].map((site, i) => ({ site, usedAt: i }));
    render(UsedOn, { mailbox: { sites } });
    expect(screen.getByTestId('used-on')).toHaveTextContent('Used on a.example, b.example, c.example +2');
  });

  it('says nothing for an address never filled into a page', () => {
    const { container } = render(UsedOn, { mailbox: { sites: [] } });
    expect(container.textContent?.trim()).toBe('');
  });
});
