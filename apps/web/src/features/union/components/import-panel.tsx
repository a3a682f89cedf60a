// 导入 a spreadsheet: download the template, choose the filled file, check it (nothing written),
// see every problem by row and column, then import it all or nothing.
import { CheckCircleFilled, CloseCircleFilled, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { formatCount } from '../../../lib/format';
import { templateAddress, type UploadProgress, useImport, useLastImport } from '../api/imports';
import { type ImportKind, type ImportOutcome, nextStep, type RowError, type RowWarning } from '../import-outcome';

interface ImportPanelProps {
  readonly kind: ImportKind;
  /** 爱心一日捐: the campaign the donations go to. */
  readonly campaignId?: string;
  /** What the rows are, for the texts: 捐款, 帮困记录. */
  readonly what: string;
  readonly disabled?: boolean;
}

const errorColumns: ListColumn<RowError & { readonly key: string }>[] = [
  { key: 'row', title: '行号', render: (error) => `第 ${error.row} 行` },
  { key: 'column', title: '列', render: (error) => error.column ?? '整行' },
  { key: 'message', title: '问题', render: (error) => error.message },
];

function ProblemsTable({ errors }: { readonly errors: readonly RowError[] }) {
  const rows = errors.map((error, index) => ({ ...error, key: `${error.row}-${index}` }));
  return (
    <ResponsiveList
      label="有问题的行"
      rows={rows}
      rowKey={(row) => row.key}
      columns={errorColumns}
      cardTitle={(row) => `第 ${row.row} 行 · ${row.column ?? '整行'}`}
      emptyText="没有问题"
    />
  );
}

function WarningsList({ warnings }: { readonly warnings: readonly RowWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="note"
      title="以下行与已有记录相似，请确认不是重复填写（仍可导入）"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {warnings.map((warning) => (
            <li key={`${warning.row}-${warning.message}`}>
              第 {warning.row} 行：{warning.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}

function OutcomeView({ outcome, onImport, importing }: { readonly outcome: ImportOutcome; readonly onImport?: () => void; readonly importing: boolean }) {
  const advice = nextStep(outcome);
  if (outcome.kind === 'refused') {
    return <Alert type="error" showIcon icon={<CloseCircleFilled aria-hidden />} role="alert" title={`文件未能${outcome.status === 0 ? '上传' : '接受'}：${outcome.message}`} description={advice} />;
  }
  const { report } = outcome;
  const good = report.errors.length === 0 && outcome.kind !== 'interrupted';
  return (
    <Flex vertical gap={12}>
      <Alert
        type={good ? 'success' : 'error'}
        showIcon
        icon={good ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />}
        role={good ? 'status' : 'alert'}
        title={report.summary}
        description={
          <Flex vertical gap={8} align="start">
            <span>
              共 {formatCount(report.rows)} 行，检查通过 {formatCount(report.valid)} 行
              {report.written !== undefined ? `，本次写入 ${formatCount(report.written)} 行` : ''}
              {report.alreadyImported > 0 ? `，此前已导入 ${formatCount(report.alreadyImported)} 行` : ''}。{advice}
            </span>
            {outcome.kind === 'checked' && report.errors.length === 0 && onImport ? (
              <Button type="primary" onClick={onImport} loading={importing}>
                正式导入
              </Button>
            ) : null}
          </Flex>
        }
      />
      <WarningsList warnings={report.warnings} />
      {report.errors.length > 0 ? <ProblemsTable errors={report.errors} /> : null}
    </Flex>
  );
}

export function ImportPanel({ kind, campaignId, what, disabled }: ImportPanelProps) {
  const [progress, setProgress] = useState<UploadProgress>({ sentPercent: 0 });
  const input = useRef<HTMLInputElement>(null);
  const run = useImport(kind, campaignId, setProgress);
  const last = useLastImport(kind, campaignId);

  const send = (chosen: File, dryRun: boolean) => {
    setProgress({ sentPercent: 0 });
    run.mutate({ file: chosen, dryRun });
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>
        第一步，下载导入模板，在 Excel、WPS 或 LibreOffice 中每行填一笔{what}（模板的“说明”工作表逐列说明怎么填）。第二步，选择填好的文件，系统先检查、不写入；检查通过后再正式导入。整份文件要么全部导入、要么一行也不写入；同一文件重复导入不会重复写入。
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Button icon={<DownloadOutlined aria-hidden />} href={templateAddress(kind)} download>
          下载导入模板
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="选择要导入的 Excel 文件"
          style={{ display: 'none' }}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (!chosen) return;
            send(chosen, true);
          }}
        />
        <Button type="primary" icon={<UploadOutlined aria-hidden />} onClick={() => input.current?.click()} disabled={disabled || last?.pending} loading={last?.pending}>
          选择文件并检查
        </Button>
      </Flex>
      {last?.pending ? (
        <div role="status" aria-live="polite">
          <Typography.Text>
            {progress.sentPercent < 100 && run.isPending ? `正在上传“${last.fileName}”…` : `正在逐行${last.dryRun ? '检查' : '检查并写入'}“${last.fileName}”，行数多时需要一两分钟。可以离开本页，回来后在这里查看结果。`}
          </Typography.Text>
          <Progress percent={run.isPending ? progress.sentPercent : 100} status="active" showInfo={false} aria-label="上传进度" />
        </div>
      ) : last?.outcome ? (
        <div aria-live="polite">
          <Typography.Text type="secondary">
            {last.dryRun ? '检查' : '导入'}的文件：{last.fileName}
          </Typography.Text>
          <OutcomeView outcome={last.outcome} importing={run.isPending} onImport={last.file ? () => last.file && send(last.file, false) : undefined} />
        </div>
      ) : null}
    </Flex>
  );
}

