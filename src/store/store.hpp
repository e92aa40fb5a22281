// Persistence of Kompas' data behind one interface, with SQLite (embedded default) and
// PostgreSQL (server option) implementations that share the numbered migrations.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/account.hpp"
#include "core/activity.hpp"
#include "core/ambition.hpp"
#include "core/audit.hpp"
#include "core/collaboration.hpp"
#include "core/dialogue.hpp"
#include "core/error.hpp"
#include "core/evaluation.hpp"
#include "core/history.hpp"
#include "core/improvement_action.hpp"
#include "core/indicator.hpp"
#include "core/merger.hpp"
#include "core/observation_sink.hpp"
#include "core/password_link.hpp"
#include "core/provider_notes.hpp"
#include "core/quality.hpp"
#include "core/region.hpp"
#include "core/theory.hpp"
#include "core/trajectory.hpp"

namespace kompas {

// What identifies one import: the same content from the same kind of source is imported once.
struct ImportRecord {
    std::string format;        // "kwb-csv", "long-csv", "cbs-odata", ...
    std::string source;        // file or folder name, table id; for people, not for identity
    std::string content_hash;  // hex BLAKE2b-256 of the content
    // The change's audit record (an upload by a person), appended in the import's own transaction,
    // also when the content was imported before: an import is never stored without it (issue 13).
    std::optional<AuditEntry> audit{};
};

struct ImportSummary {
    bool already_imported = false;  // same hash seen before: nothing was written
    std::int64_t regions = 0;       // rows delivered to the sink, per kind
    std::int64_t indicators = 0;
    std::int64_t observations = 0;
    std::int64_t successions = 0;   // municipal mergers written (ReplaceSuccessions)
    std::int64_t trajectories = 0;  // trajectory records written (ImportTrajectories)
};

// How a delivered trajectory record changes the stored one with the same key (provider, client,
// help form, start): a whole record (CSV, Excel) replaces it; an iJw start (JW305) sets what a
// start knows and leaves an end already recorded alone; an iJw stop (JW307) also sets the end.
enum class TrajectoryChange { kWhole, kStart, kStop };

// What ImportTrajectories hands its `write` callback: one Put per record, inside the transaction.
class TrajectoryWriter {
public:
    virtual ~TrajectoryWriter() = default;
    // By value: a caller that is done with the record moves it in instead of copying its texts.
    virtual Result<void> Put(Trajectory trajectory, TrajectoryChange change) = 0;
};

struct RegionQuery {
    std::string parent;                // only children of this region, when set
    std::optional<RegionLevel> level;  // only this level, when set
};

struct ObservationQuery {
    std::vector<std::string> regions;  // required: at least one region code
    std::string indicator;             // all indicators when empty
};

// A signal with the name of its collaboration, for an area's profile (issue 15).
struct AreaSignal {
    Signal signal;
    std::string collaboration_name;
};

// A local note on an indicator (issue 15), shown with its definition.
struct IndicatorNote {
    std::string indicator;
    std::string note;
    std::string updated_by;  // person id; the name when read for display
    std::string updated_at;
};

struct StoreCounts {
    std::int64_t regions = 0;
    std::int64_t indicators = 0;
    std::int64_t observations = 0;
    std::int64_t imports = 0;
};

// A person with what signing in checks against. Only the store and the sign-in code see it.
struct PersonCredentials {
    Person person;
    std::string password_hash;
};

// A stored session: the token's hash, never the token.
struct SessionRecord {
    std::string token_hash;
    std::string person_id;
    std::string csrf_token;
    std::string created_at;  // ISO-8601 UTC
    std::string last_seen;   // ISO-8601 UTC
};

// The outcome of Store::BeginSignInAttempt.
struct SignInAttempt {
    bool allowed = false;
    std::string oldest_failure;  // refused: the oldest failure (ISO-8601) of the limit that was hit
};

// Everything the summary of one evaluation round needs, already stripped of who answered what.
struct EvaluationRoundData {
    EvaluationRound round;
    std::vector<ScoredResponse> responses;
    std::vector<ScoredResponse> previous;  // of the round opened before it; empty when none
};

// Block 3A: what the store holds of one collaboration's theory of change, and the caller's place
// in it. Assumptions carry holder_name and activity_name; verdict and can_edit are left to the service.
struct TheoryRecords {
    std::string my_partner_id;
    CollaborationRole my_role = CollaborationRole::kViewer;
    std::vector<IntermediateOutcome> intermediate_outcomes;  // by name, id
    std::vector<Assumption> assumptions;                     // by created_at, id
    std::vector<ActivityName> activities;                    // by name, id
};

// A municipality's kept suppression: the fingerprint of what it was computed from (hex) and a
// character '0' (shown), '1' (primary) or '2' (complementary) per cell.
struct KeptSuppression {
    std::string municipality;
    std::string fingerprint;
    std::string statuses;
};

// A Store owns one database connection. It is not thread-safe: give each thread its own Store
// (SQLite in WAL mode and PostgreSQL both let several connections read while one writes).
class Store {
public:
    virtual ~Store() = default;

    // Brings the schema up to the newest migration; safe to call on every start.
    virtual Result<void> Migrate() = 0;

    // Runs `write` inside one transaction and records `record` with it. If `write` fails, or
    // anything else does, the transaction is rolled back and the database is as before. If an
    // import with the same format and content hash is already recorded, `write` is not called.
    virtual Result<ImportSummary> Import(const ImportRecord& record,
                                         const std::function<Result<void>(ObservationSink&)>& write) = 0;

    virtual Result<std::vector<Region>> Regions(const RegionQuery& query) = 0;  // ordered by code
    virtual Result<std::optional<Region>> FindRegion(std::string_view code) = 0;
    virtual Result<std::vector<Indicator>> Indicators() = 0;  // ordered by key
    virtual Result<std::optional<Indicator>> FindIndicator(std::string_view key) = 0;
    // Ordered by indicator, region, period.
    virtual Result<std::vector<Observation>> Observations(const ObservationQuery& query) = 0;
    virtual Result<StoreCounts> Counts() = 0;
    // A number that moves whenever regions, indicators, their local notes or observations change,
    // in this process or another (migration 0020). Cheap: one row read.
    virtual Result<std::int64_t> PublicDataVersion() = 0;

    // --- The suppression of a municipality's outcome report, kept under the fingerprint of its
    // trajectories (engine::KeptStatuses, migration 0021). One per municipality: a new fingerprint
    // replaces the old. Which published cells are hidden; no client data.
    virtual Result<std::optional<KeptSuppression>> FindKeptSuppression(std::string_view municipality) = 0;
    virtual Result<void> KeepSuppression(const KeptSuppression& kept) = 0;

    // --- The outcome engine's table as an image (engine::TableImage, migration 0023), kept under the
    // trajectory version it was built at. One at a time: keeping one replaces the one before, in one
    // transaction. Find returns nothing when the image kept is of another version, or none is kept.
    virtual Result<std::optional<std::string>> FindOutcomeTable(std::string_view version) = 0;
    virtual Result<void> KeepOutcomeTable(std::string_view version, std::string_view image) = 0;

    // --- Municipal mergers (block 1A). Replaces the whole table with `successions` in one
    // transaction and records `record` in the imports like Import does: the same format and content
    // hash a second time writes nothing and returns already_imported. Does not validate the list
    // (SuccessionTable::Create does).
    virtual Result<ImportSummary> ReplaceSuccessions(const ImportRecord& record,
                                                     const std::vector<Succession>& successions) = 0;
    // Ordered by date, new_code, old_code.
    virtual Result<std::vector<Succession>> Successions() = 0;

    // --- Trajectories (block 5). Records carry a pseudonym, never a BSN; the service checks who may
    // see which (only the delivering provider sees records; everyone else aggregates).

    // Runs `write` in one transaction and records each of `records` (one per file) with it. When
    // every record is already known, `write` is not called and already_imported is set. Any error
    // rolls everything back.
    virtual Result<ImportSummary> ImportTrajectories(std::span<const ImportRecord> records,
                                                     const std::function<Result<void>(TrajectoryWriter&)>& write) = 0;
    // Every record, in no particular order (to load the outcome engine).
    virtual Result<void> ForEachTrajectory(const std::function<Result<void>(const Trajectory&)>& visit) = 0;
    // The same records as views of the columns the outcome engine keeps (issue 10: a fast start).
    virtual Result<void> ForEachTrajectoryRow(const std::function<Result<void>(const TrajectoryRow&)>& visit) = 0;
    // One provider's records, ordered by start, client, help form; and how many there are.
    virtual Result<std::vector<Trajectory>> ProviderTrajectories(std::string_view provider, std::int64_t limit,
                                                                 std::int64_t offset) = 0;
    virtual Result<std::int64_t> CountTrajectories(std::string_view provider) = 0;
    // All providers' records together (to size the outcome engine's table before it is read).
    virtual Result<std::int64_t> CountAllTrajectories() = 0;
    // Changes whenever a trajectory import is recorded (by this process or another, such as the
    // command line next to a running server): a cheap check whether the engine must reload.
    virtual Result<std::string> TrajectoryVersion() = 0;
    virtual Result<std::optional<Organisation>> FindOrganisationByAgb(std::string_view agb) = 0;

    // --- Accounts (block 0). Each change writes `audit` in the same transaction, under one write
    // lock, so that audit seq numbers have no gaps. Access rules are part of the queries: a caller
    // who is not a partner of a collaboration finds nothing (kNotFound); a partner whose role is
    // too small gets kForbidden.

    virtual Result<void> CreateOrganisation(const Organisation& organisation, const AuditEntry& audit) = 0;
    virtual Result<std::vector<Organisation>> Organisations() = 0;  // ordered by name, id
    virtual Result<std::optional<Organisation>> FindOrganisation(std::string_view id) = 0;

    // kConflict when the e-mail address is taken.
    virtual Result<void> CreatePerson(const Person& person, std::string_view password_hash,
                                      const AuditEntry& audit) = 0;
    // Platform administrators see everyone, others their own organisation; ordered by name, email.
    virtual Result<std::vector<Person>> People(const Caller& caller) = 0;
    virtual Result<std::optional<Person>> FindPerson(std::string_view id) = 0;
    virtual Result<std::optional<PersonCredentials>> FindCredentials(std::string_view email) = 0;

    // Sign-in throttling (issue 13) in ONE step under the accounts write lock, so that parallel
    // attempts cannot all pass the check before any failure is recorded. When the e-mail address
    // has fewer than `max_per_email` failures at or after `since` and the client address fewer
    // than `max_per_remote`, records a failure for this attempt in advance (CreateSession forgets
    // it on success) and returns allowed. Otherwise counts the refusal in sign_in_refusals (keyed
    // by the limit that was hit) without an audit record, and returns the oldest failure of that
    // limit. Each refusal count whose last refusal is older than `since`, and on an allowed
    // attempt the e-mail's and the address's own count, becomes one audit record (action
    // sign_in_failed, result denied, object_type "sign_in_refusals", object_id "N from .. to ..").
    virtual Result<SignInAttempt> BeginSignInAttempt(std::string_view email, std::string_view remote,
                                                     std::string_view since, std::string_view now,
                                                     std::int64_t max_per_email, std::int64_t max_per_remote) = 0;
    // Stores a new session and forgets the e-mail address's failures.
    virtual Result<void> CreateSession(const SessionRecord& session, std::string_view email,
                                       const AuditEntry& audit) = 0;
    virtual Result<std::optional<SessionRecord>> FindSession(std::string_view token_hash) = 0;
    virtual Result<void> TouchSession(std::string_view token_hash, std::string_view last_seen) = 0;
    // Deletes the session; with `audit` also records it (sign-out), without (expiry) silently.
    virtual Result<void> DeleteSession(std::string_view token_hash, const AuditEntry* audit) = 0;

    virtual Result<std::vector<Collaboration>> Collaborations(const Caller& caller) = 0;  // ordered by name, id
    // The caller's organisation becomes the coordinator partner `coordinator`.
    virtual Result<void> CreateCollaboration(const Collaboration& collaboration, const Partner& coordinator,
                                             const AuditEntry& audit) = 0;
    // nullopt when the caller is not a partner (or it does not exist).
    virtual Result<std::optional<CollaborationDetail>> FindCollaboration(const Caller& caller, std::string_view id) = 0;
    virtual Result<void> UpdateAgreements(const Caller& caller, std::string_view id, const Agreements& agreements,
                                          const AuditEntry& audit) = 0;
    // `partner` carries its id, kind, ids, role and joined_at; its name is looked up.
    virtual Result<Partner> AddPartner(const Caller& caller, std::string_view id, const Partner& partner,
                                       const AuditEntry& audit) = 0;
    virtual Result<void> RemovePartner(const Caller& caller, std::string_view id, std::string_view partner_id,
                                       const AuditEntry& audit) = 0;
    virtual Result<std::vector<EvaluationRound>> EvaluationRounds(const Caller& caller, std::string_view id) = 0;
    virtual Result<void> CreateEvaluationRound(const Caller& caller, const EvaluationRound& round,
                                               const AuditEntry& audit) = 0;
    virtual Result<EvaluationRoundData> LoadEvaluationRound(const Caller& caller, std::string_view id,
                                                            std::string_view round_id) = 0;
    virtual Result<void> SubmitEvaluationResponse(const Caller& caller, std::string_view id, std::string_view round_id,
                                                  const EvaluationResponse& response, const AuditEntry& audit) = 0;
    virtual Result<void> CloseEvaluationRound(const Caller& caller, std::string_view id, std::string_view round_id,
                                              const AuditEntry& audit) = 0;

    // --- Ambitions, societal results and signals (blocks 1B and 2), with the same access rules.
    // Lists given with an ambition or result (agreed_by, signals) must belong to the collaboration:
    // kInvalidArgument naming the field otherwise. Coordinators change ambitions and results;
    // coordinators and partners add signals.

    virtual Result<std::vector<Ambition>> Ambitions(const Caller& caller, std::string_view id) = 0;  // by agreed_on, id
    virtual Result<void> CreateAmbition(const Caller& caller, const Ambition& ambition, const AuditEntry& audit) = 0;
    // kNotFound for an unknown ambition. Records the fields that differ in its history (issue 12).
    virtual Result<void> UpdateAmbition(const Caller& caller, const Ambition& ambition, const ChangeNote& note,
                                        const AuditEntry& audit) = 0;
    // kConflict while it has societal results.
    virtual Result<void> DeleteAmbition(const Caller& caller, std::string_view id, std::string_view ambition_id,
                                        const AuditEntry& audit) = 0;
    // All results of the collaboration, by ambition, agreed_on, id.
    virtual Result<std::vector<SocietalResult>> SocietalResults(const Caller& caller, std::string_view id) = 0;
    // kNotFound for an unknown ambition.
    virtual Result<void> CreateSocietalResult(const Caller& caller, const SocietalResult& result,
                                              const AuditEntry& audit) = 0;
    virtual Result<void> DeleteSocietalResult(const Caller& caller, std::string_view id, std::string_view result_id,
                                              const AuditEntry& audit) = 0;
    // Newest first (date, then created); created_by is the person's name.
    virtual Result<std::vector<Signal>> Signals(const Caller& caller, std::string_view id) = 0;
    // `signal.created_by` is the person id.
    virtual Result<void> CreateSignal(const Caller& caller, const Signal& signal, const AuditEntry& audit) = 0;

    // --- Activities (blocks 3B and 4), with the same access rules. Coordinators and partners add
    // activities (the caller's partner row becomes the owner); the coordinator and the owner change
    // or delete one (kForbidden for others). The actor partner and the results named must belong to
    // the collaboration (kInvalidArgument naming the field). Decisions and priorities: coordinator.

    // By name, id; `actor` is the actor partner's name, or actor_name.
    virtual Result<std::vector<Activity>> Activities(const Caller& caller, std::string_view id) = 0;
    virtual Result<void> CreateActivity(const Caller& caller, const Activity& activity, const AuditEntry& audit) = 0;
    // kNotFound for an unknown activity.
    virtual Result<void> UpdateActivity(const Caller& caller, const Activity& activity, const AuditEntry& audit) = 0;
    virtual Result<void> DeleteActivity(const Caller& caller, std::string_view id, std::string_view activity_id,
                                        const AuditEntry& audit) = 0;
    // Newest decision first; decided_by is the person's name.
    virtual Result<std::vector<ActivityDecision>> ActivityDecisions(const Caller& caller, std::string_view id) = 0;
    // `decision.decided_by` is the person id. Also puts the activity in StatusAfter(decision), if any.
    virtual Result<void> CreateActivityDecision(const Caller& caller, std::string_view id,
                                                const ActivityDecision& decision, const AuditEntry& audit) = 0;
    virtual Result<std::vector<ResultPriority>> ResultPriorities(const Caller& caller, std::string_view id) = 0;
    // kNotFound for a result of another collaboration.
    virtual Result<void> SetResultPriority(const Caller& caller, std::string_view id, const ResultPriority& priority,
                                           const AuditEntry& audit) = 0;

    // Records one audit entry on its own (e.g. a denied attempt).
    virtual Result<void> AppendAudit(const AuditEntry& audit) = 0;
    // Platform administrators only (kForbidden otherwise); newest first.
    virtual Result<std::vector<AuditRecord>> Audit(const Caller& caller, const AuditQuery& query) = 0;
    // Every record in seq order, for verification.
    virtual Result<void> ForEachAuditRecord(const std::function<Result<void>(const AuditRecord&)>& visit) = 0;

    // --- Provider quality, contract lots and the effectiveness questions (block 4). A provider's
    // conditions are read by its own people, platform administrators and whoever shares a
    // collaboration with it (kNotFound for anyone else, and for an organisation that is not a
    // provider); only its own people and administrators change them (kForbidden for the readers).
    // Lots and conversations follow the collaboration's roles: coordinators change lots,
    // coordinators and partners record answers; providers named must be organisation partners of
    // kind provider (kInvalidArgument "providers" for a lot, kNotFound for a conversation).

    // The recorded conditions only (by condition name); confirmed_by is the person's name.
    virtual Result<std::vector<ConditionRecord>> ProviderConditions(const Caller& caller,
                                                                    std::string_view organisation_id) = 0;
    // Whether the caller may change them (after ProviderConditions found them readable).
    virtual Result<bool> CanEditProviderConditions(const Caller& caller, std::string_view organisation_id) = 0;
    // `record.confirmed_by` is the person id and confirmed_on is set.
    virtual Result<void> PutProviderCondition(const Caller& caller, std::string_view organisation_id,
                                              const ConditionRecord& record, const AuditEntry& audit) = 0;
    virtual Result<std::vector<ContractLot>> ContractLots(const Caller& caller,
                                                          std::string_view id) = 0;  // by name, id
    virtual Result<void> CreateContractLot(const Caller& caller, const ContractLot& lot, const AuditEntry& audit) = 0;
    // kNotFound for an unknown lot.
    virtual Result<void> UpdateContractLot(const Caller& caller, const ContractLot& lot, const AuditEntry& audit) = 0;
    // One per organisation partner of kind provider (by name, id), every question in order.
    virtual Result<std::vector<EffectivenessConversation>> EffectivenessConversations(const Caller& caller,
                                                                                      std::string_view id) = 0;
    // `answer.recorded_by` is the person id and answered_on is set.
    virtual Result<void> PutEffectivenessAnswer(const Caller& caller, std::string_view id,
                                                std::string_view organisation_id, const EffectivenessAnswer& answer,
                                                const AuditEntry& audit) = 0;
    // --- Theory of change (block 3A), with the same access rules: partners read; coordinators and
    // partners record; a partner changes only the assumptions it holds, the coordinator any
    // (kForbidden otherwise). Ids in an assumption (holder, activity, intermediate outcome, result)
    // must belong to the collaboration: kInvalidArgument naming the field otherwise.
    virtual Result<TheoryRecords> LoadTheory(const Caller& caller, std::string_view id) = 0;
    // kConflict when the collaboration has an intermediate outcome of that name (ignoring case).
    virtual Result<void> CreateIntermediateOutcome(const Caller& caller, const IntermediateOutcome& outcome,
                                                   const AuditEntry& audit) = 0;
    // An empty holder_partner_id is the caller's own partnership; another holder is for the
    // coordinator only.
    virtual Result<void> CreateAssumption(const Caller& caller, const Assumption& assumption,
                                          const AuditEntry& audit) = 0;
    // As CreateAssumption; an empty holder_partner_id keeps the holder. kNotFound for an unknown one.
    virtual Result<void> UpdateAssumption(const Caller& caller, const Assumption& assumption,
                                          const AuditEntry& audit) = 0;
    virtual Result<void> DeleteAssumption(const Caller& caller, std::string_view id, std::string_view assumption_id,
                                          const AuditEntry& audit) = 0;
    // --- Improvement actions (block 6). Members read (kNotFound for anyone else); coordinators
    // and partners add them (the caller's partner row is recorded as creator); the coordinator
    // changes and deletes them; the coordinator, the owner and the creating partner change the
    // status (kForbidden otherwise). The owner must be a person of a partner organisation (role
    // coordinator or partner) or a person partner (kInvalidArgument "owner_person_id"); a result
    // or activity named must belong to the collaboration (kInvalidArgument naming the field).
    // By due date, id; each with its history, oldest first.
    virtual Result<std::vector<ImprovementAction>> ImprovementActions(const Caller& caller, std::string_view id) = 0;
    // The caller's own actions (as owner) in the collaborations the caller is a member of.
    virtual Result<std::vector<ImprovementAction>> OwnImprovementActions(const Caller& caller) = 0;
    // `action.history` holds its first change (the creation); kNotFound for an unknown action.
    virtual Result<void> CreateImprovementAction(const Caller& caller, const ImprovementAction& action,
                                                 const AuditEntry& audit) = 0;
    virtual Result<void> UpdateImprovementAction(const Caller& caller, const ImprovementAction& action,
                                                 const AuditEntry& audit) = 0;
    virtual Result<void> DeleteImprovementAction(const Caller& caller, std::string_view id, std::string_view action_id,
                                                 const AuditEntry& audit) = 0;
    // `change.changed_by` is the person id.
    virtual Result<void> ChangeActionStatus(const Caller& caller, std::string_view id, std::string_view action_id,
                                            const ActionStatusChange& change, const AuditEntry& audit) = 0;
    // The people who may own an action: of partner organisations with role coordinator or
    // partner, and person partners; by name. Members only.
    virtual Result<std::vector<ActionOwnerCandidate>> ActionOwnerCandidates(const Caller& caller,
                                                                            std::string_view id) = 0;
    // --- Quality dialogues (block 6). Members read (kNotFound for anyone else); the coordinator
    // creates and edits dialogues and their agenda; coordinators and partners answer the four
    // questions, mark explanations and add follow-up questions (kForbidden otherwise). Partner
    // participants must be partners of the collaboration (kInvalidArgument "participants"); a
    // result, round or signal of an agenda item must belong to it (kInvalidArgument naming the
    // field). By held_on, id; each with its participants, items and answers.
    virtual Result<std::vector<Dialogue>> Dialogues(const Caller& caller, std::string_view id) = 0;
    virtual Result<void> CreateDialogue(const Caller& caller, const Dialogue& dialogue, const AuditEntry& audit) = 0;
    // Replaces the fields and the participants; kNotFound for an unknown dialogue.
    virtual Result<void> UpdateDialogue(const Caller& caller, const Dialogue& dialogue, const AuditEntry& audit) = 0;
    // `item.dialogue_id` names the dialogue; the item goes last.
    virtual Result<void> AddAgendaItem(const Caller& caller, std::string_view id, const AgendaItem& item,
                                       const AuditEntry& audit) = 0;
    // `answer.item_id` must be an item of dialogue `dialogue_id` of collaboration `id`; the
    // caller's partner row is recorded.
    virtual Result<void> AddDialogueAnswer(const Caller& caller, std::string_view id, std::string_view dialogue_id,
                                           const DialogueAnswer& answer, const AuditEntry& audit) = 0;
    // Sets an answer's explanation status and evidence.
    virtual Result<void> MarkDialogueAnswer(const Caller& caller, std::string_view id, std::string_view dialogue_id,
                                            std::string_view answer_id, ExplanationStatus status,
                                            std::string_view evidence, const AuditEntry& audit) = 0;
    // Oldest first.
    virtual Result<std::vector<FollowUpQuestion>> FollowUpQuestions(const Caller& caller, std::string_view id) = 0;
    // A dialogue or item named must belong to the collaboration (kInvalidArgument naming the field).
    virtual Result<void> AddFollowUpQuestion(const Caller& caller, const FollowUpQuestion& question,
                                             const AuditEntry& audit) = 0;

    // --- History of ambitions and societal results (issue 12). The coordinator edits a result
    // (not its ambition); kNotFound for an unknown one; kInvalidArgument "reason" when its
    // indicator, baseline or target changes without a reason (NeedsReason). The fields that differ
    // are recorded as one HistoryEntry (none when nothing differs) in the change's transaction.
    virtual Result<void> UpdateSocietalResult(const Caller& caller, const SocietalResult& result,
                                              const ChangeNote& note, const AuditEntry& audit) = 0;
    // Members read; `object_type` "ambition" or "societal_result"; kNotFound for an object not of
    // this collaboration. Oldest first; changed_by is the person's name.
    virtual Result<std::vector<HistoryEntry>> History(const Caller& caller, std::string_view id,
                                                      std::string_view object_type, std::string_view object_id) = 0;

    // --- What a provider does with its outcome figures (issue 12): its aanspreekpunt and its own
    // improvement actions. Reads are not scoped here: service/provider_notes decides who may read
    // (the provider's people, administrators, and municipalities whose report names the
    // provider). Changes check in SQL that the caller belongs to the provider or is an
    // administrator (kForbidden otherwise; kNotFound for an organisation that is not a provider).
    virtual Result<std::optional<OutcomeContact>> OutcomeContactOf(std::string_view organisation_id) = 0;
    virtual Result<void> PutOutcomeContact(const Caller& caller, std::string_view organisation_id,
                                           const OutcomeContact& contact, const AuditEntry& audit) = 0;
    // By due date, id.
    virtual Result<std::vector<ProviderAction>> ProviderActionsOf(std::string_view organisation_id) = 0;
    virtual Result<void> CreateProviderAction(const Caller& caller, const ProviderAction& action,
                                              const AuditEntry& audit) = 0;
    // kNotFound for an action not of this provider.
    virtual Result<void> UpdateProviderAction(const Caller& caller, const ProviderAction& action,
                                              const AuditEntry& audit) = 0;

    // --- Administration in the browser (issue 15). The service checks that the caller is a
    // platform administrator; each change writes `audit` in its transaction.
    // Name, kind, region and AGB code; kNotFound for an unknown id, kConflict (field "agb") when
    // another organisation has the AGB code.
    virtual Result<void> UpdateOrganisation(const Organisation& organisation, const AuditEntry& audit) = 0;
    // Name, organisation, platform_admin and active of person.id; switching an account off also
    // ends its sessions and its unused password links. kNotFound for an unknown id.
    virtual Result<void> UpdatePerson(const Person& person, const AuditEntry& audit) = 0;
    // Stores the link and deletes the person's older links, so that only the newest one works.
    virtual Result<void> CreatePasswordLink(const PasswordLinkRecord& link, const AuditEntry& audit) = 0;
    virtual Result<std::optional<PasswordLinkRecord>> FindPasswordLink(std::string_view token_hash) = 0;
    // Marks the link used (only if it still is not: kConflict otherwise, so that two requests with
    // one link cannot both succeed), sets the person's password hash and ends their sessions.
    virtual Result<void> UsePasswordLink(std::string_view token_hash, std::string_view password_hash,
                                         std::string_view used_at, const AuditEntry& audit) = 0;

    // --- The demo's worked example collaboration (issue 15, sql_store_example.cpp). The id of the
    // collaboration marked as example, if any (the oldest when there were several).
    virtual Result<std::optional<std::string>> ExampleCollaboration() = 0;
    // Marks a collaboration as made-up example data; audited in the same transaction.
    virtual Result<void> MarkExampleCollaboration(std::string_view id, const AuditEntry& audit) = 0;

    // --- Own data (issue 15): own indicators and local notes (sql_store_indicators.cpp).
    // Records `organisation_id` as the owner of each of `keys` that has no owner yet and no source
    // (an indicator a long CSV introduced, never described).
    virtual Result<void> ClaimIndicators(const std::vector<std::string>& keys, std::string_view organisation_id) = 0;
    virtual Result<std::optional<std::string>> IndicatorOwner(std::string_view key) = 0;
    // Replaces the description of an existing indicator (kNotFound otherwise) and, when it has no
    // owner yet, makes `owner` its owner; with the audit record in one transaction.
    virtual Result<void> UpdateIndicator(const Indicator& indicator, std::string_view owner,
                                         const AuditEntry& audit) = 0;
    virtual Result<std::vector<IndicatorNote>> IndicatorNotes() = 0;  // ordered by indicator
    // An empty note removes it.
    virtual Result<void> PutIndicatorNote(const IndicatorNote& note, const AuditEntry& audit) = 0;

    // --- Signals on an area's profile (issue 15, sql_store_area_signals.cpp). The signals about
    // `region` or a region inside it (up to two levels down), of the collaborations the caller or
    // the caller's organisation is a partner of, scoped in SQL; newest first.
    virtual Result<std::vector<AreaSignal>> AreaSignals(const Caller& caller, std::string_view region) = 0;
};

// "sqlite:PATH" or a plain path opens SQLite (creating the file); "postgresql://..." or
// "postgres://..." or a libpq "host=..." string opens PostgreSQL. Does not migrate.
Result<std::unique_ptr<Store>> OpenStore(std::string_view url);

}  // namespace kompas
