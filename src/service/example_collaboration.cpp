#include "service/example_collaboration.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <vector>

#include "core/password_policy.hpp"
#include "privacy/secrets.hpp"
#include "service/accounts.hpp"
#include "service/ambitions.hpp"
#include "service/audit_entry.hpp"
#include "service/collaborations.hpp"
#include "service/youth_profile.hpp"

namespace kompas {
namespace {

constexpr std::string_view kDemoEmail = "demo@kompas.local";
constexpr std::string_view kAlmere = "GM0034";
constexpr int kTargetYear = 2028;

// A partner organisation of the example and the made-up person who answers for it.
struct ExamplePartner {
    const char* organisation;
    OrganisationKind kind;
    const char* person;
    const char* email;
};
constexpr ExamplePartner kPartners[] = {
    {"Jeugdgezondheidszorg Almere (voorbeeld)", OrganisationKind::kCivicPartner, "Sanne de Vries (voorbeeld)",
     "jgz@voorbeeld.kompas.local"},
    {"Jeugdhulp De Horizon (voorbeeld)", OrganisationKind::kProvider, "Karim El Amrani (voorbeeld)",
     "horizon@voorbeeld.kompas.local"},
    {"Brede school Het Kompas (voorbeeld)", OrganisationKind::kCivicPartner, "Ineke Bakker (voorbeeld)",
     "school@voorbeeld.kompas.local"},
};

// A result on a real CBS indicator: the baseline comes from the demo's own figures for Almere.
// The first two with at least two figures for Almere are used.
struct ExampleResult {
    const char* indicator;
    double target_factor;  // target = baseline × factor, to one decimal
    const char* title;     // fmt: {0} target value, {1} target year
};
constexpr ExampleResult kResults[] = {
    {"PercentageJongerenMetJeugdzorg", 0.9, "In {1} krijgt hooguit {0:.1f} % van de jongeren in Almere jeugdzorg"},
    {"HuishoudensMetEenLaagInkomen", 0.85,
     "In {1} heeft hooguit {0:.1f} % van de huishoudens in Almere een laag "
     "inkomen"},
    // Only when one of the two above has too few figures.
    {"HuishOnderOfRondSociaalMinimum", 0.85,
     "In {1} leeft hooguit {0:.1f} % van de huishoudens in Almere onder of "
     "rond het sociaal minimum"},
};

// Each partner's scores for the six elements, in kEvaluationElements order, and one comment.
struct ExampleAnswer {
    int scores[6];
    const char* comment;  // on the shared horizon
};
constexpr ExampleAnswer kAnswers[] = {
    {{8, 7, 6, 7, 8, 7}, "We weten van elkaar waarom we aan tafel zitten."},
    {{7, 6, 5, 6, 7, 6}, "De resultaten zijn nog niet zichtbaar; we meten pas een jaar."},
    {{8, 8, 6, 5, 7, 6}, "Het overleg is te vaak op werktijd van de school."},
    {{6, 7, 5, 6, 8, 7}, "Meer aandacht voor wat jongeren zelf zeggen."},
};

// The earliest figure from 2020 on (else the earliest at all), so that later years show progress.
std::optional<Observation> BaselineOf(const std::vector<Observation>& observations) {
    std::vector<Observation> known;
    for (const auto& o : observations) {
        if (o.value && o.status == ObservationStatus::kKnown && o.period.size() >= 4) known.push_back(o);
    }
    if (known.size() < 2) return std::nullopt;
    std::sort(known.begin(), known.end(),
              [](const Observation& a, const Observation& b) { return a.period < b.period; });
    for (const auto& o : known) {
        if (o.period.substr(0, 4) >= "2020") return o;
    }
    return known.front();
}

// "8.7 %" → "8,7 %": Dutch writes a decimal comma.
std::string DecimalComma(std::string text) {
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == '.' && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
            std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
            text[i] = ',';
        }
    }
    return text;
}

Result<Organisation> OrganisationNamed(Store& store, const ExamplePartner& partner) {
    auto organisations = store.Organisations();
    if (!organisations) return std::unexpected(std::move(organisations.error()));
    for (const auto& o : *organisations) {
        if (o.name == partner.organisation) return o;
    }
    return AddOrganisation(store, NewOrganisation{partner.organisation, partner.kind, std::string(kAlmere), {}});
}

Result<Person> PersonFor(Store& store, const ExamplePartner& partner, const Organisation& organisation) {
    auto existing = store.FindCredentials(partner.email);
    if (!existing) return std::unexpected(std::move(existing.error()));
    if (*existing) return (*existing)->person;
    // Nobody signs in as these people: their password is random and never shown.
    std::string password = RandomPassword(24);
    while (!CheckPasswordPolicy(password)) password = RandomPassword(24);
    return AddPerson(store, NewPerson{partner.email, partner.person, organisation.id, password}, false);
}

Caller CallerFor(const Person& person) {
    return Caller{person.id, person.organisation_id, false, "demo", person.email};
}

}  // namespace

Result<std::optional<std::string>> EnsureExampleCollaboration(Store& store) {
    auto existing = store.ExampleCollaboration();
    if (!existing) return std::unexpected(std::move(existing.error()));
    if (*existing) return std::optional<std::string>();
    auto demo = store.FindCredentials(kDemoEmail);
    if (!demo) return std::unexpected(std::move(demo.error()));
    if (!*demo) return std::optional<std::string>();

    // The real figures first: without them there is no honest baseline.
    std::vector<std::pair<const ExampleResult*, Observation>> baselines;
    for (const auto& result : kResults) {
        if (baselines.size() == 2) break;
        auto observations = ListObservations(store, kAlmere, result.indicator);
        if (!observations) return std::unexpected(std::move(observations.error()));
        if (auto baseline = BaselineOf(*observations)) baselines.emplace_back(&result, *baseline);
    }
    if (baselines.size() < 2) return std::optional<std::string>();

    const TimePoint now = std::chrono::system_clock::now();
    const Caller coordinator = CallerFor((*demo)->person);
    auto collaboration = CreateCollaboration(
        store, coordinator,
        NewCollaboration{std::string(kExampleCollaborationName),
                         "Gezond en kansrijk opgroeien",
                         {std::string(kAlmere)},
                         "2025-01-01",
                         std::string("2028-12-31"),
                         "Een uitgewerkt voorbeeld van de methode: de gemeente, de jeugdgezondheidszorg, een "
                         "jeugdhulpaanbieder en een brede school werken samen aan minder zware hulp en minder armoede "
                         "onder gezinnen. De partners, afspraken, streefwaarden en antwoorden zijn verzonnen; de "
                         "CBS-cijfers van Almere zijn echt."},
        now);
    if (!collaboration) return std::unexpected(std::move(collaboration.error()));
    const std::string id = collaboration->collaboration.id;

    auto agreed = UpdateAgreements(
        store, coordinator, id,
        Agreements{
            "De gemeente coördineert en zit het overleg voor.",
            "Besluiten nemen we samen; lukt dat niet, dan beslist de gemeente na overleg.",
            "Elke partner betaalt de eigen inzet; de gemeente betaalt het gezamenlijke project.",
            "Elke partner levert één vaste contactpersoon.",
            "We volgen de CBS-cijfers van Almere en bespreken signalen van de partners.", "Twee keer per jaar",
            "Nieuwe partners zijn welkom als alle partners instemmen; wie stopt, meldt dat drie maanden vooraf."},
        now);
    if (!agreed) return std::unexpected(std::move(agreed.error()));

    std::vector<std::string> partner_ids;
    for (const auto& p : collaboration->partners) partner_ids.push_back(p.id);
    std::vector<Caller> answerers = {coordinator};
    for (const auto& example : kPartners) {
        auto organisation = OrganisationNamed(store, example);
        if (!organisation) return std::unexpected(std::move(organisation.error()));
        auto person = PersonFor(store, example, *organisation);
        if (!person) return std::unexpected(std::move(person.error()));
        auto partner =
            AddPartner(store, coordinator, id,
                       NewPartner{organisation->id, std::nullopt, std::nullopt, CollaborationRole::kPartner}, now);
        if (!partner) return std::unexpected(std::move(partner.error()));
        partner_ids.push_back(partner->id);
        answerers.push_back(CallerFor(*person));
    }

    auto ambition = CreateAmbition(
        store, coordinator, id,
        NewAmbition{"Kinderen in Almere groeien gezond en kansrijk op",
                    "We willen dat minder kinderen zware hulp nodig hebben en dat minder gezinnen in armoede leven, "
                    "door eerder en dichtbij te helpen.",
                    "2025-02-01",
                    partner_ids,
                    {baselines[0].first->indicator, baselines[1].first->indicator},
                    {}},
        now);
    if (!ambition) return std::unexpected(std::move(ambition.error()));

    for (const auto& [example, baseline] : baselines) {
        const double target = std::round(*baseline.value * example->target_factor * 10.0) / 10.0;
        auto result = CreateSocietalResult(
            store, coordinator, id, ambition->id,
            NewSocietalResult{DecimalComma(fmt::format(fmt::runtime(example->title), target, kTargetYear)),
                              example->indicator,
                              {std::string(kAlmere)},
                              Baseline{*baseline.value, baseline.period},
                              Target{target, kTargetYear},
                              partner_ids,
                              "2025-02-01"},
            now);
        if (!result) return std::unexpected(std::move(result.error()));
    }

    auto signal = AddSignal(store, coordinator, id,
                            NewSignal{"Scholen zien meer kinderen die zonder ontbijt naar school komen.",
                                      SignalSource::kProfessional, "Brede school Het Kompas (voorbeeld)", "2025-10-01",
                                      std::string(kAlmere), "Armoede", ambition->id, std::nullopt},
                            now);
    if (!signal) return std::unexpected(std::move(signal.error()));

    auto round = OpenEvaluationRound(store, coordinator, id, "Evaluatie van de samenwerking, najaar 2025", now);
    if (!round) return std::unexpected(std::move(round.error()));
    for (std::size_t i = 0; i < answerers.size() && i < std::size(kAnswers); ++i) {
        EvaluationResponse response;
        for (std::size_t e = 0; e < kEvaluationElements.size(); ++e) {
            response.scores.push_back(ElementScore{kEvaluationElements[e], kAnswers[i].scores[e],
                                                   e == 0 ? std::string(kAnswers[i].comment) : std::string()});
        }
        auto submitted = SubmitEvaluationResponse(store, answerers[i], id, round->id, response, now);
        if (!submitted) return std::unexpected(std::move(submitted.error()));
    }
    auto closed = CloseEvaluationRound(store, coordinator, id, round->id, now);
    if (!closed) return std::unexpected(std::move(closed.error()));

    auto marked =
        store.MarkExampleCollaboration(id, EntryFor(coordinator, now, AuditAction::kUpdate, "collaboration", id));
    if (!marked) return std::unexpected(std::move(marked.error()));
    return std::optional<std::string>(id);
}

}  // namespace kompas
