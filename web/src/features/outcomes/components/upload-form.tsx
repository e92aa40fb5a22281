// "Trajecten uploaden": a CSV or Excel file of trajectories, read in the browser and sent as
// base64; progress in a <progress> with a text label; a refusal (with line and column) in the
// error summary; the result in a status message.
import { useRef, useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, type FieldError } from '../../../components/error-summary';
import { checkFile, describeFailure, successText, UploadFailure, uploadTrajectoryFile, type UploadProgress } from '../upload';
import type { UploadResult } from '../types';

const FIELD = 'trajectbestand';

type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'sending'; percent: number | null } | { kind: 'processing' };

export function progressText(phase: Phase): string {
  if (phase.kind === 'reading') return 'Het bestand wordt gelezen…';
  if (phase.kind === 'sending') return phase.percent === null ? 'Het bestand wordt verstuurd…' : `Het bestand wordt verstuurd: ${phase.percent} %`;
  if (phase.kind === 'processing') return 'Verstuurd; de server controleert en leest de trajecten in…';
  return '';
}

export function percentOf(progress: UploadProgress): number | null {
  if (!progress.total) return null;
  return Math.min(100, Math.round((progress.loaded / progress.total) * 100));
}

export function UploadForm({ csrfToken, onUploaded }: { csrfToken: string | null; onUploaded: (result: UploadResult) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [result, setResult] = useState<UploadResult | null>(null);
  const busy = phase.kind !== 'idle';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const file = input.current?.files?.[0] ?? null;
    setResult(null);
    setGeneral(null);
    const problem = checkFile(file);
    if (problem || !file) {
      setErrors([{ field: FIELD, message: problem ?? 'Kies een trajectbestand' }]);
      return;
    }
    setErrors([]);
    setPhase({ kind: 'reading' });
    try {
      const uploaded = await uploadTrajectoryFile(file, {
        csrfToken,
        onProgress: (p) => {
          const percent = percentOf(p);
          setPhase(percent === 100 ? { kind: 'processing' } : { kind: 'sending', percent });
        },
      });
      setResult(uploaded);
      if (input.current) input.current.value = '';
      onUploaded(uploaded);
    } catch (error) {
      if (error instanceof UploadFailure) {
        setErrors([{ field: FIELD, message: describeFailure(error) }]);
        setGeneral(
          error.status === 400
            ? `${file.name} is niet ingelezen. Er is niets opgeslagen; verbeter het bestand en upload het opnieuw.`
            : `${file.name} is niet ingelezen.`,
        );
      } else {
        setGeneral(`${file.name} is niet ingelezen: ${(error as Error).message}`);
      }
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  const { message, described, invalid } = fieldErrors(errors);
  const percent = phase.kind === 'sending' ? phase.percent : phase.kind === 'processing' ? 100 : null;

  return (
    <div data-testid="upload-form">
      <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="upload-titel">
        <ErrorSummary errors={errors} general={general} title="Het bestand is niet ingelezen" />
        <FormField type="text" invalid={invalid(FIELD)}>
          <FormLabel htmlFor={FIELD}>Trajectbestand</FormLabel>
          <FormFieldDescription id={`${FIELD}-uitleg`}>
            Een CSV-bestand of Excel-bestand (.xlsx) in het landelijke formaat van het trajectrecord, met één regel per traject; hoogstens 32 MB.
            Burgerservicenummers worden bij het inlezen direct vervangen door een pseudoniem en niet bewaard.
          </FormFieldDescription>
          {message(FIELD)}
          <input
            ref={input}
            id={FIELD}
            name={FIELD}
            type="file"
            className="kompas-file-input"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={described(FIELD, `${FIELD}-uitleg`)}
            aria-invalid={invalid(FIELD) || undefined}
            disabled={busy}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Uploaden
        </Button>
        {busy && (
          <div className="kompas-upload-progress" data-testid="upload-progress">
            <label htmlFor="upload-voortgang" id="upload-voortgang-tekst">
              {progressText(phase)}
            </label>
            <progress id="upload-voortgang" max={100} value={percent ?? undefined}>
              {percent === null ? '' : `${percent} %`}
            </progress>
            {/* Only the phase is announced, not every percent. */}
            <span className="kompas-visually-hidden" aria-live="polite">
              {phase.kind === 'reading' ? 'Bezig met lezen' : phase.kind === 'processing' ? 'Bezig met inlezen' : 'Bezig met versturen'}
            </span>
          </div>
        )}
        {!result && !busy && errors.length === 0 && !general && (
          <Paragraph className="kompas-note">Na het uploaden worden de uitkomsten hieronder opnieuw berekend.</Paragraph>
        )}
      </form>
      {/* Always present, so screen readers announce the result when it appears. */}
      <p role="status" className="kompas-success kompas-upload-result" data-testid="upload-result">
        {result ? successText(result) : ''}
      </p>
    </div>
  );
}
