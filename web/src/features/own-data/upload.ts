// Uploading own figures (issue 15): a KWB CSV, a zip of OData sets or the long CSV, read in the
// browser, base64-encoded and sent with XMLHttpRequest so that the upload progress can be shown.
// Refusals reuse the trajectory upload's UploadFailure (message, line and column).
import type { OwnDataUpload, OwnDataUploadResult } from '../../types/api';
import { readFileAsBase64, uploadFailure, UploadFailure, type UploadProgress } from '../outcomes/upload';

export const OWN_DATA_UPLOAD_PATH = '/api/own-data/uploads';
export const MAX_OWN_DATA_BYTES = 32 * 1024 * 1024;

export type OwnDataFormat = OwnDataUpload['format'];

export const FORMATS: { value: OwnDataFormat; label: string; hint: string; accept: string; extensions: string[] }[] = [
  {
    value: 'kwb-csv',
    label: 'CBS-download (CSV), zoals Kerncijfers wijken en buurten',
    hint: 'Het CSV-bestand dat u bij CBS StatLine downloadt, gescheiden door puntkomma’s.',
    accept: '.csv,text/csv',
    extensions: ['.csv'],
  },
  {
    value: 'odata-zip',
    label: 'Zip met opgeslagen StatLine OData-sets',
    hint: 'Een zip met TableInfos.json, DataProperties.json, de dimensies en TypedDataSet.json; hoogstens 200 bestanden en 256 MB uitgepakt.',
    accept: '.zip,application/zip',
    extensions: ['.zip'],
  },
  {
    value: 'long-csv',
    label: 'Eigen cijfers (lange CSV)',
    hint: 'Kolommen indicator, region, period, value en eventueel numerator, denominator, status.',
    accept: '.csv,text/csv',
    extensions: ['.csv'],
  },
];

/** Null when the file may be sent, else what is wrong, in Dutch. */
export function checkOwnDataFile(format: OwnDataFormat, file: { name: string; size: number } | null | undefined): string | null {
  const spec = FORMATS.find((f) => f.value === format);
  if (!file) return 'Kies een bestand';
  if (spec && !spec.extensions.some((ext) => file.name.toLowerCase().endsWith(ext))) {
    return `Kies een bestand dat eindigt op ${spec.extensions.join(' of ')}`;
  }
  if (file.size === 0) return 'Het gekozen bestand is leeg';
  if (file.size > MAX_OWN_DATA_BYTES) return 'Het bestand is groter dan 32 MB; splits het in kleinere bestanden';
  return null;
}

/** "1.234 cijfers ingelezen uit x.csv." or "x.csv is al eerder ingelezen; er is niets veranderd." */
export function ownDataSuccessText(filename: string, result: OwnDataUploadResult): string {
  if (result.already_imported) return `${filename} is al eerder ingelezen; er is niets veranderd.`;
  const n = new Intl.NumberFormat('nl-NL').format(result.observations);
  return `${result.observations === 1 ? '1 cijfer' : `${n} cijfers`} ingelezen uit ${filename}.`;
}

export interface OwnDataUploadOptions {
  csrfToken: string | null;
  onProgress?: (progress: UploadProgress) => void;
  createRequest?: () => XMLHttpRequest;
}

export async function uploadOwnData(format: OwnDataFormat, file: File, options: OwnDataUploadOptions): Promise<OwnDataUploadResult> {
  const content = await readFileAsBase64(file);
  const body: OwnDataUpload = { format, filename: file.name, content_base64: content };
  return new Promise((resolve, reject) => {
    const xhr = options.createRequest ? options.createRequest() : new XMLHttpRequest();
    xhr.open('POST', OWN_DATA_UPLOAD_PATH);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json');
    if (options.csrfToken) xhr.setRequestHeader('X-CSRF-Token', options.csrfToken);
    xhr.upload.onprogress = (event) => options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as OwnDataUploadResult);
        } catch {
          reject(new UploadFailure(xhr.status, 'internal', 'het antwoord van de server is geen geldige JSON'));
        }
        return;
      }
      reject(uploadFailure(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(uploadFailure(0, ''));
    xhr.send(JSON.stringify(body));
  });
}
