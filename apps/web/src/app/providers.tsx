import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useState } from 'react';
import { cspNonce } from '../lib/csp-nonce';
import { createQueryClient } from '../lib/query-client';
import { theme } from './theme';

dayjs.locale('zh-cn');

const prefersReducedMotion = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface AppProvidersProps {
  readonly children: ReactNode;
  /** What to do when any request hears that the session is gone (the app: forget it, and the guard sends the person to sign in). */
  readonly onUnauthenticated?: (queryClient: QueryClient) => void;
}

/** Once, at the root: Chinese locale, the design tokens, the CSP nonce for antd's styles, the query cache. */
export function AppProviders({ children, onUnauthenticated }: AppProvidersProps) {
  const [queryClient] = useState(() => {
    const client: QueryClient = createQueryClient({ onUnauthenticated: onUnauthenticated && (() => onUnauthenticated(client)) });
    return client;
  });
  const [nonce] = useState(() => cspNonce());
  // A person who asked their system for less motion gets none of antd's animations (WCAG 2.3.3).
  const [themed] = useState(() => (prefersReducedMotion() ? { ...theme, token: { ...theme.token, motion: false } } : theme));
  return (
    // No space inserted between the two characters of a button's label (antd's 重 试): it reads oddly in Chinese UIs.
    <ConfigProvider locale={zhCN} theme={themed} csp={nonce ? { nonce } : undefined} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
