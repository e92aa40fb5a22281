// Workbooks built to exhaust memory: a sheet repeating r="A1" millions of times, and entries
// that unpack 1,000-fold (with an honest and with a lying size in the zip). Each is refused, and
// the import's peak memory, measured in a forked child, stays under kBoundMiB (the bound stated
// in docs/import-trajectories.md). The bombs are generated here, not committed.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "deflated_zip.hpp"
#include "ingest/trajectory_source.hpp"

namespace kompas {
namespace {

using testing::DeflatedZip;
using testing::TextEntry;
using testing::ZipEntry;
using testing::ZipFacts;

constexpr long kBoundMiB = 32;  // growth of the peak RSS during one refused import

const std::string kWorkbook = R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                              R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                              R"(<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const std::string kRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
    R"(Target="worksheets/sheet1.xml"/></Relationships>)";
const std::string kSheetStart =
    R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
    R"(<row r="1"><c r="A1" t="inlineStr"><is><t>bsn</t></is></c><c r="B1" t="inlineStr"><is><t>geboortedatum</t></is></c>)"
    R"(<c r="C1" t="inlineStr"><is><t>geslacht</t></is></c><c r="D1" t="inlineStr"><is><t>gemeentecode</t></is></c>)"
    R"(<c r="E1" t="inlineStr"><is><t>hulpvorm</t></is></c><c r="F1" t="inlineStr"><is><t>datum_aanvang</t></is></c></row>)";

// A sheet entry: kSheetStart and `open`, then `repeat` times `piece`, then `close` and the end
// of the sheet.
ZipEntry SheetEntry(std::string piece, std::size_t repeat, bool deflate, std::string open = "",
                    std::string close = "") {
    auto state = std::make_shared<std::size_t>(0);
    return ZipEntry{"xl/worksheets/sheet1.xml",
                    [piece = std::move(piece), repeat, state, open = std::move(open),
                     close = std::move(close)](std::string& chunk) {
                        if (*state == 0) chunk += kSheetStart + open;
                        const std::size_t batch = std::min<std::size_t>(repeat - *state, 50'000);
                        for (std::size_t i = 0; i < batch; ++i) chunk += piece;
                        *state += batch;
                        if (*state < repeat) return true;
                        chunk += close + "</sheetData></worksheet>";
                        return false;
                    },
                    deflate, std::nullopt};
}

std::string Workbook(ZipEntry sheet, ZipFacts* facts = nullptr) {
    ZipFacts all;
    std::vector<ZipEntry> entries;
    entries.push_back(TextEntry("xl/workbook.xml", kWorkbook));
    entries.push_back(TextEntry("xl/_rels/workbook.xml.rels", kRels));
    entries.push_back(std::move(sheet));
    const std::string bytes = DeflatedZip(entries, &all);
    if (facts != nullptr) *facts = all;
    return bytes;
}

struct Outcome {
    bool refused = false;
    std::string message;
    long peak_growth_mib = -1;
};

// Imports `bytes` as an upload in a child process and reports the error and how much the
// child's peak RSS grew during the import.
Outcome ImportInChild(const std::string& bytes) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipe_fds[0]);
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        auto read = ReadTrajectoryXlsx(std::string_view(bytes), "bom.xlsx",
                                       [](DeliveredTrajectory&&) -> Result<void> { return {}; });
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        const long growth_mib = (after.ru_maxrss - before.ru_maxrss) / 1024;
        const std::string report =
            std::to_string(growth_mib) + "\n" + (read ? std::string("ok") : read.error().message);
        (void)!write(pipe_fds[1], report.data(), report.size());
        _exit(read ? 1 : 0);
    }
    close(pipe_fds[1]);
    std::string report;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;)
        report.append(buffer, static_cast<std::size_t>(n));
    close(pipe_fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    Outcome outcome;
    const auto newline = report.find('\n');
    if (newline == std::string::npos) return outcome;
    outcome.peak_growth_mib = std::stol(report.substr(0, newline));
    outcome.message = report.substr(newline + 1);
    outcome.refused = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return outcome;
}

// Empty rows between long runs of blanks: packs about 1,000-fold.
const std::string kBombRow = "<row/>" + std::string(32000, ' ');

TEST(XlsxBombTest, CellA1RepeatedMillionsOfTimesIsRefused) {
    // 3 million times the same cell in row 2, stored (not compressed): 63 MB of sheet.
    const std::string bytes =
        Workbook(SheetEntry("<c r=\"A1\"><v>1</v></c>", 3'000'000, false, "<row r=\"2\">", "</row>"));
    ASSERT_GT(bytes.size(), 60u << 20);
    const Outcome outcome = ImportInChild(bytes);
    EXPECT_TRUE(outcome.refused) << outcome.message;
    EXPECT_LT(outcome.peak_growth_mib, kBoundMiB);
    std::printf("%s: peak RSS grew %ld MiB; %s\n", ::testing::UnitTest::GetInstance()->current_test_info()->name(),
                outcome.peak_growth_mib, outcome.message.c_str());
    EXPECT_NE(outcome.message.find("meer dan eens"), std::string::npos) << outcome.message;
    EXPECT_NE(outcome.message.find("bom.xlsx:2:1"), std::string::npos) << outcome.message;
}

TEST(XlsxBombTest, EntryExpandingThousandFoldIsRefused) {
    // 64 MiB of sheet from about 64 KiB: deflate's best, about 1,000-fold.
    const std::string row = kBombRow;
    ZipFacts facts;
    const std::string bytes = Workbook(SheetEntry(row, (64u << 20) / row.size(), true), &facts);
    ASSERT_GE(facts.unpacked / facts.packed, 900u) << facts.unpacked << " from " << facts.packed;
    const Outcome outcome = ImportInChild(bytes);
    EXPECT_TRUE(outcome.refused) << outcome.message;
    EXPECT_LT(outcome.peak_growth_mib, kBoundMiB);
    std::printf("%s: peak RSS grew %ld MiB; %s\n", ::testing::UnitTest::GetInstance()->current_test_info()->name(),
                outcome.peak_growth_mib, outcome.message.c_str());
    EXPECT_NE(outcome.message.find("zip-bom"), std::string::npos) << outcome.message;
}

TEST(XlsxBombTest, EntryLyingAboutItsSizeIsRefusedWhileUnpacking) {
    const std::string row = kBombRow;
    ZipEntry sheet = SheetEntry(row, (64u << 20) / row.size(), true);
    sheet.declared_size = 4096;  // the zip claims 4 KiB
    const Outcome outcome = ImportInChild(Workbook(std::move(sheet)));
    EXPECT_TRUE(outcome.refused) << outcome.message;
    EXPECT_NE(outcome.message.find("sheet1.xml"), std::string::npos) << outcome.message;
    EXPECT_LT(outcome.peak_growth_mib, kBoundMiB);
    std::printf("%s: peak RSS grew %ld MiB; %s\n", ::testing::UnitTest::GetInstance()->current_test_info()->name(),
                outcome.peak_growth_mib, outcome.message.c_str());
}

}  // namespace
}  // namespace kompas
