const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date as readers of `locale` write it, e.g. "24 November 2026" in en-GB; always UTC so builds do not depend on the machine's time zone. */
export function formatDate(date: Date, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    // Creating a formatter is far slower than using one; pages format several dates each.
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

/** The ISO calendar date (YYYY-MM-DD) for `datetime` attributes and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date at UTC midnight, or the date in `SOURCE_DATE_EPOCH` (seconds) so builds can be pinned. */
export function today(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
