// How a feature offers its pages to the app: each feature exports a list of PageEntry, and
// app/pages.ts puts the lists together. The router, the route guards and the side menu are all
// made from that one list, so adding a page is one entry in the feature and one line in the app.
import type { ComponentType } from 'react';
import type { Role } from '../gql/graphql';

export interface MenuPlacement {
  /** The menu entry's text. */
  readonly label: string;
  /** The heading the entry stands under (业务记录, 系统管理…); entries without one come first. */
  readonly group?: string;
  /** Lower numbers first, within the group. */
  readonly order: number;
}

export interface PageEntry {
  /** The page's address, e.g. '/admin/accounts'; '/' is the home page. */
  readonly path: string;
  /** Who may open it: any of these roles, or everyone signed in. The server still decides what it answers. */
  readonly roles: readonly Role[] | 'everyone';
  /** The page's module (its own chunk), which exports the page as `Component`. */
  readonly load: () => Promise<{ readonly Component: ComponentType }>;
  /** Its place in the side menu; a page reached otherwise (a record's own page) has none. */
  readonly menu?: MenuPlacement;
}

export function mayOpen(page: Pick<PageEntry, 'roles'>, roles: readonly Role[]): boolean {
  return page.roles === 'everyone' || page.roles.some((role) => roles.includes(role));
}

export interface MenuEntry {
  readonly path: string;
  readonly label: string;
}

export interface MenuSection {
  /** Undefined for the entries that stand above every group. */
  readonly group: string | undefined;
  readonly entries: readonly MenuEntry[];
}

/** The side menu for a person with `roles`: the pages they may open, ungrouped first, then by group in order of appearance. */
export function menuFor(pages: readonly PageEntry[], roles: readonly Role[]): MenuSection[] {
  const sections = new Map<string | undefined, { order: number; path: string; label: string }[]>([[undefined, []]]);
  for (const page of pages) {
    if (!page.menu || !mayOpen(page, roles)) continue;
    const entries = sections.get(page.menu.group) ?? [];
    entries.push({ order: page.menu.order, path: page.path, label: page.menu.label });
    sections.set(page.menu.group, entries);
  }
  return [...sections]
    .filter(([, entries]) => entries.length > 0)
    .map(([group, entries]) => ({ group, entries: entries.sort((a, b) => a.order - b.order).map(({ path, label }) => ({ path, label })) }));
}
