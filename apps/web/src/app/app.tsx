import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { ErrorBoundary } from '../components/error-boundary';
import { AppProviders } from './providers';
import { createRouter } from './router';
import { forgetEndedSession } from './session/session-ended';
import './global.css';

export function App() {
  const [router] = useState(() => createRouter());
  return (
    <ErrorBoundary>
      <AppProviders onUnauthenticated={forgetEndedSession}>
        <RouterProvider router={router} />
      </AppProviders>
    </ErrorBoundary>
  );
}
