#include "service/quality.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "privacy/secrets.hpp"
#include "service/access.hpp"
#include "service/audit_entry.hpp"

namespace kompas {
namespace {

constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxTextLength = 10000;
constexpr std::size_t kMaxLinkLength = 2000;
constexpr std::size_t kMaxUnitLength = 50;

std::string Today(TimePoint now) { return FormatUtc(now).substr(0, 10); }

// A date given for something that happened: JJJJ-MM-DD and not after today; today when absent.
Result<std::string> PastDate(const std::optional<std::string>& date, TimePoint now, const char* field) {
    const std::string today = Today(now);
    if (!date) return today;
    if (!IsDate(*date)) return Fail(ErrorCode::kInvalidArgument, "Geef een datum als JJJJ-MM-DD", field);
    if (*date > today) return Fail(ErrorCode::kInvalidArgument, "De datum ligt in de toekomst", field);
    return *date;
}

Result<void> ValidateCondition(QualityCondition condition, const ConditionUpdate& input) {
    if (input.note.size() > kMaxTextLength) {
        return Fail(ErrorCode::kInvalidArgument, "De toelichting is te lang (hooguit 10.000 tekens)", "note");
    }
    if (input.link) {
        const std::string& link = *input.link;
        if (link.size() > kMaxLinkLength || !(link.starts_with("https://") || link.starts_with("http://")) ||
            link.find_first_of(" \t\r\n<>\"") != std::string::npos) {
            return Fail(ErrorCode::kInvalidArgument, "De link naar het bewijs moet een webadres zijn (https://…)",
                        "link");
        }
    }
    if (input.figure) {
        if (!std::isfinite(input.figure->value)) {
            return Fail(ErrorCode::kInvalidArgument, "Het cijfer moet een getal zijn", "figure");
        }
        if (Trim(input.figure->unit).empty() || input.figure->unit.size() > kMaxUnitLength) {
            return Fail(ErrorCode::kInvalidArgument, "Geef bij het cijfer een eenheid, bijvoorbeeld %", "figure");
        }
        if (condition == QualityCondition::kRegisteredProfessionals &&
            (Trim(input.figure->unit) != "%" || input.figure->value < 0 || input.figure->value > 100)) {
            return Fail(ErrorCode::kInvalidArgument,
                        "Het aandeel geregistreerde professionals is een percentage tussen 0 en 100", "figure");
        }
    }
    return {};
}

Result<void> ValidateLot(const NewContractLot& input) {
    if (Trim(input.name).empty()) return Fail(ErrorCode::kInvalidArgument, "Geef het perceel een naam", "name");
    if (input.name.size() > kMaxNameLength) return Fail(ErrorCode::kInvalidArgument, "De naam is te lang", "name");
    if (input.description.size() > kMaxTextLength) {
        return Fail(ErrorCode::kInvalidArgument, "De omschrijving is te lang", "description");
    }
    if (input.required.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "Kies ten minste één kwaliteitseis voor het perceel", "required");
    }
    return {};
}

ContractLot LotFrom(std::string id, std::string_view collaboration_id, const NewContractLot& input) {
    ContractLot lot;
    lot.id = std::move(id);
    lot.collaboration_id = std::string(collaboration_id);
    lot.name = std::string(Trim(input.name));
    lot.description = input.description;
    for (const auto condition : input.required) {
        if (std::find(lot.required.begin(), lot.required.end(), condition) == lot.required.end()) {
            lot.required.push_back(condition);
        }
    }
    for (const auto& provider : input.providers) {
        if (std::find(lot.providers.begin(), lot.providers.end(), provider) == lot.providers.end()) {
            lot.providers.push_back(provider);
        }
    }
    return lot;
}

Result<ContractLot> FindLot(Store& store, const Caller& caller, std::string_view id, std::string_view lot_id) {
    auto lots = store.ContractLots(caller, id);
    if (!lots) return std::unexpected(std::move(lots.error()));
    for (auto& lot : *lots) {
        if (lot.id == lot_id) return std::move(lot);
    }
    return Fail(ErrorCode::kNotFound, "Perceel niet gevonden");
}

// The GM codes of a collaboration's regions (a district or neighbourhood counts for its municipality).
std::vector<std::string> Municipalities(const std::vector<std::string>& regions) {
    std::vector<std::string> codes;
    for (const auto& region : regions) {
        std::string code;
        if (region.starts_with("GM") && region.size() == 6) code = region;
        if ((region.starts_with("WK") || region.starts_with("BU")) && region.size() >= 6) {
            code = "GM" + region.substr(2, 4);
        }
        if (!code.empty() && std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
    return codes;
}

}  // namespace

Result<ProviderQuality> GetProviderQuality(Store& store, const Caller& caller, std::string_view organisation_id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto stored = store.ProviderConditions(caller, organisation_id);
    if (!stored) return std::unexpected(std::move(stored.error()));
    auto can_edit = store.CanEditProviderConditions(caller, organisation_id);
    if (!can_edit) return std::unexpected(std::move(can_edit.error()));
    auto organisation = store.FindOrganisation(organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    ProviderQuality quality;
    quality.organisation_id = std::string(organisation_id);
    quality.organisation_name = *organisation ? (*organisation)->name : "";
    quality.can_edit = *can_edit;
    for (const auto condition : kQualityConditions) {
        const auto it = std::find_if(stored->begin(), stored->end(),
                                     [condition](const ConditionRecord& r) { return r.condition == condition; });
        if (it != stored->end()) {
            quality.conditions.push_back(*it);
        } else {
            ConditionRecord unknown;
            unknown.condition = condition;
            quality.conditions.push_back(std::move(unknown));
        }
    }
    return quality;
}

Result<ProviderQuality> UpdateProviderCondition(Store& store, const Caller& caller, std::string_view organisation_id,
                                                std::string_view condition, const ConditionUpdate& input,
                                                TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const auto parsed = ParseQualityCondition(condition);
    if (!parsed) {
        return Fail(ErrorCode::kInvalidArgument, "Onbekende kwaliteitseis '" + std::string(condition) + "'",
                    "condition");
    }
    if (auto valid = ValidateCondition(*parsed, input); !valid) return std::unexpected(valid.error());
    auto confirmed_on = PastDate(input.confirmed_on, now, "confirmed_on");
    if (!confirmed_on) return std::unexpected(std::move(confirmed_on.error()));
    ConditionRecord record;
    record.condition = *parsed;
    record.status = input.status;
    record.note = input.note;
    record.link = input.link;
    record.figure = input.figure;
    if (record.figure) record.figure->unit = std::string(Trim(record.figure->unit));
    record.confirmed_by = caller.person_id;
    record.confirmed_on = std::move(*confirmed_on);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "provider_condition",
                                      std::string(organisation_id) + "/" + QualityConditionName(*parsed));
    auto put = Checked(store, entry, store.PutProviderCondition(caller, organisation_id, record, entry));
    if (!put) return std::unexpected(std::move(put.error()));
    return GetProviderQuality(store, caller, organisation_id);
}

Result<std::vector<ContractLot>> ListContractLots(Store& store, const Caller& caller, std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.ContractLots(caller, id);
}

Result<ContractLot> CreateContractLot(Store& store, const Caller& caller, std::string_view id,
                                      const NewContractLot& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (auto valid = ValidateLot(input); !valid) return std::unexpected(valid.error());
    const ContractLot lot = LotFrom(NewId("lot"), id, input);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "contract_lot", lot.id);
    auto created = Checked(store, entry, store.CreateContractLot(caller, lot, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    return FindLot(store, caller, id, lot.id);
}

Result<ContractLot> UpdateContractLot(Store& store, const Caller& caller, std::string_view id, std::string_view lot_id,
                                      const NewContractLot& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (auto valid = ValidateLot(input); !valid) return std::unexpected(valid.error());
    const ContractLot lot = LotFrom(std::string(lot_id), id, input);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "contract_lot", lot.id);
    auto updated = Checked(store, entry, store.UpdateContractLot(caller, lot, entry));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return FindLot(store, caller, id, lot.id);
}

Result<LotOverview> GetLotOverview(Store& store, const Caller& caller, std::string_view id, std::string_view lot_id,
                                   TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto lot = FindLot(store, caller, id, lot_id);
    if (!lot) return std::unexpected(std::move(lot.error()));
    LotOverview overview;
    overview.as_of = Today(now);
    overview.horizon_date = MonthsBefore(overview.as_of, kEvidenceHorizonMonths);
    for (const auto& provider : lot->providers) {
        LotProviderRow row;
        row.organisation_id = provider;
        // A member of the collaboration may read the record of a provider that is a partner in it;
        // a provider that left the collaboration shows as unknown.
        auto quality = GetProviderQuality(store, caller, provider);
        if (!quality && quality.error().code != ErrorCode::kNotFound)
            return std::unexpected(std::move(quality.error()));
        if (quality) row.name = quality->organisation_name;
        if (!quality) {
            auto organisation = store.FindOrganisation(provider);
            if (!organisation) return std::unexpected(std::move(organisation.error()));
            row.name = *organisation ? (*organisation)->name : provider;
        }
        for (const auto condition : lot->required) {
            ConditionRecord record;
            record.condition = condition;
            if (quality) record = quality->conditions[static_cast<std::size_t>(condition)];
            row.cells.push_back(AssessCell(record, overview.horizon_date));
        }
        overview.providers.push_back(std::move(row));
    }
    // By name: the overview is not a ranking.
    std::stable_sort(overview.providers.begin(), overview.providers.end(),
                     [](const LotProviderRow& a, const LotProviderRow& b) { return a.name < b.name; });
    overview.lot = std::move(*lot);
    return overview;
}

Result<std::vector<EffectivenessConversation>> ListEffectivenessConversations(Store& store, const Caller& caller,
                                                                              std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto conversations = store.EffectivenessConversations(caller, id);
    if (!conversations) return std::unexpected(std::move(conversations.error()));
    auto collaboration = store.FindCollaboration(caller, id);
    if (!collaboration) return std::unexpected(std::move(collaboration.error()));
    if (!*collaboration) return Fail(ErrorCode::kNotFound, "Samenwerking niet gevonden");
    const auto municipalities = Municipalities((*collaboration)->collaboration.regions);
    for (auto& conversation : *conversations) conversation.municipalities = municipalities;
    return conversations;
}

Result<EffectivenessConversation> GetEffectivenessConversation(Store& store, const Caller& caller, std::string_view id,
                                                               std::string_view organisation_id) {
    auto conversations = ListEffectivenessConversations(store, caller, id);
    if (!conversations) return std::unexpected(std::move(conversations.error()));
    for (auto& conversation : *conversations) {
        if (conversation.organisation_id == organisation_id) return std::move(conversation);
    }
    return Fail(ErrorCode::kNotFound, "Deze aanbieder is geen partner van de samenwerking");
}

Result<EffectivenessConversation> RecordEffectivenessAnswer(Store& store, const Caller& caller, std::string_view id,
                                                            std::string_view organisation_id, std::string_view question,
                                                            const EffectivenessAnswerInput& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const auto parsed = ParseEffectivenessQuestion(question);
    if (!parsed) {
        return Fail(ErrorCode::kInvalidArgument, "Onbekende vraag '" + std::string(question) + "'", "question");
    }
    if (Trim(input.answer).empty()) {
        return Fail(ErrorCode::kInvalidArgument, "Schrijf op wat de aanbieder antwoordde", "answer");
    }
    if (input.answer.size() > kMaxTextLength)
        return Fail(ErrorCode::kInvalidArgument, "Het antwoord is te lang", "answer");
    if (input.evidence.size() > kMaxTextLength) {
        return Fail(ErrorCode::kInvalidArgument, "Het onderbouwende bewijs is te lang", "evidence");
    }
    auto answered_on = PastDate(input.answered_on, now, "answered_on");
    if (!answered_on) return std::unexpected(std::move(answered_on.error()));
    const EffectivenessAnswer answer{*parsed, input.answer, input.evidence, std::move(*answered_on), caller.person_id};
    const AuditEntry entry =
        EntryFor(caller, now, AuditAction::kUpdate, "effectiveness_answer",
                 std::string(id) + "/" + std::string(organisation_id) + "/" + EffectivenessQuestionName(*parsed));
    auto put = Checked(store, entry, store.PutEffectivenessAnswer(caller, id, organisation_id, answer, entry));
    if (!put) return std::unexpected(std::move(put.error()));
    return GetEffectivenessConversation(store, caller, id, organisation_id);
}

}  // namespace kompas
