#include "ingest/kwb_catalogue.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/text.hpp"

namespace kompas {
namespace {

using enum Direction;

// Decimals as CBS publishes them in the KWB tables, checked against the magnitudes in the file
// (Almere: PercentageJongerenMetJeugdzorg 117 = 11.7 %, GemiddeldeHuishoudensgrootte 23 = 2.3,
// HuishoudensMetEenLaagInkomen 36 = 3.6 %, counts of people rounded to 5 or 10 as they are).
constexpr KwbMeasure kMeasures[] = {
    {"AantalInwoners", "Inwoners", "aantal", 0, kNeutral,
     "Aantal personen dat op de peildatum in de basisregistratie personen van het gebied staat ingeschreven."},
    {"k_0Tot15Jaar", "Kinderen tot 15 jaar", "aantal", 0, kNeutral,
     "Aantal inwoners dat op de peildatum jonger is dan 15 jaar."},
    {"k_15Tot25Jaar", "Jongeren van 15 tot 25 jaar", "aantal", 0, kNeutral,
     "Aantal inwoners dat op de peildatum 15 jaar of ouder maar jonger dan 25 jaar is."},
    {"HuishoudensTotaal", "Huishoudens", "aantal", 0, kNeutral,
     "Aantal particuliere huishoudens in het gebied op de peildatum."},
    {"HuishoudensMetKinderen", "Huishoudens met kinderen", "aantal", 0, kNeutral,
     "Aantal particuliere huishoudens met ten minste één thuiswonend kind."},
    {"GemiddeldeHuishoudensgrootte", "Gemiddelde huishoudensgrootte", "personen", 1, kNeutral,
     "Gemiddeld aantal personen per particulier huishouden.", 1.0},
    {"Bevolkingsdichtheid", "Bevolkingsdichtheid", "inwoners per km²", 0, kNeutral,
     "Aantal inwoners per vierkante kilometer land."},
    {"JongerenMetJeugdzorgInNatura", "Jongeren met jeugdzorg in natura", "aantal", 0, kNeutral,
     "Aantal jongeren tot 23 jaar dat in het jaar jeugdzorg in natura kreeg, door het CBS afgerond op vijftallen."},
    // The Almere data jump from 1.6 to 3.8 when read x10: the small raw values 5..19 are whole
    // percentages that lost their ",0", hence the minimum of 2 %.
    {"PercentageJongerenMetJeugdzorg", "Jongeren met jeugdzorg", "%", 1, kNeutral,
     "Aandeel jongeren tot 23 jaar met jeugdzorg in natura in alle jongeren tot 23 jaar.", 2.0},
    {"HuishoudensMetEenLaagInkomen", "Huishoudens met een laag inkomen", "%", 1, kLowerIsBetter,
     "Aandeel particuliere huishoudens waarvan het besteedbaar inkomen onder de lage-inkomensgrens ligt."},
    {"HuishOnderOfRondSociaalMinimum", "Huishoudens onder of rond het sociaal minimum", "%", 1, kLowerIsBetter,
     "Aandeel huishoudens met een inkomen tot 101 procent van het sociaal minimum."},
    {"k_40HuishoudensMetLaagsteInkomen", "Huishoudens in de landelijk laagste 40% inkomens", "%", 1, kNeutral,
     "Aandeel huishoudens dat tot de veertig procent huishoudens met de laagste inkomens van Nederland behoort."},
    {"PersonenPerSoortUitkeringBijstand", "Personen met bijstand", "aantal", 0, kLowerIsBetter,
     "Aantal personen met een bijstandsuitkering, door het CBS afgerond op tientallen."},
    {"LeerlingenPo", "Leerlingen primair onderwijs", "aantal", 0, kNeutral,
     "Aantal leerlingen in het basisonderwijs dat in het gebied woont, afgerond op tientallen."},
    {"LeerlingenVoInclVavo", "Leerlingen voortgezet onderwijs", "aantal", 0, kNeutral,
     "Aantal leerlingen in het voortgezet onderwijs, inclusief vavo, dat in het gebied woont."},
    // Issue 15, similar municipalities: the class of urbanisation the comparison group is chosen by.
    {"MateVanStedelijkheid", "Mate van stedelijkheid (1 zeer sterk tot 5 niet stedelijk)", "klasse", 0, kNeutral,
     "Klasse van stedelijkheid naar de omgevingsadressendichtheid: 1 zeer sterk stedelijk (2.500 of meer adressen "
     "per km²), 2 sterk stedelijk (1.500 tot 2.500), 3 matig stedelijk (1.000 tot 1.500), 4 weinig stedelijk (500 "
     "tot 1.000), 5 niet stedelijk (minder dan 500)."},
};

}  // namespace

std::span<const KwbMeasure> KwbCatalogue() { return kMeasures; }

const KwbMeasure* FindKwbMeasure(std::string_view key) {
    const auto* found = std::find_if(std::begin(kMeasures), std::end(kMeasures),
                                     [&](const KwbMeasure& measure) { return measure.key == key; });
    return found != std::end(kMeasures) ? found : nullptr;
}

Indicator ToIndicator(const KwbMeasure& measure) {
    return Indicator{
        std::string(measure.key), std::string(measure.title), std::string(measure.unit),      measure.decimals,
        measure.direction,        std::string(kKwbSource),    std::string(measure.definition)};
}

std::optional<double> DecodeKwbValue(const KwbMeasure& measure, std::string_view text) {
    if (text.find_first_of(".,") != std::string_view::npos) {
        std::string copy(text);
        std::replace(copy.begin(), copy.end(), ',', '.');
        return ParseDouble(copy);
    }
    const auto raw = ParseDouble(text);
    if (!raw || measure.decimals <= 0) return raw;
    const bool whole = text.back() == '0';
    const double scaled = *raw / std::pow(10.0, measure.decimals);
    if (whole || std::abs(scaled) < measure.minimum) return *raw;
    return scaled;
}

}  // namespace kompas
