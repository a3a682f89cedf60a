// Files from /files/... (docs/design.md §15) fetched by the page itself rather than by a plain
// link: the page shows how far a large export has come, and a refusal (an edition the server
// cannot serve, a lost session) is said in Chinese instead of saving an error as the file.

export interface DownloadProgress {
  readonly receivedBytes: number;
  /** From Content-Length; a streamed workbook sends none. */
  readonly totalBytes: number | undefined;
}

export interface DownloadedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

export class DownloadRefused extends Error {
  override readonly name = 'DownloadRefused';
  constructor(
    readonly status: number,
    /** In Chinese, for the person. */
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The name the server gave (RFC 5987 `filename*`, the Chinese one), else the plain `filename`, else the fallback. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed name: fall through to the plain one.
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"/i.exec(contentDisposition);
  return plain?.[1] ?? fallback;
}

/** "已接收 1.2 MB" or "已接收 340 KB / 1.2 MB". */
export function progressText({ receivedBytes, totalBytes }: DownloadProgress): string {
  const received = `已接收 ${sizeText(receivedBytes)}`;
  return totalBytes ? `${received} / ${sizeText(totalBytes)}` : received;
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What a refusal says: the server's own Chinese message when it sent one, else by its status. */
export function refusalReason(status: number, body: unknown): string {
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const { message } = body as { message: unknown };
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  switch (status) {
    case 401:
      return '尚未登录或登录已过期，请重新登录后再下载。';
    case 403:
      return '您的账号无权下载这个文件；如需权限，请联系管理员。';
    case 404:
      return '找不到这个文件。';
    default:
      return '下载失败，请稍后重试；如果一直出现，请联系管理员。';
  }
}

/** Fetches `url` with the session cookie, reporting each chunk received. */
export async function fetchFile(url: string, fallbackName: string, onProgress: (progress: DownloadProgress) => void, signal?: AbortSignal): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DownloadRefused(0, '无法连接服务器，请检查网络连接后重试。');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw new DownloadRefused(response.status, refusalReason(response.status, body));
  }
  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : undefined;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let receivedBytes = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      receivedBytes += value.byteLength;
      onProgress({ receivedBytes, totalBytes });
    }
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const blob = reader ? new Blob(chunks, { type }) : await response.blob();
  return { blob, fileName: fileNameOf(response.headers.get('content-disposition'), fallbackName) };
}

/** Hands the file to the browser's own download, under the server's name. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // A minute is ample for the browser to take the file; then the object URL is let go.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
