#include "service/own_data.hpp"

#include <fmt/format.h>
#include <zip.h>

#include <set>
#include <spanstream>
#include <string>
#include <vector>

#include "core/source_location.hpp"
#include "ingest/cbs_odata.hpp"
#include "ingest/content_hash.hpp"
#include "ingest/kwb_csv.hpp"
#include "ingest/long_csv.hpp"
#include "service/access.hpp"
#include "service/audit_entry.hpp"

namespace kompas {
namespace {

// The file's own name without folders or control characters, as errors and the audit trail show it.
std::string ShownName(std::string_view filename) {
    const auto slash = filename.find_last_of("/\\");
    if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
    std::string name;
    for (const char c : filename.substr(0, 120)) name += (c >= 0x20 && c < 0x7f) ? c : '_';
    if (name.empty() || name == "." || name == "..") return "upload";
    return RedactInputEcho(name);
}

Error ZipError(const std::string& zip_name, std::string_view detail) {
    return Error{ErrorCode::kInvalidArgument, fmt::format("{}: {}", zip_name, detail), "content_base64"};
}

// Unpacks the .json entries of the zip into memory, flat (folders inside the zip are dropped): nothing
// of an upload is written to disk, so a crash cannot leave it behind (bench/chaos).
// Refuses more than kMaxOwnDataZipEntries entries, more than kMaxOwnDataExpandedBytes unpacked in
// all (counted as the bytes come, not as the zip claims), and two entries with the same name.
Result<void> UnpackOData(std::string_view content, const std::string& zip_name, ODataFiles& files) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(content.data(), content.size(), 0, &error);
    if (source == nullptr) return std::unexpected(ZipError(zip_name, "het zip-bestand kan niet worden gelezen"));
    zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (zip == nullptr) {
        zip_source_free(source);
        zip_error_fini(&error);
        return std::unexpected(ZipError(zip_name, "dit is geen geldig zip-bestand"));
    }
    struct Closer {
        zip_t* zip;
        ~Closer() { zip_discard(zip); }
    } closer{zip};
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > kMaxOwnDataZipEntries) {
        return std::unexpected(ZipError(
            zip_name, fmt::format("het zip-bestand bevat meer dan {} bestanden (de grens)", kMaxOwnDataZipEntries)));
    }
    std::uint64_t total = 0;
    std::string buffer(64 * 1024, '\0');
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* raw = zip_get_name(zip, static_cast<zip_uint64_t>(i), 0);
        if (raw == nullptr) continue;
        std::string_view name(raw);
        if (name.ends_with("/")) continue;  // a folder
        if (const auto slash = name.find_last_of("/\\"); slash != std::string_view::npos) name.remove_prefix(slash + 1);
        if (!name.ends_with(".json") || name.starts_with(".")) continue;  // only the entity sets
        for (const char c : name) {
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.') {
                return std::unexpected(
                    ZipError(zip_name, fmt::format("de naam {} hoort bij geen OData-set", RedactInputEcho(name))));
            }
        }
        if (files.contains(std::string(name))) {
            return std::unexpected(
                ZipError(zip_name, fmt::format("het bestand {} staat twee keer in het zip-bestand", name)));
        }
        zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
        if (file == nullptr) {
            return std::unexpected(ZipError(zip_name, fmt::format("{} kan niet worden uitgepakt", name)));
        }
        std::string& out = files[std::string(name)];
        Result<void> result;
        for (;;) {
            const zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
            if (n < 0) {
                result = std::unexpected(ZipError(zip_name, fmt::format("{} kan niet worden uitgepakt", name)));
                break;
            }
            if (n == 0) break;
            total += static_cast<std::uint64_t>(n);
            if (total > kMaxOwnDataExpandedBytes) {
                result = std::unexpected(
                    ZipError(zip_name, fmt::format("het zip-bestand pakt uit tot meer dan {} MiB (de grens)",
                                                   kMaxOwnDataExpandedBytes >> 20)));
                break;
            }
            out.append(buffer.data(), static_cast<std::size_t>(n));
        }
        zip_fclose(file);
        if (!result) return result;
    }
    if (files.empty()) return std::unexpected(ZipError(zip_name, "het zip-bestand bevat geen OData-sets (.json)"));
    return {};
}

// Says which zip a set came from, so that a person sees "odata.zip/TypedDataSet.json:12:3: ...".
Error Located(Error error, const std::string& zip_name) {
    for (std::string* text : {&error.message, &error.field}) {
        if (!text->empty() && !text->starts_with(zip_name)) *text = zip_name + "/" + *text;
    }
    return error;
}

// Passes everything on and notes the indicators a source names without describing them (a long
// CSV's): those the uploader may describe afterwards (ClaimIndicators).
class NotingSink final : public ObservationSink {
public:
    explicit NotingSink(ObservationSink& sink) : sink_(sink) {}
    Result<void> PutRegion(const Region& region) override { return sink_.PutRegion(region); }
    Result<void> PutIndicator(const Indicator& indicator) override { return sink_.PutIndicator(indicator); }
    Result<void> PutObservation(const Observation& observation) override { return sink_.PutObservation(observation); }
    Result<void> EnsureRegion(const Region& region) override { return sink_.EnsureRegion(region); }
    Result<void> EnsureIndicator(const Indicator& indicator) override {
        if (noted_.insert(indicator.key).second) keys_.push_back(indicator.key);
        return sink_.EnsureIndicator(indicator);
    }
    const std::vector<std::string>& keys() const { return keys_; }

private:
    ObservationSink& sink_;
    std::set<std::string> noted_;
    std::vector<std::string> keys_;
};

// One transaction (issue 13): the observations, the claim on the indicators a long CSV introduced
// (ClaimIndicators runs plain statements, so inside the import's callback it joins the import's
// transaction) and the audit record. A failed write leaves none of them behind.
Result<ImportSummary> Import(Store& store, ImportFormat format, const std::string& name, std::string_view content,
                             const UploadArea* area, std::string_view organisation_id, const AuditEntry& audit) {
    if (format == ImportFormat::kCbsOData) {
        ODataFiles files;
        if (auto unpacked = UnpackOData(content, name, files); !unpacked) return std::unexpected(unpacked.error());
        auto hash = HashFiles(files);  // as `kompas import odata` of a folder holding the same files
        if (!hash) return std::unexpected(hash.error());
        auto summary = store.Import({ImportFormatName(format), name, *hash, audit},
                                    [&](ObservationSink& sink) { return ReadODataFiles(files, sink, nullptr, area); });
        if (!summary) return std::unexpected(Located(std::move(summary.error()), name));
        return summary;
    }
    auto hash = HashBytes(content);  // as `kompas import` of the same file
    if (!hash) return std::unexpected(hash.error());
    return store.Import({ImportFormatName(format), name, *hash, audit}, [&](ObservationSink& sink) -> Result<void> {
        std::ispanstream in(std::span<const char>(content.data(), content.size()));
        if (format == ImportFormat::kCbsCsv) return ReadKwbCsv(in, name, sink, nullptr, nullptr, area);
        NotingSink noting(sink);
        auto read = ReadLongCsv(in, name, noting, nullptr, area);
        if (!read || noting.keys().empty()) return read;
        return store.ClaimIndicators(noting.keys(), organisation_id);
    });
}

}  // namespace

std::optional<ImportFormat> ParseOwnDataFormat(std::string_view name) {
    if (name == "kwb-csv") return ImportFormat::kCbsCsv;
    if (name == "odata-zip") return ImportFormat::kCbsOData;
    if (name == "long-csv") return ImportFormat::kLongCsv;
    return std::nullopt;
}

Result<std::optional<UploadArea>> OwnDataArea(Store& store, const Caller& caller) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (caller.platform_admin) return std::optional<UploadArea>{};
    auto organisation = store.FindOrganisation(caller.organisation_id);
    if (!organisation) return std::unexpected(organisation.error());
    if (!*organisation || (*organisation)->kind != OrganisationKind::kMunicipality) {
        return Fail(ErrorCode::kForbidden, "Alleen een gemeente of een beheerder kan eigen cijfers laden");
    }
    const auto& region = (*organisation)->region;
    if (!region || LevelOfCode(*region) != RegionLevel::kMunicipality) {
        return Fail(ErrorCode::kForbidden,
                    "Uw organisatie heeft geen gemeente als gebied; vraag de beheerder die in te stellen");
    }
    return std::optional<UploadArea>{UploadArea{*region}};
}

Result<ImportSummary> UploadOwnData(Store& store, const Caller& caller, ImportFormat format, std::string_view filename,
                                    std::string_view content, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const std::string name = ShownName(filename);
    const AuditEntry attempted = EntryFor(caller, now, AuditAction::kCreate, "own_data_upload", name);
    auto area = Checked(store, attempted, OwnDataArea(store, caller));
    if (!area) return std::unexpected(area.error());
    Result<ImportSummary> summary;
    if (format == ImportFormat::kSuccessions) {
        summary = Fail(ErrorCode::kInvalidArgument, "Dit soort bestand kan hier niet worden geladen", "format");
    } else if (content.empty()) {
        summary = Fail(ErrorCode::kInvalidArgument, "Het bestand is leeg", "content_base64");
    } else if (content.size() > kMaxOwnDataBytes) {
        summary = Fail(ErrorCode::kInvalidArgument, "Het bestand is groter dan 32 MiB (de grens)", "content_base64");
    } else {
        // On success the audit record is written in the import's transaction.
        summary = Import(store, format, name, content, *area ? &**area : nullptr, caller.organisation_id, attempted);
        if (summary) return summary;
    }
    AuditEntry entry = attempted;
    entry.result = AuditResult::kFailed;
    if (auto audited = store.AppendAudit(entry); !audited) return std::unexpected(std::move(audited.error()));
    return summary;
}

}  // namespace kompas
