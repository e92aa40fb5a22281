// Auditlog (platform admins): who did what, when, from where, with filters.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { LoadError, Loading } from '../../../components/status';
import { formatDateTime } from '../../../lib/dates';
import { useFresh } from '../../../lib/use-api';
import { useDocumentTitle } from '../../../lib/title';
import type { AuditRecord, Person } from '../../../types/api';
import { ACTION_NAMES, RESULT_NAMES, auditPath, objectText, type AuditFilter } from '../format';

const EMPTY: AuditFilter = { person: '', object: '', from: '', to: '' };

export function AuditRoute() {
  const [draft, setDraft] = useState<AuditFilter>(EMPTY);
  const [filter, setFilter] = useState<AuditFilter>(EMPTY);
  const records = useFresh<AuditRecord[]>(auditPath(filter));
  const people = useFresh<Person[]>('/api/people');
  useDocumentTitle('Auditlog');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
  };

  return (
    <>
      <Heading1>Auditlog</Heading1>
      <Paragraph className="kompas-lead">
        Wie wat deed in Kompas, nieuwste eerst. Tijden zijn in Nederlandse tijd. De log kan niet worden gewijzigd.
      </Paragraph>
      <section className="kompas-section" aria-labelledby="filters-titel">
        <Heading2 id="filters-titel">Filteren</Heading2>
        <form className="kompas-picker" onSubmit={submit} aria-labelledby="filters-titel">
          <FormField type="select" className="kompas-picker__field">
            <FormLabel htmlFor="audit-persoon">Persoon</FormLabel>
            <Select id="audit-persoon" value={draft.person} onChange={(e) => setDraft({ ...draft, person: e.target.value })}>
              <SelectOption value="">Iedereen</SelectOption>
              {people.status === 'success' &&
                people.data.map((p) => (
                  <SelectOption key={p.id} value={p.id}>
                    {p.email}
                  </SelectOption>
                ))}
            </Select>
          </FormField>
          <FormField type="text" className="kompas-picker__field">
            <FormLabel htmlFor="audit-object">Object (id)</FormLabel>
            <Textbox id="audit-object" value={draft.object} onChange={(e) => setDraft({ ...draft, object: e.target.value })} />
          </FormField>
          <FormField type="text" className="kompas-picker__field">
            <FormLabel htmlFor="audit-van">Vanaf datum</FormLabel>
            <Textbox id="audit-van" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
          </FormField>
          <FormField type="text" className="kompas-picker__field">
            <FormLabel htmlFor="audit-tot">Tot en met datum</FormLabel>
            <Textbox id="audit-tot" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
          </FormField>
          <div className="kompas-picker__submit">
            <Button type="submit" appearance="primary-action-button">
              Filter toepassen
            </Button>
          </div>
        </form>
      </section>
      <section className="kompas-section" aria-labelledby="records-titel">
        <Heading2 id="records-titel">Regels</Heading2>
        {records.status === 'error' && <LoadError error={records.error} />}
        {(records.status === 'loading' || records.status === 'idle') && <Loading what="Regels" />}
        {records.status === 'success' && <AuditTable records={records.data} />}
      </section>
    </>
  );
}

function AuditTable({ records }: { records: AuditRecord[] }) {
  if (records.length === 0) return <Paragraph>Geen regels gevonden met deze filters.</Paragraph>;
  return (
    <>
      <Paragraph role="status">{records.length === 1 ? '1 regel' : `${records.length} regels`}</Paragraph>
      {/* The table is wider than the page: the scrolling box takes focus so that it scrolls by keyboard too (WCAG 2.1.1). */}
      <div className="kompas-table-wrap kompas-table-wrap--wide" role="region" aria-label="Auditlog (scrollt horizontaal)" tabIndex={0}>
        <table className="kompas-table utrecht-table" data-testid="audit-table">
          <caption className="kompas-visually-hidden">Auditlog, nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Tijd</th>
              <th scope="col">Persoon</th>
              <th scope="col">Actie</th>
              <th scope="col">Object</th>
              <th scope="col">Resultaat</th>
              <th scope="col">Adres</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.seq}>
                <td className="kompas-nowrap">
                  <time dateTime={r.at}>{formatDateTime(r.at)}</time>
                </td>
                <td>{r.person_email ?? <span className="kompas-unknown">onbekend</span>}</td>
                <td>{ACTION_NAMES[r.action] ?? r.action}</td>
                <td>{objectText(r)}</td>
                <td>{RESULT_NAMES[r.result] ?? r.result}</td>
                <td>{r.remote}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
