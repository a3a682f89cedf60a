import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { PRODUCT_NAME } from '../lib/product';

interface PageHeaderProps {
  /** The page's name: its <h1> and its window title. */
  readonly title: string;
  readonly description?: ReactNode;
  /** The page's own actions (新建…), beside the title; under it on a phone. */
  readonly extra?: ReactNode;
}

/** The top of every page: its title (also the window's), what it is for, and its main actions. */
export function PageHeader({ title, description, extra }: PageHeaderProps) {
  return (
    <Flex vertical gap={4}>
      <title>{`${title} · ${PRODUCT_NAME}`}</title>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
          {title}
        </Typography.Title>
        {extra ? (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        ) : null}
      </Flex>
      {description ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {description}
        </Typography.Paragraph>
      ) : null}
    </Flex>
  );
}
