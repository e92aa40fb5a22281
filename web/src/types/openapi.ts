// GENERATED from docs/api/openapi.yaml by openapi-typescript: do not edit by hand.
// Regenerate with `npm run types` (in web/); `npm run types:check` fails when this file is stale.
// Use it through the named types in src/types/api.ts.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server status and row counts / Status van de server */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List regions, optionally by parent and level / Regio's opvragen */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region with its ancestors and children / Eén regio */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The youth profile of a region / Jeugdprofiel van een regio */
        get: operations["getRegionProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All indicators / Alle indicatoren */
        get: operations["listIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Observations of one or more regions / Waarnemingen
         * @description The fixed contract for scripts: an array of observations, ordered by indicator, region
         *     and period. `value` is in the unit of the indicator and is `null` (never `0`) when the
         *     status is `unknown` or `confidential`.
         */
        get: operations["listObservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session / De huidige sessie */
        get: operations["getSession"];
        put?: never;
        /**
         * Sign in / Inloggen
         * @description Needs `Content-Type: application/json` (else 415) and an `Origin` equal to the server's
         *     own origin (else 403), but no CSRF token. A wrong password and an unknown e-mail address
         *     get the same 401 answer. After 5 failures for one account or 20 from one address within
         *     15 minutes the answer is 429 (with `Retry-After`), even for the right password.
         */
        post: operations["signIn"];
        /**
         * Sign out / Uitloggen
         * @description Invalidates the session on the server and clears the cookie.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All organisations (to invite partners) / Alle organisaties */
        get: operations["listOrganisations"];
        put?: never;
        /** Create an organisation (platform administrator) / Organisatie aanmaken */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People (administrator all, others their own organisation) / Personen */
        get: operations["listPeople"];
        put?: never;
        /** Create a person (platform administrator) / Persoon aanmaken */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's collaborations / Mijn samenwerkingen */
        get: operations["listCollaborations"];
        put?: never;
        /**
         * Start a collaboration / Samenwerking starten
         * @description The caller's organisation becomes its coordinator.
         */
        post: operations["createCollaboration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /** One collaboration with agreements and partners / Eén samenwerking */
        get: operations["getCollaboration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /** Replace the agreements (coordinator) / Afspraken vastleggen */
        put: operations["putAgreements"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a partner (coordinator) / Partner toevoegen */
        post: operations["addPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/partners/{partner_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A partner id (`prt_…`) of the collaboration. */
                partner_id: components["parameters"]["PartnerIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a partner (coordinator) / Partner verwijderen
         * @description The last coordinator cannot be removed (409).
         */
        delete: operations["removePartner"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /** The evaluation rounds of a collaboration / Evaluatierondes */
        get: operations["listEvaluationRounds"];
        put?: never;
        /** Open an evaluation round (coordinator) / Evaluatieronde openen */
        post: operations["openEvaluationRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/evaluations/{round_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An evaluation round id (`evr_…`) of the collaboration. */
                round_id: components["parameters"]["RoundIdPath"];
            };
            cookie?: never;
        };
        /** The results of a round / Uitkomsten van een ronde */
        get: operations["getEvaluationResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/evaluations/{round_id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An evaluation round id (`evr_…`) of the collaboration. */
                round_id: components["parameters"]["RoundIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Submit or replace my response (coordinator or partner) / Mijn antwoord geven
         * @description One response per partner per round; a second replaces the first. Viewers may not answer (403); a closed round answers 409.
         */
        put: operations["putEvaluationResponse"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/evaluations/{round_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An evaluation round id (`evr_…`) of the collaboration. */
                round_id: components["parameters"]["RoundIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a round (coordinator) / Ronde sluiten */
        post: operations["closeEvaluationRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/ambitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /** The ambitions of a collaboration / Ambities */
        get: operations["listAmbitions"];
        put?: never;
        /** Record an ambition (coordinator) / Ambitie vastleggen */
        post: operations["createAmbition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/ambitions/{ambition_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An ambition id (`amb_…`) of the collaboration. */
                ambition_id: components["parameters"]["AmbitionIdPath"];
            };
            cookie?: never;
        };
        /** One ambition with its societal results and signals / Eén ambitie */
        get: operations["getAmbition"];
        /**
         * Change an ambition (coordinator) / Ambitie wijzigen
         * @description The fields that differ are kept in the ambition's history with the optional `reason`.
         */
        put: operations["updateAmbition"];
        post?: never;
        /**
         * Delete an ambition (coordinator) / Ambitie verwijderen
         * @description 409 while the ambition still has societal results.
         */
        delete: operations["deleteAmbition"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/ambitions/{ambition_id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An ambition id (`amb_…`) of the collaboration. */
                ambition_id: components["parameters"]["AmbitionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a societal result under an ambition (coordinator) / Maatschappelijk resultaat vastleggen
         * @description 400 for an unknown indicator or region, or a target year not after the baseline year.
         */
        post: operations["createSocietalResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /** All societal results with sparkline and status / Dashboard van resultaten */
        get: operations["listResultsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/results/{result_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A societal result id (`res_…`) of the collaboration. */
                result_id: components["parameters"]["ResultIdPath"];
            };
            cookie?: never;
        };
        /** The progress of a societal result for one region / Voortgang van een resultaat */
        get: operations["getResultProgress"];
        /**
         * Change a societal result (coordinator) / Resultaat wijzigen
         * @description PUT replaces every field; the result stays under its ambition. A change of the indicator, the baseline, the target value or the target year needs a `reason` (400 naming `reason` otherwise). The fields that differ are kept in the result's history.
         */
        put: operations["updateSocietalResult"];
        post?: never;
        /** Delete a societal result (coordinator) / Resultaat verwijderen */
        delete: operations["deleteSocietalResult"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/signals": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /** The signals of a collaboration, newest first / Signalen */
        get: operations["listSignals"];
        put?: never;
        /** Record a signal (coordinator or partner) / Signaal vastleggen */
        post: operations["createSignal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /** The activities of a collaboration / Activiteiten */
        get: operations["listActivities"];
        put?: never;
        /**
         * Record an activity (coordinator or partner) / Activiteit vastleggen
         * @description Only `name` and `echelon` are required: an activity is often recorded before everything about it is known. The caller's partner row becomes its owner, which may change it later.
         */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/activities/{activity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An activity id (`act_…`) of the collaboration. */
                activity_id: components["parameters"]["ActivityIdPath"];
            };
            cookie?: never;
        };
        /** One activity / Eén activiteit */
        get: operations["getActivity"];
        /**
         * Change an activity (coordinator or its owner) / Activiteit wijzigen
         * @description Replaces every field; a field left out becomes unknown.
         */
        put: operations["updateActivity"];
        post?: never;
        /** Delete an activity (coordinator or its owner) / Activiteit verwijderen */
        delete: operations["deleteActivity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/activities/{activity_id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An activity id (`act_…`) of the collaboration. */
                activity_id: components["parameters"]["ActivityIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a decision to continue, rebuild or wind down (coordinator) / Besluit over een activiteit
         * @description `rebuild` puts the activity in status `rebuilding`, `wind_down` in `winding_down`; `continue` leaves its status alone.
         */
        post: operations["decideOnActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/results/{result_id}/priority": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A societal result id (`res_…`) of the collaboration. */
                result_id: components["parameters"]["ResultIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /** How much a result matters and how urgent it is (coordinator) / Prioriteit en urgentie */
        put: operations["setResultPriority"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/portfolio": {
        parameters: {
            query?: {
                /** @description The year of the budget and reach figures; the latest year with figures when absent. */
                year?: components["parameters"]["PortfolioYear"];
            };
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /** Results × activities with budget, reach and the gaps both ways / Aanbodanalyse */
        get: operations["getPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/portfolio/export": {
        parameters: {
            query?: {
                /** @description The year of the budget and reach figures; the latest year with figures when absent. */
                year?: components["parameters"]["PortfolioYear"];
                /** @description xlsx (the default, every sheet) or csv (the matrix only). */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /**
         * The portfolio as an Excel workbook / Aanbodanalyse als Excel
         * @description Sheets Matrix (results × activities, the reason in each cell), Resultaten, Activiteiten, Echelons and Besluiten. The export is recorded in the audit trail.
         */
        get: operations["exportPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/profile/export": {
        parameters: {
            query?: {
                /** @description csv (the default) or xlsx. */
                format?: components["parameters"]["ExportFormat"];
            };
            header?: never;
            path: {
                /** @description A region code. */
                code: string;
            };
            cookie?: never;
        };
        /**
         * The youth profile of a region as CSV or Excel / Staat van de jeugd downloaden
         * @description One row per indicator, as GET /api/regions/{code}/profile: indicator, title, unit, period, value, numerator, denominator, status (known, provisional, unknown, confidential), reason (Dutch, empty for a known figure), change, and the parent region's and the country's value and status. CSV is RFC 4180, UTF-8 without byte order mark.
         */
        get: operations["exportRegionProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/results/export": {
        parameters: {
            query?: {
                /** @description csv (the default) or xlsx. */
                format?: components["parameters"]["ExportFormat"];
            };
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /**
         * The results of a collaboration as CSV or Excel / Resultaten downloaden
         * @description One row per societal result, as GET /api/collaborations/{id}/results: the result, its ambition, indicator, regions, baseline, target, the latest figure with its status, reason and interval, and the progress status with its reason. Recorded in the audit trail.
         */
        get: operations["exportResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/actions/export": {
        parameters: {
            query?: {
                /** @description csv (the default) or xlsx. */
                format?: components["parameters"]["ExportFormat"];
            };
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /**
         * The improvement actions of a collaboration as CSV or Excel / Verbeteracties downloaden
         * @description One row per improvement action, as GET /api/collaborations/{id}/actions: title, description, owner and organisation, due date, status, overdue, what it is about, and its status history as one text. Recorded in the audit trail.
         */
        get: operations["exportActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first (platform administrator) / Audittrail */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's provider's own outcomes, unsuppressed / Eigen uitkomsten van een aanbieder
         * @description Provider organisations with an AGB code only (403 for other kinds, 409 without a code).
         */
        get: operations["getOwnOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes/municipality/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outcomes for a municipality's residents, suppressed / Uitkomsten voor inwoners van een gemeente
         * @description Platform administrators and the municipality itself (an organisation of kind municipality whose region is the code); everyone else 403, providers included: they upload, and a figure across providers would answer questions about their own chosen records. Figures based on fewer than 10 trajectories, numerators and complements of 1-4 and shares of 0 % or 100 % of fewer than 20 are suppressed, with the cells that would let them be computed back, also by a provider who knows its own part.
         */
        get: operations["getMunicipalityOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes/municipality/{code}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's outcome report as CSV or Excel / Uitkomsten downloaden
         * @description The same report as GET /api/outcomes/municipality/{code}, with the same access and the same suppression, as one table: one row per help form, provider or "overige aanbieders" (group help_form, provider, other_providers) × period × figure (started, ended, ongoing, planned, without_help, no_reentry, satisfaction). Columns: group, help_form, provider, label, period, figure, status (shown, suppressed, numerator_suppressed), reason (Dutch; like the API it never says whether a cell is small itself or hidden to protect another), value, numerator, denominator, share, interval_lower, interval_upper, mean, n, incomplete. A hidden value is an empty cell. CSV is RFC 4180, UTF-8 without byte order mark, numbers in their shortest exact form; a text starting with = + - @ gets a leading apostrophe. The download is recorded in the audit trail.
         */
        get: operations["exportMunicipalityOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A funnel plot comparing providers on one indicator / Trechtergrafiek
         * @description With a municipality: as its outcomes (administrators and that municipality). Without one (national): administrators, municipalities and youth-care regions. Providers 403.
         */
        get: operations["getFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trajectories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's provider's own trajectory records (audited) / Eigen trajectrecords
         * @description Provider organisations with an AGB code only; every call is recorded as read_client_data.
         */
        get: operations["listOwnTrajectories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trajectories/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a trajectory file (CSV or .xlsx) / Trajectbestand uploaden
         * @description Provider organisations with an AGB code only. One transaction: a row that breaks a rule gives 400 with its line and column, and nothing is stored. The same file again changes nothing. A body over 48 MiB is refused with 413 before it is read.
         */
        post: operations["uploadTrajectories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{org_id}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
            };
            cookie?: never;
        };
        /**
         * A provider's quality conditions / Kwaliteitsvoorwaarden van een aanbieder
         * @description Read by the provider's own people, platform administrators and people of organisations (or persons) that share a collaboration with the provider; 404 for anyone else and for an organisation that is not a provider.
         */
        get: operations["getProviderQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{org_id}/quality/{condition}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
                /** @description A quality condition; 400 when unknown. */
                condition: components["parameters"]["ConditionPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Record one condition (the provider itself) / Voorwaarde vastleggen
         * @description Only the provider's own people and platform administrators (403 for other readers, 404 for the rest). The server records who confirmed it; `confirmed_on` defaults to today and may not lie in the future. Audited (object type provider_condition).
         */
        put: operations["updateProviderCondition"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /** The contract lots of a collaboration / Percelen */
        get: operations["listContractLots"];
        put?: never;
        /**
         * Create a contract lot (coordinator) / Perceel aanmaken
         * @description 400 when `providers` names an organisation that is not a provider partner of the collaboration, or `required` is empty.
         */
        post: operations["createContractLot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/lots/{lot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A contract lot id (`lot_…`) of the collaboration. */
                lot_id: components["parameters"]["LotIdPath"];
            };
            cookie?: never;
        };
        /**
         * A lot with its overview per provider and required condition / Overzicht van een perceel
         * @description Providers by name (never a ranking); per required condition the provider's status and whether its evidence is missing or confirmed before `horizon_date` (`horizon_months` before today).
         */
        get: operations["getLotOverview"];
        /** Change a contract lot (coordinator) / Perceel wijzigen */
        put: operations["updateContractLot"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/effectiveness": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /** The four effectiveness questions per provider partner / Gesprekken over effectiviteit */
        get: operations["listEffectivenessConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/effectiveness/{org_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
            };
            cookie?: never;
        };
        /**
         * The conversation with one provider / Gesprek met één aanbieder
         * @description 404 when the organisation is not a provider partner of the collaboration. Outcome figures are not embedded: `agb` and `municipalities` let the page link to the municipality's outcome report, which applies its own access rule and suppression.
         */
        get: operations["getEffectivenessConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/effectiveness/{org_id}/{question}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
                /** @description One of the four effectiveness questions; 400 when unknown. */
                question: components["parameters"]["QuestionPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Record the answer to one question (coordinator, partners) / Antwoord vastleggen
         * @description The server records who wrote it; `answered_on` defaults to today and may not lie in the future. Audited (object type effectiveness_answer).
         */
        put: operations["recordEffectivenessAnswer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/theory": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /**
         * The theory of change of a collaboration / Veranderverhaal
         * @description Every partner reads. The intermediate outcomes (with the figures of their indicator, when they have one), the assumptions grouped per societal result with their holder, the common ground (intermediate outcomes and results named by more than one partner) and the collaboration's activities (for choosing one in a form).
         */
        get: operations["getTheoryOfChange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/intermediate-outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Name an intermediate outcome (coordinator or partner) / Tussenresultaat benoemen
         * @description A name the collaboration does not have yet (ignoring case; 409 otherwise), optionally with an indicator of Kompas whose figures are shown next to it, for `region` or else the collaboration's first region.
         */
        post: operations["createIntermediateOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/assumptions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an assumption (coordinator or partner) / Veronderstelling vastleggen
         * @description The holder is the caller's own partnership; only the coordinator may give `holder_partner_id` of another partner. The activity, intermediate outcome, result and holder must belong to this collaboration (400 naming the field otherwise).
         */
        post: operations["createAssumption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/assumptions/{assumption_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An assumption id (`asm_…`) of the collaboration. */
                assumption_id: components["parameters"]["AssumptionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change an assumption (its holder or the coordinator) / Veronderstelling wijzigen
         * @description Without `holder_partner_id` the holder stays; only the coordinator may change it.
         */
        put: operations["updateAssumption"];
        post?: never;
        /** Delete an assumption (its holder or the coordinator) / Veronderstelling verwijderen */
        delete: operations["deleteAssumption"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /**
         * The improvement actions of a collaboration / Verbeteracties
         * @description By due date. `overdue` is true when the due date lies before today (the server's date in UTC) and the action is open or in progress. Members read; anyone else gets 404.
         */
        get: operations["listImprovementActions"];
        put?: never;
        /**
         * Record an improvement action (coordinator or partner) / Verbeteractie vastleggen
         * @description The caller's partner row is recorded as its creator; the action starts `open`. The owner must be a person of a partner organisation (role coordinator or partner) or a person partner; a result or activity must belong to this collaboration; an indicator (with a region), region and organisation must exist. Otherwise 400 naming the field.
         */
        post: operations["createImprovementAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/actions/{action_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An improvement action id (`acn_…`) of the collaboration. */
                action_id: components["parameters"]["ActionIdPath"];
            };
            cookie?: never;
        };
        /** One improvement action with its history / Eén verbeteractie */
        get: operations["getImprovementAction"];
        /**
         * Change an improvement action (coordinator) / Verbeteractie wijzigen
         * @description Replaces every field; the status stays (change it through `.../status`).
         */
        put: operations["updateImprovementAction"];
        post?: never;
        /** Delete an improvement action (coordinator) / Verbeteractie verwijderen */
        delete: operations["deleteImprovementAction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/actions/{action_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An improvement action id (`acn_…`) of the collaboration. */
                action_id: components["parameters"]["ActionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the status, with a note (coordinator, owner or creating partner) / Status wijzigen
         * @description Adds the change to the history (who, when, the note) and sets the status.
         */
        post: operations["changeImprovementActionStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/action-owners": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /**
         * Who may own an improvement action / Mogelijke aanspreekpunten
         * @description The people of the partner organisations with role coordinator or partner, and the person partners, by name: for choosing the owner of an action. Names and organisations only (no e-mail addresses). Members read; anyone else gets 404.
         */
        get: operations["listActionOwners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own improvement actions / Mijn acties
         * @description The actions the caller owns in every collaboration the caller is a member of: overdue first, then the other open and in-progress ones, then done and dropped; each group by due date.
         */
        get: operations["listMyImprovementActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/dialogues": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /**
         * The quality dialogues of a collaboration / Kwaliteitsdialogen
         * @description By date. Members read; anyone else gets 404.
         */
        get: operations["listDialogues"];
        put?: never;
        /**
         * Plan a quality dialogue (coordinator) / Kwaliteitsdialoog plannen
         * @description Participants are partners of this collaboration (`partner_id`) or people named in free text with a role (young person, parent, professional, other), who take part as equals. 400 naming the field for a missing title, a bad date, or a partner of another collaboration.
         */
        post: operations["createDialogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/dialogues/{dialogue_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A dialogue id (`dlg_…`) of this collaboration; 404 otherwise. */
                dialogue_id: string;
            };
            cookie?: never;
        };
        /**
         * One dialogue with its agenda, figures, answers and the previous cycle's actions / Eén kwaliteitsdialoog
         * @description Every agenda item carries its figure as the reader may see it (an outcome figure only for whoever may see that municipality's report, with its suppression): the series, the latest value with its interval, the latest change, and whether the latest point is common- or special-cause variation. `previous_actions` are the improvement actions recorded since the previous dialogue and before this one, each beside the later value of its figure; `agreed_actions` those recorded from this dialogue's date until the next dialogue (the decisions of this cycle, for the report).
         */
        get: operations["getDialogue"];
        /**
         * Edit a dialogue (coordinator) / Kwaliteitsdialoog wijzigen
         * @description Replaces title, date, status and participants; validation as when planning.
         */
        put: operations["updateDialogue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/dialogues/{dialogue_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A dialogue id (`dlg_…`) of this collaboration; 404 otherwise. */
                dialogue_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a figure on the agenda (coordinator) / Agendapunt toevoegen
         * @description One figure per item. A result, evaluation round or signal must belong to this collaboration (400 naming the field); an outcome figure only when the caller may see that municipality's outcome report (403 otherwise), for all help forms together.
         */
        post: operations["addAgendaItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/dialogues/{dialogue_id}/items/{item_id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A dialogue id (`dlg_…`) of this collaboration; 404 otherwise. */
                dialogue_id: string;
                /** @description An agenda item id (`dai_…`) of this dialogue; 404 otherwise. */
                item_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer one of the four questions (coordinator or partner) / Vraag beantwoorden
         * @description Herkennen, verklaren, waarderen, verbeteren. An explanation may be marked `to_be_tested`; confirming or rejecting it comes later, with evidence.
         */
        post: operations["answerDialogueQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/dialogues/{dialogue_id}/answers/{answer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A dialogue id (`dlg_…`) of this collaboration; 404 otherwise. */
                dialogue_id: string;
                /** @description An answer id (`dan_…`) of this dialogue; 404 otherwise. */
                answer_id: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Test an explanation (coordinator or partner) / Verklaring toetsen
         * @description Sets the status of an explanation (`explain` answers only) and its evidence; `confirmed` and `rejected` need evidence (400 otherwise).
         */
        put: operations["markExplanation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        /**
         * What we do not know yet / Vervolgvragen
         * @description The knowledge gaps raised in the dialogues, oldest first. Members read; anyone else gets 404.
         */
        get: operations["listFollowUpQuestions"];
        put?: never;
        /**
         * Add a follow-up question (coordinator or partner) / Vervolgvraag toevoegen
         * @description A dialogue or agenda item named must belong to this collaboration (400 naming the field).
         */
        post: operations["addFollowUpQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/results/{result_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A societal result id (`res_…`) of the collaboration. */
                result_id: components["parameters"]["ResultIdPath"];
            };
            cookie?: never;
        };
        /**
         * Every change of a societal result / Geschiedenis van een resultaat
         * @description Who changed what, when and why; deleted with the result.
         */
        get: operations["getResultHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaborations/{id}/ambitions/{ambition_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An ambition id (`amb_…`) of the collaboration. */
                ambition_id: components["parameters"]["AmbitionIdPath"];
            };
            cookie?: never;
        };
        /**
         * Every change of an ambition / Geschiedenis van een ambitie
         * @description Who changed what, when and why; deleted with the ambition.
         */
        get: operations["getAmbitionHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{org_id}/outcome-notes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
            };
            cookie?: never;
        };
        /**
         * A provider's aanspreekpunt and own improvement actions / Aanspreekpunt en verbeteracties van een aanbieder
         * @description The provider's own people and platform administrators; 404 for anyone else and for an organisation that is not a provider. A municipality reads them through /api/outcomes/municipality/{code}/provider-notes.
         */
        get: operations["getProviderNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{org_id}/outcome-contact": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Name the aanspreekpunt for the outcome conversation / Aanspreekpunt vastleggen
         * @description The provider's own people and platform administrators (404 for anyone else). Replaces the earlier one. Audited (object type outcome_contact).
         */
        put: operations["putOutcomeContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{org_id}/outcome-actions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an own improvement action on the outcomes / Eigen verbeteractie vastleggen
         * @description The provider's own people and platform administrators (404 for anyone else). A new action is open. Audited (object type provider_action).
         */
        post: operations["addProviderAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{org_id}/outcome-actions/{action_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
                action_id: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change an own improvement action and its status / Verbeteractie wijzigen
         * @description The provider's own people and platform administrators; 404 for anyone else and for an action of another provider. Audited (object type provider_action).
         */
        put: operations["changeProviderAction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes/municipality/{code}/provider-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The aanspreekpunt and improvement actions of the providers serving a municipality's residents / Aanspreekpunten en verbeteracties van aanbieders
         * @description The same access as the municipality's outcome report (platform administrators and the municipality itself; 403 for everyone else). Lists exactly the providers the report names; providers folded into "overige aanbieders" are only counted, never named (docs/privacy.md). Providers by name; no ranking.
         */
        get: operations["getMunicipalityProviderNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every person with whether the account is on (platform administrator) / Alle accounts */
        get: operations["listAdminPeople"];
        put?: never;
        /**
         * Create an account without a password, with a one-time link (platform administrator) / Account aanmaken
         * @description The person has no password until they set one through the link. The token is in this response only (the server keeps its hash); it is valid for 24 hours and once. The page builds the address `/wachtwoord-instellen#TOKEN` from it.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/people/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person id (`per_…`). 404 when unknown. */
                person_id: components["parameters"]["PersonIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change a person's name, organisation, role and whether the account is on / Account wijzigen
         * @description Switching an account off ends its sessions and its unused links; it then cannot sign in. Administrators cannot switch off their own account or take away their own administrator role.
         */
        put: operations["updateAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/people/{person_id}/password-link": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person id (`per_…`). 404 when unknown. */
                person_id: components["parameters"]["PersonIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new one-time link to set the password (platform administrator) / Wachtwoordlink maken
         * @description The person's older links stop working. 400 when the account is off.
         */
        post: operations["createPasswordLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/organisations/{org_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organisation id (`org_…`). 404 when unknown. */
                org_id: components["parameters"]["OrganisationIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /** Change an organisation's name, kind, region and AGB code (platform administrator) / Organisatie wijzigen */
        put: operations["updateOrganisation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-link/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Who a one-time link is for, if it still works (public) / Wachtwoordlink controleren
         * @description The token travels in the body, never in a URL. 404 for an unknown or replaced link, 409 for a used or expired one, each with a Dutch message (field `token`).
         */
        post: operations["checkPasswordLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set one's own password with a one-time link (public) / Wachtwoord instellen
         * @description Uses the link up and ends the person's sessions; does not sign in. 400 (`field: password`) when the password breaks the policy; 404 and 409 as for the check.
         */
        post: operations["setPasswordWithLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/own-data/area": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the caller may upload figures / Gebied voor eigen cijfers
         * @description A platform administrator may upload for any region; a municipality organisation for its municipality and the districts and neighbourhoods in it. 403 for every other organisation.
         */
        get: operations["getOwnDataArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/own-data/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a KWB CSV, an OData zip or the long CSV / Eigen cijfers uploaden
         * @description Read by the same readers as `kompas import kwb`, `kompas import odata` and `kompas import csv`, in one transaction: a row that breaks a rule, or whose region lies outside the caller's area (see /api/own-data/area), gives 400 naming the file, line and column, and nothing is stored. The same content again changes nothing (`already_imported`). A zip may hold at most 200 files and unpack to at most 256 MiB. A body over 48 MiB is refused with 413 before it is read. Every upload is recorded in the audit trail, also a refused one.
         */
        post: operations["uploadOwnData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{key}/editing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: components["schemas"]["IndicatorKey"];
            };
            cookie?: never;
        };
        /**
         * An indicator with what the caller may change / Indicator bewerken
         * @description Built-in CBS indicators keep their definition (can_edit false); the organisation that uploaded an own indicator and platform administrators describe it; municipalities and administrators add a local note to any indicator.
         */
        get: operations["getIndicatorForEditing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: components["schemas"]["IndicatorKey"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Describe an own indicator / Eigen indicator beschrijven
         * @description 409 for a built-in CBS indicator (add a local note instead); 403 unless the caller's organisation uploaded it or the caller is a platform administrator. Audited.
         */
        put: operations["editIndicator"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{key}/note": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: components["schemas"]["IndicatorKey"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set the local note of an indicator / Lokale toelichting
         * @description People of a municipality organisation and platform administrators; one note per indicator for the whole installation, shown with its definition. An empty note removes it. Audited.
         */
        put: operations["setIndicatorNote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare with similar municipalities / Vergelijken met soortgelijke gemeenten
         * @description Only for a municipality. The group is the loaded municipalities with the same CBS class of urbanisation (KWB MateVanStedelijkheid) and the same CBS size class (gemeentegrootteklasse from KWB AantalInwoners: fewer than 5,000, 5,000 to 10,000, 10,000 to 20,000, 20,000 to 50,000, 50,000 to 100,000, 100,000 to 150,000, 150,000 to 250,000, 250,000 or more), each from the latest known figure; or one of the two; or the municipalities picked. Per indicator of the municipality's profile, the group's value for the municipality's latest period: pooled (sum of numerators / sum of denominators) when every member with a value has both counts, otherwise the unweighted median of the members with a value.
         */
        get: operations["getSimilarMunicipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Signals about an area / Signalen over een gebied
         * @description The signals about the region or a region inside it (up to two levels down) recorded in the collaborations the caller or the caller's organisation is a partner of; newest first. Others' signals are never listed, also not for platform administrators.
         */
        get: operations["listAreaSignals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A normalised CBS region code.
         * @example NL01
         * @example GM0034
         * @example WK003401
         * @example BU00340101
         */
        RegionCode: string;
        /** @enum {string} */
        RegionLevel: "country" | "province" | "youth_care_region" | "municipality" | "district" | "neighbourhood";
        /**
         * @description A CBS period code; year `JJ00`, quarter `KW01`-`KW04`, month `MM01`-`MM12`.
         * @example 2024JJ00
         * @example 2024KW01
         * @example 2024MM01
         */
        PeriodCode: string;
        /** @description The indicator key; for CBS measures the CBS key without its positional suffix (`PercentageJongerenMetJeugdzorg`, not `PercentageJongerenMetJeugdzorg_85`). */
        IndicatorKey: string;
        /** @enum {string} */
        Direction: "higher_is_better" | "lower_is_better" | "neutral";
        /**
         * @description `known` and `provisional` figures have a value; `unknown` (absent, not published) and `confidential` (suppressed) figures have `value: null`.
         * @enum {string}
         */
        ObservationStatus: "known" | "unknown" | "confidential" | "provisional";
        /** @enum {string} */
        ErrorCode: "invalid_argument" | "not_found" | "conflict" | "forbidden" | "unauthenticated" | "rate_limited" | "unavailable" | "internal";
        /**
         * @example {
         *       "code": "GM0034",
         *       "name": "Almere",
         *       "level": "municipality",
         *       "parent": "NL01"
         *     }
         */
        Region: {
            code: components["schemas"]["RegionCode"];
            /** @description Dutch name as published (derived from the code when unknown, e.g. "Wijk 01"). */
            name: string;
            level: components["schemas"]["RegionLevel"];
            /** @description Code of the enclosing region; `null` only for the country. */
            parent: string | null;
        };
        /** @description A Region with its ancestors and children. */
        RegionDetail: {
            code: components["schemas"]["RegionCode"];
            name: string;
            level: components["schemas"]["RegionLevel"];
            parent: string | null;
            /** @description The chain of enclosing regions, the country first, down to the parent. */
            ancestors: components["schemas"]["Region"][];
            /** @description The regions whose parent this is, ordered by code. */
            children: components["schemas"]["Region"][];
        };
        /**
         * @example {
         *       "key": "PercentageJongerenMetJeugdzorg",
         *       "title": "Jongeren met jeugdzorg",
         *       "unit": "%",
         *       "decimals": 1,
         *       "direction": "neutral",
         *       "source": "CBS 85984NED (Kerncijfers wijken en buurten 2024)",
         *       "definition": "Percentage jongeren tot 23 jaar met jeugdzorg."
         *     }
         */
        Indicator: {
            key: components["schemas"]["IndicatorKey"];
            /** @description Dutch title. */
            title: string;
            /** @description The unit of every `value` of this indicator ("%", "aantal", "x 1 000 euro", ...). */
            unit: string;
            /** @description Number of decimals as published (for display; values are already scaled). */
            decimals: number;
            direction: components["schemas"]["Direction"];
            /** @description e.g. "CBS 85984NED (Kerncijfers wijken en buurten 2024)". */
            source: string;
            definition: string;
        };
        /**
         * @description One value of an indicator for a region and a period. `value` is in the unit of the
         *     indicator (11.7 with unit "%" means 11.7 %). An unknown figure is `null`, never 0:
         *     `value` is `null` when the status is `unknown` or `confidential`, and a number when it is
         *     `known` or `provisional`.
         * @example {
         *       "indicator": "PercentageJongerenMetJeugdzorg",
         *       "region": "GM0034",
         *       "period": "2024JJ00",
         *       "value": 11.7,
         *       "numerator": null,
         *       "denominator": null,
         *       "status": "known"
         *     }
         */
        Observation: {
            indicator: components["schemas"]["IndicatorKey"];
            region: components["schemas"]["RegionCode"];
            period: components["schemas"]["PeriodCode"];
            value: number | null;
            numerator: number | null;
            denominator: number | null;
            status: components["schemas"]["ObservationStatus"];
        };
        ProfileEntry: {
            indicator: components["schemas"]["Indicator"];
            /** @description The newest period with a value, or the newest period at all if none has a value. */
            latest: components["schemas"]["Observation"];
            /** @description The period before `latest`, if any. */
            previous: components["schemas"]["Observation"] | null;
            /** @description `latest.value - previous.value` when both are known, else null (in the indicator's unit, rounded to its `decimals`). */
            change: number | null;
            /** @description The same indicator and period for the parent region, when known. */
            parent: components["schemas"]["Observation"] | null;
            /** @description The same indicator and period for the country (NL01), when known. */
            country: components["schemas"]["Observation"] | null;
            /** @description Nearest level: set when the region itself has no known figure and `latest` is that of this enclosing district or municipality. */
            from_region: components["schemas"]["Region"] | null;
            /** @description The sentence that says so, e.g. "Voor deze buurt is dit cijfer niet bekend; hier staat het cijfer van wijk Centrum." */
            nearest_level_note: string | null;
            /** @description A local note on the indicator (issue 15), shown with its definition; null when none. */
            local_note: string | null;
        };
        Profile: {
            region: components["schemas"]["Region"];
            /** @description The parent region; `null` for the country. */
            parent: components["schemas"]["Region"] | null;
            entries: components["schemas"]["ProfileEntry"][];
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @description The server version. */
            version: string;
            /** @enum {string} */
            database: "sqlite" | "postgresql";
            counts: {
                regions: number;
                indicators: number;
                observations: number;
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "not_found",
         *         "message": "Regio GM9999 bestaat niet",
         *         "field": "code"
         *       }
         *     }
         */
        Error: {
            error: {
                code: components["schemas"]["ErrorCode"];
                /** @description For a person; Dutch or English. */
                message: string;
                /** @description The parameter or field the error concerns; may be empty or absent. */
                field?: string;
                /** @description For an import, the line (spreadsheet row) of the first rule broken. */
                line?: number;
                /** @description For an import, the column (field number) of that rule, 0 for the whole line. */
                column?: number;
                /** @description Only on a server error (5xx): the request's id, also in the X-Request-Id header and at the end of the message; the server log has the details under it. The message itself is generic (on a full disk: that nothing was saved). */
                request_id?: string;
            };
        };
        /** @description A moment in ISO-8601 UTC, e.g. `2026-11-24T10:15:00Z`. */
        Timestamp: string;
        Date: string;
        OrganisationId: string;
        PersonId: string;
        CollaborationId: string;
        PartnerId: string;
        RoundId: string;
        /** @enum {string} */
        OrganisationKind: "municipality" | "youth_care_region" | "provider" | "civic_partner" | "knowledge_institute" | "platform";
        /** @enum {string} */
        CollaborationRole: "coordinator" | "partner" | "viewer";
        /** @enum {string} */
        PersonRole: "young_person" | "parent" | "expert_by_experience";
        /** @enum {string} */
        EvaluationElement: "shared_horizon" | "partner_interest" | "results_achieved" | "organisation" | "relations_and_trust" | "leadership";
        /**
         * @example {
         *       "id": "org_almere",
         *       "name": "Gemeente Almere",
         *       "kind": "municipality",
         *       "region": "GM0034"
         *     }
         */
        Organisation: {
            id: components["schemas"]["OrganisationId"];
            name: string;
            kind: components["schemas"]["OrganisationKind"];
            region: string | null;
            /** @description A provider's AGB code, the key of its trajectory records. */
            agb?: string | null;
        };
        OrganisationCreate: {
            name: string;
            kind: components["schemas"]["OrganisationKind"];
            region?: string | null;
            /** @description A provider's AGB code, the key of its trajectory records. */
            agb?: string | null;
        };
        /**
         * @description A person with an account; never contains a password or its hash.
         * @example {
         *       "id": "per_1",
         *       "email": "a@almere.nl",
         *       "name": "Anna",
         *       "organisation_id": "org_almere",
         *       "platform_admin": false
         *     }
         */
        Person: {
            id: components["schemas"]["PersonId"];
            email: string;
            name: string;
            organisation_id: components["schemas"]["OrganisationId"];
            platform_admin: boolean;
        };
        PersonCreate: {
            email: string;
            name: string;
            organisation_id: components["schemas"]["OrganisationId"];
            /** @description 12–128 characters, not a common password. */
            password: string;
            platform_admin?: boolean;
        };
        SignInRequest: {
            email: string;
            password: string;
        };
        Session: {
            person: components["schemas"]["Person"];
            organisation: components["schemas"]["Organisation"];
            /** @description Send as `X-CSRF-Token` on every change. */
            csrf_token: string;
            idle_expires_at: components["schemas"]["Timestamp"];
            absolute_expires_at: components["schemas"]["Timestamp"];
        };
        /** @description A collaboration as listed; `my_role` is the caller's role in it. */
        Collaboration: {
            id: components["schemas"]["CollaborationId"];
            name: string;
            theme: string;
            regions: components["schemas"]["RegionCode"][];
            period_start: components["schemas"]["Date"];
            period_end: components["schemas"]["Date"] | null;
            description: string;
            my_role: components["schemas"]["CollaborationRole"];
            /** @description The demo's worked example (issue 15): its partners, aims, targets and answers are made up to show the method; its CBS figures are real. The interface marks every page of it. */
            example: boolean;
        };
        CollaborationCreate: {
            name: string;
            theme: string;
            regions: components["schemas"]["RegionCode"][];
            period_start: components["schemas"]["Date"];
            period_end?: components["schemas"]["Date"] | null;
            description?: string;
        };
        /** @description The working agreements; every field is a string and may be empty. */
        Agreements: {
            coordination: string;
            decision_making: string;
            funding: string;
            staffing: string;
            monitoring: string;
            monitoring_frequency: string;
            joining_and_leaving: string;
        };
        /** @description An organisation or a person (young person, parent, expert by experience) taking part in a collaboration. */
        Partner: {
            id: components["schemas"]["PartnerId"];
            /** @enum {string} */
            kind: "organisation" | "person";
            organisation_id: components["schemas"]["OrganisationId"] | null;
            person_id: components["schemas"]["PersonId"] | null;
            name: string;
            person_role: components["schemas"]["PersonRole"] | null;
            role: components["schemas"]["CollaborationRole"];
            joined_at: components["schemas"]["Timestamp"];
        };
        /** @description An organisation (`organisation_id`) or a person (`person_id` and `person_role`), with a role. */
        PartnerCreate: {
            organisation_id: components["schemas"]["OrganisationId"];
            role: components["schemas"]["CollaborationRole"];
        } | {
            person_id: components["schemas"]["PersonId"];
            person_role: components["schemas"]["PersonRole"];
            role: components["schemas"]["CollaborationRole"];
        };
        /** @description A Collaboration with its agreements and partners. */
        CollaborationDetail: {
            id: components["schemas"]["CollaborationId"];
            name: string;
            theme: string;
            regions: components["schemas"]["RegionCode"][];
            period_start: components["schemas"]["Date"];
            period_end: components["schemas"]["Date"] | null;
            description: string;
            my_role: components["schemas"]["CollaborationRole"];
            /** @description The demo's worked example (issue 15): its partners, aims, targets and answers are made up to show the method; its CBS figures are real. The interface marks every page of it. */
            example: boolean;
            agreements: components["schemas"]["Agreements"];
            partners: components["schemas"]["Partner"][];
        };
        EvaluationRoundCreate: {
            title: string;
        };
        EmptyObject: Record<string, never>;
        EvaluationRound: {
            id: components["schemas"]["RoundId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            title: string;
            opened_at: components["schemas"]["Timestamp"];
            closed: boolean;
            /** @description How many partners answered. */
            responses: number;
            my_response_submitted: boolean;
        };
        EvaluationScore: {
            element: components["schemas"]["EvaluationElement"];
            score: number;
            comment?: string;
        };
        /** @description One score (1–10) per element, each element once; `signed` puts the partner's name with the comments. */
        EvaluationResponse: {
            scores: components["schemas"]["EvaluationScore"][];
            signed: boolean;
        };
        /** @description The answers for one element. Scores are never attributed; a comment carries its author only when the partner chose to sign. With fewer answers than the result's `min_answers` (3) the element is `hidden`: the distribution and every figure are null and only signed comments are listed, because with one or two answers they would give away who scored what. */
        ElementSummary: {
            element: components["schemas"]["EvaluationElement"];
            responses: number;
            /** @description True when `responses` is below `min_answers`; then nothing derived from the scores is given. */
            hidden: boolean;
            /** @description The number of responses per score 1–10; null when hidden. */
            distribution: number[] | null;
            mean: number | null;
            median: number | null;
            min: number | null;
            max: number | null;
            /** @description The mean of the previous round of the same collaboration; null when there is none, or when either round has fewer answers than `min_answers`. */
            previous_mean: number | null;
            /** @description How many answered the previous round (0 when there is none). */
            previous_responses: number;
            /** @description mean − previous_mean; null whenever either of them is. */
            change: number | null;
            comments: {
                text: string;
                signed_by: string | null;
            }[];
        };
        /** @description An EvaluationRound with one ElementSummary per element, in the fixed order. */
        EvaluationResult: {
            id: components["schemas"]["RoundId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            title: string;
            opened_at: components["schemas"]["Timestamp"];
            closed: boolean;
            responses: number;
            my_response_submitted: boolean;
            /** @description The fewest answers a round needs before its scores and unsigned comments are summarised (3); below it every element is `hidden`. */
            min_answers: number;
            elements: [
                components["schemas"]["ElementSummary"] & {
                    /** @constant */
                    element?: "shared_horizon";
                },
                components["schemas"]["ElementSummary"] & {
                    /** @constant */
                    element?: "partner_interest";
                },
                components["schemas"]["ElementSummary"] & {
                    /** @constant */
                    element?: "results_achieved";
                },
                components["schemas"]["ElementSummary"] & {
                    /** @constant */
                    element?: "organisation";
                },
                components["schemas"]["ElementSummary"] & {
                    /** @constant */
                    element?: "relations_and_trust";
                },
                components["schemas"]["ElementSummary"] & {
                    /** @constant */
                    element?: "leadership";
                }
            ];
        };
        /** @description One record of the hash-chained audit trail. */
        AuditRecord: {
            seq: number;
            at: components["schemas"]["Timestamp"];
            person_id: string | null;
            person_email: string | null;
            organisation_id: string | null;
            /** @enum {string} */
            action: "sign_in" | "sign_in_failed" | "sign_out" | "create" | "update" | "delete" | "export" | "read_client_data";
            object_type: string;
            object_id: string;
            /** @enum {string} */
            result: "ok" | "denied" | "failed";
            /** @description The client's address. */
            remote: string;
            /** @description The hash chaining this record to the previous one. */
            hash: string;
        };
        AmbitionId: string;
        ResultId: string;
        SignalId: string;
        /**
         * @description `on_course` (op koers), `behind` (achter), `target_reached` (streefwaarde gehaald) or `cannot_say` (kan niet zeggen: no usable figure after the baseline, or the uncertainty does not allow a verdict).
         * @enum {string}
         */
        ProgressStatus: "on_course" | "behind" | "target_reached" | "cannot_say";
        /** @enum {string} */
        SignalSource: "professional" | "parent" | "young_person" | "partner" | "other";
        /** @description A shared ambition of a collaboration. `indicators` and `signals` are the parts of the youth profile that motivate it; `results` is the number of societal results under it. */
        Ambition: {
            id: components["schemas"]["AmbitionId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            title: string;
            statement: string;
            agreed_on: components["schemas"]["Date"];
            agreed_by: components["schemas"]["PartnerId"][];
            indicators: components["schemas"]["IndicatorKey"][];
            signals: components["schemas"]["SignalId"][];
            results: number;
        };
        /** @description An Ambition with its societal results and the signals it names. */
        AmbitionDetail: {
            id: components["schemas"]["AmbitionId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            title: string;
            statement: string;
            agreed_on: components["schemas"]["Date"];
            agreed_by: components["schemas"]["PartnerId"][];
            indicators: components["schemas"]["IndicatorKey"][];
            signals: components["schemas"]["SignalId"][];
            results: number;
            results_list: components["schemas"]["SocietalResult"][];
            signal_list: components["schemas"]["Signal"][];
        };
        /** @description The body of POST and PUT (PUT replaces every field). */
        AmbitionCreate: {
            title: string;
            statement: string;
            agreed_on: components["schemas"]["Date"];
            agreed_by?: components["schemas"]["PartnerId"][];
            indicators?: components["schemas"]["IndicatorKey"][];
            signals?: components["schemas"]["SignalId"][];
        };
        /** @description The baseline (nulmeting), in the unit of the indicator. */
        Baseline: {
            value: number;
            period: components["schemas"]["PeriodCode"];
        };
        /** @description The target (streefwaarde) and the year it should be reached; `year` is after the baseline's year. */
        Target: {
            value: number;
            year: number;
        };
        /**
         * @description A measurable societal result under an ambition, e.g. "In 2028 krijgt hooguit 10 % van de jongeren jeugdzorg".
         * @example {
         *       "id": "res_1",
         *       "collaboration_id": "col_1",
         *       "ambition_id": "amb_1",
         *       "title": "In 2028 krijgt hooguit 10 % van de jongeren jeugdzorg",
         *       "indicator": "PercentageJongerenMetJeugdzorg",
         *       "regions": [
         *         "GM0034"
         *       ],
         *       "baseline": {
         *         "value": 10.8,
         *         "period": "2022JJ00"
         *       },
         *       "target": {
         *         "value": 10,
         *         "year": 2028
         *       },
         *       "agreed_by": [
         *         "prt_1"
         *       ],
         *       "agreed_on": "2026-11-24"
         *     }
         */
        SocietalResult: {
            id: components["schemas"]["ResultId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            ambition_id: components["schemas"]["AmbitionId"];
            title: string;
            indicator: components["schemas"]["IndicatorKey"];
            regions: components["schemas"]["RegionCode"][];
            baseline: components["schemas"]["Baseline"];
            target: components["schemas"]["Target"];
            agreed_by: components["schemas"]["PartnerId"][];
            agreed_on: components["schemas"]["Date"];
        };
        /** @description 400 for an unknown indicator or region, or `target.year` not after the baseline's year. */
        SocietalResultCreate: {
            title: string;
            indicator: components["schemas"]["IndicatorKey"];
            regions: components["schemas"]["RegionCode"][];
            baseline: components["schemas"]["Baseline"];
            target: components["schemas"]["Target"];
            agreed_by?: components["schemas"]["PartnerId"][];
            agreed_on: components["schemas"]["Date"];
        };
        /** @description A signal from practice (a professional, parent, young person, partner, ...). */
        Signal: {
            id: components["schemas"]["SignalId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            text: string;
            source: components["schemas"]["SignalSource"];
            source_detail: string;
            date: components["schemas"]["Date"];
            region: components["schemas"]["RegionCode"] | null;
            theme: string;
            ambition_id: components["schemas"]["AmbitionId"] | null;
            result_id: components["schemas"]["ResultId"] | null;
            /** @description The name of the person who recorded it. */
            created_by: string;
        };
        SignalCreate: {
            text: string;
            source: components["schemas"]["SignalSource"];
            source_detail?: string;
            date: components["schemas"]["Date"];
            region?: components["schemas"]["RegionCode"] | null;
            theme?: string;
            ambition_id?: components["schemas"]["AmbitionId"] | null;
            result_id?: components["schemas"]["ResultId"] | null;
        };
        /** @description A 95 % interval, `lower` ≤ `upper`, in the unit of the figure it belongs to. */
        Interval: {
            lower: number;
            upper: number;
        };
        /** @description One period of a series. `year` is the fractional year of the period's middle (2024JJ00 → 2024.5). `value` is `null` (never 0) when the figure is unknown or confidential. `interval` is the 95 % Wilson interval when numerator and denominator are known, else null. */
        Point: {
            period: components["schemas"]["PeriodCode"];
            year: number;
            value: number | null;
            numerator: number | null;
            denominator: number | null;
            status: components["schemas"]["ObservationStatus"];
            interval: components["schemas"]["Interval"] | null;
        };
        /** @description A point of the straight path from baseline to target. */
        PathPoint: {
            year: number;
            value: number;
        };
        /** @enum {string} */
        ChangeVerdict: "increase" | "decrease" | "within_normal_variation";
        /** @description The latest change and whether it is beyond normal variation. */
        ProgressChange: {
            /** @description The earlier period. */
            from: components["schemas"]["PeriodCode"];
            /** @description The later period. */
            to: components["schemas"]["PeriodCode"];
            verdict: components["schemas"]["ChangeVerdict"];
            /** @description The 95 % interval of the difference (later − earlier), when known. */
            interval: components["schemas"]["Interval"] | null;
            /** @description Dutch, for a page. */
            text: string;
        };
        /** @description The progress of one societal result for one region (the first of its `regions`, or `?region=`). `data_region` differs from `region` when the indicator has no data at the result's level and the nearest level with data is used; `level_note` then says so. With no data at all, `series` is empty, `status` is `cannot_say` and `status_reason` says so. */
        Progress: {
            result: components["schemas"]["SocietalResult"];
            indicator: components["schemas"]["Indicator"];
            region: components["schemas"]["Region"];
            data_region: components["schemas"]["Region"];
            level_note: string | null;
            series: components["schemas"]["Point"][];
            /** @description From baseline to target, one point per whole year. */
            path: components["schemas"]["PathPoint"][];
            status: components["schemas"]["ProgressStatus"];
            /** @description Dutch, for a page. */
            status_reason: string;
            change: components["schemas"]["ProgressChange"] | null;
            signals: components["schemas"]["Signal"][];
        };
        /** @description One societal result on the dashboard; `sparkline` is the series' values, oldest first. */
        DashboardRow: {
            result: components["schemas"]["SocietalResult"];
            ambition_title: string;
            indicator: components["schemas"]["Indicator"];
            sparkline: (number | null)[];
            latest: components["schemas"]["Point"] | null;
            status: components["schemas"]["ProgressStatus"];
            status_reason: string;
        };
        /** @description true when the figure (its base count and everything built on it) is hidden: based on fewer than 10 trajectories or measurements, or hidden so that such a figure cannot be computed back, also by a provider who knows its own part. Why is not said: a reason would let a reader bound the hidden value (docs/privacy.md). */
        Suppressed: boolean;
        /** @description true when the denominator is shown but the numerator is not (and so neither share nor interval): the numerator or its complement is 1-4, the share is 0 % or 100 % of fewer than 20, or it is hidden to protect such a count. */
        NumeratorSuppressed: boolean;
        CountFigure: {
            value: number | null;
            suppressed: components["schemas"]["Suppressed"];
        };
        /** @description A share 0..1 (numerator / denominator) with a 95 % Wilson interval; nulls when suppressed, and no share or interval when the denominator is 0. */
        ShareFigure: {
            numerator: number | null;
            denominator: number | null;
            share: number | null;
            interval: components["schemas"]["Interval"] | null;
            suppressed: components["schemas"]["Suppressed"];
            numerator_suppressed: components["schemas"]["NumeratorSuppressed"];
        };
        ReentryFigure: {
            numerator: number | null;
            denominator: number | null;
            share: number | null;
            interval: components["schemas"]["Interval"] | null;
            suppressed: components["schemas"]["Suppressed"];
            numerator_suppressed: components["schemas"]["NumeratorSuppressed"];
            /** @description The 12 months after some end in the period have not all passed. */
            incomplete: boolean;
        };
        /** @description A mean score and n, the number of answers it is the mean of. */
        MeanFigure: {
            mean: number | null;
            n: number | null;
            suppressed: components["schemas"]["Suppressed"];
        };
        OutcomeRow: {
            help_form: string;
            help_form_label: string;
            period: string;
            started: components["schemas"]["CountFigure"];
            ended: components["schemas"]["CountFigure"];
            ongoing: components["schemas"]["CountFigure"];
            planned: components["schemas"]["ShareFigure"];
            satisfaction: components["schemas"]["MeanFigure"];
            without_help: components["schemas"]["ShareFigure"];
            no_reentry: components["schemas"]["ReentryFigure"];
        };
        ProviderRow: {
            provider: string;
            name: string | null;
            period: string;
            started: components["schemas"]["CountFigure"];
            ended: components["schemas"]["CountFigure"];
            ongoing: components["schemas"]["CountFigure"];
            planned: components["schemas"]["ShareFigure"];
            satisfaction: components["schemas"]["MeanFigure"];
            without_help: components["schemas"]["ShareFigure"];
            no_reentry: components["schemas"]["ReentryFigure"];
        };
        /** @description "Overige aanbieders": the providers whose started, ended and ongoing counts in the municipality stay below min_count in every year, published together as one row per period (their own rows would be hidden throughout). They are counted, not named. */
        OtherProviders: {
            /** @description How many providers the rows hold together (0 when every provider has a row of its own). */
            count: number;
            rows: {
                period: string;
                started: components["schemas"]["CountFigure"];
                ended: components["schemas"]["CountFigure"];
                ongoing: components["schemas"]["CountFigure"];
                planned: components["schemas"]["ShareFigure"];
                satisfaction: components["schemas"]["MeanFigure"];
                without_help: components["schemas"]["ShareFigure"];
                no_reentry: components["schemas"]["ReentryFigure"];
            }[];
        };
        /** @description True while the figures of the trajectories of the last upload or import are still being suppressed: until then figures across providers are those of the trajectories before it, as published then (docs/privacy.md, "Rekentijd", point 6). Always false in a provider's own outcomes. */
        Updating: boolean;
        OutcomeReport: {
            scope: {
                /** @enum {string} */
                kind: "provider" | "municipality";
                code: string;
                name: string | null;
            };
            /** @enum {string} */
            granularity: "year" | "half_year";
            reference_date: string;
            /** @description Base counts below this (and above 0) are hidden. */
            min_count: number;
            /** @description Numerators and complements below this (and above 0) are hidden. */
            min_numerator: number;
            /** @description A share of 0 % or 100 % over fewer than this many is hidden. */
            min_extreme_base: number;
            /**
             * @description Where a new start counts as re-entry: own_records (a provider's own view: only its own records, so that its figures never depend on another provider's) or all_providers (a municipality's report: any provider, any municipality, the national definition).
             * @enum {string}
             */
            reentry_basis: "own_records" | "all_providers";
            updating: components["schemas"]["Updating"];
            rows: components["schemas"]["OutcomeRow"][];
            /** @description Municipality scope only. */
            providers?: components["schemas"]["ProviderRow"][];
            /** @description Municipality scope only. */
            other_providers?: components["schemas"]["OtherProviders"];
        };
        Funnel: {
            /** @enum {string} */
            indicator: "planned" | "without_help" | "no_reentry";
            year: number;
            municipality: string | null;
            rate: number | null;
            /** @description Providers left out (fewer than 10, or suppressed). */
            hidden: number;
            incomplete: boolean;
            updating: components["schemas"]["Updating"];
            points: {
                provider: string;
                name: string | null;
                numerator: number;
                denominator: number;
                share: number;
                interval: components["schemas"]["Interval"];
                /** @enum {string} */
                position: "above_998" | "above_95" | "within" | "below_95" | "below_998";
                own: boolean;
            }[];
            limits: {
                /** @description The size on the funnel's x-axis at which these limits hold. */
                denominator: number;
                lower95: number;
                upper95: number;
                lower998: number;
                upper998: number;
            }[];
        };
        TrajectoryPage: {
            total: number;
            trajectories: {
                /** @description The first 12 hex characters of the pseudonym; never a BSN. */
                client: string;
                municipality: string;
                birth_year: number;
                sex: string;
                referrer: string;
                help_form: string;
                start_day: string;
                /** @description Empty (null) while the help goes on. */
                end_day: string | null;
                reason: string | null;
                satisfaction_youth: number | null;
                satisfaction_parent: number | null;
                without_help_youth: number | null;
                without_help_parent: number | null;
            }[];
        };
        TrajectoryUpload: {
            filename: string;
            /** @description The file's bytes (CSV or .xlsx), base64; at most 32 MiB decoded. */
            content_base64: string;
        };
        TrajectoryUploadResult: {
            filename: string;
            trajectories: number;
            already_imported: boolean;
        };
        ActivityId: string;
        /**
         * @description `citizen_initiative` (burgerinitiatief), `prevention` (preventie), `basic` (basisvoorziening en 1e lijn) or `intensive` (intensieve zorg).
         * @enum {string}
         */
        Echelon: "citizen_initiative" | "prevention" | "basic" | "intensive";
        /** @enum {string} */
        ActivityStatus: "planned" | "running" | "ended" | "rebuilding" | "winding_down";
        /** @description Reach in children or young people, budget in whole euros; null when not known. */
        ActivityYear: {
            year: number;
            reach_planned?: number | null;
            reach_actual?: number | null;
            budget_planned?: number | null;
            budget_spent?: number | null;
        };
        ResultLink: {
            result_id: components["schemas"]["ResultId"];
            /** @description Why the activity contributes to the result ("waarom draagt dit bij"). */
            reason?: string;
        };
        /** @description For an intervention whose quality is unknown; null is not checked yet. */
        QualityChecks: {
            target_group_described?: boolean | null;
            goals_described?: boolean | null;
            approach_described?: boolean | null;
        };
        MonitoringAgreement: {
            what: string;
            who?: string;
            review_on: components["schemas"]["Date"];
        };
        NewActivity: {
            name: string;
            description?: string;
            /** @description Who does it, when that is a partner of the collaboration. */
            actor_partner_id?: components["schemas"]["PartnerId"] | null;
            /** @description Who does it, when that is not a partner (for example residents of a neighbourhood). */
            actor_name?: string;
            /** @enum {string|null} */
            actor_kind?: "citizens" | "services" | "civic_partners" | null;
            echelon: components["schemas"]["Echelon"];
            /** @enum {string|null} */
            kind?: "intervention" | "method" | "service" | "group_activity" | null;
            status?: components["schemas"]["ActivityStatus"];
            age_from?: number | null;
            age_to?: number | null;
            regions?: string[];
            period_start?: components["schemas"]["Date"] | null;
            period_end?: components["schemas"]["Date"] | null;
            years?: components["schemas"]["ActivityYear"][];
            /** @description The results it serves, without a reason. */
            result_ids?: components["schemas"]["ResultId"][];
            /** @description The results it serves, each with its reason. */
            results?: components["schemas"]["ResultLink"][];
            /**
             * @description Recognition in the Databank Effectieve Jeugdinterventies: not assessed, well described, well founded, or effective by first, good or strong indications.
             * @enum {string|null}
             */
            recognition?: "not_assessed" | "well_described" | "well_founded" | "effective_first" | "effective_good" | "effective_strong" | null;
            /** @enum {string|null} */
            effect_ladder?: "descriptive" | "theoretical" | "indicative" | "causal" | null;
            checks?: components["schemas"]["QualityChecks"];
            monitoring?: components["schemas"]["MonitoringAgreement"] | null;
        };
        /** @description What citizens, services or civic partners do. `quality_known` is true when it is recognised as at least well founded or stands at least on the theoretical step of the effect ladder; otherwise its quality is unknown, which is allowed and shown. */
        Activity: {
            id: components["schemas"]["ActivityId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            owner_partner_id: components["schemas"]["PartnerId"] | null;
            name: string;
            description: string;
            actor_partner_id: components["schemas"]["PartnerId"] | null;
            actor_name: string;
            /** @description The actor partner's name, else actor_name. */
            actor: string;
            /** @enum {string|null} */
            actor_kind: "citizens" | "services" | "civic_partners" | null;
            echelon: components["schemas"]["Echelon"];
            /** @enum {string|null} */
            kind: "intervention" | "method" | "service" | "group_activity" | null;
            status: components["schemas"]["ActivityStatus"];
            age_from: number | null;
            age_to: number | null;
            regions: components["schemas"]["RegionCode"][];
            period_start: components["schemas"]["Date"] | null;
            period_end: components["schemas"]["Date"] | null;
            years: components["schemas"]["ActivityYear"][];
            results: components["schemas"]["ResultLink"][];
            result_ids: components["schemas"]["ResultId"][];
            /** @enum {string|null} */
            recognition: "not_assessed" | "well_described" | "well_founded" | "effective_first" | "effective_good" | "effective_strong" | null;
            /** @enum {string|null} */
            effect_ladder: "descriptive" | "theoretical" | "indicative" | "causal" | null;
            checks: components["schemas"]["QualityChecks"];
            monitoring: components["schemas"]["MonitoringAgreement"] | null;
            quality_known: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        NewActivityDecision: {
            /** @enum {string} */
            decision: "continue" | "rebuild" | "wind_down";
            decided_on: components["schemas"]["Date"];
            reason: string;
        };
        ActivityDecision: {
            id: string;
            activity_id: components["schemas"]["ActivityId"];
            /** @enum {string} */
            decision: "continue" | "rebuild" | "wind_down";
            decided_on: components["schemas"]["Date"];
            reason: string;
            /** @description The name of the person who recorded it. */
            decided_by: string;
        };
        /** @enum {string} */
        Level: "high" | "medium" | "low";
        ResultPriorityInput: {
            priority: components["schemas"]["Level"];
            urgency: components["schemas"]["Level"];
        };
        ResultPriority: {
            result_id: components["schemas"]["ResultId"];
            priority: components["schemas"]["Level"];
            urgency: components["schemas"]["Level"];
        };
        /** @description Sums over a group of activities for the portfolio's year. A figure is null when no activity in the group knows it; `incomplete` says some activity does not know a figure, so a sum is a lower bound. */
        PortfolioFigures: {
            activities: number;
            budget_planned: number | null;
            budget_spent: number | null;
            reach_planned: number | null;
            reach_actual: number | null;
            incomplete: boolean;
        };
        /** @description Results × activities (block 3B). An activity serving several results counts for each of them; the total counts each activity once. `attention` sets a result's share of the planned budget against its priority and urgency: little is below an equal share, much is above twice an equal share. The cost per child is budget spent per child reached, else planned budget per child planned: for discussion, never a ranking. */
        Portfolio: {
            year: number | null;
            years: number[];
            results: {
                result_id: components["schemas"]["ResultId"];
                title: string;
                ambition_title: string;
                priority: components["schemas"]["Level"] | null;
                urgency: components["schemas"]["Level"] | null;
                figures: components["schemas"]["PortfolioFigures"];
                budget_share: number | null;
                /** @enum {string} */
                attention: "none" | "important_without_activity" | "important_little_budget" | "low_priority_much_budget";
                attention_text: string;
            }[];
            activities: {
                activity_id: components["schemas"]["ActivityId"];
                name: string;
                actor: string;
                echelon: components["schemas"]["Echelon"];
                status: components["schemas"]["ActivityStatus"];
                /** @enum {string|null} */
                kind: "intervention" | "method" | "service" | "group_activity" | null;
                figures: components["schemas"]["PortfolioFigures"];
                cost_per_child: number | null;
                /** @enum {string|null} */
                cost_basis: "spent" | "planned" | null;
                quality_known: boolean;
                monitoring_agreement: boolean;
                result_ids: components["schemas"]["ResultId"][];
            }[];
            cells: {
                result_id: components["schemas"]["ResultId"];
                activity_id: components["schemas"]["ActivityId"];
                reason: string;
            }[];
            echelons: {
                echelon: components["schemas"]["Echelon"];
                figures: components["schemas"]["PortfolioFigures"];
            }[];
            total: components["schemas"]["PortfolioFigures"];
            results_without_activity: components["schemas"]["ResultId"][];
            activities_without_result: components["schemas"]["ActivityId"][];
            decisions: components["schemas"]["ActivityDecision"][];
        };
        /**
         * @description The conditions a municipality may require of a provider (seed 003): guidelines (richtlijnen), registered_professionals (geregistreerde professionals; the share registered as a figure in %), reflection (scholing, supervisie, intervisie), effective_interventions (effectieve interventies of werkzame elementen), shared_decisions (samen beslissen met gezinnen), client_council (cliëntenraad), confidential_adviser (vertrouwenspersoon), complaints_procedure (klachtenregeling), reporting_code (meldcode huiselijk geweld en kindermishandeling), quality_system (kwaliteitssysteem).
         * @enum {string}
         */
        QualityCondition: "guidelines" | "registered_professionals" | "reflection" | "effective_interventions" | "shared_decisions" | "client_council" | "confidential_adviser" | "complaints_procedure" | "reporting_code" | "quality_system";
        /**
         * @description `met` (voldoet), `partly` (deels), `not` (voldoet niet), `unknown` (onbekend).
         * @enum {string}
         */
        ConditionStatus: "met" | "partly" | "not" | "unknown";
        /** @description Quantitative evidence, a number with its unit. */
        QualityFigure: {
            value: number;
            unit: string;
        };
        ConditionRecord: {
            condition: components["schemas"]["QualityCondition"];
            status: components["schemas"]["ConditionStatus"];
            /** @description Qualitative evidence; "" when none. */
            note: string;
            link: string | null;
            figure: components["schemas"]["QualityFigure"] | null;
            /** @description The name of the person who recorded it; null when never recorded. */
            confirmed_by: string | null;
            confirmed_on: components["schemas"]["Date"] | null;
        };
        ProviderQuality: {
            organisation_id: components["schemas"]["OrganisationId"];
            organisation_name: string;
            /** @description Whether the caller may change the record (the provider's own people, administrators). */
            can_edit: boolean;
            conditions: components["schemas"]["ConditionRecord"][];
        };
        ConditionUpdate: {
            status: components["schemas"]["ConditionStatus"];
            note?: string;
            /** @description An http(s) address of the evidence. */
            link?: string | null;
            figure?: components["schemas"]["QualityFigure"] | null;
            confirmed_on?: components["schemas"]["Date"];
        };
        LotId: string;
        ContractLot: {
            id: components["schemas"]["LotId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            name: string;
            description: string;
            required: components["schemas"]["QualityCondition"][];
            providers: components["schemas"]["OrganisationId"][];
        };
        ContractLotCreate: {
            name: string;
            description?: string;
            required: components["schemas"]["QualityCondition"][];
            providers?: components["schemas"]["OrganisationId"][];
        };
        LotCell: {
            condition: components["schemas"]["QualityCondition"];
            status: components["schemas"]["ConditionStatus"];
            confirmed_on: components["schemas"]["Date"] | null;
            /** @description No note, link or figure (or never recorded). */
            evidence_missing: boolean;
            /** @description Confirmed before the overview's horizon_date. */
            out_of_date: boolean;
        };
        LotOverview: {
            lot: components["schemas"]["ContractLot"];
            as_of: components["schemas"]["Date"];
            horizon_months: number;
            horizon_date: components["schemas"]["Date"];
            /** @description By name; cells in the lot's required order. */
            providers: {
                organisation_id: components["schemas"]["OrganisationId"];
                name: string;
                cells: components["schemas"]["LotCell"][];
            }[];
        };
        /**
         * @description The four questions of seed 003: `contribution` (does the offer contribute to what the municipality wants to achieve?), `monitoring` (is effectiveness monitored: dropout, client satisfaction, goal attainment?), `improvement` (how are the results used to improve?), `knowledge_sharing` (is knowledge shared locally, regionally, nationally?).
         * @enum {string}
         */
        EffectivenessQuestion: "contribution" | "monitoring" | "improvement" | "knowledge_sharing";
        EffectivenessAnswer: {
            question: components["schemas"]["EffectivenessQuestion"];
            /** @description "" while not discussed. */
            answer: string;
            evidence: string;
            answered_on: components["schemas"]["Date"] | null;
            /** @description The name of the person who recorded the answer. */
            recorded_by: string | null;
        };
        EffectivenessConversation: {
            collaboration_id: components["schemas"]["CollaborationId"];
            organisation_id: components["schemas"]["OrganisationId"];
            name: string;
            /** @description The provider's AGB code, for the link to the outcome report. */
            agb: string | null;
            /** @description GM codes of the collaboration's regions (a district counts for its municipality). */
            municipalities: components["schemas"]["RegionCode"][];
            answers: components["schemas"]["EffectivenessAnswer"][];
        };
        EffectivenessAnswerUpdate: {
            answer: string;
            evidence?: string;
            answered_on?: components["schemas"]["Date"];
        };
        AssumptionId: string;
        IntermediateOutcomeId: string;
        /**
         * @description none (geen onderbouwing), practice_based (praktijkkennis), research_based (onderzoek).
         * @enum {string}
         */
        EvidenceStrength: "none" | "practice_based" | "research_based";
        /**
         * @description Which way the assumption expects the intermediate outcome's figure to go.
         * @enum {string}
         */
        ExpectedDirection: "increase" | "decrease";
        /**
         * @description Whether the intermediate outcome's figure moves the way the assumption expects. `cannot_say` without an expected direction, without an indicator, without two comparable figures with known counts, or when the change is within normal variation.
         * @enum {string}
         */
        FigureVerdict: "as_expected" | "against" | "cannot_say";
        AssumptionEvidence: {
            strength: components["schemas"]["EvidenceStrength"];
            /** @description Where the evidence comes from; free text, may hold a link. */
            source: string;
        };
        /** @description The figures of an intermediate outcome's indicator for its region (or the nearest level with data, with `level_note`), as the results page shows them: the series with intervals, the latest known value and the change between the last two points with counts. */
        IntermediateFigures: {
            indicator: components["schemas"]["Indicator"];
            region: components["schemas"]["Region"];
            data_region: components["schemas"]["Region"];
            level_note: string | null;
            series: components["schemas"]["Point"][];
            latest: components["schemas"]["Point"] | null;
            change: components["schemas"]["ProgressChange"] | null;
        };
        /** @description A named step between activities and a result that partners can share. */
        IntermediateOutcome: {
            id: components["schemas"]["IntermediateOutcomeId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            name: string;
            indicator: components["schemas"]["IndicatorKey"] | null;
            region: components["schemas"]["RegionCode"] | null;
            figures: components["schemas"]["IntermediateFigures"] | null;
        };
        IntermediateOutcomeCreate: {
            name: string;
            indicator?: components["schemas"]["IndicatorKey"] | null;
            /** @description Only with an indicator; the collaboration's first region when absent. */
            region?: components["schemas"]["RegionCode"] | null;
        };
        /** @description One link of the theory of change, activity → intermediate outcome → societal result, held by one partner. `can_edit` is for the reader: the holder and the coordinator. */
        Assumption: {
            id: components["schemas"]["AssumptionId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            holder_partner_id: components["schemas"]["PartnerId"];
            holder_name: string;
            activity_id: string | null;
            activity_name: string | null;
            intermediate_outcome_id: components["schemas"]["IntermediateOutcomeId"];
            result_id: components["schemas"]["ResultId"];
            explanation: string;
            evidence: components["schemas"]["AssumptionEvidence"];
            open_questions: string;
            expected_direction: components["schemas"]["ExpectedDirection"] | null;
            verdict: {
                verdict: components["schemas"]["FigureVerdict"];
                /** @description Dutch, says why. */
                text: string;
            };
            can_edit: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        AssumptionCreate: {
            result_id: components["schemas"]["ResultId"];
            intermediate_outcome_id: components["schemas"]["IntermediateOutcomeId"];
            activity_id?: string | null;
            /** @description Coordinator only, to record the assumption of another partner. */
            holder_partner_id?: components["schemas"]["PartnerId"] | null;
            explanation?: string;
            evidence: {
                strength: components["schemas"]["EvidenceStrength"];
                source?: string;
            };
            open_questions?: string;
            expected_direction?: components["schemas"]["ExpectedDirection"] | null;
        };
        /** @description An intermediate outcome or result named in the assumptions of more than one partner. */
        SharedGround: {
            id: string;
            name: string;
            partners: {
                partner_id: components["schemas"]["PartnerId"];
                name: string;
            }[];
        };
        TheoryOfChange: {
            collaboration_id: components["schemas"]["CollaborationId"];
            /** @description By name. */
            intermediate_outcomes: components["schemas"]["IntermediateOutcome"][];
            /** @description Every societal result of the collaboration with the assumptions about it, by holder name. */
            results: {
                result: components["schemas"]["SocietalResult"];
                assumptions: components["schemas"]["Assumption"][];
            }[];
            common_ground: {
                intermediate_outcomes: components["schemas"]["SharedGround"][];
                results: components["schemas"]["SharedGround"][];
            };
            /** @description The collaboration's activities, by name, to choose from. */
            activities: {
                id: string;
                name: string;
            }[];
            /** @description Whether the caller may record assumptions (coordinator or partner). */
            can_record: boolean;
        };
        ActionId: string;
        /**
         * @description open, in progress (in uitvoering), done (afgerond) or dropped (vervallen).
         * @enum {string}
         */
        ActionStatus: "open" | "in_progress" | "done" | "dropped";
        /** @description What POST and PUT `.../actions` accept. What the action is about is optional: a societal result, an activity, a figure (an indicator with a region) and/or an organisation. */
        NewImprovementAction: {
            title: string;
            description?: string;
            /** @description The aanspreekpunt, with the mandate to carry the action out. */
            owner_person_id: components["schemas"]["PersonId"];
            due_on: components["schemas"]["Date"];
            result_id?: components["schemas"]["ResultId"] | null;
            activity_id?: components["schemas"]["ActivityId"] | null;
            indicator?: components["schemas"]["IndicatorKey"] | null;
            /** @description With `indicator`, and only with it. */
            region?: components["schemas"]["RegionCode"] | null;
            organisation_id?: components["schemas"]["OrganisationId"] | null;
        };
        ActionStatusInput: {
            status: components["schemas"]["ActionStatus"];
            note?: string;
        };
        ActionStatusChange: {
            status: components["schemas"]["ActionStatus"];
            note: string;
            /** @description The name of the person who changed it. */
            changed_by: string;
            changed_at: components["schemas"]["Timestamp"];
        };
        ImprovementAction: {
            id: components["schemas"]["ActionId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            collaboration_name: string;
            /** @description The partner that recorded it (null when that partner left). */
            created_by_partner_id: components["schemas"]["PartnerId"] | null;
            title: string;
            description: string;
            owner_person_id: components["schemas"]["PersonId"];
            owner_name: string;
            /** @description The name of the owner's organisation. */
            owner_organisation: string;
            due_on: components["schemas"]["Date"];
            status: components["schemas"]["ActionStatus"];
            /** @description Due before today (server date, UTC) and still open or in progress. */
            overdue: boolean;
            result_id: components["schemas"]["ResultId"] | null;
            activity_id: components["schemas"]["ActivityId"] | null;
            indicator: components["schemas"]["IndicatorKey"] | null;
            region: components["schemas"]["RegionCode"] | null;
            organisation_id: components["schemas"]["OrganisationId"] | null;
            /** @description Every status it had, oldest first; the first is `open` at its creation. */
            history: components["schemas"]["ActionStatusChange"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        ActionOwnerCandidate: {
            person_id: components["schemas"]["PersonId"];
            name: string;
            organisation_id: components["schemas"]["OrganisationId"];
            organisation_name: string;
        };
        DialogueId: string;
        /** @description A partner of the collaboration (`partner_id`, role `partner`, its name read back), or someone named in free text with a role; young people and parents take part as equals. */
        DialogueParticipant: {
            partner_id: components["schemas"]["PartnerId"] | null;
            name: string;
            role: components["schemas"]["ParticipantRole"];
        };
        /** @enum {string} */
        ParticipantRole: "partner" | "young_person" | "parent" | "professional" | "other";
        DialogueParticipantInput: {
            partner_id?: string | null;
            name?: string;
            role?: components["schemas"]["ParticipantRole"];
        };
        /** @enum {string} */
        DialogueStatus: "planned" | "held";
        NewDialogue: {
            title: string;
            held_on: components["schemas"]["Date"];
            status?: components["schemas"]["DialogueStatus"];
            participants?: components["schemas"]["DialogueParticipantInput"][];
        };
        DialogueSummary: {
            id: components["schemas"]["DialogueId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            title: string;
            held_on: components["schemas"]["Date"];
            status: components["schemas"]["DialogueStatus"];
            participants: components["schemas"]["DialogueParticipant"][];
            item_count: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @enum {string} */
        AgendaKind: "indicator" | "result" | "outcome" | "evaluation" | "signal" | "quality";
        /** @enum {string} */
        OutcomeFigureName: "started" | "ended" | "ongoing" | "planned" | "satisfaction" | "without_help" | "no_reentry";
        /** @description `indicator` needs `indicator` and `region`; `result` needs `result_id`; `outcome` needs `municipality` (GM code), `outcome_figure` and `help_form` `all` (the default); `evaluation` needs `round_id`; `signal` needs `signal_id`; `quality` needs `organisation_id`, a provider partner of the collaboration (its quality conditions, block 4). Other fields are ignored. */
        AgendaItemInput: {
            kind: components["schemas"]["AgendaKind"];
            indicator?: string | null;
            region?: string | null;
            result_id?: string | null;
            municipality?: string | null;
            outcome_figure?: string | null;
            help_form?: string | null;
            round_id?: string | null;
            signal_id?: string | null;
            organisation_id?: string | null;
        };
        /** @description Whether the latest point of a series with counts is common-cause (`common_cause`) or special-cause (`special_cause`) variation on a p-chart with run rules; `cannot_say` when the series has no counts or fewer than three points. `text` says it in Dutch. */
        ControlVerdict: {
            /** @enum {string} */
            verdict: "common_cause" | "special_cause" | "cannot_say";
            text: string;
            rules: ("beyond_limits" | "run" | "trend" | "two_of_three")[];
        };
        /** @description The figure of an agenda item as the reader may see it. `available` is false (with a `note`) when the reader may not see it or it no longer exists. A series of points (an indicator, result or outcome figure; suppressed points have status `confidential` and no value) or `facts` (an evaluation round, a signal). */
        AgendaFigure: {
            title: string;
            unit: string;
            available: boolean;
            note: string | null;
            /** @description The table or records the figure comes from (the indicator's source), for the report; null when the figure has none. */
            source: string | null;
            series: components["schemas"]["Point"][];
            latest: components["schemas"]["Point"] | null;
            change: components["schemas"]["ProgressChange"] | null;
            control: components["schemas"]["ControlVerdict"];
            facts: {
                label: string;
                value: string;
            }[];
        };
        /**
         * @description recognise = herkennen, explain = verklaren, appreciate = waarderen, improve = verbeteren.
         * @enum {string}
         */
        DialogueQuestion: "recognise" | "explain" | "appreciate" | "improve";
        /** @enum {string} */
        ExplanationStatus: "none" | "to_be_tested" | "confirmed" | "rejected";
        DialogueAnswer: {
            id: string;
            question: components["schemas"]["DialogueQuestion"];
            text: string;
            explanation_status: components["schemas"]["ExplanationStatus"];
            evidence: string;
            partner_id: components["schemas"]["PartnerId"] | null;
            /** @description The name of the person who answered. */
            author: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        DialogueAnswerInput: {
            question: components["schemas"]["DialogueQuestion"];
            text: string;
            /** @description `none` or, for `explain`, `to_be_tested`; anything else is 400. */
            explanation_status?: components["schemas"]["ExplanationStatus"];
        };
        ExplanationInput: {
            explanation_status: components["schemas"]["ExplanationStatus"];
            evidence?: string;
        };
        AgendaItem: {
            id: string;
            position: number;
            kind: components["schemas"]["AgendaKind"];
            indicator: string | null;
            region: string | null;
            result_id: string | null;
            municipality: string | null;
            outcome_figure: components["schemas"]["OutcomeFigureName"] | null;
            help_form: string | null;
            round_id: string | null;
            signal_id: string | null;
            organisation_id: string | null;
            created_at: components["schemas"]["Timestamp"];
            figure: components["schemas"]["AgendaFigure"];
            answers: components["schemas"]["DialogueAnswer"][];
        };
        PreviousAction: {
            action: components["schemas"]["ImprovementAction"];
            /** @description The later value of the figure the action is about (its result, or indicator and region). */
            figure: components["schemas"]["AgendaFigure"] | null;
        };
        Dialogue: {
            id: components["schemas"]["DialogueId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            title: string;
            held_on: components["schemas"]["Date"];
            status: components["schemas"]["DialogueStatus"];
            participants: components["schemas"]["DialogueParticipant"][];
            item_count: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            items: components["schemas"]["AgendaItem"][];
            previous_dialogue_id: components["schemas"]["DialogueId"] | null;
            previous_held_on: components["schemas"]["Date"] | null;
            previous_actions: components["schemas"]["PreviousAction"][];
            agreed_actions: components["schemas"]["ImprovementAction"][];
        };
        FollowUpQuestion: {
            id: string;
            collaboration_id: components["schemas"]["CollaborationId"];
            text: string;
            dialogue_id: components["schemas"]["DialogueId"] | null;
            item_id: string | null;
            /** @description The name of the person who asked it. */
            author: string;
            created_at: components["schemas"]["Timestamp"];
        };
        FollowUpQuestionInput: {
            text: string;
            dialogue_id?: string | null;
            item_id?: string | null;
        };
        /** @description The body of PUT on an ambition (PUT replaces every field), with an optional reason for the history. */
        AmbitionUpdate: {
            title: string;
            statement: string;
            agreed_on: components["schemas"]["Date"];
            agreed_by?: components["schemas"]["PartnerId"][];
            indicators?: components["schemas"]["IndicatorKey"][];
            signals?: components["schemas"]["SignalId"][];
            /** @description Why it changes; kept in the history. */
            reason?: string;
        };
        /** @description The body of PUT on a societal result: the fields of SocietalResultCreate and a `reason`, required (non-blank) when the indicator, the baseline or the target changes. */
        SocietalResultUpdate: {
            title: string;
            indicator: components["schemas"]["IndicatorKey"];
            regions: components["schemas"]["RegionCode"][];
            baseline: components["schemas"]["Baseline"];
            target: components["schemas"]["Target"];
            agreed_by?: components["schemas"]["PartnerId"][];
            agreed_on: components["schemas"]["Date"];
            /** @description Why it changes; kept in the history. */
            reason?: string;
        };
        /** @description One changed field, old and new as text (lists joined with ", ", numbers in their shortest form). */
        FieldChange: {
            /** @description title, indicator, regions, baseline.value, baseline.period, target.value, target.year, agreed_by, agreed_on (results); title, statement, agreed_on, agreed_by, indicators, signals (ambitions). */
            field: string;
            old: string;
            new: string;
        };
        /**
         * @description One change of a societal result or an ambition.
         * @example {
         *       "seq": 1,
         *       "object_type": "societal_result",
         *       "object_id": "res_1",
         *       "reason": "Nieuwe afspraak in de stuurgroep",
         *       "changed_by": "An de Vries",
         *       "changed_at": "2026-11-24T10:15:00Z",
         *       "changes": [
         *         {
         *           "field": "target.value",
         *           "old": "10",
         *           "new": "9.5"
         *         }
         *       ]
         *     }
         */
        HistoryEntry: {
            /** @description 1, 2, ... per result or ambition. */
            seq: number;
            /** @enum {string} */
            object_type: "ambition" | "societal_result";
            object_id: string;
            /** @description Empty when none was given (allowed for changes that do not touch what is measured). */
            reason: string;
            /** @description The name of the person who made the change. */
            changed_by: string;
            changed_at: components["schemas"]["Timestamp"];
            changes: components["schemas"]["FieldChange"][];
        };
        OutcomeContactInput: {
            name: string;
            role?: string;
            /** @description Empty or an e-mail address. */
            email?: string;
            phone?: string;
        };
        OutcomeContact: {
            name: string;
            role: string;
            email: string;
            phone: string;
            /** @description The name of the person who recorded it. */
            updated_by: string;
            updated_at: components["schemas"]["Timestamp"];
        };
        ProviderActionInput: {
            title: string;
            description?: string;
            /** @description The help form it concerns, a protocol code (01..04, 11..14 or 00), or null for all. */
            help_form?: string | null;
            due_on: components["schemas"]["Date"];
            /** @description Counts only when an action is changed; a new action is open. */
            status?: components["schemas"]["ActionStatus"];
        };
        ProviderAction: {
            id: string;
            organisation_id: components["schemas"]["OrganisationId"];
            title: string;
            description: string;
            help_form: string | null;
            due_on: components["schemas"]["Date"];
            status: components["schemas"]["ActionStatus"];
            overdue: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        ProviderNotes: {
            organisation_id: components["schemas"]["OrganisationId"];
            organisation_name: string;
            agb: string | null;
            can_edit: boolean;
            contact: components["schemas"]["OutcomeContact"] | null;
            /** @description By due date. */
            actions: components["schemas"]["ProviderAction"][];
        };
        MunicipalityProviderNotes: {
            code: string;
            name: string | null;
            providers: {
                agb: string;
                name: string;
                notes: components["schemas"]["ProviderNotes"] | null;
            }[];
            /** @description Providers folded into "overige aanbieders" in the report; not named. */
            other_provider_count: number;
        };
        /** @description A person as administrators see them, with whether the account is on. */
        AdminPerson: {
            id: components["schemas"]["PersonId"];
            email: string;
            name: string;
            organisation_id: components["schemas"]["OrganisationId"];
            platform_admin: boolean;
            /** @description False when the account is switched off; it cannot sign in then. */
            active: boolean;
        };
        AccountCreate: {
            email: string;
            name: string;
            organisation_id: components["schemas"]["OrganisationId"];
            platform_admin?: boolean;
        };
        AccountUpdate: {
            name: string;
            organisation_id: components["schemas"]["OrganisationId"];
            platform_admin: boolean;
            active: boolean;
        };
        /** @description A one-time link's token (64 hex characters), shown once; valid for 24 hours and once. */
        PasswordLink: {
            token: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        CreatedAccount: {
            person: components["schemas"]["AdminPerson"];
            link: components["schemas"]["PasswordLink"];
        };
        PasswordLinkToken: {
            token: string;
        };
        PasswordLinkUse: {
            token: string;
            password: string;
        };
        /** @description Who a working link is for. */
        PasswordLinkInfo: {
            name: string;
            email: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        OwnDataArea: {
            /** @description True for a platform administrator. */
            any_region: boolean;
            /** @description The municipality whose area the caller may upload for; null with any_region. */
            municipality: string | null;
        };
        OwnDataUpload: {
            /**
             * @description kwb-csv (CBS CSV download), odata-zip (a zip of saved StatLine OData sets) or long-csv.
             * @enum {string}
             */
            format: "kwb-csv" | "odata-zip" | "long-csv";
            /** @description The file's own name, used in error messages and the audit trail. */
            filename: string;
            /** @description The file's bytes, base64-encoded (at most 32 MiB decoded). */
            content_base64: string;
        };
        OwnDataUploadResult: {
            /** @enum {string} */
            format: "cbs-csv" | "cbs-odata" | "long-csv";
            /** @description The same content was loaded before; nothing changed. */
            already_imported: boolean;
            regions: number;
            indicators: number;
            observations: number;
        };
        IndicatorDescription: {
            title: string;
            unit: string;
            decimals: number;
            direction: components["schemas"]["Direction"];
            definition: string;
            source: string;
        };
        IndicatorForEditing: {
            indicator: components["schemas"]["Indicator"];
            /** @description A CBS indicator nobody uploaded as their own; its definition is not editable. */
            built_in: boolean;
            /** @description The organisation that uploaded it as its own; null when none. */
            owner_organisation_id: string | null;
            /** @description The local note, with who set it last and when. */
            note: {
                text: string;
                /** @description The person's name. */
                updated_by: string;
                updated_at: components["schemas"]["Timestamp"];
            } | null;
            can_edit: boolean;
            can_note: boolean;
        };
        MunicipalityClasses: {
            region: components["schemas"]["Region"];
            /** @description CBS mate van stedelijkheid, 1 (zeer sterk stedelijk) to 5 (niet stedelijk); null when not loaded. */
            urbanisation: number | null;
            urbanisation_name: string | null;
            /** @description CBS gemeentegrootteklasse 1 (fewer than 5,000 inhabitants) to 8 (250,000 or more); null when not loaded. */
            size_class: number | null;
            size_class_name: string | null;
        };
        SimilarComparison: {
            municipality: components["schemas"]["MunicipalityClasses"];
            group: {
                /** @enum {string} */
                mode: "both" | "urbanisation" | "size" | "picked";
                /** @description Dutch, e.g. "gemeenten met 150.000 tot 250.000 inwoners, sterk stedelijk". */
                name: string;
                /** @description False when the municipality lacks a class the group is chosen by (then it has no members). */
                classes_known: boolean;
                /** @description Never the municipality itself; by name. */
                members: components["schemas"]["Region"][];
            };
            /** @description Every other municipality loaded, with its classes, by name; to pick from. */
            candidates: components["schemas"]["MunicipalityClasses"][];
            entries: {
                indicator: string;
                /** @description The municipality's latest period of the indicator; the members' figures are for it. */
                period: string;
                /** @description The group's value, rounded as the indicator is published; null when no member has one. */
                value: number | null;
                /**
                 * @description pooled (sum of numerators / sum of denominators) or median (unweighted, of the members with a value).
                 * @enum {string}
                 */
                method: "pooled" | "median";
                with_value: components["schemas"]["RegionCode"][];
                without_value: components["schemas"]["RegionCode"][];
            }[];
        };
        /** @description A signal of one of the caller's collaborations, with that collaboration's name. */
        AreaSignal: {
            id: components["schemas"]["SignalId"];
            collaboration_id: components["schemas"]["CollaborationId"];
            collaboration_name: string;
            text: string;
            source: components["schemas"]["SignalSource"];
            source_detail: string;
            date: components["schemas"]["Date"];
            region: components["schemas"]["RegionCode"] | null;
            theme: string;
            ambition_id: components["schemas"]["AmbitionId"] | null;
            result_id: components["schemas"]["ResultId"] | null;
            created_by: string;
        };
    };
    responses: {
        /** @description A parameter is missing or malformed (code `invalid_argument`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_argument",
                 *         "message": "'XX12' is geen regiocode",
                 *         "field": "code"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The region, indicator or path does not exist (code `not_found`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "not_found",
                 *         "message": "Regio GM9999 bestaat niet",
                 *         "field": "code"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An unexpected failure (code `internal`). */
        Internal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A dependency, such as the database, is down (code `unavailable`). */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The figures are still being computed (code `unavailable`, with `Retry-After`): the computation goes on and its result is kept; ask again after `Retry-After` seconds. The same while the server is stopping or too many computations are waiting. Without `Retry-After`: a dependency, such as the database, is down. */
        StillComputing: {
            headers: {
                /** @description Seconds to wait before asking again; present when the figures are being computed. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid session, or (sign-in) a wrong e-mail address or password (code `unauthenticated`). */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthenticated",
                 *         "message": "E-mailadres of wachtwoord klopt niet"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not allowed for this person or role, or a state-changing request without a matching `Origin` or `X-CSRF-Token` (code `forbidden`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "forbidden",
                 *         "message": "Het beveiligingstoken ontbreekt of klopt niet",
                 *         "field": "x-csrf-token"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The change conflicts with the current state (code `conflict`). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A state-changing request whose `Content-Type` is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many failed sign-ins (code `rate_limited`); try again after `Retry-After` seconds. */
        RateLimited: {
            headers: {
                /** @description Seconds to wait. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description A CBS region code. 400 when malformed, 404 when unknown.
         * @example GM0034
         */
        RegionCodePath: components["schemas"]["RegionCode"];
        /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
        CollaborationIdPath: components["schemas"]["CollaborationId"];
        /** @description A partner id (`prt_…`) of the collaboration. */
        PartnerIdPath: components["schemas"]["PartnerId"];
        /** @description An evaluation round id (`evr_…`) of the collaboration. */
        RoundIdPath: components["schemas"]["RoundId"];
        /** @description An ambition id (`amb_…`) of the collaboration. */
        AmbitionIdPath: components["schemas"]["AmbitionId"];
        /** @description A societal result id (`res_…`) of the collaboration. */
        ResultIdPath: components["schemas"]["ResultId"];
        /** @description csv (the default) or xlsx. */
        ExportFormat: "csv" | "xlsx";
        /** @description An activity id (`act_…`) of the collaboration. */
        ActivityIdPath: components["schemas"]["ActivityId"];
        /** @description An improvement action id (`acn_…`) of the collaboration. */
        ActionIdPath: components["schemas"]["ActionId"];
        /** @description The year of the budget and reach figures; the latest year with figures when absent. */
        PortfolioYear: number;
        /** @description The organisation id (`org_…`) of a provider. */
        ProviderIdPath: components["schemas"]["OrganisationId"];
        /** @description A quality condition; 400 when unknown. */
        ConditionPath: components["schemas"]["QualityCondition"];
        /** @description A contract lot id (`lot_…`) of the collaboration. */
        LotIdPath: components["schemas"]["LotId"];
        /** @description One of the four effectiveness questions; 400 when unknown. */
        QuestionPath: components["schemas"]["EffectivenessQuestion"];
        /** @description An assumption id (`asm_…`) of the collaboration. */
        AssumptionIdPath: components["schemas"]["AssumptionId"];
        /** @description A person id (`per_…`). 404 when unknown. */
        PersonIdPath: components["schemas"]["PersonId"];
        /** @description An organisation id (`org_…`). 404 when unknown. */
        OrganisationIdPath: components["schemas"]["OrganisationId"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up and its database answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listRegions: {
        parameters: {
            query?: {
                /**
                 * @description Only the regions whose `parent` is this code.
                 * @example GM0034
                 */
                parent?: components["schemas"]["RegionCode"];
                /**
                 * @description Only the regions of this level.
                 * @example district
                 */
                level?: components["schemas"]["RegionLevel"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching regions, ordered by code (possibly empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"][];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A CBS region code. 400 when malformed, 404 when unknown.
                 * @example GM0034
                 */
                code: components["parameters"]["RegionCodePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getRegionProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A CBS region code. 400 when malformed, 404 when unknown.
                 * @example GM0034
                 */
                code: components["parameters"]["RegionCodePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile; one entry per indicator that has observations for the region. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listIndicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All indicators, ordered by key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"][];
                };
            };
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listObservations: {
        parameters: {
            query: {
                /**
                 * @description One or more region codes, comma separated (`GM0034,WK003401`). 400 when missing or
                 *     malformed, 404 when a code is unknown.
                 * @example [
                 *       "GM0034",
                 *       "WK003401"
                 *     ]
                 */
                region: components["schemas"]["RegionCode"][];
                /**
                 * @description Only this indicator (its key). 404 when unknown.
                 * @example PercentageJongerenMetJeugdzorg
                 */
                indicator?: components["schemas"]["IndicatorKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The observations, ordered by indicator, region and period. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Observation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in person, their organisation and the CSRF token for changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description Signed in; the session cookie is set. */
            200: {
                headers: {
                    /** @description `kompas_session=<token>; Path=/; HttpOnly; SameSite=Strict; Max-Age=…` (with `--secure-cookies`: `__Host-kompas_session=…; Secure`). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the session no longer works. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationCreate"];
            };
        };
        responses: {
            /** @description The new organisation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For a platform administrator every person; for anyone else the people of their own organisation only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCreate"];
            };
        };
        responses: {
            /** @description The new person (never the password). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description A field is missing or malformed; `field: password` when the password breaks the policy (12–128 characters, not a common password). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCollaborations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Only the collaborations the caller's organisation or the caller (as a person partner) is a partner of. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Collaboration"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createCollaboration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollaborationCreate"];
            };
        };
        responses: {
            /** @description The new collaboration. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaborationDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCollaboration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collaboration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaborationDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    putAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Agreements"];
            };
        };
        responses: {
            /** @description The collaboration with the new agreements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaborationDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    addPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerCreate"];
            };
        };
        responses: {
            /** @description The new partner. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    removePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A partner id (`prt_…`) of the collaboration. */
                partner_id: components["parameters"]["PartnerIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listEvaluationRounds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rounds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRound"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    openEvaluationRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationRoundCreate"];
            };
        };
        responses: {
            /** @description The new round. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getEvaluationResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An evaluation round id (`evr_…`) of the collaboration. */
                round_id: components["parameters"]["RoundIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round with one summary per element, in the fixed order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    putEvaluationResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An evaluation round id (`evr_…`) of the collaboration. */
                round_id: components["parameters"]["RoundIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationResponse"];
            };
        };
        responses: {
            /** @description The round's results after this response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    closeEvaluationRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An evaluation round id (`evr_…`) of the collaboration. */
                round_id: components["parameters"]["RoundIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyObject"];
            };
        };
        responses: {
            /** @description The closed round's results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAmbitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ambitions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ambition"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createAmbition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmbitionCreate"];
            };
        };
        responses: {
            /** @description The new ambition. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ambition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAmbition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An ambition id (`amb_…`) of the collaboration. */
                ambition_id: components["parameters"]["AmbitionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ambition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmbitionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateAmbition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An ambition id (`amb_…`) of the collaboration. */
                ambition_id: components["parameters"]["AmbitionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmbitionUpdate"];
            };
        };
        responses: {
            /** @description The changed ambition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ambition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteAmbition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An ambition id (`amb_…`) of the collaboration. */
                ambition_id: components["parameters"]["AmbitionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createSocietalResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An ambition id (`amb_…`) of the collaboration. */
                ambition_id: components["parameters"]["AmbitionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocietalResultCreate"];
            };
        };
        responses: {
            /** @description The new societal result. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocietalResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listResultsDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per societal result of the collaboration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardRow"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getResultProgress: {
        parameters: {
            query?: {
                /**
                 * @description The region to follow; the first of the result's `regions` when absent.
                 * @example WK003401
                 */
                region?: components["schemas"]["RegionCode"];
            };
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A societal result id (`res_…`) of the collaboration. */
                result_id: components["parameters"]["ResultIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, the path from baseline to target and the status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Progress"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateSocietalResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A societal result id (`res_…`) of the collaboration. */
                result_id: components["parameters"]["ResultIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocietalResultUpdate"];
            };
        };
        responses: {
            /** @description The changed societal result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocietalResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteSocietalResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A societal result id (`res_…`) of the collaboration. */
                result_id: components["parameters"]["ResultIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listSignals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signals, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signal"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createSignal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignalCreate"];
            };
        };
        responses: {
            /** @description The new signal. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listActivities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activities, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewActivity"];
            };
        };
        responses: {
            /** @description The new activity. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An activity id (`act_…`) of the collaboration. */
                activity_id: components["parameters"]["ActivityIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An activity id (`act_…`) of the collaboration. */
                activity_id: components["parameters"]["ActivityIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewActivity"];
            };
        };
        responses: {
            /** @description The changed activity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An activity id (`act_…`) of the collaboration. */
                activity_id: components["parameters"]["ActivityIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its links, years and decisions. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    decideOnActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An activity id (`act_…`) of the collaboration. */
                activity_id: components["parameters"]["ActivityIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewActivityDecision"];
            };
        };
        responses: {
            /** @description The recorded decision. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDecision"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    setResultPriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A societal result id (`res_…`) of the collaboration. */
                result_id: components["parameters"]["ResultIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResultPriorityInput"];
            };
        };
        responses: {
            /** @description The priority as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultPriority"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPortfolio: {
        parameters: {
            query?: {
                /** @description The year of the budget and reach figures; the latest year with figures when absent. */
                year?: components["parameters"]["PortfolioYear"];
            };
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portfolio of one year. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportPortfolio: {
        parameters: {
            query?: {
                /** @description The year of the budget and reach figures; the latest year with figures when absent. */
                year?: components["parameters"]["PortfolioYear"];
                /** @description xlsx (the default, every sheet) or csv (the matrix only). */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook, as an attachment named aanbodanalyse.xlsx (or the matrix as aanbodanalyse.csv). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportRegionProfile: {
        parameters: {
            query?: {
                /** @description csv (the default) or xlsx. */
                format?: components["parameters"]["ExportFormat"];
            };
            header?: never;
            path: {
                /** @description A region code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table, as an attachment (staat-van-de-jeugd-{code}.csv or .xlsx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportResults: {
        parameters: {
            query?: {
                /** @description csv (the default) or xlsx. */
                format?: components["parameters"]["ExportFormat"];
            };
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table, as an attachment (resultaten.csv or .xlsx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportActions: {
        parameters: {
            query?: {
                /** @description csv (the default) or xlsx. */
                format?: components["parameters"]["ExportFormat"];
            };
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table, as an attachment (verbeteracties.csv or .xlsx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description Only records of this person id. */
                person?: string;
                /** @description Only records about this object id. */
                object?: string;
                /** @description Only records at or after this moment (ISO-8601 UTC). */
                from?: components["schemas"]["Timestamp"];
                /** @description Only records at or before this moment (ISO-8601 UTC). */
                to?: components["schemas"]["Timestamp"];
                /** @description At most this many records. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching records, newest (highest `seq`) first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecord"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOwnOutcomes: {
        parameters: {
            query?: {
                /** @description Years (default) or half years. */
                granularity?: "year" | "half_year";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Outcomes by help form and period. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMunicipalityOutcomes: {
        parameters: {
            query?: {
                /** @description Years (default) or half years. */
                granularity?: "year" | "half_year";
            };
            header?: never;
            path: {
                /**
                 * @description GM + 4 digits; 400 otherwise.
                 * @example GM0363
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Outcomes by help form and period, and by provider and period. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["Internal"];
            503: components["responses"]["StillComputing"];
        };
    };
    exportMunicipalityOutcomes: {
        parameters: {
            query?: {
                /** @description csv (default) or xlsx. */
                format?: "csv" | "xlsx";
                /** @description Years (default) or half years. */
                granularity?: "year" | "half_year";
            };
            header?: never;
            path: {
                /**
                 * @description GM + 4 digits; 400 otherwise.
                 * @example GM0363
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table, as an attachment named uitkomsten-{code}-{granularity}.{format}. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["Internal"];
            503: components["responses"]["StillComputing"];
        };
    };
    getFunnel: {
        parameters: {
            query?: {
                indicator?: "planned" | "without_help" | "no_reentry";
                /** @description The year of the ends; default last year. */
                year?: number;
                /** @description Only trajectories of this municipality's residents (GM + 4 digits). */
                municipality?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Points ordered by provider code, never by share, and the control limits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Funnel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["Internal"];
            503: components["responses"]["StillComputing"];
        };
    };
    listOwnTrajectories: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of records, pseudonymised. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrajectoryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    uploadTrajectories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrajectoryUpload"];
            };
        };
        responses: {
            /** @description What was read. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrajectoryUploadResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProviderQuality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every condition, in the order of the list; never recorded is unknown. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderQuality"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateProviderCondition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
                /** @description A quality condition; 400 when unknown. */
                condition: components["parameters"]["ConditionPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConditionUpdate"];
            };
        };
        responses: {
            /** @description The provider's whole record after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderQuality"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listContractLots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lots, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractLot"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createContractLot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractLotCreate"];
            };
        };
        responses: {
            /** @description The new lot. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractLot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getLotOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A contract lot id (`lot_…`) of the collaboration. */
                lot_id: components["parameters"]["LotIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lot and its overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotOverview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateContractLot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A contract lot id (`lot_…`) of the collaboration. */
                lot_id: components["parameters"]["LotIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractLotCreate"];
            };
        };
        responses: {
            /** @description The changed lot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractLot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listEffectivenessConversations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One conversation per provider partner, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectivenessConversation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getEffectivenessConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectivenessConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    recordEffectivenessAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
                /** @description One of the four effectiveness questions; 400 when unknown. */
                question: components["parameters"]["QuestionPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EffectivenessAnswerUpdate"];
            };
        };
        responses: {
            /** @description The conversation after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectivenessConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTheoryOfChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The theory of change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TheoryOfChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createIntermediateOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntermediateOutcomeCreate"];
            };
        };
        responses: {
            /** @description The new intermediate outcome. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntermediateOutcome"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createAssumption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssumptionCreate"];
            };
        };
        responses: {
            /** @description The new assumption. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assumption"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateAssumption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An assumption id (`asm_…`) of the collaboration. */
                assumption_id: components["parameters"]["AssumptionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssumptionCreate"];
            };
        };
        responses: {
            /** @description The changed assumption. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assumption"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteAssumption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An assumption id (`asm_…`) of the collaboration. */
                assumption_id: components["parameters"]["AssumptionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listImprovementActions: {
        parameters: {
            query?: {
                /** @description Only actions with this status. 400 for an unknown status. */
                status?: components["schemas"]["ActionStatus"];
            };
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actions, by due date. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementAction"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createImprovementAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewImprovementAction"];
            };
        };
        responses: {
            /** @description The recorded action. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementAction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getImprovementAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An improvement action id (`acn_…`) of the collaboration. */
                action_id: components["parameters"]["ActionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementAction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateImprovementAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An improvement action id (`acn_…`) of the collaboration. */
                action_id: components["parameters"]["ActionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewImprovementAction"];
            };
        };
        responses: {
            /** @description The changed action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementAction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteImprovementAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An improvement action id (`acn_…`) of the collaboration. */
                action_id: components["parameters"]["ActionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its history. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    changeImprovementActionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An improvement action id (`acn_…`) of the collaboration. */
                action_id: components["parameters"]["ActionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionStatusInput"];
            };
        };
        responses: {
            /** @description The action with its new status and history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementAction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listActionOwners: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionOwnerCandidate"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMyImprovementActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementAction"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listDialogues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dialogues, by date. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialogueSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createDialogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDialogue"];
            };
        };
        responses: {
            /** @description The dialogue. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dialogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getDialogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A dialogue id (`dlg_…`) of this collaboration; 404 otherwise. */
                dialogue_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dialogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dialogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateDialogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A dialogue id (`dlg_…`) of this collaboration; 404 otherwise. */
                dialogue_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDialogue"];
            };
        };
        responses: {
            /** @description The dialogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dialogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    addAgendaItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A dialogue id (`dlg_…`) of this collaboration; 404 otherwise. */
                dialogue_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgendaItemInput"];
            };
        };
        responses: {
            /** @description The dialogue with the new item last. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dialogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    answerDialogueQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A dialogue id (`dlg_…`) of this collaboration; 404 otherwise. */
                dialogue_id: string;
                /** @description An agenda item id (`dai_…`) of this dialogue; 404 otherwise. */
                item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DialogueAnswerInput"];
            };
        };
        responses: {
            /** @description The dialogue with the answer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dialogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    markExplanation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A dialogue id (`dlg_…`) of this collaboration; 404 otherwise. */
                dialogue_id: string;
                /** @description An answer id (`dan_…`) of this dialogue; 404 otherwise. */
                answer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExplanationInput"];
            };
        };
        responses: {
            /** @description The dialogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dialogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listFollowUpQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questions, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpQuestion"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    addFollowUpQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpQuestionInput"];
            };
        };
        responses: {
            /** @description The question. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpQuestion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getResultHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description A societal result id (`res_…`) of the collaboration. */
                result_id: components["parameters"]["ResultIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every change, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntry"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAmbitionHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A collaboration id (`col_…`). 404 when unknown or when the caller is not a partner. */
                id: components["parameters"]["CollaborationIdPath"];
                /** @description An ambition id (`amb_…`) of the collaboration. */
                ambition_id: components["parameters"]["AmbitionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every change, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntry"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProviderNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider's notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderNotes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    putOutcomeContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomeContactInput"];
            };
        };
        responses: {
            /** @description The provider's notes after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderNotes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    addProviderAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderActionInput"];
            };
        };
        responses: {
            /** @description The provider's notes after the change. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderNotes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    changeProviderAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id (`org_…`) of a provider. */
                org_id: components["parameters"]["ProviderIdPath"];
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderActionInput"];
            };
        };
        responses: {
            /** @description The provider's notes after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderNotes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMunicipalityProviderNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description GM + 4 digits; 400 otherwise.
                 * @example GM0363
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The named providers with their notes (null when the provider has no organisation in Kompas). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityProviderNotes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAdminPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every person, by name and e-mail address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPerson"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreate"];
            };
        };
        responses: {
            /** @description The new person and the link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person id (`per_…`). 404 when unknown. */
                person_id: components["parameters"]["PersonIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdate"];
            };
        };
        responses: {
            /** @description The person as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPerson"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPasswordLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person id (`per_…`). 404 when unknown. */
                person_id: components["parameters"]["PersonIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyObject"];
            };
        };
        responses: {
            /** @description The link's token, shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organisation id (`org_…`). 404 when unknown. */
                org_id: components["parameters"]["OrganisationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationCreate"];
            };
        };
        responses: {
            /** @description The organisation as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    checkPasswordLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordLinkToken"];
            };
        };
        responses: {
            /** @description The link works. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordLinkInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    setPasswordWithLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordLinkUse"];
            };
        };
        responses: {
            /** @description The password is set; sign in with it. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOwnDataArea: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The area. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnDataArea"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    uploadOwnData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OwnDataUpload"];
            };
        };
        responses: {
            /** @description What was read (nothing when `already_imported`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnDataUploadResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getIndicatorForEditing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: components["schemas"]["IndicatorKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicator, its owner, its local note and what the caller may change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorForEditing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    editIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: components["schemas"]["IndicatorKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndicatorDescription"];
            };
        };
        responses: {
            /** @description The indicator as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorForEditing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    setIndicatorNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: components["schemas"]["IndicatorKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description The indicator with its note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorForEditing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSimilarMunicipalities: {
        parameters: {
            query?: {
                /** @description both (default), urbanisation, size or picked. */
                group?: "both" | "urbanisation" | "size" | "picked";
                /** @description With group=picked, the municipality codes, comma-separated (at most 400). */
                members?: string;
            };
            header?: never;
            path: {
                /**
                 * @description A CBS region code. 400 when malformed, 404 when unknown.
                 * @example GM0034
                 */
                code: components["parameters"]["RegionCodePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group and its values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarComparison"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAreaSignals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A CBS region code. 400 when malformed, 404 when unknown.
                 * @example GM0034
                 */
                code: components["parameters"]["RegionCodePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaSignal"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
}
