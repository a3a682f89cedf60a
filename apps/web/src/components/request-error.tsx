import { CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { explainError } from '../lib/error-messages';

interface RequestErrorProps {
  readonly error: unknown;
  /** Offered as 重试 when given. */
  readonly onRetry?: () => void;
}

/** A failed request, said in Chinese with what to do next. */
export function RequestError({ error, onRetry }: RequestErrorProps) {
  const { title, advice } = explainError(error);
  return (
    <Alert
      type="error"
      showIcon
      // The icon only repeats what the title says; its own label is English ("close-circle").
      icon={<CloseCircleFilled aria-hidden />}
      role="alert"
      title={title}
      description={advice}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}
