// Administration in the browser (platform administrators) and the public one-time password link.
import { apiSend } from '../../../lib/api';
import { useFresh } from '../../../lib/use-api';
import type {
  AccountCreate,
  AccountUpdate,
  AdminPerson,
  CreatedAccount,
  Organisation,
  OrganisationCreate,
  PasswordLink,
  PasswordLinkInfo,
} from '../../../types/api';

export const useAdminPeople = () => useFresh<AdminPerson[]>('/api/admin/people');
export const useAllOrganisations = () => useFresh<Organisation[]>('/api/organisations');

export const createOrganisation = (body: OrganisationCreate) => apiSend<Organisation>('POST', '/api/organisations', body);
export const updateOrganisation = (id: string, body: OrganisationCreate) =>
  apiSend<Organisation>('PUT', `/api/admin/organisations/${encodeURIComponent(id)}`, body);

export const createAccount = (body: AccountCreate) => apiSend<CreatedAccount>('POST', '/api/admin/people', body);
export const updateAccount = (id: string, body: AccountUpdate) =>
  apiSend<AdminPerson>('PUT', `/api/admin/people/${encodeURIComponent(id)}`, body);
export const newPasswordLink = (id: string) =>
  apiSend<PasswordLink>('POST', `/api/admin/people/${encodeURIComponent(id)}/password-link`, {});

// The token travels in the body and in the page's fragment, never in a URL the server logs.
export const checkPasswordLink = (token: string) => apiSend<PasswordLinkInfo>('POST', '/api/password-link/check', { token });
export const setPassword = (token: string, password: string) => apiSend<null>('POST', '/api/password-link', { token, password });

/** The address the person opens: the token in the fragment. */
export const passwordLinkUrl = (token: string, origin = window.location.origin) => `${origin}/wachtwoord-instellen#${token}`;

export const accountUpdate = (p: AdminPerson, change: Partial<AccountUpdate>): AccountUpdate => ({
  name: p.name,
  organisation_id: p.organisation_id,
  platform_admin: p.platform_admin,
  active: p.active,
  ...change,
});
