// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { index } from './fixtures';
import { renderApp, stubFetch } from './render';

beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

describe('app frame', () => {
  it('has a skip link, landmarks, main navigation and the search box on every page', async () => {
    stubFetch({ 'index.json': index });
    renderApp('/speakers');
    await screen.findByRole('heading', { level: 1 });
    const skip = screen.getByRole('link', { name: '跳到正文' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(nav).toHaveTextContent('时间线讲师概览');
    expect(screen.getByRole('link', { name: '讲师' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByRole('searchbox').length).toBeGreaterThanOrEqual(1);
  });

  it('switches language: strings, <html lang>, remembered', async () => {
    stubFetch({ 'index.json': index });
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: '活动时间线' });
    expect(document.documentElement.lang).toBe('zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Event timeline' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'March 2021' })).toHaveTextContent(/^March$/);
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('event-browser.lang')).toBe('en');
    // The title is set in an effect, after the page renders.
    await vi.waitFor(() => expect(document.title).toBe('Event timeline · Event Browser'));
  });

  it('picks the language from the browser when nothing is remembered', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'zh-CN']);
    stubFetch({ 'index.json': index });
    const { initialLang } = await import('../../src/app/i18n/I18nContext');
    expect(initialLang()).toBe('en');
    localStorage.setItem('event-browser.lang', 'zh');
    expect(initialLang()).toBe('zh');
  });

  it('switches theme and remembers it; system follows prefers-color-scheme', async () => {
    stubFetch({ 'index.json': index });
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const select = screen.getByRole('combobox', { name: '主题' });
    expect(select).toHaveValue('system');
    await user.selectOptions(select, 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('event-browser.theme')).toBe('dark');
    await user.selectOptions(select, 'system');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem('event-browser.theme')).toBeNull();
  });

  it('answers an unknown address with a not-found page suggesting near matches', async () => {
    stubFetch({ 'index.json': index });
    renderApp('/no/such/page/chengdu');
    expect(await screen.findByRole('heading', { level: 1, name: '没有找到这个页面' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /成都站/ })).toHaveAttribute(
      'href',
      '/events/sofameetup-8-chengdu',
    );
    expect(screen.getByRole('link', { name: '回到时间线' })).toHaveAttribute('href', '/');
  });

  it('navigates from the timeline to an event and a speaker, moving focus to the page’s heading', async () => {
    const { hangzhou, liWei } = await import('./fixtures');
    stubFetch({
      'index.json': index,
      'events/sofameetup-4-hangzhou.json': hangzhou,
      'speakers/li-wei.json': liWei,
    });
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: hangzhou.title }));
    expect(await screen.findByRole('heading', { level: 1, name: hangzhou.title })).toBeInTheDocument();
    // The heading, not <main>: a screen reader then announces the page by its name.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    await user.click(screen.getAllByRole('link', { name: '李唯' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: '李唯' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: '李唯' })).toHaveFocus());
    expect(router.state.location.pathname).toBe('/speakers/li-wei');
    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 1, name: hangzhou.title })).toBeInTheDocument();
  });

  it('mounts the search route module', async () => {
    stubFetch({ 'index.json': index });
    const { router } = renderApp('/search?q=mesh');
    await waitFor(() => expect(router.state.navigation.state).toBe('idle'));
    await waitFor(() => expect(router.state.matches.at(-1)?.route.path).toBe('search'));
    expect(screen.queryByText('没有找到这个页面')).toBeNull();
  });
});
