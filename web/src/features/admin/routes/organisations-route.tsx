// Beheer › Organisaties: every organisation, and one form to add a new one or change one
// (name, kind, region, AGB code). Platform administrators only.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, type FieldError } from '../../../components/error-summary';
import { LoadError, Loading } from '../../../components/status';
import { ApiError } from '../../../lib/api';
import { ORGANISATION_KIND_NAMES } from '../../../lib/permissions';
import { useDocumentTitle } from '../../../lib/title';
import type { Organisation, OrganisationKind } from '../../../types/api';
import { createOrganisation, updateOrganisation, useAllOrganisations } from '../api/admin';
import { AdminNav } from '../components/admin-nav';

const KINDS = Object.keys(ORGANISATION_KIND_NAMES) as OrganisationKind[];
const FIELD_IDS: Record<string, string> = { name: 'org-naam', kind: 'org-soort', region: 'org-regio', agb: 'org-agb' };

interface Draft {
  id: string | null;
  name: string;
  kind: OrganisationKind;
  region: string;
  agb: string;
}
const EMPTY: Draft = { id: null, name: '', kind: 'municipality', region: '', agb: '' };

export function OrganisationsRoute() {
  const list = useAllOrganisations();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle('Beheer: organisaties');

  const edit = (o: Organisation) => {
    setDraft({ id: o.id, name: o.name, kind: o.kind, region: o.region ?? '', agb: o.agb ?? '' });
    setErrors([]);
    setGeneral(null);
    setSaved(null);
    document.getElementById(FIELD_IDS.name)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!draft.name.trim()) found.push({ field: FIELD_IDS.name, message: 'Geef de organisatie een naam' });
    if (draft.agb && !/^\d{8}$/.test(draft.agb)) found.push({ field: FIELD_IDS.agb, message: 'Een AGB-code bestaat uit 8 cijfers' });
    if (draft.region && !/^(NL01|PV\d{2}|JZ\d{2}|GM\d{4}|WK\d{6}|BU\d{8})$/.test(draft.region.trim().toUpperCase())) {
      found.push({ field: FIELD_IDS.region, message: 'Geef een CBS-regiocode, bijvoorbeeld GM0034' });
    }
    setErrors(found);
    setGeneral(null);
    setSaved(null);
    if (found.length) return;
    const body = {
      name: draft.name.trim(),
      kind: draft.kind,
      region: draft.region.trim() ? draft.region.trim().toUpperCase() : null,
      agb: draft.agb.trim() ? draft.agb.trim() : null,
    };
    setBusy(true);
    try {
      const result = draft.id ? await updateOrganisation(draft.id, body) : await createOrganisation(body);
      setSaved(draft.id ? `${result.name} is gewijzigd.` : `${result.name} is aangemaakt.`);
      setDraft(EMPTY);
      list.reload();
    } catch (error) {
      const field = error instanceof ApiError && error.field ? FIELD_IDS[error.field] : undefined;
      if (field) setErrors([{ field, message: (error as Error).message }]);
      else setGeneral(`Niet opgeslagen: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading1>Beheer: organisaties</Heading1>
      <AdminNav current="/beheer/organisaties" />
      <Paragraph className="kompas-lead">
        Gemeenten, jeugdzorgregio's, aanbieders en partners die Kompas gebruiken. Een zorgaanbieder kan een AGB-code hebben: daarmee
        worden zijn trajectgegevens herkend.
      </Paragraph>
      <section className="kompas-section" aria-labelledby="organisaties-lijst">
        <Heading2 id="organisaties-lijst">Alle organisaties</Heading2>
        {saved && (
          <Paragraph role="status" className="kompas-success">
            {saved}
          </Paragraph>
        )}
        {list.status === 'error' && <LoadError error={list.error} />}
        {(list.status === 'loading' || list.status === 'idle') && <Loading what="Organisaties" />}
        {list.status === 'success' && (
          <div className="kompas-table-wrap kompas-table-wrap--wide">
            <table className="kompas-table kompas-admin-table utrecht-table" data-testid="organisations-table">
              <caption className="kompas-visually-hidden">Alle organisaties</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">Soort</th>
                  <th scope="col">Regio</th>
                  <th scope="col">AGB-code</th>
                  <th scope="col">
                    <span className="kompas-visually-hidden">Wijzigen</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>{ORGANISATION_KIND_NAMES[o.kind]}</td>
                    <td>{o.region ?? '–'}</td>
                    <td>{o.agb ?? '–'}</td>
                    <td>
                      <Button type="button" appearance="subtle-button" onClick={() => edit(o)} aria-label={`${o.name} wijzigen`}>
                        Wijzigen
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="kompas-section kompas-panel" aria-labelledby="organisatie-formulier">
        <Heading2 id="organisatie-formulier">{draft.id ? `Organisatie wijzigen: ${draft.name || '…'}` : 'Nieuwe organisatie'}</Heading2>
        <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="organisatie-formulier">
          <ErrorSummary errors={errors} general={general} title="Controleer het formulier" />
          <FormField type="text">
            <FormLabel htmlFor={FIELD_IDS.name}>Naam</FormLabel>
            <Textbox id={FIELD_IDS.name} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </FormField>
          <FormField type="select">
            <FormLabel htmlFor={FIELD_IDS.kind}>Soort organisatie</FormLabel>
            <Select id={FIELD_IDS.kind} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as OrganisationKind })}>
              {KINDS.map((k) => (
                <SelectOption key={k} value={k}>
                  {ORGANISATION_KIND_NAMES[k]}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField type="text">
            <FormLabel htmlFor={FIELD_IDS.region}>Regio (niet verplicht)</FormLabel>
            <FormFieldDescription id="org-regio-uitleg">CBS-code van het gebied, bijvoorbeeld GM0034 voor Almere.</FormFieldDescription>
            <Textbox id={FIELD_IDS.region} aria-describedby="org-regio-uitleg" value={draft.region} onChange={(e) => setDraft({ ...draft, region: e.target.value })} />
          </FormField>
          <FormField type="text">
            <FormLabel htmlFor={FIELD_IDS.agb}>AGB-code (alleen zorgaanbieders, niet verplicht)</FormLabel>
            <Textbox id={FIELD_IDS.agb} inputMode="numeric" value={draft.agb} onChange={(e) => setDraft({ ...draft, agb: e.target.value })} />
          </FormField>
          <div className="kompas-inline">
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              {draft.id ? 'Wijzigingen opslaan' : 'Organisatie aanmaken'}
            </Button>
            {draft.id && (
              <Button type="button" appearance="secondary-action-button" onClick={() => setDraft(EMPTY)}>
                Annuleren
              </Button>
            )}
          </div>
        </form>
      </section>
    </>
  );
}
