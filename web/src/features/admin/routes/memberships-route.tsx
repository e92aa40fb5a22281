// Beheer › Lidmaatschappen: to which organisation each person belongs and whether they are a
// platform administrator, changed per person. (Taking part in a collaboration, with a role there,
// is arranged by its coordinator on the collaboration's page.)
import { useState } from 'react';
import { Button, Checkbox, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { LoadError, Loading } from '../../../components/status';
import { useDocumentTitle } from '../../../lib/title';
import type { AdminPerson, Organisation, Session } from '../../../types/api';
import { accountUpdate, updateAccount, useAdminPeople, useAllOrganisations } from '../api/admin';
import { AdminNav } from '../components/admin-nav';

export function MembershipsRoute({ session }: { session: Session }) {
  const people = useAdminPeople();
  const organisations = useAllOrganisations();
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle('Beheer: lidmaatschappen');

  return (
    <>
      <Heading1>Beheer: lidmaatschappen</Heading1>
      <AdminNav current="/beheer/lidmaatschappen" />
      <Paragraph className="kompas-lead">
        Iedere persoon hoort bij één organisatie en ziet wat die organisatie mag zien. Platformbeheerders beheren daarnaast
        organisaties en accounts. Wie in een samenwerking meedoet, en met welke rol, regelt de coördinator van die samenwerking.
      </Paragraph>
      {message && <Paragraph role="status">{message}</Paragraph>}
      <section className="kompas-section" aria-labelledby="lidmaatschappen-lijst">
        <Heading2 id="lidmaatschappen-lijst">Personen en hun organisatie</Heading2>
        {(people.status === 'error' || organisations.status === 'error') && (
          <LoadError error={people.status === 'error' ? people.error : (organisations as { error: Error }).error} />
        )}
        {(people.status === 'loading' || organisations.status === 'loading') && <Loading what="Lidmaatschappen" />}
        {people.status === 'success' && organisations.status === 'success' && (
          <div className="kompas-table-wrap kompas-table-wrap--wide">
            <table className="kompas-table kompas-admin-table utrecht-table" data-testid="memberships-table">
              <caption className="kompas-visually-hidden">Personen en hun organisatie</caption>
              <thead>
                <tr>
                  <th scope="col">Persoon</th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">Platformbeheerder</th>
                  <th scope="col">
                    <span className="kompas-visually-hidden">Opslaan</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.data.map((p) => (
                  <MembershipRow
                    key={`${p.id}:${p.organisation_id}:${p.platform_admin}`}
                    person={p}
                    organisations={organisations.data}
                    self={p.id === session.person.id}
                    onSaved={(text) => {
                      setMessage(text);
                      people.reload();
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function MembershipRow({ person, organisations, self, onSaved }: { person: AdminPerson; organisations: Organisation[]; self: boolean; onSaved: (text: string) => void }) {
  const [organisation, setOrganisation] = useState(person.organisation_id);
  const [admin, setAdmin] = useState(person.platform_admin);
  const [error, setError] = useState<string | null>(null);
  const changed = organisation !== person.organisation_id || admin !== person.platform_admin;
  const save = async () => {
    setError(null);
    try {
      await updateAccount(person.id, accountUpdate(person, { organisation_id: organisation, platform_admin: admin }));
      const name = organisations.find((o) => o.id === organisation)?.name ?? organisation;
      onSaved(`${person.name} hoort nu bij ${name}${admin ? ' en is platformbeheerder' : ''}.`);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const orgId = `lid-organisatie-${person.id}`;
  const adminId = `lid-beheerder-${person.id}`;
  return (
    <tr>
      <th scope="row">
        {person.name}
        <span className="kompas-note"> {person.email}</span>
        {!person.active && <span className="kompas-badge">account uit</span>}
      </th>
      <td>
        <label className="kompas-visually-hidden" htmlFor={orgId}>
          Organisatie van {person.name}
        </label>
        <Select id={orgId} value={organisation} onChange={(e) => setOrganisation(e.target.value)}>
          {organisations.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.name}
            </SelectOption>
          ))}
        </Select>
        {error && (
          <p className="kompas-field-error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td>
        <div className="kompas-choice">
          <Checkbox id={adminId} checked={admin} disabled={self} onChange={(e) => setAdmin(e.target.checked)} />
          <FormLabel htmlFor={adminId} type="checkbox">
            <span className="kompas-visually-hidden">{person.name} is </span>platformbeheerder
          </FormLabel>
        </div>
      </td>
      <td>
        <Button type="button" appearance="secondary-action-button" disabled={!changed} onClick={save} aria-label={`Opslaan voor ${person.name}`}>
          Opslaan
        </Button>
      </td>
    </tr>
  );
}
