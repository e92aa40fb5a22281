// Own data (issue 15) in the service layer, on SQLite and PostgreSQL: the area an organisation may
// upload into, a refused row outside it (nothing written, audited), idempotence, and who may
// describe an own indicator or add a local note.
#include "service/own_data.hpp"

#include "account_fixture.hpp"
#include "service/indicator_editor.hpp"
#include "service/kept_suppression.hpp"

namespace kompas::testing {
namespace {

class OwnDataTest : public AccountTest {};

TEST_P(OwnDataTest, AMunicipalityUploadsOnlyForItsOwnArea) {
    const Organisation almere =
        MakeOrganisation("Gemeente Almere", OrganisationKind::kMunicipality, std::nullopt, "GM0034");
    const Caller caller = CallerOf(MakePerson("beleid@almere.example", almere));
    const auto area = OwnDataArea(*store_, caller);
    ASSERT_TRUE(area.has_value()) << area.error().message;
    ASSERT_TRUE(area->has_value());
    EXPECT_EQ((*area)->municipality, "GM0034");

    const std::string outside = "indicator,region,period,value\neigen,BU00340101,2024JJ00,1\neigen,GM0363,2024JJ00,2\n";
    const auto refused = UploadOwnData(*store_, caller, ImportFormat::kLongCsv, "buiten.csv", outside, T0());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().field, "buiten.csv:3:2");
    EXPECT_NE(refused.error().message.find("GM0363"), std::string::npos) << refused.error().message;
    EXPECT_FALSE(store_->FindIndicator("eigen").value().has_value()) << "nothing of the file was written";

    const std::string inside = "indicator,region,period,value\neigen,WK003401,2024JJ00,1\n";
    const auto first = UploadOwnData(*store_, caller, ImportFormat::kLongCsv, "binnen.csv", inside, T0());
    ASSERT_TRUE(first.has_value()) << first.error().message;
    EXPECT_FALSE(first->already_imported);
    EXPECT_EQ(first->observations, 1);
    const auto again = UploadOwnData(*store_, caller, ImportFormat::kLongCsv, "binnen.csv", inside, T0());
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(again->already_imported);
    EXPECT_EQ(store_->IndicatorOwner("eigen").value(), std::optional<std::string>(almere.id));
}

TEST_P(OwnDataTest, AProviderMayNotUploadAndTheOwnerDescribesItsIndicator) {
    const Organisation provider = MakeOrganisation("Aanbieder", OrganisationKind::kProvider);
    const Caller outsider = CallerOf(MakePerson("zorg@aanbieder.example", provider));
    const auto refused = UploadOwnData(*store_, outsider, ImportFormat::kLongCsv, "x.csv",
                                       "indicator,region,period,value\nx,GM0034,2024JJ00,1\n", T0());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);

    const Organisation almere =
        MakeOrganisation("Gemeente Almere", OrganisationKind::kMunicipality, std::nullopt, "GM0034");
    const Caller owner = CallerOf(MakePerson("beleid@almere.example", almere));
    ASSERT_TRUE(UploadOwnData(*store_, owner, ImportFormat::kLongCsv, "w.csv",
                              "indicator,region,period,value\nwachttijd,GM0034,2024JJ00,42\n", T0()));
    Indicator described{"wachttijd",         "Wachttijd tot jeugdhulp", "dagen", 0, Direction::kLowerIsBetter,
                        "Eigen registratie", "Dagen tot de start"};
    const auto edited = EditIndicator(*store_, owner, described, T0());
    ASSERT_TRUE(edited.has_value()) << edited.error().message;
    EXPECT_EQ(edited->indicator.title, "Wachttijd tot jeugdhulp");
    EXPECT_FALSE(edited->built_in);
    EXPECT_EQ(EditIndicator(*store_, outsider, described, T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(SetIndicatorNote(*store_, outsider, "wachttijd", "mag niet", T0()).error().code, ErrorCode::kForbidden);
    const auto noted = SetIndicatorNote(*store_, owner, "wachttijd", "Telt vanaf de aanmelding", T0());
    ASSERT_TRUE(noted.has_value()) << noted.error().message;
    ASSERT_TRUE(noted->note.has_value());
    EXPECT_EQ(noted->note->note, "Telt vanaf de aanmelding");
}

// The server keeps a region's profile until Store::PublicDataVersion moves (migration 0020): it
// must move with every change a profile shows, be seen by another connection (a CLI import is
// another process), and stay put when nothing was written.
TEST_P(OwnDataTest, ThePublicDataVersionMovesWithEveryChangeAProfileShows) {
    const Organisation almere =
        MakeOrganisation("Gemeente Almere", OrganisationKind::kMunicipality, std::nullopt, "GM0034");
    const Caller owner = CallerOf(MakePerson("beleid@almere.example", almere));
    auto other = OpenStore(database_->url());
    ASSERT_TRUE(other.has_value()) << other.error().message;
    const auto version = [&] {
        const auto here = store_->PublicDataVersion();
        const auto there = (*other)->PublicDataVersion();
        EXPECT_TRUE(here.has_value() && there.has_value());
        EXPECT_EQ(here.value_or(-1), there.value_or(-2)) << "another connection sees the same number";
        return here.value_or(-1);
    };
    const std::int64_t start = version();

    const std::string csv = "indicator,region,period,value\nwachttijd,GM0034,2024JJ00,42\n";
    ASSERT_TRUE(UploadOwnData(*store_, owner, ImportFormat::kLongCsv, "w.csv", csv, T0()));
    const std::int64_t imported = version();
    EXPECT_GT(imported, start) << "an import of observations";
    ASSERT_TRUE(UploadOwnData(*store_, owner, ImportFormat::kLongCsv, "w.csv", csv, T0()));
    EXPECT_EQ(version(), imported) << "the same file again writes nothing";
    EXPECT_FALSE(UploadOwnData(*store_, owner, ImportFormat::kLongCsv, "x.csv",
                               "indicator,region,period,value\nwachttijd,GM0363,2024JJ00,1\n", T0()));
    EXPECT_EQ(version(), imported) << "a refused file writes nothing";

    Indicator described{"wachttijd",         "Wachttijd tot jeugdhulp", "dagen", 0, Direction::kLowerIsBetter,
                        "Eigen registratie", "Dagen tot de start"};
    ASSERT_TRUE(EditIndicator(*store_, owner, described, T0()));
    const std::int64_t edited = version();
    EXPECT_GT(edited, imported) << "an indicator's description";
    ASSERT_TRUE(SetIndicatorNote(*store_, owner, "wachttijd", "Telt vanaf de aanmelding", T0()));
    const std::int64_t noted = version();
    EXPECT_GT(noted, edited) << "a local note";
    ASSERT_TRUE(SetIndicatorNote(*store_, owner, "wachttijd", "", T0()));
    EXPECT_GT(version(), noted) << "a removed note";
}

// Each municipality's suppression is kept in the store under the fingerprint of its trajectories
// (migration 0021, service/kept_suppression.hpp): found again by another connection under the same
// fingerprint only, and replaced by a newer one.
TEST_P(OwnDataTest, AKeptSuppressionIsFoundUnderItsFingerprintOnly) {
    auto first = OpenStore(database_->url());
    auto second = OpenStore(database_->url());
    ASSERT_TRUE(first.has_value() && second.has_value());
    StoreKeptStatuses writer(std::move(*first));
    StoreKeptStatuses reader(std::move(*second));
    const engine::TableFingerprint key{0x0123456789abcdefULL, 42};
    EXPECT_FALSE(reader.Load("GM0034", key).has_value()) << "nothing kept yet";
    writer.Save("GM0034", key,
                std::vector<Suppression>{Suppression::kNone, Suppression::kPrimary, Suppression::kComplementary,
                                         Suppression::kNone});
    EXPECT_EQ(reader.Load("GM0034", key), (std::vector<Suppression>{Suppression::kNone, Suppression::kPrimary,
                                                                    Suppression::kComplementary, Suppression::kNone}));
    EXPECT_FALSE(reader.Load("GM0034", {0x0123456789abcdefULL, 43}).has_value()) << "another fingerprint";
    EXPECT_FALSE(reader.Load("GM0363", key).has_value()) << "another municipality";
    writer.Save("GM0034", {7, 8}, std::vector<Suppression>{Suppression::kComplementary, Suppression::kComplementary});
    EXPECT_FALSE(reader.Load("GM0034", key).has_value()) << "replaced";
    EXPECT_EQ(reader.Load("GM0034", {7, 8}),
              (std::vector<Suppression>{Suppression::kComplementary, Suppression::kComplementary}));
    EXPECT_EQ(FingerprintText({0x0123456789abcdefULL, 42}), "0123456789abcdef000000000000002a");
}

INSTANTIATE_TEST_SUITE_P(Backends, OwnDataTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

}  // namespace
}  // namespace kompas::testing
