import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { type DownloadProgress, DownloadRefused, fetchFile, progressText, saveFile } from '../download';

type State = { readonly step: 'idle' } | { readonly step: 'receiving'; readonly progress: DownloadProgress | null } | { readonly step: 'refused'; readonly reason: string };

/** One file to download: while it comes, how much has arrived; if refused, why, in Chinese. */
export function DownloadButton({ url, label, fallbackName }: { readonly url: string; readonly label: string; readonly fallbackName: string }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    abort.current = new AbortController();
    setState({ step: 'receiving', progress: null });
    try {
      const file = await fetchFile(url, fallbackName, (progress) => setState({ step: 'receiving', progress }), abort.current.signal);
      saveFile(file);
      setState({ step: 'idle' });
    } catch (error) {
      if (abort.current.signal.aborted) return;
      setState({ step: 'refused', reason: error instanceof DownloadRefused ? error.reason : '下载失败，请稍后重试。' });
    }
  };

  return (
    <Flex vertical gap={4}>
      <Button icon={<DownloadOutlined aria-hidden />} loading={state.step === 'receiving'} onClick={() => void start()}>
        {state.step === 'receiving' ? `正在生成：${label}` : label}
      </Button>
      {state.step === 'receiving' ? (
        <Typography.Text type="secondary" role="status">
          {state.progress ? progressText(state.progress) : '服务器正在生成文件，数据较多时需要一些时间…'}
        </Typography.Text>
      ) : null}
      {state.step === 'refused' ? <Alert type="error" showIcon role="alert" title={`${label}失败`} description={state.reason} /> : null}
    </Flex>
  );
}
