import { useMutation } from '@tanstack/react-query';
import { download, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type MemberImport = components['schemas']['ImportPreviewResponse'];
export type ImportRow = components['schemas']['ImportPreviewRowReport'];
export type ImportPolicy = 'skip' | 'update' | 'fail';

export interface ImportChoices {
  mapping?: Record<string, string>;
  policy?: ImportPolicy;
  skip_invalid?: boolean;
  external_source?: string;
}

/** Sends the file as it is: the server stores it as it arrives and answers the proposed mapping and a preview. */
export async function uploadImport(file: File): Promise<MemberImport> {
  const json = file.type === 'application/json' || file.name.toLowerCase().endsWith('.json');
  const body = new Blob([file], { type: json ? 'application/json' : 'text/csv' });
  const { data } = await request<MemberImport>('POST', '/api/v1/users/import', {
    file: body,
    query: { file_name: file.name },
  });
  return data;
}

export async function previewImport(id: string, choices: ImportChoices): Promise<MemberImport> {
  return (await request<MemberImport>('POST', `/api/v1/users/import/${id}/preview`, { body: choices })).data;
}

export async function commitImport(id: string): Promise<MemberImport> {
  return (await request<MemberImport>('POST', `/api/v1/users/import/${id}/commit`)).data;
}

export function useUploadImport() {
  return useMutation({ mutationFn: uploadImport });
}

export function usePreviewImport(id: string | undefined) {
  return useMutation({ mutationFn: (choices: ImportChoices) => previewImport(id ?? '', choices) });
}

export function useCommitImport(id: string | undefined) {
  return useMutation({ mutationFn: () => commitImport(id ?? '') });
}

/** The set-password links that were not mailed, as CSV: the server hands them over once, to the importer. */
export function downloadPasswordLinks(id: string): Promise<void> {
  return download(`/api/v1/users/import/${id}/password-links`, {}, 'gatehouse-import-password-links.csv');
}

export function useDownloadPasswordLinks(id: string | undefined) {
  return useMutation({ mutationFn: () => downloadPasswordLinks(id ?? '') });
}
