/** What a "Report a problem" link says about the page it was followed from. */
export interface ReportedPage {
  title: string;
  /** Absolute URL of the page. */
  url: string;
}

/** The words of a prefilled email, in the site's language. */
export interface FeedbackWords {
  /** Subject prefix, e.g. "Problem with". */
  subject: string;
  /** Label of the page address, e.g. "Page". */
  page: string;
  /** Line the reader writes under, e.g. "What is wrong or unclear:". */
  prompt: string;
}

const MAILTO = /^mailto:[^\s@?&#]+@[^\s@?&#]+\.[^\s@?&#]+$/i;

/** Whether `target` is something a reader can report to: a `mailto:` address or an https URL. */
export function isFeedbackTarget(target: string): boolean {
  if (MAILTO.test(target)) return true;
  try {
    const url = new URL(target);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * The link of "Report a problem with this page": an email with the page's title in the subject
 * and its address in the body, or the form's URL with `page` (the address) and `title` added
 * to its query, so the report names the page without any script.
 */
export function feedbackHref(target: string, page: ReportedPage, words: FeedbackWords): string {
  if (target.toLowerCase().startsWith('mailto:')) {
    const subject = `${words.subject}: ${page.title}`;
    const body = `${words.page}: ${page.url}\r\n\r\n${words.prompt}\r\n`;
    return `${target}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(target);
  url.searchParams.set('page', page.url);
  url.searchParams.set('title', page.title);
  return url.href;
}
