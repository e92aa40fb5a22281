// ReadIjwMessage: iJw 3.2 messages JW305 (start of care) and JW307 (end of care), checked against
// their XSD and turned into DeliveredTrajectory records. The product category and reason mappings
// are explained in docs/dev/ijw-mapping.md.
#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <array>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <utility>
#include <vector>

#include "core/source_location.hpp"
#include "core/text.hpp"
#include "ingest/libxml_guard.hpp"
#include "ingest/trajectory_fields.hpp"
#include "ingest/trajectory_source.hpp"

namespace kompas {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxMessageBytes = 16u << 20;  // one client per message: a few KiB in practice
constexpr std::string_view kIjwNamespace = "http://www.istandaarden.nl/ijw/";

struct MessageType {
    const char* name;  // "JW305"
    std::string_view ns;
    bool stop;
    const char* products;  // the list element under Client
    const char* product;
};

constexpr std::array<MessageType, 2> kTypes = {{
    {"JW305", "http://www.istandaarden.nl/ijw/3_2/jw305/schema", false, "StartProducten", "StartProduct"},
    {"JW307", "http://www.istandaarden.nl/ijw/3_2/jw307/schema", true, "StopProducten", "StopProduct"},
}};

// JZ020 product category -> protocol 3.3 help form. "00": youth care whose form the category
// does not tell. nullptr: not youth care (youth protection and probation have their own record in
// the protocol, chapter 5) or not a JZ020 code.
const char* HelpFormFromJz020(std::string_view category) {
    static constexpr std::array<std::pair<std::string_view, const char*>, 24> kMap = {{
        {"31", "01"},    {"32", "02"},    {"33", "03"},    {"34", "04"},  // the 2015 categories are the protocol's
        {"35", "11"},    {"36", "12"},    {"37", "13"},    {"38", "14"},  //
        {"40", "04"},                                                     // persoonlijke verzorging: at home
        {"41", "03"},                                                     // dagbehandeling: day care at the provider
        {"42", "00"},                                                     // vervoerdiensten: transport, no form
        {"43", "14"},    {"44", "14"},                                    // verblijf: residential, other
        {"45", "02"},                                                     // jeugdhulp ambulant
        {"46", "00"},                                                     // crisis: ambulant or residential
        {"47", nullptr}, {"48", nullptr}, {"49", nullptr},                // JR, JB, preventief justitieel
        {"50", "00"},                                                     // maatwerkarrangementen
        {"51", "02"},    {"52", "02"},    {"53", "02"},    {"54", "02"},  // ggz and paediatrics: outpatient
        {"55", "00"},                                                     // landelijk ingekochte zorg
    }};
    for (const auto& [code, form] : kMap) {
        if (code == category) return form;
    }
    return nullptr;
}

struct DocDeleter {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

std::string_view Name(const xmlNode* node) {
    return node != nullptr && node->name != nullptr ? std::string_view(reinterpret_cast<const char*>(node->name))
                                                    : std::string_view();
}

std::vector<xmlNode*> Children(xmlNode* parent, std::string_view name) {
    std::vector<xmlNode*> found;
    if (parent == nullptr) return found;
    for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (child->type == XML_ELEMENT_NODE && Name(child) == name) found.push_back(child);
    }
    return found;
}

xmlNode* Child(xmlNode* parent, std::string_view name) {
    auto found = Children(parent, name);
    return found.empty() ? nullptr : found.front();
}

std::string Text(xmlNode* node) {
    if (node == nullptr) return {};
    xmlChar* content = xmlNodeGetContent(node);
    std::string text(Trim(content != nullptr ? std::string_view(reinterpret_cast<const char*>(content)) : ""));
    xmlFree(content);
    return text;
}

std::size_t Line(const xmlNode* node) {
    const long line = node != nullptr ? xmlGetLineNo(node) : 0;
    return line > 0 ? static_cast<std::size_t>(line) : 0;
}

// Compiled schemas by XSD path, for the life of the process (never freed: they may be in use).
Result<xmlSchemaPtr> SchemaFor(const fs::path& xsd) {
    static std::mutex mutex;
    static auto* cache = new std::map<std::string, xmlSchemaPtr>();
    std::error_code ignored;
    const std::string key = fs::weakly_canonical(xsd, ignored).string();
    std::lock_guard lock(mutex);
    if (auto found = cache->find(key); found != cache->end()) return found->second;
    if (!fs::is_regular_file(xsd, ignored)) {
        return Fail(ErrorCode::kUnavailable, "XSD niet gevonden: " + xsd.string(), "xsd_dir");
    }
    xml::ErrorScope errors;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(xsd.c_str());
    if (parser == nullptr)
        return Fail(ErrorCode::kUnavailable, "XSD kan niet worden geladen: " + xsd.string(), "xsd_dir");
    xmlSchemaSetParserStructuredErrors(parser, xml::ErrorScope::Handler(), &errors);
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (schema == nullptr) {
        const std::string why = errors.messages().empty() ? "" : ": " + errors.messages().front().text;
        return Fail(ErrorCode::kUnavailable, "XSD kan niet worden gelezen: " + xsd.string() + why, "xsd_dir");
    }
    cache->emplace(key, schema);
    return schema;
}

// "regel 12: ...; regel 14: ..." from the first few messages, in Dutch and without values.
std::string Summary(const xml::ErrorScope& errors) {
    std::string text;
    const std::size_t shown = std::min<std::size_t>(errors.messages().size(), 3);
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& message = errors.messages()[i];
        if (!text.empty()) text += "; ";
        text += fmt::format("regel {}: {}", message.line, xml::DutchMessage(message.text));
    }
    if (errors.count() > shown) text += fmt::format(" (en nog {} andere)", errors.count() - shown);
    return text;
}

// The message type from the root's namespace, or a Dutch reason why it is not one we read.
Result<const MessageType*> Detect(xmlNode* root, const std::string& file) {
    const std::string_view ns = root != nullptr && root->ns != nullptr && root->ns->href != nullptr
                                    ? std::string_view(reinterpret_cast<const char*>(root->ns->href))
                                    : std::string_view();
    for (const auto& type : kTypes) {
        if (ns == type.ns && Name(root) == "Bericht") return &type;
    }
    const std::size_t line = Line(root);
    if (!ns.starts_with(kIjwNamespace) || Name(root) != "Bericht") {
        return std::unexpected(ImportError({file, line, 0}, "berichttype",
                                           "dit is geen iJw-bericht (verwacht JW305 of JW307 van iJw 3.2)"));
    }
    // ".../ijw/3_2/jw301/schema": name the version and the type.
    std::string_view rest = ns.substr(kIjwNamespace.size());
    const std::string_view version = rest.substr(0, rest.find('/'));
    rest.remove_prefix(std::min(rest.size(), version.size() + 1));
    std::string kind(rest.substr(0, rest.find('/')));
    for (char& c : kind) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    if (version != "3_2") {
        return std::unexpected(ImportError({file, line, 0}, "berichttype",
                                           fmt::format("iJw-versie {} wordt niet ondersteund; Kompas leest iJw 3.2",
                                                       std::string(version).substr(0, 10))));
    }
    return std::unexpected(ImportError(
        {file, line, 0}, "berichttype",
        fmt::format(
            "berichttype {} wordt niet ondersteund; Kompas leest alleen JW305 (start zorg) en JW307 (stop zorg)",
            kind.substr(0, 10))));
}

}  // namespace

Result<void> ReadIjwMessage(const fs::path& path, const fs::path& xsd_dir, const TrajectoryHandler& handle) {
    const std::string file = path.filename().string();
    auto fail = [&](std::size_t line, std::string_view rule, std::string_view detail) {
        return std::unexpected(ImportError({file, line, 0}, rule, detail));
    };

    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error) return std::unexpected(Error{ErrorCode::kNotFound, "Bestand niet gevonden: " + file, file});
    if (size > kMaxMessageBytes) return fail(0, "bestand", "het bestand is te groot voor één iJw-bericht");
    std::string data(size, '\0');
    {
        std::ifstream in(path, std::ios::binary);
        if (!in.read(data.data(), static_cast<std::streamsize>(data.size()))) {
            return fail(0, "bestand", "het bestand kan niet worden gelezen");
        }
    }
    if (data.empty()) return fail(0, "leeg bestand", "het bestand is leeg");

    xml::ErrorScope errors;
    DocPtr doc(xmlReadMemory(data.data(), static_cast<int>(data.size()), file.c_str(), nullptr,
                             XML_PARSE_NONET | XML_PARSE_BIG_LINES));
    if (!doc) {
        const std::size_t line =
            errors.messages().empty() ? 0 : static_cast<std::size_t>(errors.messages().front().line);
        return fail(line, "XML", "het bestand is geen geldige XML: " + Summary(errors));
    }
    if (doc->intSubset != nullptr || doc->extSubset != nullptr) {
        return fail(0, "XML", "een iJw-bericht mag geen DOCTYPE of entiteiten bevatten");
    }
    xmlNode* root = xmlDocGetRootElement(doc.get());
    auto type = Detect(root, file);
    if (!type) return std::unexpected(type.error());
    const MessageType& kind = **type;

    auto schema = SchemaFor(xsd_dir / (std::string(kind.name) + ".xsd"));
    if (!schema) return std::unexpected(schema.error());
    errors.Clear();
    xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(*schema);
    if (validator == nullptr) return Fail(ErrorCode::kInternal, "XSD-validatie kon niet starten");
    xmlSchemaSetValidStructuredErrors(validator, xml::ErrorScope::Handler(), &errors);
    const int valid = xmlSchemaValidateDoc(validator, doc.get());
    xmlSchemaFreeValidCtxt(validator);
    if (valid != 0) {
        const std::size_t line =
            errors.messages().empty() ? 0 : static_cast<std::size_t>(errors.messages().front().line);
        return fail(line, "XSD",
                    fmt::format("het bericht voldoet niet aan {}.xsd: {}", kind.name,
                                errors.messages().empty() ? std::string("onbekende fout") : Summary(errors)));
    }

    // Valid: every element below exists and has the XSD's form. The name (Client/Naam) is never read.
    xmlNode* header = Child(root, "Header");
    xmlNode* client = Child(root, "Client");
    const std::string provider = Text(Child(header, "Afzender"));
    const std::string municipality = "GM" + Text(Child(header, "Ontvanger"));

    xmlNode* bsn_node = Child(client, "Bsn");
    const std::string bsn = Text(bsn_node);
    if (auto problem = BsnProblem(bsn)) return fail(Line(bsn_node), "bsn", *problem);

    xmlNode* birth = Child(client, "Geboortedatum");
    int birth_year = 0;  // 0: unknown (DatumGebruik 3)
    if (Text(Child(birth, "DatumGebruik")) != "3") {
        const auto day = ParseDay(Text(Child(birth, "Datum")));
        if (!day) return fail(Line(birth), "geboortedatum", "de geboortedatum ligt niet tussen 1900 en 2200");
        birth_year = YearOf(*day);
    }
    const std::string sex = Text(Child(client, "Geslacht"));

    std::vector<DeliveredTrajectory> records;
    for (xmlNode* product : Children(Child(client, kind.products), kind.product)) {
        const std::size_t line = Line(product);
        if (Text(Child(product, "StatusAanlevering")) == "3") {
            return fail(line, "StatusAanlevering",
                        "het verwijderen van een eerdere aanlevering (StatusAanlevering 3) kan Kompas niet verwerken; "
                        "lever de trajecten van deze aanbieder opnieuw aan als CSV of Excel");
        }
        DeliveredTrajectory record;
        record.bsn = bsn;
        record.at = {file, line, 0};
        record.stop_message = kind.stop;
        Trajectory& t = record.trajectory;
        t.provider = provider;
        t.municipality = municipality;
        t.birth_year = birth_year;
        t.sex = sex;

        t.help_form = "00";  // Product is optional in the XSD
        if (xmlNode* category_node = Child(Child(product, "Product"), "Categorie")) {
            const std::string category = Text(category_node);
            const char* form = HelpFormFromJz020(category);
            if (form == nullptr) {
                return fail(Line(category_node), "productcategorie",
                            fmt::format("productcategorie {} is geen jeugdhulp (jeugdbescherming, jeugdreclassering "
                                        "of preventief justitieel kader); Kompas leest alleen jeugdhulp",
                                        category.substr(0, 4)));
            }
            t.help_form = form;
        }

        xmlNode* begin_node = Child(product, "Begindatum");
        const auto start = ParseDay(Text(begin_node));
        if (!start) return fail(Line(begin_node), "Begindatum", "de begindatum ligt niet tussen 1900 en 2200");
        t.start_day = *start;
        if (kind.stop) {
            xmlNode* end_node = Child(product, "Einddatum");
            const auto end = ParseDay(Text(end_node));
            if (!end) return fail(Line(end_node), "Einddatum", "de einddatum ligt niet tussen 1900 en 2200");
            if (*end < *start) {
                return fail(
                    Line(end_node), "Einddatum",
                    fmt::format("de einddatum {} ligt voor de begindatum {}", FormatDay(*end), FormatDay(*start)));
            }
            xmlNode* reason_node = Child(product, "RedenBeeindiging");
            const std::string reason_code = Text(reason_node);
            const auto reason = EndReasonFromJz588(reason_code);
            if (!reason) {
                return fail(Line(reason_node), "RedenBeeindiging",
                            fmt::format("reden {} (JZ588) is onbekend", reason_code.substr(0, 4)));
            }
            t.end_day = *end;
            t.reason = *reason;
        }
        records.push_back(std::move(record));
    }

    // Everything checked: hand the records over.
    for (auto& record : records) {
        if (auto handled = handle(std::move(record)); !handled) return handled;
    }
    return {};
}

}  // namespace kompas
