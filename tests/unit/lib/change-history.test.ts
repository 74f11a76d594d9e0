import { describe, expect, it } from 'vitest';
import { lastModified, listChanges } from '../../../src/lib/change-history.ts';
import { feedItems } from '../../../src/lib/feed-items.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('change history', () => {
  const changes = [
    { date: day('2026-01-15'), kind: 'update' as const, summary: 'Added a trial.' },
    { date: day('2026-03-01'), kind: 'correction' as const, summary: 'Fixed a number.' },
    { date: day('2026-03-01'), kind: 'review' as const, summary: 'Checked again.' },
  ];

  it('lists changes newest first, each with an anchor unique on the page', () => {
    expect(listChanges(changes).map((change) => [change.kind, change.anchor])).toEqual([
      ['correction', 'change-2026-03-01'],
      ['review', 'change-2026-03-01-2'],
      ['update', 'change-2026-01-15'],
    ]);
  });

  it('dates the page by its newest change when that is later than updated', () => {
    expect(lastModified(day('2026-01-01'), day('2026-02-01'), changes)).toEqual(day('2026-03-01'));
    expect(lastModified(day('2026-01-01'), day('2026-04-01'), changes)).toEqual(day('2026-04-01'));
    expect(lastModified(day('2026-01-01'), undefined, [])).toEqual(day('2026-01-01'));
  });

  it('puts each correction in the feed as an item of its own, linked to its entry, newest first', () => {
    const items = feedItems(
      [{ id: 'a', title: 'A page', description: 'About A.', published: day('2026-01-01'), changes, url: 'https://example.org/articles/a/' }],
      'Correction',
    );
    expect(items.map((item) => [item.title, item.link, item.pubDate.toISOString().slice(0, 10)])).toEqual([
      ['Correction: A page', 'https://example.org/articles/a/#change-2026-03-01', '2026-03-01'],
      ['A page', 'https://example.org/articles/a/', '2026-01-01'],
    ]);
    expect(items[0]?.description).toBe('Fixed a number.');
  });
});
