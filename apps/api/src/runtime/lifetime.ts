// What the process started, stopped in reverse order: HTTP first, then the event store, then
// PostgreSQL and the DATA_DIR lock. SIGINT/SIGTERM/SIGHUP stop everything and exit 0; a fatal error
// (uncaught exception, postgres dying under us) stops everything and exits 1.
import { Logger } from '@nestjs/common';

type Disposer = () => Promise<void> | void;

export class Lifetime {
  private readonly logger = new Logger('Runtime');
  private readonly disposers: { name: string; dispose: Disposer }[] = [];
  private closing: Promise<void> | undefined;

  /** Registers something to stop at shutdown. Added while shutting down: stopped at once. */
  add(name: string, dispose: Disposer): void {
    if (this.closing) {
      void this.closing.then(() => this.run(name, dispose));
      return;
    }
    this.disposers.push({ name, dispose });
  }

  get isClosing(): boolean {
    return this.closing !== undefined;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const { name, dispose } of this.disposers.splice(0).reverse()) await this.run(name, dispose);
    })();
    return this.closing;
  }

  /** Closes everything, then exits. A second call while closing changes nothing. */
  async exit(code: number, reason: string): Promise<never> {
    if (!this.closing) {
      if (code === 0) this.logger.log(reason);
      else this.logger.error(reason);
    }
    // Never hang on a stuck resource: exit anyway (postgres gets SIGINT from the 'exit' hook).
    setTimeout(() => {
      this.logger.error('停止已超过 30 秒，不再等待，直接退出');
      process.exit(code === 0 ? 1 : code);
    }, 30_000).unref();
    await this.close();
    process.exit(code);
  }

  /** SIGINT/SIGTERM/SIGHUP (terminal closed): orderly stop, exit 0. Fatal errors: orderly stop, exit 1. */
  installProcessHandlers(): void {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => void this.exit(0, `收到 ${signal}，正在停止`));
    }
    process.on('uncaughtException', (error) => void this.exit(1, `出现未处理的错误，正在停止：${error.stack ?? String(error)}`));
    process.on('unhandledRejection', (error) => void this.exit(1, `出现未处理的异步错误，正在停止：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  }

  private async run(name: string, dispose: Disposer): Promise<void> {
    try {
      await dispose();
    } catch (error) {
      this.logger.warn(`停止 ${name} 时出错：${(error as Error).message}`);
    }
  }
}
