#include "service/collaborations.hpp"

#include <fmt/format.h>

#include "core/evaluation.hpp"
#include "core/text.hpp"
#include "privacy/secrets.hpp"
#include "service/access.hpp"
#include "service/audit_entry.hpp"

namespace kompas {
namespace {

constexpr std::size_t kMaxTextLength = 200;
constexpr std::size_t kMaxDescriptionLength = 10000;

Result<void> ValidateCollaboration(const NewCollaboration& input) {
    if (Trim(input.name).empty()) return Fail(ErrorCode::kInvalidArgument, "Geef de samenwerking een naam", "name");
    if (input.name.size() > kMaxTextLength) return Fail(ErrorCode::kInvalidArgument, "De naam is te lang", "name");
    if (Trim(input.theme).empty()) return Fail(ErrorCode::kInvalidArgument, "Geef het thema", "theme");
    if (input.theme.size() > kMaxTextLength) return Fail(ErrorCode::kInvalidArgument, "Het thema is te lang", "theme");
    for (const auto& region : input.regions) {
        if (region.empty() || region.size() > 16 || region.find(',') != std::string::npos) {
            return Fail(ErrorCode::kInvalidArgument, "Ongeldige regiocode", "regions");
        }
    }
    if (!IsDate(input.period_start)) {
        return Fail(ErrorCode::kInvalidArgument, "Begin van de periode moet een datum JJJJ-MM-DD zijn", "period_start");
    }
    if (input.period_end && (!IsDate(*input.period_end) || *input.period_end < input.period_start)) {
        return Fail(ErrorCode::kInvalidArgument, "Einde van de periode moet een datum na het begin zijn", "period_end");
    }
    if (input.description.size() > kMaxDescriptionLength) {
        return Fail(ErrorCode::kInvalidArgument, "De beschrijving is te lang", "description");
    }
    return {};
}

}  // namespace

Result<std::vector<Collaboration>> ListCollaborations(Store& store, const Caller& caller) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.Collaborations(caller);
}

Result<CollaborationDetail> CreateCollaboration(Store& store, const Caller& caller, const NewCollaboration& input,
                                                TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (caller.organisation_id.empty()) {
        return Fail(ErrorCode::kForbidden, "Alleen wie namens een organisatie werkt, begint een samenwerking");
    }
    if (auto valid = ValidateCollaboration(input); !valid) return std::unexpected(valid.error());
    Collaboration collaboration{NewId("col"),
                                std::string(Trim(input.name)),
                                std::string(Trim(input.theme)),
                                input.regions,
                                input.period_start,
                                input.period_end,
                                input.description,
                                CollaborationRole::kCoordinator};
    Partner coordinator{NewId("prt"), PartnerKind::kOrganisation,      caller.organisation_id, std::nullopt, "",
                        std::nullopt, CollaborationRole::kCoordinator, FormatUtc(now)};
    auto created = store.CreateCollaboration(
        collaboration, coordinator, EntryFor(caller, now, AuditAction::kCreate, "collaboration", collaboration.id));
    if (!created) return std::unexpected(std::move(created.error()));
    return GetCollaboration(store, caller, collaboration.id);
}

Result<CollaborationDetail> GetCollaboration(Store& store, const Caller& caller, std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto found = store.FindCollaboration(caller, id);
    if (!found) return std::unexpected(std::move(found.error()));
    if (!*found) return Fail(ErrorCode::kNotFound, "Samenwerking niet gevonden");
    return std::move(**found);
}

Result<CollaborationDetail> UpdateAgreements(Store& store, const Caller& caller, std::string_view id,
                                             const Agreements& agreements, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    for (const std::string* field :
         {&agreements.coordination, &agreements.decision_making, &agreements.funding, &agreements.staffing,
          &agreements.monitoring, &agreements.monitoring_frequency, &agreements.joining_and_leaving}) {
        if (field->size() > kMaxDescriptionLength) {
            return Fail(ErrorCode::kInvalidArgument, "Een afspraak is te lang", "agreements");
        }
    }
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "agreements", std::string(id));
    auto updated = Checked(store, entry, store.UpdateAgreements(caller, id, agreements, entry));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return GetCollaboration(store, caller, id);
}

Result<Partner> AddPartner(Store& store, const Caller& caller, std::string_view id, const NewPartner& input,
                           TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (input.organisation_id.has_value() == input.person_id.has_value()) {
        return Fail(ErrorCode::kInvalidArgument, "Geef óf een organisatie óf een persoon", "organisation_id");
    }
    if (input.person_id && !input.person_role) {
        return Fail(ErrorCode::kInvalidArgument, "Geef de rol van de persoon (jongere, ouder, ervaringsdeskundige)",
                    "person_role");
    }
    if (input.organisation_id && input.person_role) {
        return Fail(ErrorCode::kInvalidArgument, "Een organisatie heeft geen persoonsrol", "person_role");
    }
    Partner partner{NewId("prt"),
                    input.person_id ? PartnerKind::kPerson : PartnerKind::kOrganisation,
                    input.organisation_id,
                    input.person_id,
                    "",
                    input.person_role,
                    input.role,
                    FormatUtc(now)};
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "partner", partner.id);
    return Checked(store, entry, store.AddPartner(caller, id, partner, entry));
}

Result<void> RemovePartner(Store& store, const Caller& caller, std::string_view id, std::string_view partner_id,
                           TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kDelete, "partner", std::string(partner_id));
    return Checked(store, entry, store.RemovePartner(caller, id, partner_id, entry));
}

Result<std::vector<EvaluationRound>> ListEvaluationRounds(Store& store, const Caller& caller, std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.EvaluationRounds(caller, id);
}

Result<EvaluationRound> OpenEvaluationRound(Store& store, const Caller& caller, std::string_view id,
                                            std::string_view title, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const std::string_view trimmed = Trim(title);
    if (trimmed.empty()) return Fail(ErrorCode::kInvalidArgument, "Geef de evaluatieronde een titel", "title");
    if (trimmed.size() > kMaxTextLength) return Fail(ErrorCode::kInvalidArgument, "De titel is te lang", "title");
    EvaluationRound round{NewId("evr"), std::string(id), std::string(trimmed), FormatUtc(now), false, 0, false};
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "evaluation_round", round.id);
    auto created = Checked(store, entry, store.CreateEvaluationRound(caller, round, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    return round;
}

Result<EvaluationResult> GetEvaluationResult(Store& store, const Caller& caller, std::string_view id,
                                             std::string_view round_id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto data = store.LoadEvaluationRound(caller, id, round_id);
    if (!data) return std::unexpected(std::move(data.error()));
    return EvaluationResult{std::move(data->round), SummariseEvaluation(data->responses, data->previous)};
}

Result<EvaluationResult> SubmitEvaluationResponse(Store& store, const Caller& caller, std::string_view id,
                                                  std::string_view round_id, const EvaluationResponse& response,
                                                  TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (auto valid = ValidateEvaluationResponse(response); !valid) return std::unexpected(valid.error());
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "evaluation_response", std::string(round_id));
    auto submitted = Checked(store, entry, store.SubmitEvaluationResponse(caller, id, round_id, response, entry));
    if (!submitted) return std::unexpected(std::move(submitted.error()));
    return GetEvaluationResult(store, caller, id, round_id);
}

Result<EvaluationResult> CloseEvaluationRound(Store& store, const Caller& caller, std::string_view id,
                                              std::string_view round_id, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "evaluation_round", std::string(round_id));
    auto closed = Checked(store, entry, store.CloseEvaluationRound(caller, id, round_id, entry));
    if (!closed) return std::unexpected(std::move(closed.error()));
    return GetEvaluationResult(store, caller, id, round_id);
}

}  // namespace kompas
