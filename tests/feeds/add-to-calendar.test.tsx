// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import AddToCalendar from '../../src/app/calendar/AddToCalendar';
import FeedLinks from '../../src/app/calendar/FeedLinks';
import { I18nProvider } from '../../src/app/i18n/I18nContext';
import { announcement, hangzhou } from './fixtures';

describe('<AddToCalendar>', () => {
  it('links the .ics download and Google Calendar', () => {
    render(
      <I18nProvider lang="en">
        <AddToCalendar event={hangzhou} />
      </I18nProvider>,
    );
    const group = screen.getByRole('group', { name: 'Add to calendar' });
    expect(group).toBeInTheDocument();
    const ics = screen.getByRole('link', { name: /Add to calendar/ });
    expect(ics).toHaveAttribute('href', '/data/events/sofameetup-4-hangzhou.ics');
    expect(ics).toHaveAttribute('download', 'sofameetup-4-hangzhou.ics');
    const google = screen.getByRole('link', { name: /Google Calendar/ });
    const url = new URL(google.getAttribute('href')!);
    expect(url.searchParams.get('dates')).toBe('20210321T060000Z/20210321T090000Z');
    expect(url.searchParams.get('details')).toContain('/events/sofameetup-4-hangzhou/');
    expect(google).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('renders nothing for an undated post', () => {
    const { container } = render(
      <I18nProvider lang="zh">
        <AddToCalendar event={announcement} />
      </I18nProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('<FeedLinks>', () => {
  it('links the Atom and iCalendar feeds', () => {
    render(
      <I18nProvider lang="en">
        <FeedLinks />
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/data/atom.xml');
    expect(screen.getByRole('link', { name: /Calendar feed/ })).toHaveAttribute('href', '/data/events.ics');
  });
});
