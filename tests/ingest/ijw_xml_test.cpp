// iJw JW305 / JW307: the shared examples, XSD validation with line numbers, the mappings, and
// refusals (other message types, a BSN failing the elfproef, DTDs), never echoing a BSN or a name.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "ingest/trajectory_source.hpp"
#include "privacy/secrets.hpp"

namespace kompas {
namespace {

namespace fs = std::filesystem;

fs::path IjwDir() { return fs::path(KOMPAS_SHARED_DIR) / "data/ijw"; }
fs::path XsdDir() { return IjwDir() / "xsd"; }

std::string Example(const std::string& name) {
    std::ifstream in(IjwDir() / "berichten" / name, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// `text` with the first occurrence of `from` replaced by `to`; fails the test when absent.
std::string Replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

class IjwTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kompas-ijw-" + RandomHex(8));
        fs::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    struct Read {
        std::vector<DeliveredTrajectory> rows;
        std::optional<Error> error;
    };
    static Read ReadFile(const fs::path& path, const fs::path& xsd = XsdDir()) {
        Read read;
        auto result = ReadIjwMessage(path, xsd, [&](DeliveredTrajectory&& row) -> Result<void> {
            read.rows.push_back(std::move(row));
            return {};
        });
        if (!result) read.error = result.error();
        return read;
    }
    Read ReadText(const std::string& text, const std::string& name = "bericht.xml") {
        const fs::path path = dir_ / name;
        std::ofstream(path, std::ios::binary) << text;
        return ReadFile(path);
    }
    // Expects a refusal that names the file (and `line` when not 0) and never shows the BSN or name.
    Error ExpectRefused(const std::string& text, std::size_t line = 0) {
        auto read = ReadText(text);
        EXPECT_TRUE(read.error.has_value());
        if (!read.error) return {};
        EXPECT_EQ(read.error->code, ErrorCode::kInvalidArgument) << read.error->message;
        EXPECT_TRUE(read.error->message.starts_with("bericht.xml:")) << read.error->message;
        if (line != 0) {
            EXPECT_EQ(read.error->field, "bericht.xml:" + std::to_string(line) + ":0") << read.error->message;
        }
        for (const char* secret : {"999900006", "Wit", "Tom"}) {
            EXPECT_EQ(read.error->message.find(secret), std::string::npos) << read.error->message;
        }
        EXPECT_TRUE(read.rows.empty());
        return *read.error;
    }
    fs::path dir_;
};

TEST_F(IjwTest, ReadsTheJw305Example) {
    auto read = ReadFile(IjwDir() / "berichten/JW305.xml");
    ASSERT_FALSE(read.error) << read.error->message;
    ASSERT_EQ(read.rows.size(), 2u);
    const auto& a = read.rows[0];
    EXPECT_EQ(a.bsn, "999900006");
    EXPECT_FALSE(a.stop_message);
    EXPECT_EQ(a.at.file, "JW305.xml");
    EXPECT_EQ(a.at.line, 33u);
    EXPECT_EQ(read.rows[1].at.line, 43u);
    const Trajectory& t = a.trajectory;
    EXPECT_TRUE(t.client.empty());
    EXPECT_EQ(t.provider, "65656055");
    EXPECT_EQ(t.municipality, "GM0363");
    EXPECT_EQ(t.birth_year, 2010);
    EXPECT_EQ(t.sex, "1");
    EXPECT_TRUE(t.referrer.empty());
    EXPECT_EQ(t.help_form, "00");  // category 55, landelijk ingekochte zorg
    EXPECT_EQ(FormatDay(t.start_day), "2026-04-03");
    EXPECT_FALSE(t.end_day.has_value());
    EXPECT_FALSE(t.reason.has_value());
    EXPECT_EQ(FormatDay(read.rows[1].trajectory.start_day), "2026-04-15");
}

TEST_F(IjwTest, ReadsTheJw307Example) {
    auto read = ReadFile(IjwDir() / "berichten/JW307.xml");
    ASSERT_FALSE(read.error) << read.error->message;
    ASSERT_EQ(read.rows.size(), 2u);
    for (const auto& row : read.rows) {
        EXPECT_TRUE(row.stop_message);
        EXPECT_EQ(row.bsn, "999900006");
        EXPECT_EQ(FormatDay(*row.trajectory.end_day), "2026-07-17");
        EXPECT_EQ(row.trajectory.reason, EndReason::kPlanned);
        EXPECT_EQ(row.trajectory.provider, "65656055");
    }
    EXPECT_EQ(FormatDay(read.rows[0].trajectory.start_day), "2026-04-03");
    EXPECT_EQ(read.rows[1].at.line, 45u);
}

TEST_F(IjwTest, XsdViolationsNameTheLine) {
    const std::string jw305 = Example("JW305.xml");
    // Geslacht removed from line 23: the schema expected it where Naam stands (line 24).
    auto e = ExpectRefused(Replace(jw305, "<jw305:Geslacht>1</jw305:Geslacht>", ""), 24);
    EXPECT_NE(e.message.find("XSD"), std::string::npos) << e.message;
    EXPECT_NE(e.message.find("JW305.xsd"), std::string::npos) << e.message;
    // An element that does not belong (line 24).
    e = ExpectRefused(Replace(jw305, "<jw305:Naam>", "<jw305:Telefoon>0612345678</jw305:Telefoon><jw305:Naam>"), 24);
    EXPECT_NE(e.message.find("Telefoon"), std::string::npos) << e.message;
    // A BSN of eight digits and one with a letter: the XSD pattern; the value is not repeated.
    e = ExpectRefused(ReplaceAll(jw305, "999900006", "99990000"), 19);
    EXPECT_EQ(e.message.find("99990000"), std::string::npos) << e.message;
    ExpectRefused(ReplaceAll(jw305, "999900006", "99990000x"), 19);
    // A name longer than the XSD allows: the name is not repeated.
    e = ExpectRefused(Replace(jw305, ">Wit<", ">" + std::string(250, 'W') + "<"), 26);
    EXPECT_EQ(e.message.find("WWWW"), std::string::npos) << e.message;
    // A wrong BerichtCode, an impossible date, an unknown category.
    ExpectRefused(Replace(jw305, ">438<", ">440<"), 4);
    ExpectRefused(Replace(jw305, ">2026-04-03<", ">2026-02-30<"), 40);
    ExpectRefused(Replace(jw305, "<ijw:Categorie>55<", "<ijw:Categorie>99<"), 36);
}

TEST_F(IjwTest, BsnFailingTheElfproefIsRefusedWithoutRepeatingIt) {
    auto e = ExpectRefused(ReplaceAll(Example("JW305.xml"), "999900006", "999900007"), 19);
    EXPECT_NE(e.message.find("elfproef"), std::string::npos) << e.message;
    EXPECT_EQ(e.message.find("999900007"), std::string::npos) << e.message;
    e = ExpectRefused(ReplaceAll(Example("JW307.xml"), "999900006", "999999999"), 19);
    EXPECT_NE(e.message.find("onbekend"), std::string::npos) << e.message;
}

TEST_F(IjwTest, OtherMessageTypesAreRefused) {
    auto read = ReadFile(IjwDir() / "berichten/JW301.xml");
    ASSERT_TRUE(read.error);
    EXPECT_NE(read.error->message.find("JW301"), std::string::npos) << read.error->message;
    EXPECT_EQ(read.error->field, "JW301.xml:2:0");
    read = ReadFile(IjwDir() / "berichten/JW315.xml");
    ASSERT_TRUE(read.error);
    EXPECT_NE(read.error->message.find("JW315"), std::string::npos);

    auto e = ExpectRefused(ReplaceAll(Example("JW305.xml"), "/3_2/jw305/", "/3_1/jw305/"));
    EXPECT_NE(e.message.find("3_1"), std::string::npos) << e.message;
    e = ExpectRefused("<?xml version=\"1.0\"?><Bericht xmlns=\"urn:iets\"/>");
    EXPECT_NE(e.message.find("geen iJw-bericht"), std::string::npos) << e.message;
}

TEST_F(IjwTest, ProductCategoriesMapToHelpForms) {
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"31", "01"}, {"32", "02"}, {"33", "03"}, {"34", "04"}, {"35", "11"}, {"36", "12"}, {"37", "13"},
        {"38", "14"}, {"40", "04"}, {"41", "03"}, {"42", "00"}, {"43", "14"}, {"44", "14"}, {"45", "02"},
        {"46", "00"}, {"50", "00"}, {"51", "02"}, {"52", "02"}, {"53", "02"}, {"54", "02"}, {"55", "00"}};
    const std::string jw305 = Example("JW305.xml");
    for (const auto& [category, form] : expected) {
        auto read = ReadText(ReplaceAll(jw305, "<ijw:Categorie>55<", "<ijw:Categorie>" + category + "<"));
        ASSERT_FALSE(read.error) << category << ": " << read.error->message;
        ASSERT_EQ(read.rows.size(), 2u);
        EXPECT_EQ(read.rows[0].trajectory.help_form, form) << category;
    }
    for (const char* not_youth_care : {"47", "48", "49"}) {
        auto e = ExpectRefused(
            ReplaceAll(jw305, "<ijw:Categorie>55<", std::string("<ijw:Categorie>") + not_youth_care + "<"), 36);
        EXPECT_NE(e.message.find("geen jeugdhulp"), std::string::npos) << e.message;
    }
    // Without a Product element (allowed by the XSD) the form is unknown.
    std::string no_product = jw305;
    const auto from = no_product.find("<jw305:Product>");
    const auto to = no_product.find("</jw305:Product>") + std::string("</jw305:Product>").size();
    no_product.erase(from, to - from);
    auto read = ReadText(no_product);
    ASSERT_FALSE(read.error) << read.error->message;
    EXPECT_EQ(read.rows[0].trajectory.help_form, "00");
    EXPECT_EQ(read.rows[1].trajectory.help_form, "00");
}

TEST_F(IjwTest, EndReasonsMapThroughJz588) {
    const std::vector<std::pair<std::string, EndReason>> expected = {
        {"31", EndReason::kPlanned},     {"39", EndReason::kPlanned},     {"34", EndReason::kByAgreement},
        {"36", EndReason::kByAgreement}, {"37", EndReason::kByAgreement}, {"32", EndReason::kByClient},
        {"38", EndReason::kByClient},    {"33", EndReason::kByProvider},  {"35", EndReason::kExternal},
        {"02", EndReason::kExternal},    {"20", EndReason::kExternal}};
    const std::string jw307 = Example("JW307.xml");
    for (const auto& [code, reason] : expected) {
        auto read = ReadText(ReplaceAll(jw307, "<jw307:RedenBeeindiging>31<", "<jw307:RedenBeeindiging>" + code + "<"));
        ASSERT_FALSE(read.error) << code << ": " << read.error->message;
        EXPECT_EQ(read.rows[0].trajectory.reason, reason) << code;
    }
    ExpectRefused(Replace(jw307, "<jw307:RedenBeeindiging>31<", "<jw307:RedenBeeindiging>01<"), 41);
}

TEST_F(IjwTest, SemanticChecks) {
    const std::string jw307 = Example("JW307.xml");
    // The second product ends before it began: nothing at all is handed over.
    auto e = ExpectRefused(Replace(jw307, "<jw307:Begindatum>2026-04-15<", "<jw307:Begindatum>2026-08-15<"), 54);
    EXPECT_NE(e.message.find("einddatum"), std::string::npos) << e.message;
    // Deleting an earlier delivery is not supported.
    e = ExpectRefused(Replace(Example("JW305.xml"), "<jw305:StatusAanlevering>1<", "<jw305:StatusAanlevering>3<"), 33);
    EXPECT_NE(e.message.find("StatusAanlevering"), std::string::npos) << e.message;
    // An unknown birth date (DatumGebruik 3) gives birth year 0; day unknown (1) keeps the year.
    auto read = ReadText(Replace(jw307, "<ijw:Datum>2010-02-14</ijw:Datum>",
                                 "<ijw:Datum>1900-01-01</ijw:Datum><ijw:DatumGebruik>3</ijw:DatumGebruik>"));
    ASSERT_FALSE(read.error) << read.error->message;
    EXPECT_EQ(read.rows[0].trajectory.birth_year, 0);
    read = ReadText(Replace(jw307, "<ijw:Datum>2010-02-14</ijw:Datum>",
                            "<ijw:Datum>2010-02-01</ijw:Datum><ijw:DatumGebruik>1</ijw:DatumGebruik>"));
    ASSERT_FALSE(read.error) << read.error->message;
    EXPECT_EQ(read.rows[0].trajectory.birth_year, 2010);
    EXPECT_EQ(read.rows[0].trajectory.sex, "1");
}

TEST_F(IjwTest, HandlerErrorStops) {
    int calls = 0;
    auto result =
        ReadIjwMessage(IjwDir() / "berichten/JW305.xml", XsdDir(), [&](DeliveredTrajectory&&) -> Result<void> {
            ++calls;
            return Fail(ErrorCode::kConflict, "stop");
        });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::kConflict);
    EXPECT_EQ(calls, 1);
}

TEST_F(IjwTest, RefusesDtdsAndEntities) {
    const std::string jw305 = Example("JW305.xml");
    const std::string body = jw305.substr(jw305.find("<jw305:Bericht"));
    ExpectRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"Wit\">]>\n" + body);
    const fs::path secret = dir_ / "secret.txt";
    std::ofstream(secret) << "GEHEIM-12345";
    auto read = ReadText("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM \"file://" + secret.string() +
                         "\">]>\n" + Replace(body, ">Wit<", ">&s;<"));
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->message.find("GEHEIM"), std::string::npos);
    EXPECT_TRUE(read.rows.empty());
    // Billion laughs.
    std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE l [<!ENTITY l0 \"ha\">";
    for (int i = 1; i < 10; ++i) {
        laughs += "<!ENTITY l" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k) laughs += "&l" + std::to_string(i - 1) + ";";
        laughs += "\">";
    }
    laughs += "]>\n<l>&l9;</l>";
    ExpectRefused(laughs);
}

TEST_F(IjwTest, RefusesDeeplyNestedXml) {
    // 100,000 nested elements inside the message: libxml2 stops at its depth limit (256), before
    // the schema, and the error says so in Dutch with the line.
    const std::string jw305 = Example("JW305.xml");
    const auto open = jw305.find('>', jw305.find("<jw305:Bericht")) + 1;
    std::string deep = "\n";
    for (int i = 0; i < 100'000; ++i) deep += "<x>";
    for (int i = 0; i < 100'000; ++i) deep += "</x>";
    const std::string text = jw305.substr(0, open) + deep + jw305.substr(open);
    const auto line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + open, '\n') + 2);
    const Error error = ExpectRefused(text, line);
    EXPECT_NE(error.message.find("te diep genest"), std::string::npos) << error.message;
}

TEST_F(IjwTest, BrokenInputGivesErrorsNotCrashes) {
    const std::string jw305 = Example("JW305.xml");
    ExpectRefused("");
    ExpectRefused("geen xml");
    ExpectRefused(std::string("\0\1\2\xff\xfe", 5));
    auto e = ExpectRefused(jw305.substr(0, jw305.size() / 2));
    EXPECT_NE(e.message.find("XML"), std::string::npos);
    ExpectRefused(Replace(jw305, "</jw305:Geslacht>", "</jw305:Geslacht"), 24);
    auto missing = ReadFile(dir_ / "bestaat-niet.xml");
    ASSERT_TRUE(missing.error);
    EXPECT_EQ(missing.error->code, ErrorCode::kNotFound);
    // No XSD where it should be: the configuration, not the file, is at fault.
    const fs::path path = dir_ / "ok.xml";
    std::ofstream(path) << jw305;
    auto no_xsd = ReadFile(path, dir_ / "geen-xsd");
    ASSERT_TRUE(no_xsd.error);
    EXPECT_EQ(no_xsd.error->code, ErrorCode::kUnavailable);

    std::mt19937 random(7);
    for (int round = 0; round < 300; ++round) {
        std::string text = jw305;
        const int changes = 1 + static_cast<int>(random() % 5);
        for (int i = 0; i < changes; ++i) text[random() % text.size()] = "<>/&;\"x0 9:\n\xff"[random() % 13];
        auto read = ReadText(text);  // must not crash, and errors keep the BSN out
        if (read.error) {
            EXPECT_EQ(read.error->message.find("999900006"), std::string::npos) << read.error->message;
        }
    }
}

TEST_F(IjwTest, PrintsNothingToStderr) {
    ::testing::internal::CaptureStderr();
    ExpectRefused(Replace(Example("JW305.xml"), "<jw305:Geslacht>1</jw305:Geslacht>", ""));
    ExpectRefused("<a><b></a>");
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
}

}  // namespace
}  // namespace kompas
