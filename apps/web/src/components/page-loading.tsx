import { Flex, Spin } from 'antd';

/** Shown while a page's data or code arrives; announced politely to screen readers. */
export function PageLoading({ what = '正在加载…' }: { readonly what?: string }) {
  return (
    <Flex role="status" aria-live="polite" justify="center" align="center" style={{ minHeight: 160 }}>
      <Spin description={what} />
    </Flex>
  );
}
