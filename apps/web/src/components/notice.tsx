import { Alert } from 'antd';
import type { ReactNode } from 'react';

interface NoticeProps {
  readonly type: 'info' | 'warning';
  readonly title: ReactNode;
  readonly description?: ReactNode;
}

/**
 * What a person should know before acting, above a form: read in page order, not announced at
 * once as antd's Alert (role="alert") would be. Refusals use RequestError or FormProblems.
 */
export function Notice({ type, title, description }: NoticeProps) {
  return <Alert type={type} showIcon role="note" style={{ marginBottom: 16 }} title={title} description={description} />;
}
