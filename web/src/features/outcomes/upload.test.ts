import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  checkFile,
  describeFailure,
  failurePosition,
  readFileAsBase64,
  sendUpload,
  successText,
  UploadFailure,
  uploadBody,
  uploadFailure,
  UPLOAD_PATH,
} from './upload';
import { percentOf, progressText } from './components/upload-form';

describe('reading and encoding the file', () => {
  it('encodes bytes as base64, also beyond one chunk and for every byte value', () => {
    const text = 'bsn;begindatum\n123456782;2025-01-31\n';
    expect(bytesToBase64(new TextEncoder().encode(text))).toBe(Buffer.from(text).toString('base64'));
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('reads a file in the browser and builds the JSON body', async () => {
    const file = new File(['hulpvorm;start\n02;20250101\n'], 'trajecten.csv', { type: 'text/csv' });
    const content = await readFileAsBase64(file);
    expect(atob(content)).toBe('hulpvorm;start\n02;20250101\n');
    expect(JSON.parse(uploadBody(file.name, content))).toEqual({ filename: 'trajecten.csv', content_base64: content });
  });

  it('checks the choice before reading', () => {
    expect(checkFile(null)).toMatch(/Kies een trajectbestand/);
    expect(checkFile({ name: 'trajecten.txt', size: 10 })).toMatch(/\.csv of \.xlsx/);
    expect(checkFile({ name: 'TRAJECTEN.XLSX', size: 10 })).toBeNull();
    expect(checkFile({ name: 'leeg.csv', size: 0 })).toMatch(/leeg/);
    expect(checkFile({ name: 'groot.csv', size: 33 * 1024 * 1024 })).toMatch(/32 MB/);
  });
});

describe('mapping the answer', () => {
  it('keeps the message, line and column of a refused row', () => {
    const failure = uploadFailure(
      400,
      JSON.stringify({ error: { code: 'invalid_argument', message: 'begindatum is geen geldige datum', field: 'content_base64', line: 12, column: 3 } }),
    );
    expect(failure).toBeInstanceOf(UploadFailure);
    expect(failure.status).toBe(400);
    expect(failure.code).toBe('invalid_argument');
    expect(failure.line).toBe(12);
    expect(failure.column).toBe(3);
    expect(failure.field).toBe('content_base64');
    expect(failurePosition(failure)).toBe('regel 12, kolom 3');
    expect(describeFailure(failure)).toBe('Regel 12, kolom 3: begindatum is geen geldige datum');
  });

  it('copes with errors without a position, without JSON, and without a connection', () => {
    const noPosition = uploadFailure(403, JSON.stringify({ error: { code: 'forbidden', message: 'alleen voor zorgaanbieders', line: 0 } }));
    expect(noPosition.line).toBeUndefined();
    expect(describeFailure(noPosition)).toBe('Alleen voor zorgaanbieders');
    expect(describeFailure({ message: 'x', line: 4 })).toBe('Regel 4: x');
    const html = uploadFailure(502, '<html>Bad gateway</html>');
    expect(html.code).toBe('internal');
    expect(html.message).toBe('onverwacht antwoord van de server (HTTP 502)');
    expect(uploadFailure(413, '').message).toMatch(/te groot/);
    expect(uploadFailure(0, '').code).toBe('unavailable');
  });

  it('says how many trajectories were read, or that nothing changed', () => {
    expect(successText({ filename: 'a.csv', trajectories: 1234, already_imported: false })).toBe('1.234 trajecten ingelezen uit a.csv.');
    expect(successText({ filename: 'a.csv', trajectories: 1, already_imported: false })).toBe('1 traject ingelezen uit a.csv.');
    expect(successText({ filename: 'a.csv', trajectories: 1234, already_imported: true })).toBe('a.csv is al eerder ingelezen, niets veranderd.');
  });

  it('words the progress', () => {
    expect(percentOf({ loaded: 50, total: 200 })).toBe(25);
    expect(percentOf({ loaded: 50, total: 0 })).toBeNull();
    expect(progressText({ kind: 'sending', percent: 25 })).toBe('Het bestand wordt verstuurd: 25 %');
  });
});

/** A stand-in for XMLHttpRequest that answers when `respond` is called. */
class FakeRequest {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: string | null = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: string) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.upload.onprogress?.({ loaded: 5, total: 10, lengthComputable: true });
    this.upload.onprogress?.({ loaded: 10, total: 10, lengthComputable: true });
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
}

describe('sending', () => {
  it('posts JSON with the CSRF token and reports progress', async () => {
    const request = new FakeRequest();
    const progress: number[] = [];
    const done = sendUpload('{"filename":"a.csv","content_base64":"YQ=="}', {
      csrfToken: 'token-1',
      createRequest: () => request as unknown as XMLHttpRequest,
      onProgress: (p) => progress.push(p.loaded / p.total),
    });
    expect(request.method).toBe('POST');
    expect(request.url).toBe(UPLOAD_PATH);
    expect(request.headers['Content-Type']).toBe('application/json');
    expect(request.headers['X-CSRF-Token']).toBe('token-1');
    request.respond(201, { filename: 'a.csv', trajectories: 3, already_imported: false });
    await expect(done).resolves.toEqual({ filename: 'a.csv', trajectories: 3, already_imported: false });
    expect(progress).toEqual([0.5, 1]);
  });

  it('rejects with an UploadFailure carrying line and column', async () => {
    const request = new FakeRequest();
    const done = sendUpload('{}', { csrfToken: null, createRequest: () => request as unknown as XMLHttpRequest });
    expect(request.headers['X-CSRF-Token']).toBeUndefined();
    request.respond(400, { error: { code: 'invalid_argument', message: 'het BSN voldoet niet aan de elfproef', line: 7, column: 1 } });
    await expect(done).rejects.toMatchObject({ name: 'UploadFailure', status: 400, line: 7, column: 1, message: 'het BSN voldoet niet aan de elfproef' });
  });

  it('rejects as unreachable on a network error', async () => {
    const request = new FakeRequest();
    const done = sendUpload('{}', { csrfToken: null, createRequest: () => request as unknown as XMLHttpRequest });
    request.onerror?.();
    await expect(done).rejects.toMatchObject({ code: 'unavailable', message: 'de server is niet bereikbaar' });
  });
});
