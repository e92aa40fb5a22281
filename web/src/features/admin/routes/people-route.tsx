// Beheer › Personen: every account with its organisation and state; a new account (without a
// password: the person sets it through a one-time link), a new link, switching off and on.
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, type FieldError } from '../../../components/error-summary';
import { LoadError, Loading } from '../../../components/status';
import { ApiError } from '../../../lib/api';
import { useDocumentTitle } from '../../../lib/title';
import type { AdminPerson, Organisation, PasswordLink, Session } from '../../../types/api';
import { accountUpdate, createAccount, newPasswordLink, updateAccount, useAdminPeople, useAllOrganisations } from '../api/admin';
import { AdminNav } from '../components/admin-nav';
import { OneTimeLink } from '../components/one-time-link';

const FIELD_IDS: Record<string, string> = { name: 'persoon-naam', email: 'persoon-email', organisation_id: 'persoon-organisatie' };

export function PeopleRoute({ session }: { session: Session }) {
  const people = useAdminPeople();
  const organisations = useAllOrganisations();
  const [link, setLink] = useState<{ link: PasswordLink; who: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle('Beheer: personen');
  const orgName = (id: string) => (organisations.status === 'success' ? organisations.data.find((o) => o.id === id)?.name : undefined) ?? id;

  const act = async (p: AdminPerson, what: 'link' | 'off' | 'on') => {
    setMessage(null);
    try {
      if (what === 'link') {
        setLink({ link: await newPasswordLink(p.id), who: p.name });
      } else {
        await updateAccount(p.id, accountUpdate(p, { active: what === 'on' }));
        setLink(null);
        setMessage(what === 'on' ? `Het account van ${p.name} staat weer aan.` : `Het account van ${p.name} staat uit; de persoon is afgemeld.`);
        people.reload();
      }
    } catch (error) {
      setMessage(`Niet gelukt: ${(error as Error).message}`);
    }
  };

  return (
    <>
      <Heading1>Beheer: personen</Heading1>
      <AdminNav current="/beheer/personen" />
      <Paragraph className="kompas-lead">
        Accounts van Kompas. Kompas verstuurt geen e-mail: bij een nieuw account of een nieuw wachtwoord krijgt u een eenmalige link
        die u zelf doorgeeft.
      </Paragraph>
      {link && <OneTimeLink link={link.link} who={link.who} />}
      {message && <Paragraph role="status">{message}</Paragraph>}
      <section className="kompas-section" aria-labelledby="personen-lijst">
        <Heading2 id="personen-lijst">Alle personen</Heading2>
        {people.status === 'error' && <LoadError error={people.error} />}
        {(people.status === 'loading' || people.status === 'idle') && <Loading what="Personen" />}
        {people.status === 'success' && (
          <div className="kompas-table-wrap kompas-table-wrap--wide">
            <table className="kompas-table kompas-admin-table utrecht-table" data-testid="people-table">
              <caption className="kompas-visually-hidden">Alle personen</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">E-mailadres</th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">Account</th>
                  <th scope="col">Acties</th>
                </tr>
              </thead>
              <tbody>
                {people.data.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.name}
                      {p.platform_admin && <span className="kompas-badge">beheerder</span>}
                    </th>
                    <td>{p.email}</td>
                    <td>{orgName(p.organisation_id)}</td>
                    <td>{p.active ? 'aan' : 'uit'}</td>
                    <td>
                      <div className="kompas-admin-actions">
                      {p.active && (
                        <Button type="button" appearance="subtle-button" onClick={() => act(p, 'link')} aria-label={`Nieuwe link voor ${p.name} (wachtwoord instellen)`}>
                          Nieuwe link
                        </Button>
                      )}
                      {p.id !== session.person.id && (
                        <Button type="button" appearance="subtle-button" onClick={() => act(p, p.active ? 'off' : 'on')} aria-label={`${p.active ? 'Uitzetten' : 'Aanzetten'}: ${p.name}`}>
                          {p.active ? 'Uitzetten' : 'Aanzetten'}
                        </Button>
                      )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="kompas-section kompas-panel" aria-labelledby="nieuw-account">
        <Heading2 id="nieuw-account">Nieuw account</Heading2>
        <NewAccountForm
          organisations={organisations.status === 'success' ? organisations.data : []}
          onCreated={(created, who) => {
            setLink({ link: created, who });
            setMessage(null);
            people.reload();
          }}
        />
      </section>
    </>
  );
}

function NewAccountForm({ organisations, onCreated }: { organisations: Organisation[]; onCreated: (link: PasswordLink, who: string) => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [admin, setAdmin] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!name.trim()) found.push({ field: FIELD_IDS.name, message: 'Geef de naam van de persoon' });
    if (!/^[^@\s]+@[^@\s]+$/.test(email.trim())) found.push({ field: FIELD_IDS.email, message: 'Geef een geldig e-mailadres' });
    if (!organisation) found.push({ field: FIELD_IDS.organisation_id, message: 'Kies de organisatie van de persoon' });
    setErrors(found);
    setGeneral(null);
    if (found.length) return;
    setBusy(true);
    try {
      const created = await createAccount({ name: name.trim(), email: email.trim(), organisation_id: organisation, platform_admin: admin });
      onCreated(created.link, created.person.name);
      setName('');
      setEmail('');
      setAdmin(false);
    } catch (error) {
      const field = error instanceof ApiError && error.field ? FIELD_IDS[error.field] : undefined;
      if (field) setErrors([{ field, message: (error as Error).message }]);
      else setGeneral(`Niet aangemaakt: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="nieuw-account">
      <ErrorSummary errors={errors} general={general} title="Controleer het formulier" />
      <FormField type="text">
        <FormLabel htmlFor={FIELD_IDS.name}>Naam</FormLabel>
        <Textbox id={FIELD_IDS.name} value={name} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField type="text">
        <FormLabel htmlFor={FIELD_IDS.email}>E-mailadres</FormLabel>
        <Textbox id={FIELD_IDS.email} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
      </FormField>
      <FormField type="select">
        <FormLabel htmlFor={FIELD_IDS.organisation_id}>Organisatie</FormLabel>
        <Select id={FIELD_IDS.organisation_id} value={organisation} onChange={(e) => setOrganisation(e.target.value)}>
          <SelectOption value="">Kies een organisatie</SelectOption>
          {organisations.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.name}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <div className="kompas-choice">
        <Checkbox id="persoon-beheerder" checked={admin} onChange={(e) => setAdmin(e.target.checked)} />
        <FormLabel htmlFor="persoon-beheerder" type="checkbox">
          Platformbeheerder (mag organisaties en accounts beheren en het auditlog zien)
        </FormLabel>
      </div>
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        Account aanmaken
      </Button>
    </form>
  );
}
