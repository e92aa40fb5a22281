// The aanspreekpunt and the own improvement actions of each provider the municipality's report
// names, in alphabetical order (never a ranking). Providers under "overige aanbieders" are counted,
// not named: their notes would say which small provider serves the municipality's residents.
import { Paragraph } from '@utrecht/component-library-react';
import { LoadError, Loading } from '../../../components/status';
import { formatDate } from '../../../lib/dates';
import { ACTION_STATUS_LABELS } from '../../actions/labels';
import { useMunicipalityProviderNotes } from '../api/provider-notes';
import { helpFormName, type HelpFormOption } from './provider-notes-panel';

export function MunicipalityProviderNotesView({ code, helpForms }: { code: string; helpForms: HelpFormOption[] }) {
  const state = useMunicipalityProviderNotes(code);
  if (state.status === 'error') return <LoadError error={state.error} />;
  if (state.status !== 'success') return <Loading what="Aanspreekpunten van aanbieders" />;
  const { providers, other_provider_count: others } = state.data;
  return (
    <>
      {providers.length === 0 ? (
        <Paragraph>Dit rapport noemt geen aanbieders met naam.</Paragraph>
      ) : (
        <div className="kompas-table-wrap">
          <table className="kompas-table" data-testid="provider-notes">
            <caption>Aanspreekpunt en eigen verbeteracties per aanbieder (op naam, geen rangorde)</caption>
            <thead>
              <tr>
                <th scope="col">Aanbieder</th>
                <th scope="col">Aanspreekpunt</th>
                <th scope="col">Verbeteracties van de aanbieder</th>
              </tr>
            </thead>
            <tbody>
              {providers.map((p) => (
                <tr key={p.agb}>
                  <th scope="row">
                    {p.name} <span className="kompas-note">(AGB {p.agb})</span>
                  </th>
                  <td>
                    {p.notes === null
                      ? 'Deze aanbieder heeft geen account in Kompas.'
                      : p.notes.contact === null
                        ? 'Nog geen aanspreekpunt genoemd.'
                        : [p.notes.contact.name, p.notes.contact.role, p.notes.contact.email, p.notes.contact.phone].filter(Boolean).join(', ')}
                  </td>
                  <td>
                    {p.notes === null || p.notes.actions.length === 0 ? (
                      'Nog geen verbeteracties vastgelegd.'
                    ) : (
                      <ul className="kompas-list">
                        {p.notes.actions.map((a) => (
                          <li key={a.id}>
                            {a.title} ({helpFormName(a.help_form, helpForms)}; klaar op {formatDate(a.due_on)}; {ACTION_STATUS_LABELS[a.status].toLowerCase()}
                            {a.overdue ? ', over tijd' : ''})
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {others > 0 && (
        <Paragraph className="kompas-note">
          {others === 1 ? 'Eén aanbieder staat' : `${others} aanbieders staan`} onder de overige aanbieders. Hun aanspreekpunt en verbeteracties tonen
          we hier niet: dan zou te zien zijn welke kleine aanbieder inwoners van deze gemeente hielp.
        </Paragraph>
      )}
    </>
  );
}
