import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from './error-boundary';

function Broken(): never {
  throw new Error('render failed');
}

it('shows a Chinese page with what to do next instead of a blank screen', () => {
  const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <ErrorBoundary>
      <Broken />
    </ErrorBoundary>,
  );
  expect(screen.getByText('页面出错了')).toBeTruthy();
  expect(screen.getByText(/请刷新页面重试/)).toBeTruthy();
  expect(screen.getByRole('button', { name: '刷新页面' })).toBeTruthy();
  expect(screen.getByRole('link', { name: '返回首页' }).getAttribute('href')).toBe('/');
  consoleError.mockRestore();
});
