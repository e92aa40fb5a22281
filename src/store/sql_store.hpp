// The Store on top of a SqlDatabase: migrations, imports and queries written once for SQLite
// and PostgreSQL.
#pragma once

#include <memory>

#include "store/sql_database.hpp"
#include "store/store.hpp"

namespace kompas {

// Owns its database connection. Not thread-safe: one SqlStore per thread.
class SqlStore final : public Store {
public:
    explicit SqlStore(std::unique_ptr<SqlDatabase> db) : db_(std::move(db)) {}

    Result<void> Migrate() override;
    Result<ImportSummary> Import(const ImportRecord& record,
                                 const std::function<Result<void>(ObservationSink&)>& write) override;
    Result<std::vector<Region>> Regions(const RegionQuery& query) override;
    Result<std::optional<Region>> FindRegion(std::string_view code) override;
    Result<std::vector<Indicator>> Indicators() override;
    Result<std::optional<Indicator>> FindIndicator(std::string_view key) override;
    Result<std::vector<Observation>> Observations(const ObservationQuery& query) override;
    Result<StoreCounts> Counts() override;
    Result<std::int64_t> PublicDataVersion() override;
    Result<std::optional<KeptSuppression>> FindKeptSuppression(std::string_view municipality) override;
    Result<void> KeepSuppression(const KeptSuppression& kept) override;
    // The outcome engine's table image: sql_store_outcome_table.cpp.
    Result<std::optional<std::string>> FindOutcomeTable(std::string_view version) override;
    Result<void> KeepOutcomeTable(std::string_view version, std::string_view image) override;
    // Municipal mergers: sql_store_successions.cpp.
    Result<ImportSummary> ReplaceSuccessions(const ImportRecord& record,
                                             const std::vector<Succession>& successions) override;
    Result<std::vector<Succession>> Successions() override;

    Result<ImportSummary> ImportTrajectories(std::span<const ImportRecord> records,
                                             const std::function<Result<void>(TrajectoryWriter&)>& write) override;
    Result<void> ForEachTrajectory(const std::function<Result<void>(const Trajectory&)>& visit) override;
    Result<void> ForEachTrajectoryRow(const std::function<Result<void>(const TrajectoryRow&)>& visit) override;
    Result<std::vector<Trajectory>> ProviderTrajectories(std::string_view provider, std::int64_t limit,
                                                         std::int64_t offset) override;
    Result<std::int64_t> CountTrajectories(std::string_view provider) override;
    Result<std::int64_t> CountAllTrajectories() override;
    Result<std::string> TrajectoryVersion() override;

    // Organisations, people, sign-in failures and sessions: sql_store_accounts.cpp.
    Result<void> CreateOrganisation(const Organisation& organisation, const AuditEntry& audit) override;
    Result<std::vector<Organisation>> Organisations() override;
    Result<std::optional<Organisation>> FindOrganisation(std::string_view id) override;
    Result<std::optional<Organisation>> FindOrganisationByAgb(std::string_view agb) override;
    Result<void> CreatePerson(const Person& person, std::string_view password_hash, const AuditEntry& audit) override;
    Result<std::vector<Person>> People(const Caller& caller) override;
    Result<std::optional<Person>> FindPerson(std::string_view id) override;
    Result<std::optional<PersonCredentials>> FindCredentials(std::string_view email) override;
    Result<SignInAttempt> BeginSignInAttempt(std::string_view email, std::string_view remote, std::string_view since,
                                             std::string_view now, std::int64_t max_per_email,
                                             std::int64_t max_per_remote) override;
    Result<void> CreateSession(const SessionRecord& session, std::string_view email, const AuditEntry& audit) override;
    Result<std::optional<SessionRecord>> FindSession(std::string_view token_hash) override;
    Result<void> TouchSession(std::string_view token_hash, std::string_view last_seen) override;
    Result<void> DeleteSession(std::string_view token_hash, const AuditEntry* audit) override;
    // Collaborations and partners: sql_store_collaborations.cpp.
    Result<std::vector<Collaboration>> Collaborations(const Caller& caller) override;
    Result<void> CreateCollaboration(const Collaboration& collaboration, const Partner& coordinator,
                                     const AuditEntry& audit) override;
    Result<std::optional<CollaborationDetail>> FindCollaboration(const Caller& caller, std::string_view id) override;
    Result<void> UpdateAgreements(const Caller& caller, std::string_view id, const Agreements& agreements,
                                  const AuditEntry& audit) override;
    Result<Partner> AddPartner(const Caller& caller, std::string_view id, const Partner& partner,
                               const AuditEntry& audit) override;
    Result<void> RemovePartner(const Caller& caller, std::string_view id, std::string_view partner_id,
                               const AuditEntry& audit) override;
    // Evaluation rounds and responses: sql_store_evaluations.cpp.
    Result<std::vector<EvaluationRound>> EvaluationRounds(const Caller& caller, std::string_view id) override;
    Result<void> CreateEvaluationRound(const Caller& caller, const EvaluationRound& round,
                                       const AuditEntry& audit) override;
    Result<EvaluationRoundData> LoadEvaluationRound(const Caller& caller, std::string_view id,
                                                    std::string_view round_id) override;
    Result<void> SubmitEvaluationResponse(const Caller& caller, std::string_view id, std::string_view round_id,
                                          const EvaluationResponse& response, const AuditEntry& audit) override;
    Result<void> CloseEvaluationRound(const Caller& caller, std::string_view id, std::string_view round_id,
                                      const AuditEntry& audit) override;
    // Ambitions, societal results and signals: sql_store_ambitions.cpp.
    Result<std::vector<Ambition>> Ambitions(const Caller& caller, std::string_view id) override;
    Result<void> CreateAmbition(const Caller& caller, const Ambition& ambition, const AuditEntry& audit) override;
    Result<void> UpdateAmbition(const Caller& caller, const Ambition& ambition, const ChangeNote& note,
                                const AuditEntry& audit) override;
    Result<void> DeleteAmbition(const Caller& caller, std::string_view id, std::string_view ambition_id,
                                const AuditEntry& audit) override;
    Result<std::vector<SocietalResult>> SocietalResults(const Caller& caller, std::string_view id) override;
    Result<void> CreateSocietalResult(const Caller& caller, const SocietalResult& result,
                                      const AuditEntry& audit) override;
    Result<void> DeleteSocietalResult(const Caller& caller, std::string_view id, std::string_view result_id,
                                      const AuditEntry& audit) override;
    Result<std::vector<Signal>> Signals(const Caller& caller, std::string_view id) override;
    Result<void> CreateSignal(const Caller& caller, const Signal& signal, const AuditEntry& audit) override;
    // Activities, their decisions and result priorities: sql_store_activities.cpp.
    Result<std::vector<Activity>> Activities(const Caller& caller, std::string_view id) override;
    Result<void> CreateActivity(const Caller& caller, const Activity& activity, const AuditEntry& audit) override;
    Result<void> UpdateActivity(const Caller& caller, const Activity& activity, const AuditEntry& audit) override;
    Result<void> DeleteActivity(const Caller& caller, std::string_view id, std::string_view activity_id,
                                const AuditEntry& audit) override;
    Result<std::vector<ActivityDecision>> ActivityDecisions(const Caller& caller, std::string_view id) override;
    Result<void> CreateActivityDecision(const Caller& caller, std::string_view id, const ActivityDecision& decision,
                                        const AuditEntry& audit) override;
    Result<std::vector<ResultPriority>> ResultPriorities(const Caller& caller, std::string_view id) override;
    Result<void> SetResultPriority(const Caller& caller, std::string_view id, const ResultPriority& priority,
                                   const AuditEntry& audit) override;
    // The audit trail: sql_store_audit.cpp.
    Result<void> AppendAudit(const AuditEntry& audit) override;
    Result<std::vector<AuditRecord>> Audit(const Caller& caller, const AuditQuery& query) override;
    Result<void> ForEachAuditRecord(const std::function<Result<void>(const AuditRecord&)>& visit) override;
    // A provider's aanspreekpunt and own improvement actions: sql_store_provider_notes.cpp.
    Result<std::optional<OutcomeContact>> OutcomeContactOf(std::string_view organisation_id) override;
    Result<void> PutOutcomeContact(const Caller& caller, std::string_view organisation_id,
                                   const OutcomeContact& contact, const AuditEntry& audit) override;
    Result<std::vector<ProviderAction>> ProviderActionsOf(std::string_view organisation_id) override;
    Result<void> CreateProviderAction(const Caller& caller, const ProviderAction& action,
                                      const AuditEntry& audit) override;
    Result<void> UpdateProviderAction(const Caller& caller, const ProviderAction& action,
                                      const AuditEntry& audit) override;
    // Provider quality, contract lots and the effectiveness questions: sql_store_quality.cpp.
    Result<std::vector<ConditionRecord>> ProviderConditions(const Caller& caller,
                                                            std::string_view organisation_id) override;
    Result<bool> CanEditProviderConditions(const Caller& caller, std::string_view organisation_id) override;
    Result<void> PutProviderCondition(const Caller& caller, std::string_view organisation_id,
                                      const ConditionRecord& record, const AuditEntry& audit) override;
    Result<std::vector<ContractLot>> ContractLots(const Caller& caller, std::string_view id) override;
    Result<void> CreateContractLot(const Caller& caller, const ContractLot& lot, const AuditEntry& audit) override;
    Result<void> UpdateContractLot(const Caller& caller, const ContractLot& lot, const AuditEntry& audit) override;
    Result<std::vector<EffectivenessConversation>> EffectivenessConversations(const Caller& caller,
                                                                              std::string_view id) override;
    Result<void> PutEffectivenessAnswer(const Caller& caller, std::string_view id, std::string_view organisation_id,
                                        const EffectivenessAnswer& answer, const AuditEntry& audit) override;
    // The theory of change (block 3A): sql_store_theory.cpp.
    Result<TheoryRecords> LoadTheory(const Caller& caller, std::string_view id) override;
    Result<void> CreateIntermediateOutcome(const Caller& caller, const IntermediateOutcome& outcome,
                                           const AuditEntry& audit) override;
    Result<void> CreateAssumption(const Caller& caller, const Assumption& assumption, const AuditEntry& audit) override;
    Result<void> UpdateAssumption(const Caller& caller, const Assumption& assumption, const AuditEntry& audit) override;
    Result<void> DeleteAssumption(const Caller& caller, std::string_view id, std::string_view assumption_id,
                                  const AuditEntry& audit) override;
    // Improvement actions (block 6): sql_store_actions.cpp.
    Result<std::vector<ImprovementAction>> ImprovementActions(const Caller& caller, std::string_view id) override;
    Result<std::vector<ImprovementAction>> OwnImprovementActions(const Caller& caller) override;
    Result<void> CreateImprovementAction(const Caller& caller, const ImprovementAction& action,
                                         const AuditEntry& audit) override;
    Result<void> UpdateImprovementAction(const Caller& caller, const ImprovementAction& action,
                                         const AuditEntry& audit) override;
    Result<void> DeleteImprovementAction(const Caller& caller, std::string_view id, std::string_view action_id,
                                         const AuditEntry& audit) override;
    Result<void> ChangeActionStatus(const Caller& caller, std::string_view id, std::string_view action_id,
                                    const ActionStatusChange& change, const AuditEntry& audit) override;
    Result<std::vector<ActionOwnerCandidate>> ActionOwnerCandidates(const Caller& caller, std::string_view id) override;
    // History of ambitions and societal results (issue 12): sql_store_history.cpp.
    Result<void> UpdateSocietalResult(const Caller& caller, const SocietalResult& result, const ChangeNote& note,
                                      const AuditEntry& audit) override;
    Result<std::vector<HistoryEntry>> History(const Caller& caller, std::string_view id, std::string_view object_type,
                                              std::string_view object_id) override;

    // Quality dialogues (block 6): sql_store_dialogues.cpp.
    Result<std::vector<Dialogue>> Dialogues(const Caller& caller, std::string_view id) override;
    Result<void> CreateDialogue(const Caller& caller, const Dialogue& dialogue, const AuditEntry& audit) override;
    Result<void> UpdateDialogue(const Caller& caller, const Dialogue& dialogue, const AuditEntry& audit) override;
    Result<void> AddAgendaItem(const Caller& caller, std::string_view id, const AgendaItem& item,
                               const AuditEntry& audit) override;
    Result<void> AddDialogueAnswer(const Caller& caller, std::string_view id, std::string_view dialogue_id,
                                   const DialogueAnswer& answer, const AuditEntry& audit) override;
    Result<void> MarkDialogueAnswer(const Caller& caller, std::string_view id, std::string_view dialogue_id,
                                    std::string_view answer_id, ExplanationStatus status, std::string_view evidence,
                                    const AuditEntry& audit) override;
    Result<std::vector<FollowUpQuestion>> FollowUpQuestions(const Caller& caller, std::string_view id) override;
    Result<void> AddFollowUpQuestion(const Caller& caller, const FollowUpQuestion& question,
                                     const AuditEntry& audit) override;

    // Administration in the browser (issue 15): sql_store_admin.cpp.
    Result<void> UpdateOrganisation(const Organisation& organisation, const AuditEntry& audit) override;
    Result<void> UpdatePerson(const Person& person, const AuditEntry& audit) override;
    Result<void> CreatePasswordLink(const PasswordLinkRecord& link, const AuditEntry& audit) override;
    Result<std::optional<PasswordLinkRecord>> FindPasswordLink(std::string_view token_hash) override;
    Result<void> UsePasswordLink(std::string_view token_hash, std::string_view password_hash, std::string_view used_at,
                                 const AuditEntry& audit) override;

    // The demo's worked example collaboration (issue 15): sql_store_example.cpp.
    Result<std::optional<std::string>> ExampleCollaboration() override;
    Result<void> MarkExampleCollaboration(std::string_view id, const AuditEntry& audit) override;

    // Own data (issue 15): sql_store_indicators.cpp.
    Result<void> ClaimIndicators(const std::vector<std::string>& keys, std::string_view organisation_id) override;
    Result<std::optional<std::string>> IndicatorOwner(std::string_view key) override;
    Result<void> UpdateIndicator(const Indicator& indicator, std::string_view owner, const AuditEntry& audit) override;
    Result<std::vector<IndicatorNote>> IndicatorNotes() override;
    Result<void> PutIndicatorNote(const IndicatorNote& note, const AuditEntry& audit) override;

    // Signals on an area's profile (issue 15): sql_store_area_signals.cpp.
    Result<std::vector<AreaSignal>> AreaSignals(const Caller& caller, std::string_view region) override;

private:
    std::unique_ptr<SqlDatabase> db_;
};

}  // namespace kompas
