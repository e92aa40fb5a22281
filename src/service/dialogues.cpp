#include "service/dialogues.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <cstdlib>

#include "core/text.hpp"
#include "privacy/secrets.hpp"
#include "service/access.hpp"
#include "service/actions.hpp"
#include "service/ambitions.hpp"
#include "service/audit_entry.hpp"
#include "service/collaborations.hpp"
#include "service/outcome_series.hpp"
#include "service/outcomes.hpp"
#include "service/quality.hpp"
#include "stats/change.hpp"
#include "stats/control_chart.hpp"

namespace kompas {
namespace {

constexpr std::size_t kMaxTitleLength = 200;
constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxParticipants = 100;
constexpr std::size_t kMaxTextLength = 10000;
constexpr std::string_view kNotFoundDialogue = "Kwaliteitsdialoog niet gevonden";
constexpr int kMinControlPoints = 3;

void Clean(std::optional<std::string>& value) {
    if (!value) return;
    value = std::string(Trim(*value));
    if (value->empty()) value.reset();
}

Result<NewDialogue> Validated(NewDialogue input) {
    input.title = std::string(Trim(input.title));
    if (input.title.empty()) return Fail(ErrorCode::kInvalidArgument, "Geef de dialoog een titel", "title");
    if (input.title.size() > kMaxTitleLength) return Fail(ErrorCode::kInvalidArgument, "De titel is te lang", "title");
    if (!IsDate(input.held_on)) return Fail(ErrorCode::kInvalidArgument, "Geef de datum als JJJJ-MM-DD", "held_on");
    if (input.participants.size() > kMaxParticipants) {
        return Fail(ErrorCode::kInvalidArgument, "Te veel deelnemers", "participants");
    }
    for (auto& participant : input.participants) {
        Clean(participant.partner_id);
        participant.name = std::string(Trim(participant.name));
        if (participant.partner_id) {
            participant.role = ParticipantRole::kPartner;
            participant.name.clear();  // read back from the partner row
            continue;
        }
        if (participant.role == ParticipantRole::kPartner) {
            return Fail(ErrorCode::kInvalidArgument, "Kies bij een partner de partner uit de samenwerking",
                        "participants");
        }
        if (participant.name.empty() || participant.name.size() > kMaxNameLength) {
            return Fail(ErrorCode::kInvalidArgument, "Geef elke deelnemer een naam (hooguit 200 tekens)",
                        "participants");
        }
    }
    return input;
}

// The subject with only the members of its kind, checked apart from what the store checks.
Result<AgendaSubject> ValidatedSubject(Store& store, AgendaSubject in) {
    for (auto* value : {&in.indicator, &in.region, &in.result_id, &in.municipality, &in.figure, &in.help_form,
                        &in.round_id, &in.signal_id}) {
        Clean(*value);
    }
    AgendaSubject out;
    out.kind = in.kind;
    const auto require = [](const std::optional<std::string>& value, const char* field,
                            const char* message) -> Result<std::string> {
        if (!value) return Fail(ErrorCode::kInvalidArgument, message, field);
        return *value;
    };
    switch (in.kind) {
        case AgendaKind::kIndicator: {
            auto key = require(in.indicator, "indicator", "Kies een indicator");
            if (!key) return std::unexpected(key.error());
            auto indicator = store.FindIndicator(*key);
            if (!indicator) return std::unexpected(std::move(indicator.error()));
            if (!*indicator) return Fail(ErrorCode::kInvalidArgument, "Deze indicator bestaat niet", "indicator");
            auto code = require(in.region, "region", "Kies bij een indicator ook een gebied");
            if (!code) return std::unexpected(code.error());
            auto region = RequireRegion(store, *code, "region");
            if (!region) return std::unexpected(std::move(region.error()));
            out.indicator = *key;
            out.region = region->code;
            break;
        }
        case AgendaKind::kResult: {
            auto id = require(in.result_id, "result_id", "Kies een maatschappelijk resultaat");
            if (!id) return std::unexpected(id.error());
            out.result_id = *id;
            break;
        }
        case AgendaKind::kOutcome: {
            auto code = require(in.municipality, "municipality", "Kies een gemeente (GM-code)");
            if (!code) return std::unexpected(code.error());
            auto figure = require(in.figure, "outcome_figure", "Kies een uitkomst");
            if (!figure) return std::unexpected(figure.error());
            if (!IsOutcomeFigureName(*figure)) {
                return Fail(ErrorCode::kInvalidArgument, "Deze uitkomst bestaat niet", "outcome_figure");
            }
            const std::string help_form = in.help_form.value_or("all");
            if (help_form != "all") {
                return Fail(ErrorCode::kInvalidArgument, "Op de agenda staan uitkomsten van alle hulpvormen samen",
                            "help_form");
            }
            std::string upper = *code;
            for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            out.municipality = upper;
            out.figure = *figure;
            out.help_form = help_form;
            break;
        }
        case AgendaKind::kEvaluation: {
            auto id = require(in.round_id, "round_id", "Kies een evaluatieronde");
            if (!id) return std::unexpected(id.error());
            out.round_id = *id;
            break;
        }
        case AgendaKind::kSignal: {
            auto id = require(in.signal_id, "signal_id", "Kies een signaal");
            if (!id) return std::unexpected(id.error());
            out.signal_id = *id;
            break;
        }
        case AgendaKind::kQuality: {
            auto id = require(in.organisation_id, "organisation_id", "Kies een aanbieder");
            if (!id) return std::unexpected(id.error());
            out.organisation_id = *id;
            break;
        }
    }
    return out;
}

std::optional<ProgressPoint> LatestOf(const std::vector<ProgressPoint>& series) {
    for (auto it = series.rbegin(); it != series.rend(); ++it) {
        if (it->value) return *it;
    }
    return std::nullopt;
}

AgendaFigure FigureOf(const ResultProgress& progress, std::string title) {
    AgendaFigure figure;
    figure.title = std::move(title);
    figure.unit = progress.indicator.unit;
    if (!progress.indicator.source.empty()) figure.source = progress.indicator.source;
    figure.note = progress.level_note;
    figure.series = progress.series;
    figure.latest = LatestOf(figure.series);
    figure.change = progress.change;
    figure.control = ControlOf(figure.series);
    if (figure.series.empty()) figure.note = progress.status_reason;
    return figure;
}

AgendaFigure Unavailable(std::string title, std::string note) {
    AgendaFigure figure;
    figure.title = std::move(title);
    figure.available = false;
    figure.note = std::move(note);
    figure.control.text = "Niet te zeggen: er is geen cijfer.";
    return figure;
}

// The figure of an indicator for a region, walking up to the nearest level with data.
Result<AgendaFigure> IndicatorFigure(Store& store, const std::string& indicator, const std::string& region) {
    SocietalResult result;
    result.indicator = indicator;
    result.regions = {region};
    auto progress = ProgressOf(store, result, region);
    if (!progress) return std::unexpected(std::move(progress.error()));
    return FigureOf(*progress, progress->indicator.title + " — " + progress->region.name);
}

const char* OutcomeLabel(std::string_view name) {
    if (name == "started") return "Gestarte trajecten";
    if (name == "ended") return "Beëindigde trajecten";
    if (name == "ongoing") return "Lopende trajecten";
    if (name == "planned") return "Volgens plan beëindigd";
    if (name == "satisfaction") return "Tevredenheid";
    if (name == "without_help") return "Na afloop zonder hulp";
    return "Geen nieuwe hulp binnen een jaar";
}

// The outcome figure of a municipality for the reader: through MunicipalityOutcomes, so its
// access check and suppression hold.
Result<AgendaFigure> OutcomeFigure(Store& store, OutcomeServices* outcomes, const Caller& caller,
                                   const AgendaSubject& subject, TimePoint now) {
    const std::string name = subject.figure.value_or("");
    const std::string code = subject.municipality.value_or("");
    std::string title = std::string(OutcomeLabel(name)) + " — " + code + ", alle hulpvormen";
    if (!outcomes) return Unavailable(std::move(title), "Uitkomsten zijn op deze server niet beschikbaar.");
    auto view = MunicipalityOutcomes(store, *outcomes, caller, code, engine::Granularity::kYear, DayOf(now));
    if (!view) {
        if (view.error().code == ErrorCode::kForbidden || view.error().code == ErrorCode::kNotFound) {
            return Unavailable(std::move(title), "U mag de uitkomsten van deze gemeente niet zien.");
        }
        return std::unexpected(std::move(view.error()));
    }
    if (view->name) title = std::string(OutcomeLabel(name)) + " — " + *view->name + ", alle hulpvormen";
    AgendaFigure figure;
    figure.title = std::move(title);
    const engine::ShareFigure* probe = ShareOf(engine::OutcomeFigures{}, name);
    figure.unit = probe ? "%" : (name == "satisfaction" ? "score" : "aantal");
    figure.source = "Trajectgegevens van jeugdhulpaanbieders in Kompas, per jaar (peildatum " + TodayUtc(now) + ")";
    bool suppressed = false;
    for (const auto& row : view->report.rows) {
        if (row.help_form != subject.help_form.value_or("all")) continue;
        ProgressPoint point;
        // As a CBS period code, as every other series: "2024" is 2024JJ00 (the report is by year).
        point.period = row.period.size() == 4 ? row.period + "JJ00" : row.period;
        point.year = std::atof(row.period.substr(0, 4).c_str()) + 0.5;
        if (const auto* share = ShareOf(row.figures, name)) {
            if (share->suppression != Suppression::kNone || share->numerator_hidden) {
                point.status = ObservationStatus::kConfidential;
                suppressed = true;
            } else if (share->share && share->numerator && share->denominator) {
                point.value = *share->share * 100.0;
                point.numerator = static_cast<double>(*share->numerator);
                point.denominator = static_cast<double>(*share->denominator);
                if (share->interval)
                    point.interval = ValueInterval{share->interval->lower * 100.0, share->interval->upper * 100.0};
            } else {
                point.status = ObservationStatus::kUnknown;
            }
        } else if (name == "satisfaction") {
            if (row.figures.satisfaction.suppression != Suppression::kNone) {
                point.status = ObservationStatus::kConfidential;
                suppressed = true;
            } else {
                point.value = row.figures.satisfaction.mean;
            }
        } else {
            const engine::CountFigure& count = name == "started" ? row.figures.started
                                               : name == "ended" ? row.figures.ended
                                                                 : row.figures.ongoing;
            if (count.suppression != Suppression::kNone) {
                point.status = ObservationStatus::kConfidential;
                suppressed = true;
            } else if (count.value) {
                point.value = static_cast<double>(*count.value);
            }
        }
        if (!point.value && point.status == ObservationStatus::kKnown) point.status = ObservationStatus::kUnknown;
        figure.series.push_back(std::move(point));
    }
    figure.latest = LatestOf(figure.series);
    if (suppressed) figure.note = "Sommige cijfers zijn onderdrukt: de aantallen zijn te klein om te tonen.";
    // The change between the last two points with counts (Newcombe), as a result's progress.
    std::vector<const ProgressPoint*> counted;
    for (const auto& point : figure.series) {
        if (point.numerator && point.denominator && point.value) counted.push_back(&point);
    }
    if (counted.size() >= 2) {
        const ProgressPoint& a = *counted[counted.size() - 2];
        const ProgressPoint& b = *counted.back();
        auto compared = CompareProportions(Fraction{std::llround(*a.numerator), std::llround(*a.denominator)},
                                           Fraction{std::llround(*b.numerator), std::llround(*b.denominator)});
        if (compared && compared->interval && compared->verdict) {
            ProgressChange change;
            change.from = a.period;
            change.to = b.period;
            change.interval = ValueInterval{compared->interval->lower * 100.0, compared->interval->upper * 100.0};
            change.verdict = ChangeVerdictName(*compared->verdict);
            const std::string values =
                fmt::format("van {:.1f} % ({}) naar {:.1f} % ({})", *a.value, a.period, *b.value, b.period);
            change.text = *compared->verdict == ChangeVerdict::kWithinNormalVariation
                              ? "Het cijfer ging " + values + "; dat verschil valt binnen de normale variatie."
                              : std::string(*compared->verdict == ChangeVerdict::kIncrease ? "Het cijfer is gestegen "
                                                                                           : "Het cijfer is gedaald ") +
                                    values + "; dat is meer dan toeval.";
            figure.change = std::move(change);
        }
    }
    figure.control = ControlOf(figure.series);
    return figure;
}

// Dutch names of the six elements of an evaluation.
const char* ElementLabel(EvaluationElement element) {
    switch (element) {
        case EvaluationElement::kSharedHorizon:
            return "Gedeelde horizon";
        case EvaluationElement::kPartnerInterest:
            return "Belang van elke partner";
        case EvaluationElement::kResultsAchieved:
            return "Behaalde resultaten";
        case EvaluationElement::kOrganisation:
            return "Organisatie van de samenwerking";
        case EvaluationElement::kRelationsAndTrust:
            return "Relaties en vertrouwen";
        case EvaluationElement::kLeadership:
            break;
    }
    return "Leiderschap";
}

// Dutch words for a signal's source, as the signal pages say it.
const char* SourceLabel(SignalSource source) {
    switch (source) {
        case SignalSource::kProfessional:
            return "professional";
        case SignalSource::kParent:
            return "ouder";
        case SignalSource::kYoungPerson:
            return "jongere";
        case SignalSource::kPartner:
            return "partner";
        case SignalSource::kOther:
            break;
    }
    return "anders";
}

// YYYY-MM-DD in Dutch words: 2026-03-01 → 1 maart 2026 (the text as it is when it does not parse).
std::string DutchDate(const std::string& date) {
    static constexpr const char* kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                              "juli",    "augustus", "september", "oktober", "november", "december"};
    if (!IsDate(date)) return date;
    const int month = std::atoi(date.substr(5, 2).c_str());
    const int day = std::atoi(date.substr(8, 2).c_str());
    if (month < 1 || month > 12) return date;
    return std::to_string(day) + " " + kMonths[month - 1] + " " + date.substr(0, 4);
}

std::string Decimal(std::optional<double> value) { return value ? fmt::format("{:.1f}", *value) : "—"; }

Result<AgendaFigure> FigureFor(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                               const AgendaSubject& subject, TimePoint now) {
    switch (subject.kind) {
        case AgendaKind::kIndicator:
            return IndicatorFigure(store, subject.indicator.value_or(""), subject.region.value_or(""));
        case AgendaKind::kResult: {
            auto progress = GetProgress(store, caller, id, subject.result_id.value_or(""), "", outcomes, now);
            if (!progress) {
                if (progress.error().code == ErrorCode::kInvalidArgument) {
                    return Unavailable("Maatschappelijk resultaat", progress.error().message);
                }
                return std::unexpected(std::move(progress.error()));
            }
            AgendaFigure figure = FigureOf(*progress, progress->result.title + " — " + progress->region.name);
            figure.facts.push_back(FigureFact{"Voortgang", ProgressStatusLabel(progress->status)});
            if (!progress->status_reason.empty())
                figure.facts.push_back(FigureFact{"Toelichting", progress->status_reason});
            return figure;
        }
        case AgendaKind::kOutcome:
            return OutcomeFigure(store, outcomes, caller, subject, now);
        case AgendaKind::kEvaluation: {
            auto result = GetEvaluationResult(store, caller, id, subject.round_id.value_or(""));
            if (!result) return std::unexpected(std::move(result.error()));
            AgendaFigure figure;
            figure.title = "Evaluatie van de samenwerking: " + result->round.title;
            figure.unit = "score 1–10";
            figure.source = "Evaluatieronde van de samenwerking in Kompas";
            figure.control.text = "Niet te zeggen: een evaluatieronde is geen reeks met aantallen.";
            for (const auto& element : result->elements) {
                std::string value;
                if (element.hidden) {
                    value = "verborgen: te weinig antwoorden (" + std::to_string(element.responses) + ")";
                } else {
                    value = "gemiddeld " + Decimal(element.mean) + " uit " + std::to_string(element.responses) +
                            " antwoorden";
                    if (element.change)
                        value += fmt::format(" (verschil met de vorige ronde {:+.1f})", *element.change);
                }
                figure.facts.push_back(FigureFact{ElementLabel(element.element), std::move(value)});
            }
            return figure;
        }
        case AgendaKind::kSignal: {
            auto signals = ListSignals(store, caller, id);
            if (!signals) return std::unexpected(std::move(signals.error()));
            for (const auto& signal : *signals) {
                if (signal.id != subject.signal_id) continue;
                AgendaFigure figure;
                figure.title = "Signaal uit de praktijk";
                figure.control.text = "Niet te zeggen: een signaal is geen reeks met aantallen.";
                figure.facts = {FigureFact{"Datum", DutchDate(signal.date)},
                                FigureFact{"Bron", SourceLabel(signal.source)}, FigureFact{"Signaal", signal.text}};
                if (!signal.theme.empty()) figure.facts.push_back(FigureFact{"Thema", signal.theme});
                return figure;
            }
            return Unavailable("Signaal", "Dit signaal bestaat niet meer.");
        }
        case AgendaKind::kQuality: {
            // The provider's record as the reader may see it (a member of a collaboration with it).
            auto quality = GetProviderQuality(store, caller, subject.organisation_id.value_or(""));
            if (!quality) {
                if (quality.error().code == ErrorCode::kNotFound) {
                    return Unavailable("Kwaliteit van een aanbieder", "Deze aanbieder is niet (meer) te zien.");
                }
                return std::unexpected(std::move(quality.error()));
            }
            AgendaFigure figure;
            figure.title = "Kwaliteitsvoorwaarden van " + quality->organisation_name;
            figure.source = "Wat de aanbieder zelf vastlegde in Kompas (bouwsteen 4)";
            figure.control.text = "Niet te zeggen: kwaliteitsvoorwaarden zijn geen reeks met aantallen.";
            for (const auto& record : quality->conditions) {
                std::string value = ConditionStatusLabel(record.status);
                if (record.figure) value += fmt::format(" ({:.1f} {})", record.figure->value, record.figure->unit);
                if (!record.note.empty()) value += ": " + record.note;
                if (record.confirmed_on) value += " (bevestigd op " + DutchDate(*record.confirmed_on) + ")";
                std::string label = QualityConditionLabel(record.condition);
                if (!label.empty()) label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
                figure.facts.push_back(FigureFact{std::move(label), std::move(value)});
            }
            return figure;
        }
    }
    return Unavailable("Agendapunt", "Onbekend soort agendapunt.");
}

Result<DialogueView> Build(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                           std::string_view dialogue_id, TimePoint now) {
    auto dialogues = store.Dialogues(caller, id);
    if (!dialogues) return std::unexpected(std::move(dialogues.error()));
    const Dialogue* found = nullptr;
    const Dialogue* previous = nullptr;
    const Dialogue* next = nullptr;
    for (const auto& dialogue : *dialogues) {
        if (dialogue.id == dialogue_id) found = &dialogue;
    }
    if (!found) return Fail(ErrorCode::kNotFound, std::string(kNotFoundDialogue));
    for (const auto& dialogue : *dialogues) {  // by held_on, id: the last one before, the first one after
        if (dialogue.fields.held_on < found->fields.held_on) previous = &dialogue;
        if (!next && dialogue.fields.held_on > found->fields.held_on) next = &dialogue;
    }
    DialogueView view;
    view.dialogue = *found;
    for (const auto& item : found->items) {
        auto figure = FigureFor(store, outcomes, caller, id, item.subject, now);
        if (!figure) return std::unexpected(std::move(figure.error()));
        view.items.push_back(AgendaItemView{item, std::move(*figure)});
    }
    auto actions = ListActions(store, caller, id, std::nullopt, now);
    if (!actions) return std::unexpected(std::move(actions.error()));
    // Agreed in this cycle: recorded from this dialogue's date until the next dialogue.
    for (const auto& action : *actions) {
        const std::string created_on = action.action.created_at.substr(0, 10);
        if (created_on < found->fields.held_on || (next && created_on >= next->fields.held_on)) continue;
        view.agreed_actions.push_back(PreviousAction{action.action, action.overdue, std::nullopt});
    }
    if (previous) {
        view.previous_dialogue_id = previous->id;
        view.previous_held_on = previous->fields.held_on;
        for (auto& action : *actions) {
            const std::string created_on = action.action.created_at.substr(0, 10);
            if (created_on < previous->fields.held_on || created_on >= found->fields.held_on) continue;
            PreviousAction entry{std::move(action.action), action.overdue, std::nullopt};
            const ActionSubject& about = entry.action.fields.about;
            if (about.result_id) {
                AgendaSubject subject;
                subject.kind = AgendaKind::kResult;
                subject.result_id = about.result_id;
                auto figure = FigureFor(store, outcomes, caller, id, subject, now);
                if (figure) entry.figure = std::move(*figure);
            } else if (about.indicator && about.region) {
                auto figure = IndicatorFigure(store, *about.indicator, *about.region);
                if (figure) entry.figure = std::move(*figure);
            }
            view.previous_actions.push_back(std::move(entry));
        }
    }
    return view;
}

}  // namespace

ControlView ControlOf(const std::vector<ProgressPoint>& series) {
    ControlView control;
    std::vector<Fraction> counts;
    for (const auto& point : series) {
        if (!point.value) continue;
        if (!point.numerator || !point.denominator) {
            control.text = "Niet te zeggen: bij deze reeks horen geen aantallen.";
            return control;
        }
        counts.push_back(Fraction{std::llround(*point.numerator), std::llround(*point.denominator)});
    }
    if (counts.size() < static_cast<std::size_t>(kMinControlPoints)) {
        control.text = "Niet te zeggen: er zijn minder dan drie punten met aantallen.";
        return control;
    }
    auto chart = ComputePChart(counts);
    if (!chart) {
        control.text = "Niet te zeggen: de aantallen zijn niet bruikbaar.";
        return control;
    }
    const ControlPoint& last = chart->points.back();
    if (last.signals.empty()) {
        control.verdict = "common_cause";
        control.text = "Gewone variatie: het laatste punt valt binnen wat je bij toeval verwacht (common cause).";
        return control;
    }
    control.verdict = "special_cause";
    std::string labels;
    for (const auto rule : last.signals) {
        control.rules.push_back(ControlRuleName(rule));
        if (!labels.empty()) labels += "; ";
        labels += ControlRuleLabel(rule);
    }
    control.text = "Bijzondere variatie (special cause): " + labels + ".";
    return control;
}

Result<std::vector<Dialogue>> ListDialogues(Store& store, const Caller& caller, std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.Dialogues(caller, id);
}

Result<DialogueView> CreateDialogue(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                    const NewDialogue& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto valid = Validated(input);
    if (!valid) return std::unexpected(std::move(valid.error()));
    Dialogue dialogue;
    dialogue.id = NewId("dlg");
    dialogue.collaboration_id = std::string(id);
    dialogue.fields = std::move(*valid);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "dialogue", dialogue.id);
    auto created = Checked(store, entry, store.CreateDialogue(caller, dialogue, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    return Build(store, outcomes, caller, id, dialogue.id, now);
}

Result<DialogueView> UpdateDialogue(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                    std::string_view dialogue_id, const NewDialogue& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto valid = Validated(input);
    if (!valid) return std::unexpected(std::move(valid.error()));
    Dialogue dialogue;
    dialogue.id = std::string(dialogue_id);
    dialogue.collaboration_id = std::string(id);
    dialogue.fields = std::move(*valid);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "dialogue", dialogue.id);
    auto updated = Checked(store, entry, store.UpdateDialogue(caller, dialogue, entry));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return Build(store, outcomes, caller, id, dialogue_id, now);
}

Result<DialogueView> GetDialogue(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                 std::string_view dialogue_id, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return Build(store, outcomes, caller, id, dialogue_id, now);
}

Result<DialogueView> AddAgendaItem(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                   std::string_view dialogue_id, AgendaSubject subject, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto valid = ValidatedSubject(store, std::move(subject));
    if (!valid) return std::unexpected(std::move(valid.error()));
    if (valid->kind == AgendaKind::kOutcome) {
        // Only a figure the caller may see: the report's own access check (kForbidden otherwise).
        if (!outcomes) {
            return Fail(ErrorCode::kInvalidArgument, "Uitkomsten zijn op deze server niet beschikbaar", "kind");
        }
        auto view = MunicipalityOutcomes(store, *outcomes, caller, *valid->municipality, engine::Granularity::kYear,
                                         DayOf(now));
        if (!view) {
            Error error = std::move(view.error());
            if (error.code == ErrorCode::kInvalidArgument) error.field = "municipality";
            return std::unexpected(std::move(error));
        }
    }
    AgendaItem item;
    item.id = NewId("dai");
    item.dialogue_id = std::string(dialogue_id);
    item.subject = std::move(*valid);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "dialogue_item", item.id);
    auto added = Checked(store, entry, store.AddAgendaItem(caller, id, item, entry));
    if (!added) return std::unexpected(std::move(added.error()));
    return Build(store, outcomes, caller, id, dialogue_id, now);
}

Result<DialogueView> AnswerQuestion(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                    std::string_view dialogue_id, std::string_view item_id, DialogueQuestion question,
                                    std::string_view text, ExplanationStatus status, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    DialogueAnswer answer;
    answer.text = std::string(Trim(text));
    if (answer.text.empty()) return Fail(ErrorCode::kInvalidArgument, "Schrijf een antwoord", "text");
    if (answer.text.size() > kMaxTextLength)
        return Fail(ErrorCode::kInvalidArgument, "Het antwoord is te lang", "text");
    if (status != ExplanationStatus::kNone && question != DialogueQuestion::kExplain) {
        return Fail(ErrorCode::kInvalidArgument, "Alleen een verklaring kan getoetst worden", "explanation_status");
    }
    if (status == ExplanationStatus::kConfirmed || status == ExplanationStatus::kRejected) {
        return Fail(ErrorCode::kInvalidArgument, "Een nieuwe verklaring is nog niet getoetst", "explanation_status");
    }
    answer.id = NewId("dan");
    answer.item_id = std::string(item_id);
    answer.question = question;
    answer.explanation_status = status;
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "dialogue_answer", answer.id);
    auto added = Checked(store, entry, store.AddDialogueAnswer(caller, id, dialogue_id, answer, entry));
    if (!added) return std::unexpected(std::move(added.error()));
    return Build(store, outcomes, caller, id, dialogue_id, now);
}

Result<DialogueView> MarkExplanation(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                     std::string_view dialogue_id, std::string_view answer_id, ExplanationStatus status,
                                     std::string_view evidence, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const std::string text(Trim(evidence));
    if (text.size() > kMaxTextLength) return Fail(ErrorCode::kInvalidArgument, "Het bewijs is te lang", "evidence");
    if ((status == ExplanationStatus::kConfirmed || status == ExplanationStatus::kRejected) && text.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "Zeg waarop de bevestiging of verwerping berust", "evidence");
    }
    // Only explanations are tested: check the answer's question before changing it.
    auto dialogues = store.Dialogues(caller, id);
    if (!dialogues) return std::unexpected(std::move(dialogues.error()));
    for (const auto& dialogue : *dialogues) {
        if (dialogue.id != dialogue_id) continue;
        for (const auto& item : dialogue.items) {
            for (const auto& answer : item.answers) {
                if (answer.id == answer_id && answer.question != DialogueQuestion::kExplain) {
                    return Fail(ErrorCode::kInvalidArgument, "Alleen een verklaring kan getoetst worden",
                                "explanation_status");
                }
            }
        }
    }
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "dialogue_answer", std::string(answer_id));
    auto marked =
        Checked(store, entry, store.MarkDialogueAnswer(caller, id, dialogue_id, answer_id, status, text, entry));
    if (!marked) return std::unexpected(std::move(marked.error()));
    return Build(store, outcomes, caller, id, dialogue_id, now);
}

Result<std::vector<FollowUpQuestion>> ListFollowUpQuestions(Store& store, const Caller& caller, std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.FollowUpQuestions(caller, id);
}

Result<FollowUpQuestion> AddFollowUpQuestion(Store& store, const Caller& caller, std::string_view id,
                                             const FollowUpQuestion& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    FollowUpQuestion question = input;
    question.text = std::string(Trim(question.text));
    if (question.text.empty()) return Fail(ErrorCode::kInvalidArgument, "Schrijf de vraag op", "text");
    if (question.text.size() > kMaxTextLength) return Fail(ErrorCode::kInvalidArgument, "De vraag is te lang", "text");
    Clean(question.dialogue_id);
    Clean(question.item_id);
    question.id = NewId("fuq");
    question.collaboration_id = std::string(id);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "follow_up_question", question.id);
    auto added = Checked(store, entry, store.AddFollowUpQuestion(caller, question, entry));
    if (!added) return std::unexpected(std::move(added.error()));
    auto questions = store.FollowUpQuestions(caller, id);
    if (!questions) return std::unexpected(std::move(questions.error()));
    for (auto& q : *questions) {
        if (q.id == question.id) return std::move(q);
    }
    return Fail(ErrorCode::kInternal, "De vraag is niet teruggevonden");
}

}  // namespace kompas
