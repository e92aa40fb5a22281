#include "service/ambitions.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/text.hpp"
#include "privacy/secrets.hpp"
#include "service/access.hpp"
#include "service/audit_entry.hpp"
#include "service/boundaries.hpp"
#include "service/outcome_series.hpp"
#include "stats/progress.hpp"

namespace kompas {
namespace {

constexpr std::size_t kMaxTitleLength = 500;
constexpr std::size_t kMaxTextLength = 10000;
constexpr std::size_t kMaxShortLength = 200;

Result<void> ValidateAmbition(Store& store, const NewAmbition& input) {
    if (Trim(input.title).empty()) return Fail(ErrorCode::kInvalidArgument, "Geef de ambitie een titel", "title");
    if (input.title.size() > kMaxTitleLength) return Fail(ErrorCode::kInvalidArgument, "De titel is te lang", "title");
    if (input.statement.size() > kMaxTextLength) {
        return Fail(ErrorCode::kInvalidArgument, "De omschrijving is te lang", "statement");
    }
    if (!IsDate(input.agreed_on)) {
        return Fail(ErrorCode::kInvalidArgument, "De datum van het akkoord moet een datum JJJJ-MM-DD zijn",
                    "agreed_on");
    }
    for (const auto& key : input.indicators) {
        auto indicator = store.FindIndicator(key);
        if (!indicator) return std::unexpected(indicator.error());
        if (!indicator->has_value()) {
            return Fail(ErrorCode::kInvalidArgument, "Onbekende indicator " + key, "indicators");
        }
    }
    return {};
}

Result<Ambition> FindAmbition(Store& store, const Caller& caller, std::string_view id, std::string_view ambition_id) {
    auto ambitions = store.Ambitions(caller, id);
    if (!ambitions) return std::unexpected(std::move(ambitions.error()));
    for (auto& ambition : *ambitions) {
        if (ambition.id == ambition_id) return std::move(ambition);
    }
    return Fail(ErrorCode::kNotFound, "Ambitie niet gevonden");
}

Result<SocietalResult> FindResult(Store& store, const Caller& caller, std::string_view id, std::string_view result_id) {
    auto results = store.SocietalResults(caller, id);
    if (!results) return std::unexpected(std::move(results.error()));
    for (auto& result : *results) {
        if (result.id == result_id) return std::move(result);
    }
    return Fail(ErrorCode::kNotFound, "Resultaat niet gevonden");
}

Ambition AmbitionFrom(std::string id, std::string_view collaboration_id, const NewAmbition& input) {
    Ambition ambition;
    ambition.id = std::move(id);
    ambition.collaboration_id = std::string(collaboration_id);
    ambition.title = std::string(Trim(input.title));
    ambition.statement = input.statement;
    ambition.agreed_on = input.agreed_on;
    ambition.agreed_by = input.agreed_by;
    ambition.indicators = input.indicators;
    ambition.signals = input.signals;
    return ambition;
}

// The progress of a result with an outcome indicator: the municipality's report as the reader may
// see it. Whatever cannot be read gives no figures and a reason, never an error page.
Result<ResultProgress> OutcomeProgress(Store& store, ResultProgress progress, const OutcomeReader& outcomes) {
    const auto cannot_say = [&progress](std::string reason) {
        AssessProgress(progress, {});
        progress.status_reason = std::move(reason);
        return progress;
    };
    if (progress.region.level != RegionLevel::kMunicipality) {
        return cannot_say("Uitkomsten van jeugdhulp zijn er per gemeente; dit resultaat geldt voor " +
                          progress.region.name + ".");
    }
    if (!outcomes.services || !outcomes.caller) return cannot_say("Uitkomsten zijn op deze server niet beschikbaar.");
    auto series = MunicipalityShareSeries(store, *outcomes.services, *outcomes.caller, progress.region.code,
                                          progress.result.indicator, outcomes.now);
    if (!series) {
        if (series.error().code == ErrorCode::kForbidden) {
            return cannot_say("De uitkomsten van jeugdhulp voor " + progress.region.name +
                              " ziet alleen de gemeente zelf; daarom staat de voortgang hier niet.");
        }
        return std::unexpected(std::move(series.error()));
    }
    AssessProgress(progress, *series);
    for (const auto& observation : *series) {
        if (observation.status == ObservationStatus::kConfidential) {
            progress.level_note = "Sommige jaren zijn onderdrukt: ze berusten op te weinig trajecten.";
            break;
        }
    }
    return progress;
}

}  // namespace

Result<ResultProgress> ProgressOf(Store& store, const SocietalResult& result, std::string_view region_code,
                                  const OutcomeReader& outcomes) {
    ResultProgress progress;
    progress.result = result;
    auto indicator = store.FindIndicator(result.indicator);
    if (!indicator) return std::unexpected(std::move(indicator.error()));
    progress.indicator =
        indicator->value_or(Indicator{result.indicator, result.indicator, "", 0, Direction::kNeutral, "", ""});
    auto region = RequireRegion(store, region_code, "region", ErrorCode::kNotFound);
    if (!region) return std::unexpected(std::move(region.error()));
    progress.region = std::move(*region);
    progress.data_region = progress.region;
    if (OutcomeShareOf(result.indicator)) return OutcomeProgress(store, std::move(progress), outcomes);
    std::vector<Observation> observations;
    std::optional<Region> current = progress.region;
    // Walk up by parent; bounded by the six levels, the guard by cycles in data.
    std::vector<DerivedObservation> derived;  // of the data region, on today's boundaries
    for (int depth = 0; current && depth < 8; ++depth) {
        // A municipality's series on today's boundaries: its predecessors' figures added up or
        // recomputed, or marked unknown (as published for other levels and without mergers).
        auto series = SeriesOnTodaysBoundaries(store, current->code, result.indicator);
        if (!series) return std::unexpected(std::move(series.error()));
        std::vector<Observation> found;
        found.reserve(series->size());
        for (const auto& point : *series) found.push_back(point.observation);
        if (HasUsableObservation(found, progress.indicator)) {
            observations = std::move(found);
            derived = std::move(*series);
            progress.data_region = *current;
            break;
        }
        if (current->parent.empty()) break;
        auto parent = store.FindRegion(current->parent);
        if (!parent) return std::unexpected(std::move(parent.error()));
        current = *parent;
    }
    if (!observations.empty() && progress.data_region.code != progress.region.code) {
        progress.level_note = "Voor " + progress.region.name +
                              " zijn geen cijfers over dit onderwerp; we volgen het "
                              "cijfer van " +
                              progress.data_region.name + ".";
    }
    auto merger_note = BoundariesNote(store, progress.data_region.code, derived);
    if (!merger_note) return std::unexpected(std::move(merger_note.error()));
    if (*merger_note) {
        progress.level_note = progress.level_note ? *progress.level_note + " " + **merger_note : **merger_note;
    }
    AssessProgress(progress, observations);
    return progress;
}

Result<std::vector<Ambition>> ListAmbitions(Store& store, const Caller& caller, std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.Ambitions(caller, id);
}

Result<Ambition> CreateAmbition(Store& store, const Caller& caller, std::string_view id, const NewAmbition& input,
                                TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (auto valid = ValidateAmbition(store, input); !valid) return std::unexpected(valid.error());
    const Ambition ambition = AmbitionFrom(NewId("amb"), id, input);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "ambition", ambition.id);
    auto created = Checked(store, entry, store.CreateAmbition(caller, ambition, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    return FindAmbition(store, caller, id, ambition.id);
}

Result<AmbitionDetail> GetAmbition(Store& store, const Caller& caller, std::string_view id,
                                   std::string_view ambition_id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto ambition = FindAmbition(store, caller, id, ambition_id);
    if (!ambition) return std::unexpected(std::move(ambition.error()));
    AmbitionDetail detail{std::move(*ambition), {}, {}};
    auto results = store.SocietalResults(caller, id);
    if (!results) return std::unexpected(std::move(results.error()));
    for (auto& result : *results) {
        if (result.ambition_id == ambition_id) detail.results.push_back(std::move(result));
    }
    auto signals = store.Signals(caller, id);
    if (!signals) return std::unexpected(std::move(signals.error()));
    const std::set<std::string> listed(detail.ambition.signals.begin(), detail.ambition.signals.end());
    for (auto& signal : *signals) {
        if (listed.contains(signal.id) || signal.ambition_id == ambition_id)
            detail.signals.push_back(std::move(signal));
    }
    return detail;
}

Result<Ambition> UpdateAmbition(Store& store, const Caller& caller, std::string_view id, std::string_view ambition_id,
                                const NewAmbition& input, TimePoint now, std::string_view reason) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (auto valid = ValidateAmbition(store, input); !valid) return std::unexpected(valid.error());
    if (reason.size() > kMaxTextLength) return Fail(ErrorCode::kInvalidArgument, "De reden is te lang", "reason");
    const Ambition ambition = AmbitionFrom(std::string(ambition_id), id, input);
    const ChangeNote note{std::string(Trim(reason)), caller.person_id};
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "ambition", ambition.id);
    auto updated = Checked(store, entry, store.UpdateAmbition(caller, ambition, note, entry));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return FindAmbition(store, caller, id, ambition.id);
}

Result<void> DeleteAmbition(Store& store, const Caller& caller, std::string_view id, std::string_view ambition_id,
                            TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kDelete, "ambition", std::string(ambition_id));
    return Checked(store, entry, store.DeleteAmbition(caller, id, ambition_id, entry));
}

namespace {

// The result `input` describes, validated (see CreateSocietalResult), without id or ambition.
Result<SocietalResult> ValidatedResult(Store& store, std::string_view id, const NewSocietalResult& input) {
    if (Trim(input.title).empty()) return Fail(ErrorCode::kInvalidArgument, "Geef het resultaat een titel", "title");
    if (input.title.size() > kMaxTitleLength) return Fail(ErrorCode::kInvalidArgument, "De titel is te lang", "title");
    auto indicator = store.FindIndicator(input.indicator);
    if (!indicator) return std::unexpected(std::move(indicator.error()));
    if (input.indicator.empty() || !indicator->has_value()) {
        return Fail(ErrorCode::kInvalidArgument, "Onbekende indicator '" + input.indicator + "'", "indicator");
    }
    if (input.regions.empty()) return Fail(ErrorCode::kInvalidArgument, "Kies ten minste één regio", "regions");
    std::vector<std::string> regions;
    for (const auto& raw : input.regions) {
        auto region = RequireRegion(store, raw, "regions");
        if (!region) return std::unexpected(std::move(region.error()));
        if (std::find(regions.begin(), regions.end(), region->code) == regions.end()) regions.push_back(region->code);
        if (OutcomeShareOf(input.indicator) && region->level != RegionLevel::kMunicipality) {
            return Fail(
                ErrorCode::kInvalidArgument,
                "Een uitkomst van jeugdhulp is er per gemeente: kies gemeenten (" + region->name + " is geen gemeente)",
                "regions");
        }
    }
    auto baseline = ParsePeriod(input.baseline.period);
    if (!baseline) {
        return Fail(ErrorCode::kInvalidArgument, "De periode van de nulmeting is geen periode als 2022JJ00",
                    "baseline");
    }
    if (!std::isfinite(input.baseline.value)) {
        return Fail(ErrorCode::kInvalidArgument, "De nulmeting moet een getal zijn", "baseline");
    }
    if (!std::isfinite(input.target.value)) {
        return Fail(ErrorCode::kInvalidArgument, "De streefwaarde moet een getal zijn", "target");
    }
    if (input.target.year <= baseline->year || input.target.year > 2200) {
        return Fail(ErrorCode::kInvalidArgument, "Het doeljaar moet na het jaar van de nulmeting liggen", "target");
    }
    if (!IsDate(input.agreed_on)) {
        return Fail(ErrorCode::kInvalidArgument, "De datum van het akkoord moet een datum JJJJ-MM-DD zijn",
                    "agreed_on");
    }
    SocietalResult result;
    result.collaboration_id = std::string(id);
    result.title = std::string(Trim(input.title));
    result.indicator = input.indicator;
    result.regions = std::move(regions);
    result.baseline = Baseline{input.baseline.value, baseline->Code()};
    result.target = input.target;
    for (const auto& partner : input.agreed_by) {
        if (std::find(result.agreed_by.begin(), result.agreed_by.end(), partner) == result.agreed_by.end()) {
            result.agreed_by.push_back(partner);
        }
    }
    result.agreed_on = input.agreed_on;
    return result;
}

Result<void> ValidateReason(std::string_view reason) {
    if (reason.size() > kMaxTextLength) return Fail(ErrorCode::kInvalidArgument, "De reden is te lang", "reason");
    return {};
}

}  // namespace

Result<SocietalResult> CreateSocietalResult(Store& store, const Caller& caller, std::string_view id,
                                            std::string_view ambition_id, const NewSocietalResult& input,
                                            TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto result = ValidatedResult(store, id, input);
    if (!result) return std::unexpected(std::move(result.error()));
    result->id = NewId("res");
    result->ambition_id = std::string(ambition_id);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "societal_result", result->id);
    auto created = Checked(store, entry, store.CreateSocietalResult(caller, *result, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    return FindResult(store, caller, id, result->id);
}

Result<SocietalResult> UpdateSocietalResult(Store& store, const Caller& caller, std::string_view id,
                                            std::string_view result_id, const NewSocietalResult& input,
                                            std::string_view reason, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto result = ValidatedResult(store, id, input);
    if (!result) return std::unexpected(std::move(result.error()));
    if (auto valid = ValidateReason(reason); !valid) return std::unexpected(valid.error());
    result->id = std::string(result_id);
    const ChangeNote note{std::string(Trim(reason)), caller.person_id};
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "societal_result", result->id);
    auto updated = Checked(store, entry, store.UpdateSocietalResult(caller, *result, note, entry));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return FindResult(store, caller, id, result->id);
}

Result<std::vector<HistoryEntry>> ResultHistory(Store& store, const Caller& caller, std::string_view id,
                                                std::string_view result_id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.History(caller, id, "societal_result", result_id);
}

Result<std::vector<HistoryEntry>> AmbitionHistory(Store& store, const Caller& caller, std::string_view id,
                                                  std::string_view ambition_id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.History(caller, id, "ambition", ambition_id);
}

Result<std::vector<DashboardRow>> ListResults(Store& store, const Caller& caller, std::string_view id,
                                              OutcomeServices* outcomes, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto ambitions = store.Ambitions(caller, id);
    if (!ambitions) return std::unexpected(std::move(ambitions.error()));
    auto results = store.SocietalResults(caller, id);
    if (!results) return std::unexpected(std::move(results.error()));
    std::vector<DashboardRow> rows;
    for (const auto& result : *results) {
        DashboardRow row;
        row.result = result;
        for (const auto& ambition : *ambitions) {
            if (ambition.id == result.ambition_id) row.ambition_title = ambition.title;
        }
        ResultProgress progress;
        if (!result.regions.empty()) {
            auto computed = ProgressOf(store, result, result.regions.front(), OutcomeReader{outcomes, &caller, now});
            if (!computed) return std::unexpected(std::move(computed.error()));
            progress = std::move(*computed);
        } else {
            progress.result = result;
            progress.status_reason = "Dit resultaat heeft geen regio.";
        }
        row.indicator = progress.indicator;
        for (const auto& point : progress.series) row.sparkline.push_back(point.value);
        for (auto it = progress.series.rbegin(); it != progress.series.rend(); ++it) {
            if (it->value) {
                row.latest = *it;
                break;
            }
        }
        row.status = progress.status;
        row.status_reason = progress.status_reason;
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<ResultProgress> GetProgress(Store& store, const Caller& caller, std::string_view id, std::string_view result_id,
                                   std::string_view region, OutcomeServices* outcomes, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto result = FindResult(store, caller, id, result_id);
    if (!result) return std::unexpected(std::move(result.error()));
    if (region.empty() && result->regions.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "Kies een regio", "region");
    }
    auto progress = ProgressOf(store, *result, region.empty() ? std::string_view(result->regions.front()) : region,
                               OutcomeReader{outcomes, &caller, now});
    if (!progress) return std::unexpected(std::move(progress.error()));
    auto ambition = FindAmbition(store, caller, id, result->ambition_id);
    std::set<std::string> listed;
    if (ambition) listed.insert(ambition->signals.begin(), ambition->signals.end());
    auto signals = store.Signals(caller, id);
    if (!signals) return std::unexpected(std::move(signals.error()));
    for (auto& signal : *signals) {
        if (signal.result_id == result->id || signal.ambition_id == result->ambition_id || listed.contains(signal.id)) {
            progress->signals.push_back(std::move(signal));
        }
    }
    return progress;
}

Result<void> DeleteSocietalResult(Store& store, const Caller& caller, std::string_view id, std::string_view result_id,
                                  TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kDelete, "societal_result", std::string(result_id));
    return Checked(store, entry, store.DeleteSocietalResult(caller, id, result_id, entry));
}

Result<std::vector<Signal>> ListSignals(Store& store, const Caller& caller, std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.Signals(caller, id);
}

Result<Signal> AddSignal(Store& store, const Caller& caller, std::string_view id, const NewSignal& input,
                         TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (Trim(input.text).empty()) return Fail(ErrorCode::kInvalidArgument, "Beschrijf het signaal", "text");
    if (input.text.size() > kMaxTextLength) return Fail(ErrorCode::kInvalidArgument, "De tekst is te lang", "text");
    if (input.source_detail.size() > kMaxShortLength) {
        return Fail(ErrorCode::kInvalidArgument, "De toelichting op de bron is te lang", "source_detail");
    }
    if (input.theme.size() > kMaxShortLength) return Fail(ErrorCode::kInvalidArgument, "Het thema is te lang", "theme");
    if (!IsDate(input.date)) return Fail(ErrorCode::kInvalidArgument, "De datum moet JJJJ-MM-DD zijn", "date");
    Signal signal;
    signal.id = NewId("sig");
    signal.collaboration_id = std::string(id);
    signal.text = std::string(Trim(input.text));
    signal.source = input.source;
    signal.source_detail = input.source_detail;
    signal.date = input.date;
    if (input.region) {
        auto region = RequireRegion(store, *input.region, "region");
        if (!region) return std::unexpected(std::move(region.error()));
        signal.region = region->code;
    }
    signal.theme = input.theme;
    signal.ambition_id = input.ambition_id;
    signal.result_id = input.result_id;
    signal.created_by = caller.person_id;
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "signal", signal.id);
    auto created = Checked(store, entry, store.CreateSignal(caller, signal, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    auto signals = store.Signals(caller, id);
    if (!signals) return std::unexpected(std::move(signals.error()));
    for (auto& stored : *signals) {
        if (stored.id == signal.id) return std::move(stored);
    }
    return Fail(ErrorCode::kInternal, "Het signaal is opgeslagen maar niet teruggevonden");
}

}  // namespace kompas
