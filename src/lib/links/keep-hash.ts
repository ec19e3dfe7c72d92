// Language links keep the reader's place: the current #anchor is appended
// whenever it changes, so a copied or middle-clicked link keeps it too.
export function withHash(href: string, hash: string): string {
  return href.replace(/#.*$/, '') + (hash.length > 1 ? hash : '');
}

export function keepHash(doc: Document): void {
  const update = () => {
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
      link.href = withHash(link.getAttribute('href') ?? '', doc.location.hash);
    }
  };
  update();
  doc.defaultView?.addEventListener('hashchange', update);
}
