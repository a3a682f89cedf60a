import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { keepNamesChinese } from './lib/chinese-aria-names';
import { cspNonce, nonceEveryCreatedStyle } from './lib/csp-nonce';

const nonce = cspNonce();
if (nonce) nonceEveryCreatedStyle(nonce);
keepNamesChinese(document.body);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
