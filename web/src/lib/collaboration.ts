// The collaboration a page sits under: its path and its detail (with my_role, which decides what
// the page shows). Shared by the collaborations, evaluation and results features.
import { useFresh } from './use-api';
import type { CollaborationDetail } from '../types/api';

export const collaborationPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}`;

/** Behind the sign-in: never cached. */
export const useCollaboration = (id: string) => useFresh<CollaborationDetail>(`/api/collaborations/${encodeURIComponent(id)}`);
