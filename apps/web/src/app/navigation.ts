// The side menu's pages. A page joins the menu when its API exists (issue 17 lists the rest).
export interface NavigationItem {
  readonly path: string;
  readonly label: string;
}

export const NAVIGATION: readonly NavigationItem[] = [{ path: '/', label: '首页' }];
