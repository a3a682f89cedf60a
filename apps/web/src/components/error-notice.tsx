import { Button, Result } from 'antd';

interface ErrorNoticeProps {
  readonly title?: string;
  readonly advice?: string;
}

/** The page a person sees when the app itself failed: what happened, and the two ways on. */
export function ErrorNotice({
  title = '页面出错了',
  advice = '请刷新页面重试。如果问题仍然存在，请联系管理员，并告知出错的时间和页面地址。',
}: ErrorNoticeProps) {
  return (
    <Result
      status="error"
      title={title}
      subTitle={advice}
      extra={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>,
        <Button key="home" href="/">
          返回首页
        </Button>,
      ]}
    />
  );
}
