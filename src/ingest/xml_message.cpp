// DutchMessage: libxml2's English messages, recognised by their fixed wording and rewritten in Dutch.
// Values are never copied: where a message quotes one, only what comes from the schema (a bound,
// a pattern, the allowed codes) is taken, read from the end of the message, where the document's
// value cannot reach it.
#include "ingest/xml_message.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompas::xml {
namespace {

constexpr std::size_t kMaxNameLength = 60;
constexpr std::size_t kMaxSchemaText = 60;  // a pattern or a list of codes longer than this is left out
constexpr std::size_t kMaxExpected = 6;

bool IsNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
}

bool AllDigits(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

// A name as shown: without "{namespace}" or "prefix:", name characters only, cut short.
std::string ShownName(std::string_view name) {
    if (const auto close = name.rfind('}'); close != std::string_view::npos) name.remove_prefix(close + 1);
    if (const auto colon = name.rfind(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
    std::string shown;
    for (const char c : name) {
        if (!IsNameChar(c) || shown.size() >= kMaxNameLength) break;
        shown += c;
    }
    return shown.empty() ? std::string("?") : shown;
}

// The text between the last `before` and the following `after`; nullopt when either is missing.
std::optional<std::string_view> LastBetween(std::string_view text, std::string_view before, std::string_view after) {
    const auto from = text.rfind(before);
    if (from == std::string_view::npos) return std::nullopt;
    const std::size_t begin = from + before.size();
    const auto end = text.find(after, begin);
    if (end == std::string_view::npos) return std::nullopt;
    return text.substr(begin, end - begin);
}

// "( {ns}A, {ns}B )" after "Expected is": "A" or "een van A, B" (names from the schema).
std::string Expected(std::string_view rest) {
    const auto list = LastBetween(rest, "( ", " )");
    if (!list) return {};
    std::vector<std::string> names;
    std::string_view items = *list;
    while (!items.empty() && names.size() <= kMaxExpected) {
        const auto comma = items.find(", ");
        names.push_back(ShownName(items.substr(0, comma)));
        if (comma == std::string_view::npos) break;
        items.remove_prefix(comma + 2);
    }
    if (names.empty()) return {};
    if (names.size() == 1) return "; verwacht: " + names.front();
    std::string text = "; verwacht een van: ";
    for (std::size_t i = 0; i < names.size() && i < kMaxExpected; ++i) text += (i == 0 ? "" : ", ") + names[i];
    if (names.size() > kMaxExpected) text += ", ...";
    return text;
}

// A number from the schema quoted at the end of a facet message ("... of '9'."), or "".
std::string Bound(std::string_view rest, std::string_view before) {
    const auto number = LastBetween(rest, before, "'");
    return number && AllDigits(*number) && number->size() <= 6 ? std::string(*number) : std::string();
}

// "1 teken", "9 tekens".
std::string Characters(const std::string& count) { return count + (count == "1" ? " teken" : " tekens"); }

// The allowed codes of an enumeration ("{'0', '1', '2'}"), when short: "0, 1, 2".
std::string Codes(std::string_view rest) {
    const auto set = LastBetween(rest, " is not an element of the set {", "}");
    if (!set || set->size() > kMaxSchemaText) return {};
    std::string codes;
    for (const char c : *set) {
        if (c != '\'') codes += c;
    }
    return codes;
}

// An XSD type name as a reader understands it.
std::string TypeDescription(std::string_view type) {
    const std::string name = ShownName(type);
    if (name == "date" || name.find("Datum") != std::string::npos) return "geen geldige datum (JJJJ-MM-DD)";
    if (name == "dateTime") return "geen geldige datum en tijd";
    if (name == "integer" || name == "int" || name == "long" || name == "short" || name == "decimal" ||
        name.find("Integer") != std::string::npos || name.find("Getal") != std::string::npos) {
        return "geen geldig getal";
    }
    if (name == "boolean") return "geen geldige waarde (true of false)";
    if (name == "?") return "geen geldige waarde voor dit element";
    return "geen geldige waarde van het type " + name;
}

// A message about an element (XML Schema validation): "Element '{ns}X': ..." or
// "Element '{ns}X', attribute 'a': ...". `rest` follows the colon.
std::string ValidationMessage(const std::string& element, const std::optional<std::string>& attribute,
                              std::string_view rest) {
    const std::string subject = attribute ? fmt::format("attribuut {} van element {}", *attribute, element)
                                          : fmt::format("element {}", element);
    const std::string value = "de waarde van " + subject;
    if (rest.starts_with("This element is not expected")) {
        return fmt::format("element {} hoort hier niet{}", element, Expected(rest));
    }
    if (rest.starts_with("Missing child element")) {
        return fmt::format("in element {} ontbreekt een verplicht element{}", element, Expected(rest));
    }
    if (rest.starts_with("[facet '")) {
        const auto end = rest.find("']");
        const std::string_view facet = end == std::string_view::npos ? std::string_view() : rest.substr(8, end - 8);
        if (facet == "pattern") {
            const auto pattern = LastBetween(rest, " is not accepted by the pattern '", "'.");
            if (pattern && !pattern->empty() && pattern->size() <= kMaxSchemaText) {
                return fmt::format("{} heeft niet de vorm die het schema voorschrijft (patroon {})", value, *pattern);
            }
            return value + " heeft niet de vorm die het schema voorschrijft";
        }
        if (facet == "maxLength") {
            const std::string most = Bound(rest, "maximum length of '");
            return most.empty() ? value + " is te lang"
                                : fmt::format("{} is te lang (ten hoogste {})", value, Characters(most));
        }
        if (facet == "minLength") {
            const std::string least = Bound(rest, "minimum length of '");
            return least.empty() ? value + " is te kort"
                                 : fmt::format("{} is te kort (ten minste {})", value, Characters(least));
        }
        if (facet == "length") {
            const std::string exact = Bound(rest, "allowed length of '");
            return exact.empty() ? value + " heeft niet de voorgeschreven lengte"
                                 : fmt::format("{} moet precies {} lang zijn", value, Characters(exact));
        }
        if (facet == "enumeration") {
            const std::string codes = Codes(rest);
            return codes.empty() ? value + " is geen toegestane code"
                                 : fmt::format("{} is geen toegestane code (toegestaan: {})", value, codes);
        }
        if (facet == "maxInclusive" || facet == "maxExclusive") return value + " is groter dan het schema toestaat";
        if (facet == "minInclusive" || facet == "minExclusive") return value + " is kleiner dan het schema toestaat";
        if (facet == "totalDigits") return value + " heeft meer cijfers dan het schema toestaat";
        if (facet == "fractionDigits") return value + " heeft te veel cijfers achter de komma";
        return fmt::format("{} voldoet niet aan een regel van het schema ({})", value, ShownName(facet));
    }
    if (const auto at = rest.rfind(" is not a valid value of the "); at != std::string_view::npos) {
        const auto type = LastBetween(rest.substr(at), "type '", "'");
        return fmt::format("{} is {}", value, TypeDescription(type ? *type : std::string_view()));
    }
    if (rest.starts_with("Character content other than whitespace is not allowed")) {
        return fmt::format("element {} mag geen tekst bevatten, alleen andere elementen", element);
    }
    if (rest.starts_with("Element content is not allowed")) {
        return fmt::format("element {} mag geen andere elementen bevatten", element);
    }
    if (rest.find("is not allowed") != std::string_view::npos && attribute) {
        return fmt::format("attribuut {} is bij element {} niet toegestaan", *attribute, element);
    }
    if (rest.find("is required but missing") != std::string_view::npos) {
        const auto name = LastBetween(rest, "The attribute '", "'");
        return name ? fmt::format("bij element {} ontbreekt het verplichte attribuut {}", element, ShownName(*name))
                    : fmt::format("bij element {} ontbreekt een verplicht attribuut", element);
    }
    if (rest.starts_with("No matching global declaration available for the validation root")) {
        return fmt::format("element {} is niet het hoofdelement dat het schema verwacht", element);
    }
    return fmt::format("het bericht voldoet niet aan het XSD-schema bij {}", subject);
}

struct ParserPattern {
    std::string_view contains;
    const char* dutch;
};

// Parser messages without names in them, recognised by a fixed part.
constexpr std::array<ParserPattern, 24> kParserPatterns = {{
    {"Start tag expected", "er staat geen XML-element aan het begin ('<' ontbreekt)"},
    {"Document is empty", "het document is leeg"},
    {"Extra content at the end of the document", "na het einde van het hoofdelement staat nog tekst"},
    {"expected '>'", "er ontbreekt een '>'"},
    {"not proper UTF-8", "de tekst is geen geldige UTF-8; sla het bestand op als UTF-8"},
    {"encoding", "de tekenset van het bestand klopt niet; sla het bestand op als UTF-8"},
    {"xmlParseEntityRef: no name", "een '&' zonder naam erachter; schrijf & als &amp;"},
    {"not defined", "een onbekende entiteit of een niet gedeclareerd namespace-voorvoegsel"},
    {"StartTag: invalid element name", "een ongeldige elementnaam na '<'; schrijf < als &lt;"},
    {"EndTag: '</' not found", "een eindtag is onvolledig"},
    {"AttValue:", "een attribuutwaarde staat niet tussen aanhalingstekens"},
    {"attributes construct error", "de attributen van een element zijn niet goed geschreven"},
    {"Unescaped '<' not allowed in attributes values", "een '<' in een attribuutwaarde; schrijf &lt;"},
    {"redefined", "een attribuut staat twee keer bij hetzelfde element"},
    {"Comment not terminated", "commentaar (<!-- ... -->) is niet afgesloten"},
    {"CData section not finished", "een CDATA-sectie is niet afgesloten"},
    {"invalid xmlChar value", "het bestand bevat een teken dat in XML niet is toegestaan"},
    {"invalid Char value", "het bestand bevat een teken dat in XML niet is toegestaan"},
    {"out of allowed range", "het bestand bevat een teken dat in XML niet is toegestaan"},
    {"character reference out of bounds", "het bestand bevat een teken dat in XML niet is toegestaan"},
    {"entity reference loop", "entiteiten verwijzen naar elkaar in een kring"},
    {"Excessive depth", "de elementen zijn te diep genest"},
    {"Huge input lookup", "het bestand is te groot of te diep genest"},
    {"Specification mandates value for attribute", "een attribuut zonder waarde"},
}};

// "Name line 12" at the start of `text`: the shown name and the line, if any.
std::string NameAndLine(std::string_view text) {
    const auto space = text.find(" line ");
    const std::string name = ShownName(text.substr(0, space));
    if (space == std::string_view::npos) return name;
    std::string_view line = text.substr(space + 6);
    line = line.substr(0, line.find_first_not_of("0123456789"));
    return line.empty() ? name : fmt::format("{} (regel {})", name, line);
}

std::string ParserMessage(std::string_view text) {
    if (text.starts_with("Opening and ending tag mismatch: ")) {
        const std::string_view rest = text.substr(33);
        const auto and_at = rest.rfind(" and ");
        if (and_at != std::string_view::npos) {
            return fmt::format("de eindtag {} past niet bij de begintag {}", ShownName(rest.substr(and_at + 5)),
                               NameAndLine(rest.substr(0, and_at)));
        }
        return "een eindtag past niet bij zijn begintag";
    }
    if (text.starts_with("Premature end of data in tag ")) {
        return fmt::format("het bestand houdt op voordat element {} is afgesloten", NameAndLine(text.substr(29)));
    }
    if (text.starts_with("Couldn't find end of Start Tag ")) {
        return fmt::format("de begintag van element {} is niet afgesloten met '>'", NameAndLine(text.substr(31)));
    }
    for (const auto& pattern : kParserPatterns) {
        if (text.find(pattern.contains) != std::string_view::npos) return pattern.dutch;
    }
    return "het bestand is geen geldige XML";
}

}  // namespace

std::string DutchMessage(std::string_view text) {
    constexpr std::string_view kElement = "Element '";
    if (!text.starts_with(kElement)) return ParserMessage(text);
    const auto close = text.find('\'', kElement.size());  // a name never holds a quote
    if (close == std::string_view::npos) return "het bericht voldoet niet aan het XSD-schema";
    const std::string element = ShownName(text.substr(kElement.size(), close - kElement.size()));
    std::string_view rest = text.substr(close + 1);
    std::optional<std::string> attribute;
    constexpr std::string_view kAttribute = ", attribute '";
    if (rest.starts_with(kAttribute)) {
        const auto end = rest.find('\'', kAttribute.size());
        if (end == std::string_view::npos) return "het bericht voldoet niet aan het XSD-schema bij element " + element;
        attribute = ShownName(rest.substr(kAttribute.size(), end - kAttribute.size()));
        rest.remove_prefix(end + 1);
    }
    if (!rest.starts_with(": ")) return "het bericht voldoet niet aan het XSD-schema bij element " + element;
    return ValidationMessage(element, attribute, rest.substr(2));
}

}  // namespace kompas::xml
