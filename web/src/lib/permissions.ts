// Who may do what in a collaboration (the server checks again; this only decides what to show).
import type { CollaborationRole, PersonRole, Session, OrganisationKind } from '../types/api';

export const ROLE_NAMES: Record<CollaborationRole, string> = {
  coordinator: 'coördinator',
  partner: 'partner',
  viewer: 'meekijker',
};

export const PERSON_ROLE_NAMES: Record<PersonRole, string> = {
  young_person: 'jongere',
  parent: 'ouder',
  expert_by_experience: 'ervaringsdeskundige',
};

export const ORGANISATION_KIND_NAMES: Record<OrganisationKind, string> = {
  municipality: 'gemeente',
  youth_care_region: 'jeugdzorgregio',
  provider: 'zorgaanbieder',
  civic_partner: 'maatschappelijke partner',
  knowledge_institute: 'kennisinstituut',
  platform: 'platformbeheer',
};

export const canEditAgreements = (role: CollaborationRole | null | undefined): boolean => role === 'coordinator';
export const canManagePartners = (role: CollaborationRole | null | undefined): boolean => role === 'coordinator';
export const canOpenRound = (role: CollaborationRole | null | undefined): boolean => role === 'coordinator';
export const canCloseRound = (role: CollaborationRole | null | undefined): boolean => role === 'coordinator';
/** Coordinators and partners answer the evaluation; viewers only see the results. */
export const canRespond = (role: CollaborationRole | null | undefined): boolean => role === 'coordinator' || role === 'partner';
export const isPlatformAdmin = (session: Session | null | undefined): boolean => session?.person.platform_admin === true;
