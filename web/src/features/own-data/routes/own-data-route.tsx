// "Eigen cijfers" (issue 15): a municipality or an administrator uploads a CBS CSV download, a zip
// of StatLine OData sets or the long CSV, with a progress bar; refusals name file, line and column.
// Below, the indicators, each with a link to the indicator editor.
import { useRef, useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { ErrorSummary, fieldErrors, type FieldError } from '../../../components/error-summary';
import { LoadError, Loading } from '../../../components/status';
import { clearApiCache, useApi } from '../../../lib/use-api';
import { useDocumentTitle } from '../../../lib/title';
import type { Indicator, OwnDataArea, OwnDataUploadResult, Session } from '../../../types/api';
import { describeFailure, UploadFailure } from '../../outcomes/upload';
import { percentOf, progressText } from '../../outcomes/components/upload-form';
import { checkOwnDataFile, FORMATS, ownDataSuccessText, uploadOwnData, type OwnDataFormat } from '../upload';

const TITLE = 'Eigen cijfers';
const FIELD = 'eigen-bestand';

type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'sending'; percent: number | null } | { kind: 'processing' };

export function OwnDataRoute({ session }: { session: Session }) {
  useDocumentTitle(TITLE);
  const area = useApi<OwnDataArea>('/api/own-data/area');
  const [uploads, setUploads] = useState(0);
  return (
    <>
      <Heading1>{TITLE}</Heading1>
      <Paragraph className="kompas-lead">
        Laad cijfers van het CBS of eigen cijfers in, zonder opdrachtregel. Kompas leest ze op dezelfde manier als <code>kompas import</code>: klopt
        één regel niet, dan wordt niets opgeslagen en ziet u welke regel en kolom. Hetzelfde bestand nog eens laden verandert niets.
      </Paragraph>
      {area.status === 'loading' && <Loading what="Gegevens" />}
      {area.status === 'error' && <LoadError error={area.error} />}
      {area.status === 'success' && (
        <>
          <Paragraph data-testid="own-data-area">
            {area.data.any_region
              ? 'U bent beheerder: u kunt cijfers laden voor elk gebied.'
              : `U laadt cijfers namens ${session.organisation.name} voor gemeente ${area.data.municipality} en de wijken en buurten daarin. Regels over andere gebieden worden geweigerd.`}
          </Paragraph>
          <section className="kompas-panel kompas-section" aria-labelledby="eigen-upload-titel">
            <Heading2 id="eigen-upload-titel">Bestand laden</Heading2>
            <OwnDataForm
              csrfToken={session.csrf_token}
              onUploaded={() => {
                clearApiCache();
                setUploads((n) => n + 1);
              }}
            />
          </section>
        </>
      )}
      <IndicatorList key={uploads} />
    </>
  );
}

function OwnDataForm({ csrfToken, onUploaded }: { csrfToken: string | null; onUploaded: (result: OwnDataUploadResult) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [format, setFormat] = useState<OwnDataFormat>('kwb-csv');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [done, setDone] = useState<string>('');
  const busy = phase.kind !== 'idle';
  const spec = FORMATS.find((f) => f.value === format) ?? FORMATS[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const file = input.current?.files?.[0] ?? null;
    setDone('');
    setGeneral(null);
    const problem = checkOwnDataFile(format, file);
    if (problem || !file) {
      setErrors([{ field: FIELD, message: problem ?? 'Kies een bestand' }]);
      return;
    }
    setErrors([]);
    setPhase({ kind: 'reading' });
    try {
      const result = await uploadOwnData(format, file, {
        csrfToken,
        onProgress: (p) => {
          const percent = percentOf(p);
          setPhase(percent === 100 ? { kind: 'processing' } : { kind: 'sending', percent });
        },
      });
      setDone(ownDataSuccessText(file.name, result));
      if (input.current) input.current.value = '';
      onUploaded(result);
    } catch (error) {
      if (error instanceof UploadFailure) {
        setErrors([{ field: FIELD, message: describeFailure(error) }]);
        setGeneral(error.status === 400 ? `${file.name} is niet ingelezen. Er is niets opgeslagen; verbeter het bestand en laad het opnieuw.` : `${file.name} is niet ingelezen.`);
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
    <div data-testid="own-data-form">
      <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="eigen-upload-titel">
        <ErrorSummary errors={errors} general={general} title="Het bestand is niet ingelezen" />
        <fieldset className="kompas-fieldset">
          <legend>Soort bestand</legend>
          {FORMATS.map((f) => (
            <div key={f.value} className="kompas-radio">
              <input type="radio" id={`soort-${f.value}`} name="soort" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} disabled={busy} />
              <label htmlFor={`soort-${f.value}`}>{f.label}</label>
            </div>
          ))}
        </fieldset>
        <FormField type="text" invalid={invalid(FIELD)}>
          <FormLabel htmlFor={FIELD}>Bestand</FormLabel>
          <FormFieldDescription id={`${FIELD}-uitleg`}>{spec.hint} Hoogstens 32 MB.</FormFieldDescription>
          {message(FIELD)}
          <input
            ref={input}
            id={FIELD}
            name={FIELD}
            type="file"
            className="kompas-file-input"
            accept={spec.accept}
            aria-describedby={described(FIELD, `${FIELD}-uitleg`)}
            aria-invalid={invalid(FIELD) || undefined}
            disabled={busy}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Laden
        </Button>
        {busy && (
          <div className="kompas-upload-progress" data-testid="own-data-progress">
            <label htmlFor="eigen-voortgang">{progressText(phase).replace('de trajecten', 'de cijfers')}</label>
            <progress id="eigen-voortgang" max={100} value={percent ?? undefined}>
              {percent === null ? '' : `${percent} %`}
            </progress>
          </div>
        )}
      </form>
      <p role="status" className="kompas-success kompas-upload-result" data-testid="own-data-result">
        {done}
      </p>
    </div>
  );
}

function IndicatorList() {
  const state = useApi<Indicator[]>('/api/indicators');
  return (
    <section className="kompas-section" aria-labelledby="indicatoren-titel">
      <Heading2 id="indicatoren-titel">Indicatoren</Heading2>
      <Paragraph>
        Geef een eigen indicator een titel, eenheid, decimalen, richting, definitie en bron. De definitie van een CBS-indicator ligt vast; u kunt er
        wel een lokale toelichting bij zetten.
      </Paragraph>
      {state.status === 'loading' && <Loading what="Indicatoren" />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {state.status === 'success' && (
        <ul className="kompas-indicator-list" data-testid="indicator-list">
          {state.data.map((indicator) => (
            <li key={indicator.key}>
              <AppLink href={`/eigen-cijfers/indicatoren/${encodeURIComponent(indicator.key)}`}>{indicator.title}</AppLink>{' '}
              <span className="kompas-note">({indicator.source ? indicator.source : 'eigen indicator, zonder bron'})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
