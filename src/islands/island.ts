/*
 * The one way an island finds its parts. The server-rendered HTML marks the
 * island's root with `data-aw-island="<name>"`, each part a script needs with
 * `data-aw-part="<name>"`, and its settings in a
 * `<script type="application/json" data-aw-config>` inside the root (see
 * `jsonForScript`). Class names are for styling only; a script never looks for
 * one, so restyling cannot break behaviour.
 */

export interface Island<Config> {
  root: HTMLElement;
  config: Config;
  /** The part named `name`; throws when the markup lacks it, which is a bug in the page, not the reader's problem. */
  part<E extends HTMLElement = HTMLElement>(name: string): E;
  /** Every part named `name`, in document order. */
  parts<E extends HTMLElement = HTMLElement>(name: string): E[];
}

/**
 * Finds the island `name` on the page, with its config read from its JSON block.
 * Returns undefined when the page has no such island (or no config), so a script
 * loaded on the wrong page leaves it alone: progressive enhancement.
 * @example const island = findIsland<FilterConfig>('filter'); if (island) start(island);
 */
export function findIsland<Config>(name: string, scope: ParentNode = document): Island<Config> | undefined {
  const root = scope.querySelector<HTMLElement>(`[data-aw-island="${name}"]`);
  const configElement = root?.querySelector('script[data-aw-config]');
  if (!root || !configElement) return undefined;
  let config: Config;
  try {
    config = JSON.parse(configElement.textContent ?? '') as Config;
  } catch {
    return undefined;
  }
  const parts = <E extends HTMLElement>(part: string) => [...root.querySelectorAll<E>(`[data-aw-part="${part}"]`)];
  return {
    root,
    config,
    parts,
    part: <E extends HTMLElement>(part: string) => {
      const found = parts<E>(part)[0];
      if (!found) throw new Error(`The ${name} island has no part "${part}".`);
      return found;
    },
  };
}
