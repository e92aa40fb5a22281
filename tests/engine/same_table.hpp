// Test support: two trajectory tables are the same, column by column, dictionaries and derived
// indexes included. Used by the table image tests and the workload loader tests.
#pragma once

#include <gtest/gtest.h>

#include "engine/trajectory_table.hpp"

namespace kompas::engine {

inline void ExpectSameTable(const TrajectoryTable& a, const TrajectoryTable& b) {
    EXPECT_EQ(a.client, b.client);
    EXPECT_EQ(a.municipality, b.municipality);
    EXPECT_EQ(a.provider, b.provider);
    EXPECT_EQ(a.help_form, b.help_form);
    EXPECT_EQ(a.start_day, b.start_day);
    EXPECT_EQ(a.end_day, b.end_day);
    EXPECT_EQ(a.reason, b.reason);
    EXPECT_EQ(a.without_help_youth, b.without_help_youth);
    EXPECT_EQ(a.without_help_parent, b.without_help_parent);
    EXPECT_EQ(a.satisfaction_youth, b.satisfaction_youth);
    EXPECT_EQ(a.satisfaction_parent, b.satisfaction_parent);
    EXPECT_EQ(a.municipalities.names(), b.municipalities.names());
    EXPECT_EQ(a.providers.names(), b.providers.names());
    EXPECT_EQ(a.help_forms.names(), b.help_forms.names());
    EXPECT_EQ(a.client_count, b.client_count);
    EXPECT_EQ(a.client_offsets, b.client_offsets);
    EXPECT_EQ(a.client_starts, b.client_starts);
    EXPECT_EQ(a.municipality_offsets, b.municipality_offsets);
    EXPECT_EQ(a.municipality_rows, b.municipality_rows);
    EXPECT_EQ(a.no_reentry, b.no_reentry);
}

}  // namespace kompas::engine
