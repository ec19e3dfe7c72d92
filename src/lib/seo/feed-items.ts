// Feed items: one per guide update and per timeline event. Each has a title of its
// own (not the description again) and a guid that is unique and never changes,
// even when two updates concern the same step (links may be shared, guids not).
// Titles are plain text; a description is HTML to feed readers, so the plain text
// of a summary is escaped as HTML here, then as XML by @astrojs/rss: "<b>" in a
// summary reaches readers as those three characters, never as bold.
export interface FeedItemInput {
  title: string;
  /** Plain text. */
  description: string;
  link: string;
  /** YYYY-MM-DD, or YYYY-MM for a timeline event known to the month. */
  date: string;
  guid: string;
  category: string;
}

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function feedItem(input: FeedItemInput) {
  return {
    title: input.title,
    description: escapeMarkup(input.description),
    link: input.link,
    pubDate: new Date(`${input.date.length === 7 ? `${input.date}-01` : input.date}T00:00:00Z`),
    categories: [input.category],
    // Replaces the permalink guid @astrojs/rss would derive from the link.
    customData: `<guid isPermaLink="false">${escapeMarkup(input.guid)}</guid>`,
  };
}

/** Guids for a guide's updates: one per date, numbered when a date has several (in file order). */
export function updateGuids(guideUrl: string, dates: string[]): string[] {
  const seen = new Map<string, number>();
  return dates.map((date) => {
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    return `${guideUrl}#update-${date}${n > 1 ? `-${n}` : ''}`;
  });
}

/** A change of status: by the guide, the status and its day, so that it never changes once published. */
export const statusGuid = (guideUrl: string, status: string, date: string) => `${guideUrl}#status-${status}-${date}`;

/** The channel's own elements: language and the feed's address (atom:link rel="self"). */
export const channelData = (lang: string, feedUrl: string) => `<language>${lang}</language><atom:link href="${escapeMarkup(feedUrl)}" rel="self" type="application/rss+xml"/>`;
export const atomNamespace = { atom: 'http://www.w3.org/2005/Atom' };
