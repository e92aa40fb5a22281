// Partners: a table of who takes part, and for coordinators inviting and removing partners.
import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { ErrorSummary, errorFor, type FieldError } from '../../../components/error-summary';
import type { CollaborationDetail, CollaborationRole, Partner, PersonRole } from '../../../types/api';
import { invitePartner, removePartner, useOrganisations, usePeople, type Invitation } from '../api/collaborations';
import { ORGANISATION_KIND_NAMES, PERSON_ROLE_NAMES, ROLE_NAMES } from '../../../lib/permissions';

function kindText(partner: Partner, kinds: Map<string, string>): string {
  if (partner.kind === 'person') return partner.person_role ? `persoon (${PERSON_ROLE_NAMES[partner.person_role]})` : 'persoon';
  return (partner.organisation_id && kinds.get(partner.organisation_id)) || 'organisatie';
}

export function PartnersTable({ collaboration, manage, onChanged }: { collaboration: CollaborationDetail; manage: boolean; onChanged: () => void }) {
  const organisations = useOrganisations();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const kinds = new Map(
    organisations.status === 'success' ? organisations.data.map((o) => [o.id, ORGANISATION_KIND_NAMES[o.kind] ?? o.kind] as const) : [],
  );

  const remove = async (partner: Partner) => {
    if (!window.confirm(`${partner.name} verwijderen uit de samenwerking?`)) return;
    setMessage(null);
    try {
      await removePartner(collaboration.id, partner.id);
      setMessage({ ok: true, text: `${partner.name} is verwijderd uit de samenwerking.` });
      onChanged();
    } catch (e) {
      setMessage({ ok: false, text: `${partner.name} is niet verwijderd: ${(e as Error).message}` });
    }
  };

  return (
    <>
      <div role="status" aria-live="polite">
        {message && (
          <Alert type={message.ok ? 'ok' : 'error'}>
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>
      <div className="kompas-table-wrap">
        <table className="kompas-table utrecht-table" data-testid="partners-table">
          <caption className="kompas-visually-hidden">Partners van {collaboration.name}</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Soort</th>
              <th scope="col">Rol</th>
              {manage && (
                <th scope="col">
                  <span className="kompas-visually-hidden">Acties</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {collaboration.partners.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{kindText(p, kinds)}</td>
                <td>{ROLE_NAMES[p.role] ?? p.role}</td>
                {manage && (
                  <td>
                    <Button appearance="subtle-button" onClick={() => remove(p)}>
                      Verwijderen<span className="kompas-visually-hidden"> {p.name}</span>
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const F = { kind: 'uitnodigen-soort-organisatie', org: 'uitnodigen-organisatie', person: 'uitnodigen-persoon', personRole: 'uitnodigen-persoonsrol', role: 'uitnodigen-rol' };

export function InvitePartnerForm({ collaboration, onInvited }: { collaboration: CollaborationDetail; onInvited: (partner: Partner) => void }) {
  const [kind, setKind] = useState<'organisation' | 'person'>('organisation');
  const [organisationId, setOrganisationId] = useState('');
  const [personId, setPersonId] = useState('');
  const [personRole, setPersonRole] = useState<PersonRole | ''>('');
  const [role, setRole] = useState<CollaborationRole>('partner');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const organisations = useOrganisations();
  const people = usePeople(kind === 'person');
  const taken = new Set(collaboration.partners.map((p) => p.organisation_id ?? p.person_id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (kind === 'organisation' && !organisationId) found.push({ field: F.org, message: 'Kies een organisatie' });
    if (kind === 'person' && !personId) found.push({ field: F.person, message: 'Kies een persoon' });
    if (kind === 'person' && !personRole) found.push({ field: F.personRole, message: 'Kies of dit een jongere, ouder of ervaringsdeskundige is' });
    setErrors(found);
    setGeneral(null);
    setDone(null);
    if (found.length) return;
    const invitation: Invitation =
      kind === 'organisation' ? { organisation_id: organisationId, role } : { person_id: personId, person_role: personRole as PersonRole, role };
    setBusy(true);
    try {
      const partner = await invitePartner(collaboration.id, invitation);
      setDone(`${partner.name} doet nu mee als ${ROLE_NAMES[partner.role]}.`);
      setOrganisationId('');
      setPersonId('');
      setPersonRole('');
      onInvited(partner);
    } catch (e) {
      setGeneral(`Uitnodigen is niet gelukt: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const invalid = (id: string) => Boolean(errorFor(errors, id));
  const message = (id: string) => (invalid(id) ? <FormFieldErrorMessage id={`${id}-fout`}>{errorFor(errors, id)}</FormFieldErrorMessage> : null);

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="uitnodigen-titel">
      <ErrorSummary errors={errors} general={general} title="Controleer het formulier" />
      <Fieldset>
        <FieldsetLegend>Wie nodigt u uit?</FieldsetLegend>
        <div className="kompas-choice">
          <RadioButton id={F.kind} name="uitnodigen-soort" value="organisation" checked={kind === 'organisation'} onChange={() => setKind('organisation')} />
          <label htmlFor={F.kind}>Een organisatie</label>
        </div>
        <div className="kompas-choice">
          <RadioButton id="uitnodigen-soort-persoon" name="uitnodigen-soort" value="person" checked={kind === 'person'} onChange={() => setKind('person')} />
          <label htmlFor="uitnodigen-soort-persoon">Een persoon (jongere, ouder of ervaringsdeskundige)</label>
        </div>
      </Fieldset>
      {kind === 'organisation' ? (
        <FormField type="select" invalid={invalid(F.org)}>
          <FormLabel htmlFor={F.org}>Organisatie</FormLabel>
          {message(F.org)}
          <Select
            id={F.org}
            value={organisationId}
            invalid={invalid(F.org)}
            aria-describedby={invalid(F.org) ? `${F.org}-fout` : undefined}
            busy={organisations.status === 'loading'}
            onChange={(e) => setOrganisationId(e.target.value)}
          >
            <SelectOption value="">Kies een organisatie</SelectOption>
            {organisations.status === 'success' &&
              organisations.data
                .filter((o) => !taken.has(o.id) && o.kind !== 'platform')
                .map((o) => (
                  <SelectOption key={o.id} value={o.id}>
                    {o.name}
                  </SelectOption>
                ))}
          </Select>
        </FormField>
      ) : (
        <>
          <FormField type="select" invalid={invalid(F.person)}>
            <FormLabel htmlFor={F.person}>Persoon</FormLabel>
            {message(F.person)}
            <Select
              id={F.person}
              value={personId}
              invalid={invalid(F.person)}
              aria-describedby={invalid(F.person) ? `${F.person}-fout` : undefined}
              busy={people.status === 'loading'}
              onChange={(e) => setPersonId(e.target.value)}
            >
              <SelectOption value="">Kies een persoon</SelectOption>
              {people.status === 'success' &&
                people.data
                  .filter((p) => !taken.has(p.id))
                  .map((p) => (
                    <SelectOption key={p.id} value={p.id}>
                      {p.name} ({p.email})
                    </SelectOption>
                  ))}
            </Select>
          </FormField>
          <FormField type="select" invalid={invalid(F.personRole)}>
            <FormLabel htmlFor={F.personRole}>Deze persoon doet mee als</FormLabel>
            {message(F.personRole)}
            <Select
              id={F.personRole}
              value={personRole}
              invalid={invalid(F.personRole)}
              aria-describedby={invalid(F.personRole) ? `${F.personRole}-fout` : undefined}
              onChange={(e) => setPersonRole(e.target.value as PersonRole | '')}
            >
              <SelectOption value="">Kies</SelectOption>
              {(Object.keys(PERSON_ROLE_NAMES) as PersonRole[]).map((r) => (
                <SelectOption key={r} value={r}>
                  {PERSON_ROLE_NAMES[r]}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        </>
      )}
      <FormField type="select">
        <FormLabel htmlFor={F.role}>Rol in de samenwerking</FormLabel>
        <Select id={F.role} value={role} onChange={(e) => setRole(e.target.value as CollaborationRole)}>
          <SelectOption value="coordinator">coördinator (beheert afspraken, partners en evaluaties)</SelectOption>
          <SelectOption value="partner">partner (vult de evaluatie in)</SelectOption>
          <SelectOption value="viewer">meekijker (ziet alles, vult niets in)</SelectOption>
        </Select>
      </FormField>
      <div role="status" aria-live="polite">
        {done && (
          <Alert type="ok">
            <Paragraph>{done}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Partner uitnodigen
      </Button>
    </form>
  );
}
