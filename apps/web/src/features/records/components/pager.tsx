import { Button, Flex, Typography } from 'antd';

interface PagerProps {
  readonly page: number;
  readonly hasNext: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

/** 上一页 / 下一页 over a server's cursor pages (a cursor leads forward only, so the pages before are remembered). */
export function Pager({ page, hasNext, onPrevious, onNext }: PagerProps) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav aria-label="翻页">
      <Flex gap={8} align="center" justify="end">
        <Button onClick={onPrevious} disabled={page === 1}>
          上一页
        </Button>
        <Typography.Text>第 {page} 页</Typography.Text>
        <Button onClick={onNext} disabled={!hasNext}>
          下一页
        </Button>
      </Flex>
    </nav>
  );
}
