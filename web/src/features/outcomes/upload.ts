// Uploading a trajectory file (CSV or .xlsx): read in the browser, base64-encoded, sent as JSON
// to POST /api/trajectories/uploads with XMLHttpRequest so the upload progress can be shown.
// A refusal becomes an UploadFailure with the server's message and, when given, line and column.
import type { ErrorCode } from '../../types/api';
import type { UploadResult } from './types';

export const UPLOAD_PATH = '/api/trajectories/uploads';
/** The server takes at most 32 MiB decoded. */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['.csv', '.xlsx'];

/** Bytes → base64, in chunks so a large file does not overflow the argument list of fromCharCode. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + CHUNK)));
  }
  return btoa(binary);
}

/** Reads a file (or any Blob) and returns its content as base64. */
export async function readFileAsBase64(file: Blob): Promise<string> {
  const buffer = await blobBytes(file);
  return bytesToBase64(new Uint8Array(buffer));
}

function blobBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('het bestand kan niet gelezen worden'));
    reader.readAsArrayBuffer(file);
  });
}

/** The JSON body the server expects. */
export function uploadBody(filename: string, contentBase64: string): string {
  return JSON.stringify({ filename, content_base64: contentBase64 });
}

/** A check before reading: null when the file may be sent, else what is wrong in Dutch. */
export function checkFile(file: { name: string; size: number } | null | undefined): string | null {
  if (!file) return 'Kies een trajectbestand (CSV of Excel .xlsx)';
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'Kies een bestand dat eindigt op .csv of .xlsx';
  if (file.size === 0) return 'Het gekozen bestand is leeg';
  if (file.size > MAX_UPLOAD_BYTES) return 'Het bestand is groter dan 32 MB; splits het in kleinere bestanden';
  return null;
}

export class UploadFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly line?: number,
    readonly column?: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UploadFailure';
  }
}

function codeForStatus(status: number): ErrorCode {
  if (status === 400 || status === 413 || status === 415) return 'invalid_argument';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 503 || status === 0) return 'unavailable';
  return 'internal';
}

const positive = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

/** The server's answer to a failed upload (status and response text) as an UploadFailure. */
export function uploadFailure(status: number, responseText: string): UploadFailure {
  if (status === 0) return new UploadFailure(0, 'unavailable', 'de server is niet bereikbaar');
  let body: unknown = null;
  try {
    body = JSON.parse(responseText);
  } catch {
    body = null;
  }
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    const e = error as { code?: ErrorCode; message: string; line?: unknown; column?: unknown; field?: unknown };
    return new UploadFailure(
      status,
      e.code ?? codeForStatus(status),
      e.message,
      positive(e.line),
      positive(e.column),
      typeof e.field === 'string' && e.field ? e.field : undefined,
    );
  }
  if (status === 413) return new UploadFailure(status, 'invalid_argument', 'het bestand is te groot (meer dan 32 MB)');
  if (status === 401) return new UploadFailure(status, 'unauthenticated', 'u bent niet meer ingelogd; log opnieuw in');
  return new UploadFailure(status, codeForStatus(status), `onverwacht antwoord van de server (HTTP ${status})`);
}

/** Where in the file, in words: "regel 12, kolom 3", "regel 12", or null. */
export function failurePosition(failure: Pick<UploadFailure, 'line' | 'column'>): string | null {
  if (failure.line && failure.column) return `regel ${failure.line}, kolom ${failure.column}`;
  if (failure.line) return `regel ${failure.line}`;
  return null;
}

/** The one line shown in the error summary: "Regel 12, kolom 3: begindatum ontbreekt". */
export function describeFailure(failure: Pick<UploadFailure, 'line' | 'column' | 'message'>): string {
  const at = failurePosition(failure);
  if (!at) return capitalise(failure.message);
  return `${capitalise(at)}: ${failure.message}`;
}

function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/** The success message: "1.234 trajecten ingelezen" or "al eerder ingelezen, niets veranderd". */
export function successText(result: UploadResult): string {
  if (result.already_imported) return `${result.filename} is al eerder ingelezen, niets veranderd.`;
  const n = result.trajectories;
  return `${n === 1 ? '1 traject' : `${new Intl.NumberFormat('nl-NL').format(n)} trajecten`} ingelezen uit ${result.filename}.`;
}

export interface UploadProgress {
  /** Bytes of the request body sent so far, and the total (0 when the browser does not know). */
  loaded: number;
  total: number;
}

export interface UploadOptions {
  csrfToken: string | null;
  onProgress?: (progress: UploadProgress) => void;
  /** For tests: a stand-in for XMLHttpRequest. */
  createRequest?: () => XMLHttpRequest;
  signal?: AbortSignal;
}

/** Sends the body with XMLHttpRequest (fetch cannot report upload progress). */
export function sendUpload(body: string, options: UploadOptions): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = options.createRequest ? options.createRequest() : new XMLHttpRequest();
    xhr.open('POST', UPLOAD_PATH);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json');
    if (options.csrfToken) xhr.setRequestHeader('X-CSRF-Token', options.csrfToken);
    xhr.upload.onprogress = (event) => {
      options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadResult);
        } catch {
          reject(new UploadFailure(xhr.status, 'internal', 'het antwoord van de server is geen geldige JSON'));
        }
        return;
      }
      reject(uploadFailure(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(uploadFailure(0, ''));
    xhr.onabort = () => reject(new UploadFailure(0, 'unavailable', 'het versturen is afgebroken'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}

/** Reads, encodes and sends one file. */
export async function uploadTrajectoryFile(file: File, options: UploadOptions): Promise<UploadResult> {
  const content = await readFileAsBase64(file);
  return sendUpload(uploadBody(file.name, content), options);
}
