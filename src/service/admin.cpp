#include "service/admin.hpp"

#include "core/password_policy.hpp"
#include "core/text.hpp"
#include "privacy/secrets.hpp"
#include "service/accounts.hpp"
#include "service/audit_entry.hpp"

namespace kompas {
namespace {

// kForbidden for anyone but a platform administrator, with the refusal in the audit trail.
Result<void> RequireAdmin(Store& store, const Caller& caller, TimePoint now, AuditAction action,
                          std::string object_type, std::string object_id) {
    if (caller.platform_admin) return {};
    (void)store.AppendAudit(EntryFor(caller, now, action, std::move(object_type), std::move(object_id),
                                     AuditResult::kDenied));  // best effort: the refusal matters more
    return Fail(ErrorCode::kForbidden, "Alleen platformbeheerders beheren organisaties en accounts");
}

Result<Person> RequirePerson(Store& store, std::string_view id) {
    auto person = store.FindPerson(id);
    if (!person) return std::unexpected(std::move(person.error()));
    if (!*person) return Fail(ErrorCode::kNotFound, "Onbekende persoon");
    return std::move(**person);
}

Result<IssuedPasswordLink> StoreLink(Store& store, const Caller& caller, const Person& person, TimePoint now) {
    IssuedPasswordLink issued{RandomToken(), ""};
    const PasswordLinkRecord record = NewPasswordLink(HashToken(issued.token), person.id, now);
    issued.expires_at = record.expires_at;
    auto stored =
        store.CreatePasswordLink(record, EntryFor(caller, now, AuditAction::kCreate, "password_link", person.id));
    if (!stored) return std::unexpected(std::move(stored.error()));
    return issued;
}

// The link behind `token` when it can still be used, else the refusal the person reads.
Result<PasswordLinkRecord> UsableLink(Store& store, std::string_view token, TimePoint now) {
    if (token.size() != 64 || token.find_first_not_of("0123456789abcdef") != std::string_view::npos) {
        return Fail(ErrorCode::kNotFound, std::string(kLinkUnknownMessage), "token");
    }
    auto found = store.FindPasswordLink(HashToken(token));
    if (!found) return std::unexpected(std::move(found.error()));
    if (!*found) return Fail(ErrorCode::kNotFound, std::string(kLinkUnknownMessage), "token");
    switch (StateOf(**found, now)) {
        case PasswordLinkState::kUsed:
            return Fail(ErrorCode::kConflict, std::string(kLinkUsedMessage), "token");
        case PasswordLinkState::kExpired:
            return Fail(ErrorCode::kConflict, std::string(kLinkExpiredMessage), "token");
        case PasswordLinkState::kValid:
            break;
    }
    return std::move(**found);
}

}  // namespace

Result<std::vector<Person>> AdminPeople(Store& store, const Caller& caller, TimePoint now) {
    if (auto allowed = RequireAdmin(store, caller, now, AuditAction::kExport, "person", ""); !allowed) {
        return std::unexpected(std::move(allowed.error()));
    }
    return store.People(caller);
}

Result<Organisation> EditOrganisation(Store& store, const Caller& caller, std::string_view id,
                                      const NewOrganisation& input, TimePoint now) {
    if (auto allowed = RequireAdmin(store, caller, now, AuditAction::kUpdate, "organisation", std::string(id));
        !allowed) {
        return std::unexpected(std::move(allowed.error()));
    }
    if (auto valid = ValidateOrganisation(input); !valid) return std::unexpected(std::move(valid.error()));
    const Organisation organisation{std::string(id), std::string(Trim(input.name)), input.kind, input.region,
                                    input.agb};
    auto updated = store.UpdateOrganisation(
        organisation, EntryFor(caller, now, AuditAction::kUpdate, "organisation", organisation.id));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return organisation;
}

Result<CreatedAccount> CreateAccount(Store& store, const Caller& caller, const NewAccount& account, TimePoint now) {
    if (auto allowed = RequireAdmin(store, caller, now, AuditAction::kCreate, "person", ""); !allowed) {
        return std::unexpected(std::move(allowed.error()));
    }
    auto person = StorePersonWithHash(
        store, caller, NewPerson{account.email, account.name, account.organisation_id, "", account.platform_admin}, "",
        now);  // no password until the person sets one
    if (!person) return std::unexpected(std::move(person.error()));
    auto link = StoreLink(store, caller, *person, now);
    if (!link) return std::unexpected(std::move(link.error()));
    return CreatedAccount{std::move(*person), std::move(*link)};
}

Result<Person> EditPerson(Store& store, const Caller& caller, std::string_view id, const PersonChange& change,
                          TimePoint now) {
    if (auto allowed = RequireAdmin(store, caller, now, AuditAction::kUpdate, "person", std::string(id)); !allowed) {
        return std::unexpected(std::move(allowed.error()));
    }
    auto person = RequirePerson(store, id);
    if (!person) return std::unexpected(std::move(person.error()));
    const std::string_view name = Trim(change.name);
    if (name.empty()) return Fail(ErrorCode::kInvalidArgument, "Geef de naam van de persoon", "name");
    if (name.size() > 200) return Fail(ErrorCode::kInvalidArgument, "De naam is te lang", "name");
    auto organisation = store.FindOrganisation(change.organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    if (!*organisation) return Fail(ErrorCode::kInvalidArgument, "Onbekende organisatie", "organisation_id");
    if (person->id == caller.person_id && !change.active) {
        return Fail(ErrorCode::kInvalidArgument, "U kunt uw eigen account niet uitzetten", "active");
    }
    if (person->id == caller.person_id && !change.platform_admin) {
        return Fail(ErrorCode::kInvalidArgument, "U kunt uw eigen beheerrechten niet intrekken", "platform_admin");
    }
    person->name = std::string(name);
    person->organisation_id = change.organisation_id;
    person->platform_admin = change.platform_admin;
    person->active = change.active;
    auto updated = store.UpdatePerson(*person, EntryFor(caller, now, AuditAction::kUpdate, "person", person->id));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return std::move(*person);
}

Result<IssuedPasswordLink> IssuePasswordLink(Store& store, const Caller& caller, std::string_view person_id,
                                             TimePoint now) {
    if (auto allowed = RequireAdmin(store, caller, now, AuditAction::kCreate, "password_link", std::string(person_id));
        !allowed) {
        return std::unexpected(std::move(allowed.error()));
    }
    auto person = RequirePerson(store, person_id);
    if (!person) return std::unexpected(std::move(person.error()));
    if (!person->active) {
        return Fail(ErrorCode::kInvalidArgument, "Dit account staat uit; zet het eerst aan", "active");
    }
    return StoreLink(store, caller, *person, now);
}

Result<PasswordLinkInfo> CheckPasswordLink(Store& store, std::string_view token, TimePoint now) {
    auto link = UsableLink(store, token, now);
    if (!link) return std::unexpected(std::move(link.error()));
    auto person = RequirePerson(store, link->person_id);
    if (!person) return std::unexpected(std::move(person.error()));
    return PasswordLinkInfo{person->name, person->email, link->expires_at};
}

Result<void> SetPasswordWithLink(Store& store, std::string_view token, std::string_view password,
                                 std::string_view remote, TimePoint now) {
    auto link = UsableLink(store, token, now);
    if (!link) return std::unexpected(std::move(link.error()));
    if (auto policy = CheckPasswordPolicy(password); !policy) return std::unexpected(std::move(policy.error()));
    auto person = RequirePerson(store, link->person_id);
    if (!person) return std::unexpected(std::move(person.error()));
    auto hash = HashPassword(password);
    if (!hash) return std::unexpected(std::move(hash.error()));
    const Caller self{person->id, person->organisation_id, person->platform_admin, std::string(remote), person->email};
    return store.UsePasswordLink(HashToken(token), *hash, FormatUtc(now),
                                 EntryFor(self, now, AuditAction::kUpdate, "password", person->id));
}

}  // namespace kompas
