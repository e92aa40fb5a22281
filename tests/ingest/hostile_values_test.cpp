// Hostile values in every CSV reader (KWB, long, successions, trajectories): numbers too large
// for a double, dates outside what Kompas handles and bytes that are not UTF-8 each give an
// invalid-argument error naming file, line and column, never a crash or a stored value.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <string>

#include "ingest/kwb_csv.hpp"
#include "ingest/long_csv.hpp"
#include "ingest/successions_csv.hpp"
#include "ingest/trajectory_source.hpp"
#include "memory_sink.hpp"

namespace kompas {
namespace {

const std::string kKwbHeader =
    "ID;Peildatum;WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;Codering_3;AantalInwoners_5;Mannen_6\n";
const std::string kLongHeader = "indicator,region,period,value\n";
const std::string kSuccessionsHeader = "old_code,old_name,new_code,new_name,date,share,source\n";
const std::string kTrajectoryHeader =
    "bsn;naam;geboortedatum;geslacht;gemeentecode;postcode;verwijzer;hulpvorm;datum_aanvang;datum_einde;"
    "reden_beeindiging;tevredenheid_jeugdige\n";

Result<void> Kwb(const std::string& text) {
    std::istringstream in(text);
    testing::MemorySink sink;
    return ReadKwbCsv(in, "h.csv", sink);
}

Result<void> Long(const std::string& text) {
    std::istringstream in(text);
    testing::MemorySink sink;
    return ReadLongCsv(in, "h.csv", sink);
}

Result<void> Successions(const std::string& text) {
    std::istringstream in(text);
    auto rows = ReadSuccessionsCsv(in, "h.csv");
    if (!rows) return std::unexpected(rows.error());
    return {};
}

Result<void> Trajectories(const std::string& text) {
    std::istringstream in(text);
    return ReadTrajectoryCsv(in, "h.csv", [](DeliveredTrajectory&&) -> Result<void> { return {}; });
}

// The error is kInvalidArgument at h.csv:LINE:COLUMN and its message contains `words`.
void ExpectRefusedAt(const Result<void>& result, int line, int column, const std::string& words) {
    ASSERT_FALSE(result) << "accepted; expected an error at " << line << ":" << column;
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(result.error().field, "h.csv:" + std::to_string(line) + ":" + std::to_string(column))
        << result.error().message;
    EXPECT_NE(result.error().message.find(words), std::string::npos) << result.error().message;
}

const std::string kNotUtf8 = "Gr\xC3\xB6ningen \xFF\xFE";  // a valid o-umlaut, then two bytes that never occur in UTF-8

TEST(HostileValuesTest, KwbCsv) {
    const std::string row = "0;1-1-2018;GM0034    ;Almere;Gemeente  ;GM0034    ;";
    ExpectRefusedAt(Kwb(kKwbHeader + row + "1e400;5\n"), 2, 7, "getal");
    ExpectRefusedAt(Kwb(kKwbHeader + "0;1-1-99999;GM0034    ;Almere;Gemeente  ;GM0034    ;1;1\n"), 2, 2, "datum");
    ExpectRefusedAt(Kwb(kKwbHeader + "0;1-1-1200;GM0034    ;Almere;Gemeente  ;GM0034    ;1;1\n"), 2, 2, "datum");
    ExpectRefusedAt(Kwb(kKwbHeader + "0;1-1-2018;GM0034    ;" + kNotUtf8 + ";Gemeente  ;GM0034    ;1;1\n"), 2, 4,
                    "UTF-8");
}

TEST(HostileValuesTest, LongCsv) {
    ExpectRefusedAt(Long(kLongHeader + "wachttijd,GM0034,2024JJ00,1e400\n"), 2, 4, "getal");
    ExpectRefusedAt(Long(kLongHeader + "wachttijd,GM0034,99999JJ00,1\n"), 2, 3, "periode");
    ExpectRefusedAt(Long(kLongHeader + "wachttijd,GM0034,1200JJ00,1\n"), 2, 3, "periode");
    ExpectRefusedAt(Long(kLongHeader + "wacht" + kNotUtf8 + ",GM0034,2024JJ00,1\n"), 2, 1, "UTF-8");
}

TEST(HostileValuesTest, SuccessionsCsv) {
    ExpectRefusedAt(Successions(kSuccessionsHeader + "GM0001,Oud,GM0002,Nieuw,2019-01-01,1e400,CBS\n"), 2, 6,
                    "aandeel");
    ExpectRefusedAt(Successions(kSuccessionsHeader + "GM0001,Oud,GM0002,Nieuw,99999-01-01,1,CBS\n"), 2, 5, "datum");
    ExpectRefusedAt(Successions(kSuccessionsHeader + "GM0001,Oud,GM0002,Nieuw,2019-02-30,1,CBS\n"), 2, 5, "datum");
    ExpectRefusedAt(Successions(kSuccessionsHeader + "GM0001,Oud,GM0002,Nieuw,1200-01-01,1,CBS\n"), 2, 5, "datum");
    ExpectRefusedAt(Successions(kSuccessionsHeader + "GM0001," + kNotUtf8 + ",GM0002,Nieuw,2019-01-01,1,CBS\n"), 2, 2,
                    "UTF-8");
}

TEST(HostileValuesTest, TrajectoryCsv) {
    const std::string start = "999900006;Tom;2010-02-14;1;GM0363;1011AB;01;02;";
    ExpectRefusedAt(Trajectories(kTrajectoryHeader + start + "2024-01-15;2024-06-30;01;99999999999999999999\n"), 2, 12,
                    "tevredenheid");
    ExpectRefusedAt(Trajectories(kTrajectoryHeader + start + "2024-01-15;2024-06-30;01;1e400\n"), 2, 12,
                    "tevredenheid");
    ExpectRefusedAt(Trajectories(kTrajectoryHeader + start + "9999-12-31;;;\n"), 2, 9, "datum");
    ExpectRefusedAt(Trajectories(kTrajectoryHeader + start + "1200-01-01;;;\n"), 2, 9, "datum");
    ExpectRefusedAt(Trajectories(kTrajectoryHeader + start + "2024-01-15;99999-01-01;;\n"), 2, 10, "datum");
    ExpectRefusedAt(
        Trajectories(kTrajectoryHeader + "999900006;" + kNotUtf8 + ";2010-02-14;1;GM0363;1011AB;01;02;2024-01-15;;;\n"),
        2, 2, "UTF-8");
}

}  // namespace
}  // namespace kompas
