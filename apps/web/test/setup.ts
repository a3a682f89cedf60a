// What jsdom lacks and the app's libraries ask for, answered as a desktop browser would. Files
// that run in Node's environment (`@jest-environment node`) need none of it.
import { TextDecoder, TextEncoder } from 'node:util';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

// @rc-component/form runs its watchers in a macro task through a MessageChannel; a timeout is the
// same kind of task (Node's own MessageChannel would keep jest running after the tests).
class TimeoutMessageChannel {
  readonly port1: { onmessage: ((event: { data: unknown }) => void) | null } = { onmessage: null };
  readonly port2 = { postMessage: (data: unknown) => setTimeout(() => this.port1.onmessage?.({ data }), 0) };
}

if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: /min-width/.test(query),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
  window.ResizeObserver ??= NoResizeObserver;
  globalThis.MessageChannel ??= TimeoutMessageChannel as unknown as typeof MessageChannel;
  // react-router encodes URLs with them.
  globalThis.TextEncoder ??= TextEncoder;
  globalThis.TextDecoder ??= TextDecoder as unknown as typeof globalThis.TextDecoder;
}
