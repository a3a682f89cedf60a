import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { cspNonce, nonceEveryCreatedStyle } from './lib/csp-nonce';

const nonce = cspNonce();
if (nonce) nonceEveryCreatedStyle(nonce);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
