import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useState } from 'react';
import { cspNonce } from '../lib/csp-nonce';
import { createQueryClient } from '../lib/query-client';
import { theme } from './theme';

dayjs.locale('zh-cn');

/** Once, at the root: Chinese locale, the design tokens, the CSP nonce for antd's styles, the query cache. */
export function AppProviders({ children }: { readonly children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [nonce] = useState(() => cspNonce());
  return (
    // No space inserted between the two characters of a button's label (antd's 重 试): it reads oddly in Chinese UIs.
    <ConfigProvider locale={zhCN} theme={theme} csp={nonce ? { nonce } : undefined} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
