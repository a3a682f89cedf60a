import { Grid } from 'antd';

/** True below antd's `md` breakpoint (768 px): one column, lists as cards. Until measured, a desktop. */
export function useIsPhone(): boolean {
  return Grid.useBreakpoint().md === false;
}
