// `kompas audit verify [--head HASH]`: walks the audit trail's hash chain and names the first
// record that was changed or removed; with --head it also finds records cut off at the end.
// `kompas audit head`: the newest record's seq and hash, to be kept outside the database.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>

#include "cli/account_commands.hpp"
#include "cli/commands.hpp"
#include "privacy/audit_chain.hpp"
#include "service/accounts.hpp"

namespace kompas {
namespace {

// issue 13: the chain's verification and its newest record, and whether `head` is in it.
struct AuditWalk {
    AuditVerification verification;
    std::int64_t last_seq = 0;
    std::string last_hash;
    std::optional<std::int64_t> head_seq;  // where the given head is, when it is
};

Result<AuditWalk> WalkAudit(Store& store, const std::string& head) {
    AuditWalk walk;
    AuditChainVerifier verifier;
    auto walked = store.ForEachAuditRecord([&](const AuditRecord& record) -> Result<void> {
        verifier.Feed(record);
        walk.last_seq = record.seq;
        walk.last_hash = record.hash;
        if (!head.empty() && record.hash == head) walk.head_seq = record.seq;
        return {};
    });
    if (!walked) return std::unexpected(std::move(walked.error()));
    walk.verification = verifier.result();
    return walk;
}

std::string Lower(std::string text) {
    std::ranges::transform(text, text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace

void AddAuditCommands(CLI::App& app, Config& config, int& exit_code) {
    auto* audit = app.add_subcommand("audit", "Het auditlogboek");
    audit->require_subcommand(1);
    auto* verify = audit->add_subcommand("verify", "Controleer dat geen record is gewijzigd of verwijderd");
    AddStorageOptions(*verify, config);
    static std::string head;
    verify->add_option("--head", head,
                       "Een eerder met `kompas audit head` bewaarde hash: meldt records die daarna zijn afgesneden");
    verify->callback([&config, &exit_code] {
        auto store = OpenConfiguredStore(config);
        if (!store) {
            fmt::print(stderr, "kompas: {}\n", store.error().message);
            exit_code = kExitEnvironment;
            return;
        }
        // The hash, also when given as "SEQ HASH" or "SEQ:HASH" (as `audit head` prints it).
        std::string wanted = Lower(head);
        if (const auto cut = wanted.find_last_of(" :"); cut != std::string::npos) wanted.erase(0, cut + 1);
        auto walk = WalkAudit(**store, wanted);
        if (!walk) {
            fmt::print(stderr, "kompas: {}\n", walk.error().message);
            exit_code = kExitEnvironment;
            return;
        }
        const AuditVerification& verification = walk->verification;
        const std::string line = DescribeAuditVerification(verification);
        if (!verification.ok) {
            fmt::print(stderr, "{}\n", line);
            exit_code = kExitBadInput;
            return;
        }
        if (!wanted.empty() && !walk->head_seq) {
            fmt::print(stderr,
                       "audit: de keten is intact maar eindigt bij record {}, en de opgegeven kop {} komt er niet in "
                       "voor: records na die kop zijn afgesneden (of de kop hoort bij een andere database)\n",
                       walk->last_seq, wanted);
            exit_code = kExitBadInput;
            return;
        }
        fmt::print("{}\n", line);
        if (walk->head_seq) {
            fmt::print("audit: de opgegeven kop is record {}; daarna volgen nog {} records\n", *walk->head_seq,
                       walk->last_seq - *walk->head_seq);
        }
        exit_code = 0;
    });

    auto* head_command =
        audit->add_subcommand("head", "Toon de hash van het nieuwste record, om buiten de database te bewaren");
    AddStorageOptions(*head_command, config);
    head_command->callback([&config, &exit_code] {
        auto store = OpenConfiguredStore(config);
        if (!store) {
            fmt::print(stderr, "kompas: {}\n", store.error().message);
            exit_code = kExitEnvironment;
            return;
        }
        auto walk = WalkAudit(**store, {});
        if (!walk) {
            fmt::print(stderr, "kompas: {}\n", walk.error().message);
            exit_code = kExitEnvironment;
            return;
        }
        if (walk->last_seq == 0) {
            fmt::print(stderr, "audit: het logboek heeft nog geen records\n");
            exit_code = kExitBadInput;
            return;
        }
        // Line 1 is for a script: SEQ HASH. Line 2 for a person.
        fmt::print("{} {}\n", walk->last_seq, walk->last_hash);
        fmt::print(stderr,
                   "Bewaar deze regel buiten de database (bijvoorbeeld bij de back-ups); `kompas audit verify --head "
                   "{}` meldt later of er records na dit record zijn afgesneden.\n",
                   walk->last_hash);
        if (!walk->verification.ok) {
            fmt::print(stderr, "{}\n", DescribeAuditVerification(walk->verification));
            exit_code = kExitBadInput;
            return;
        }
        exit_code = 0;
    });
}

}  // namespace kompas
