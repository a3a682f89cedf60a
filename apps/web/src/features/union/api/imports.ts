// Spreadsheets in (README, Files): the template's address, and an upload with the session cookie
// and the preflight header the api asks of a signed-in upload, its bytes' progress reported as it
// goes. The mutation lives in TanStack Query's cache, so a person may leave the page while a large
// file is checked or imported and find its outcome on coming back.
import { useMutation, useMutationState } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { type ImportKind, type ImportOutcome, importOutcome } from '../import-outcome';

export const templateAddress = (kind: ImportKind): string => `/files/templates/${kind}.xlsx`;

export interface ImportRequest {
  readonly file: File;
  readonly dryRun: boolean;
}

export interface UploadProgress {
  /** 0–100 while the file is being sent; then the server checks (and writes) every row. */
  readonly sentPercent: number;
}

function upload(address: string, file: File, onProgress: (progress: UploadProgress) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', address);
    request.withCredentials = true;
    // Without it the api refuses a cookie-authenticated multipart post (another site's form could send one).
    request.setRequestHeader('apollo-require-preflight', '1');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ sentPercent: Math.round((event.loaded / event.total) * 100) });
    };
    request.onload = () => resolve({ status: request.status, body: request.response as unknown });
    request.onerror = () => resolve({ status: 0, body: undefined });
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

const importKey = (kind: ImportKind, target: string) => ['import', kind, target] as const;

/** Checks (dry run) or imports a file into `campaignId` (爱心一日捐) or, for 帮困, into no campaign. */
export function useImport(kind: ImportKind, campaignId: string | undefined, onProgress: (progress: UploadProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation<ImportOutcome, Error, ImportRequest>({
    mutationKey: importKey(kind, campaignId ?? ''),
    mutationFn: async ({ file, dryRun }) => {
      const query = new URLSearchParams({ ...(dryRun ? { dryRun: 'true' } : {}), ...(campaignId ? { campaignId } : {}) });
      const { status, body } = await upload(`/files/imports/${kind}${query.size ? `?${query}` : ''}`, file, onProgress);
      return importOutcome(status, body, dryRun);
    },
    onSuccess: (outcome) => {
      if (outcome.kind === 'imported' || outcome.kind === 'interrupted') void queryClient.invalidateQueries();
    },
  });
}

export interface LastImport {
  readonly pending: boolean;
  readonly dryRun: boolean;
  readonly fileName: string;
  /** The file itself, kept by the cache: a checked file can be imported after the page was left. */
  readonly file: File | undefined;
  readonly outcome: ImportOutcome | undefined;
}

/** The newest check or import of this kind and target, even one started before the page was left. */
export function useLastImport(kind: ImportKind, campaignId: string | undefined): LastImport | undefined {
  const states = useMutationState({
    filters: { mutationKey: importKey(kind, campaignId ?? '') },
    select: (mutation) => mutation.state,
  });
  const last = states.at(-1);
  if (!last) return undefined;
  const variables = last.variables as ImportRequest | undefined;
  return { pending: last.status === 'pending', dryRun: variables?.dryRun ?? true, fileName: variables?.file.name ?? '', file: variables?.file, outcome: last.data as ImportOutcome | undefined };
}
