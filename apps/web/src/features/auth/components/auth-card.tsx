import { Card, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { PRODUCT_NAME } from '../../../lib/product';

/** The sign-in and the first password change: one card in the middle of an empty page, before the app opens. */
export function AuthCard({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <Flex component="main" justify="center" align="flex-start" style={{ minHeight: '100vh', padding: '12vh 12px 24px', background: token.colorBgLayout }}>
      <title>{`${title} · ${PRODUCT_NAME}`}</title>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Text type="secondary">{PRODUCT_NAME}</Typography.Text>
        <Typography.Title level={1} style={{ marginTop: 4, fontSize: 22 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </Flex>
  );
}
