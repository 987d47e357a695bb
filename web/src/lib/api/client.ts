import i18n from 'i18next';
import { endSession, getAccessToken, refreshSession } from '@/lib/auth/session';
import { askForStepUp } from '@/lib/auth/step-up';
import { detectLanguage } from '@/lib/i18n/setup';
import { ApiError, NetworkError, type Problem } from './problem';

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Sends If-Match with this version (optimistic concurrency). */
  ifMatch?: number;
  signal?: AbortSignal;
  /** Set to false for the sign-in calls, which must not try to refresh. */
  auth?: boolean;
  /** A file sent as the body as it is (the member import), instead of JSON. */
  file?: Blob;
}

export interface ApiResponse<T> {
  data: T;
  etag: number | undefined;
  response: Response;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Calls the API with the session's bearer token, the UI language, and one silent refresh on 401. */
export async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const auth = options.auth ?? true;
  // One key per logical write: a retry after a refresh must not apply the write twice.
  const idempotencyKey = method === 'GET' ? undefined : crypto.randomUUID();
  const attempt = async () => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': i18n.language || detectLanguage(),
    };
    const token = auth ? getAccessToken() : undefined;
    if (token) headers.Authorization = `Bearer ${token}`;
    // Endpoints with an optional body only route JSON requests, even when nothing is sent.
    if (method !== 'GET') headers['Content-Type'] = options.file ? options.file.type || 'text/csv' : 'application/json';
    if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    try {
      return await fetch(buildUrl(path, options.query), {
        method,
        headers,
        body: options.file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
        signal: options.signal,
        credentials: 'same-origin',
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(error);
    }
  };

  let response = await attempt();
  if (response.status === 401 && auth) {
    if (await refreshSession()) response = await attempt();
    else endSession('expired');
  }
  if (response.status === 403 && auth) {
    const problem = await readProblem(response.clone());
    if (problem.type?.endsWith('/step-up-required') && (await askForStepUp())) response = await attempt();
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  return response;
}

export async function request<T>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
  const response = await send(method, path, options);
  const data = (response.status === 204 ? undefined : await response.json()) as T;
  return { data, etag: parseEtag(response.headers.get('ETag')), response };
}

export async function get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  return (await request<T>('GET', path, { query, signal })).data;
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, title: response.statusText };
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    return { ...fallback, ...((await response.json()) as Partial<Problem>) };
  } catch {
    return fallback;
  }
}

function parseEtag(value: string | null): number | undefined {
  const match = value?.match(/^(?:W\/)?"(\d+)"$/);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** Downloads an attachment (e.g. an export) through the authenticated client and saves it. */
export async function download(path: string, query: Query, fallbackName: string): Promise<void> {
  const response = await send('GET', path, { query });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = decodeURIComponent(name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
