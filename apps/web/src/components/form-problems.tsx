import { CloseCircleFilled } from '@ant-design/icons';
import { Alert } from 'antd';

/** A form's refusals that name none of its fields, above it and read out at once. */
export function FormProblems({ problems }: { readonly problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      icon={<CloseCircleFilled aria-hidden />}
      role="alert"
      style={{ marginBottom: 16 }}
      title={problems.length === 1 ? problems[0] : '未能提交'}
      description={problems.length > 1 ? problems.map((problem) => <div key={problem}>{problem}</div>) : undefined}
    />
  );
}
