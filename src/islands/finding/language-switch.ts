/*
 * The language switch in the header, kept honest by the finding islands: it
 * carries a query to the other language only where that query finds
 * something. The island says how to work out the address (which may need a
 * search in the other language); until it is known, the link goes to the
 * other language's page without the query, and a click waits for the answer.
 */

export interface LanguageSwitch {
  /** Works out the switch's address again, for the page's state as it now is. */
  update(): void;
}

/**
 * Takes over the header's language switch (`data-aw-language-switch`), if the page has one.
 * @example const languageSwitch = guardLanguageSwitch(async (base) => `${base}?q=coaching`); languageSwitch.update();
 */
export function guardLanguageSwitch(addressFor: (base: string) => Promise<string>): LanguageSwitch {
  const link = document.querySelector<HTMLAnchorElement>('a[data-aw-language-switch]');
  if (!link) return { update: () => undefined };
  const base = link.href.split('?')[0] ?? link.href;
  let pending: Promise<string> | undefined;
  const update = () => {
    link.href = base;
    const current = addressFor(base).catch(() => base);
    pending = current;
    void current.then((address) => {
      if (pending === current) link.href = address;
    });
  };
  link.addEventListener('click', (event) => {
    if (!pending || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void pending.then((address) => location.assign(address));
  });
  return { update };
}
