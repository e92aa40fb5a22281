// "Wat wij met deze uitkomsten doen": a provider names its aanspreekpunt for the outcome conversation
// with the municipality, and records its own improvement actions with a due date and a status. The
// municipalities whose report names the provider see both.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Heading3, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import { LoadError, Loading } from '../../../components/status';
import { formatDate } from '../../../lib/dates';
import type { ActionStatus, ProviderAction, ProviderNotes } from '../../../types/api';
import { ACTION_STATUS_LABELS } from '../../actions/labels';
import { addProviderAction, changeProviderAction, putOutcomeContact, useProviderNotes } from '../api/provider-notes';

export interface HelpFormOption {
  code: string;
  label: string;
}

export function ProviderNotesPanel({ orgId, helpForms }: { orgId: string; helpForms: HelpFormOption[] }) {
  const notes = useProviderNotes(orgId);
  if (notes.status === 'error') return <LoadError error={notes.error} />;
  if (notes.status !== 'success') return <Loading what="Aanspreekpunt en verbeteracties" />;
  return (
    <>
      <Paragraph>
        De gemeenten die uw uitkomsten bespreken, zien hier wie hun aanspreekpunt is en welke verbeteracties u inzet. Alleen gemeenten in wier
        rapport u met naam staat, zien dit; staat u daar onder de overige aanbieders, dan ziet die gemeente het niet.
      </Paragraph>
      <ContactForm orgId={orgId} notes={notes.data} onSaved={notes.reload} />
      <ActionList orgId={orgId} notes={notes.data} helpForms={helpForms} onSaved={notes.reload} />
      <ActionForm orgId={orgId} helpForms={helpForms} onSaved={notes.reload} />
    </>
  );
}

function ContactForm({ orgId, notes, onSaved }: { orgId: string; notes: ProviderNotes; onSaved: () => void }) {
  const [name, setName] = useState(notes.contact?.name ?? '');
  const [role, setRole] = useState(notes.contact?.role ?? '');
  const [email, setEmail] = useState(notes.contact?.email ?? '');
  const [phone, setPhone] = useState(notes.contact?.phone ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setGeneral(null);
    setSaved(false);
    try {
      await putOutcomeContact(orgId, { name: name.trim(), role: role.trim(), email: email.trim(), phone: phone.trim() });
      setSaved(true);
      onSaved();
    } catch (error) {
      const refused = serverFormError(
        error,
        { name: 'contact-naam', role: 'contact-functie', email: 'contact-email', phone: 'contact-telefoon' },
        'Het aanspreekpunt is niet opgeslagen',
      );
      setErrors(refused.errors);
      setGeneral(refused.general);
    }
  };
  const { message, invalid } = fieldErrors(errors);
  const field = (id: string, label: string, value: string, set: (v: string) => void, type = 'text') => (
    <FormField type="text" invalid={invalid(id)}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {message(id)}
      <Textbox id={id} type={type} value={value} onChange={(e) => set(e.target.value)} invalid={invalid(id)} />
    </FormField>
  );
  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="aanspreekpunt-titel" data-testid="contact-form">
      <Heading3 id="aanspreekpunt-titel">Aanspreekpunt voor het gesprek over uitkomsten</Heading3>
      {notes.contact ? (
        <Paragraph className="kompas-note">
          Vastgelegd door {notes.contact.updated_by} op {formatDate(notes.contact.updated_at.slice(0, 10))}.
        </Paragraph>
      ) : (
        <Paragraph className="kompas-note">Er is nog geen aanspreekpunt genoemd.</Paragraph>
      )}
      <ErrorSummary errors={errors} general={general} title="Het aanspreekpunt is niet opgeslagen" />
      {field('contact-naam', 'Naam aanspreekpunt', name, setName)}
      {field('contact-functie', 'Functie (niet verplicht)', role, setRole)}
      {field('contact-email', 'E-mailadres (niet verplicht)', email, setEmail, 'email')}
      {field('contact-telefoon', 'Telefoonnummer (niet verplicht)', phone, setPhone, 'tel')}
      <Button type="submit" appearance="primary-action-button">
        Aanspreekpunt opslaan
      </Button>
      {saved && (
        <p role="status" className="kompas-note">
          Het aanspreekpunt is opgeslagen.
        </p>
      )}
    </form>
  );
}

function ActionList({ orgId, notes, helpForms, onSaved }: { orgId: string; notes: ProviderNotes; helpForms: HelpFormOption[]; onSaved: () => void }) {
  if (notes.actions.length === 0) return <Paragraph>Er zijn nog geen eigen verbeteracties vastgelegd.</Paragraph>;
  return (
    <div className="kompas-table-wrap">
      <table className="kompas-table" data-testid="provider-actions">
        <caption>Onze verbeteracties naar aanleiding van de uitkomsten</caption>
        <thead>
          <tr>
            <th scope="col">Verbeteractie</th>
            <th scope="col">Hulpvorm</th>
            <th scope="col">Klaar op</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {notes.actions.map((action) => (
            <tr key={action.id}>
              <th scope="row">
                {action.title}
                {action.description && <div className="kompas-note">{action.description}</div>}
              </th>
              <td>{helpFormName(action.help_form, helpForms)}</td>
              <td>{formatDate(action.due_on)}</td>
              <td>
                <StatusSelect orgId={orgId} action={action} onSaved={onSaved} />
                {action.overdue ? ' Over tijd.' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function helpFormName(code: string | null, helpForms: HelpFormOption[]): string {
  if (code === null) return 'Alle hulpvormen';
  return helpForms.find((h) => h.code === code)?.label ?? `Hulpvorm ${code}`;
}

function StatusSelect({ orgId, action, onSaved }: { orgId: string; action: ProviderAction; onSaved: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const id = `status-${action.id}`;
  const change = async (status: ActionStatus) => {
    setError(null);
    try {
      await changeProviderAction(orgId, action.id, { title: action.title, description: action.description, help_form: action.help_form, due_on: action.due_on, status });
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      <label htmlFor={id} className="kompas-visually-hidden">
        Status van {action.title}
      </label>
      <Select id={id} value={action.status} onChange={(e) => void change(e.target.value as ActionStatus)}>
        {(Object.keys(ACTION_STATUS_LABELS) as ActionStatus[]).map((s) => (
          <SelectOption key={s} value={s}>
            {ACTION_STATUS_LABELS[s]}
          </SelectOption>
        ))}
      </Select>
      {error && <span role="alert">{error}</span>}
    </>
  );
}

function ActionForm({ orgId, helpForms, onSaved }: { orgId: string; helpForms: HelpFormOption[]; onSaved: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [helpForm, setHelpForm] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setGeneral(null);
    setSaved(null);
    try {
      await addProviderAction(orgId, { title: title.trim(), description: description.trim(), help_form: helpForm || null, due_on: due });
      setSaved(title.trim());
      setTitle('');
      setDescription('');
      setHelpForm('');
      setDue('');
      onSaved();
    } catch (error) {
      const refused = serverFormError(
        error,
        { title: 'pac-titel', description: 'pac-toelichting', help_form: 'pac-hulpvorm', due_on: 'pac-datum' },
        'De verbeteractie is niet vastgelegd',
      );
      setErrors(refused.errors);
      setGeneral(refused.general);
    }
  };
  const { message, invalid } = fieldErrors(errors);
  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="pac-form-titel">
      <Heading3 id="pac-form-titel">Verbeteractie vastleggen</Heading3>
      <ErrorSummary errors={errors} general={general} title="De verbeteractie is niet vastgelegd" />
      <FormField type="text" invalid={invalid('pac-titel')}>
        <FormLabel htmlFor="pac-titel">Wat gaat u verbeteren?</FormLabel>
        {message('pac-titel')}
        <Textbox id="pac-titel" value={title} onChange={(e) => setTitle(e.target.value)} invalid={invalid('pac-titel')} />
      </FormField>
      <FormField type="textarea" invalid={invalid('pac-toelichting')}>
        <FormLabel htmlFor="pac-toelichting">Toelichting (niet verplicht)</FormLabel>
        {message('pac-toelichting')}
        <Textarea id="pac-toelichting" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </FormField>
      <FormField type="select" invalid={invalid('pac-hulpvorm')}>
        <FormLabel htmlFor="pac-hulpvorm">Hulpvorm</FormLabel>
        {message('pac-hulpvorm')}
        <Select id="pac-hulpvorm" value={helpForm} onChange={(e) => setHelpForm(e.target.value)}>
          <SelectOption value="">Alle hulpvormen</SelectOption>
          {helpForms.map((h) => (
            <SelectOption key={h.code} value={h.code}>
              {h.label}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField type="text" invalid={invalid('pac-datum')}>
        <FormLabel htmlFor="pac-datum">Streefdatum</FormLabel>
        {message('pac-datum')}
        <Textbox id="pac-datum" type="date" value={due} onChange={(e) => setDue(e.target.value)} invalid={invalid('pac-datum')} />
      </FormField>
      <Button type="submit" appearance="primary-action-button">
        Verbeteractie vastleggen
      </Button>
      {saved && (
        <p role="status" className="kompas-note">
          Verbeteractie "{saved}" is vastgelegd.
        </p>
      )}
    </form>
  );
}
