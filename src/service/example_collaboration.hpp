// The demo's worked example collaboration (issue 15): on the first start with the demo account,
// Kompas builds one collaboration for Almere that shows the method end to end, through the same
// service functions a person would use (so every step is validated and audited):
// partners, agreements, an ambition, two societal results on the demo's real CBS indicators with
// their real baselines, a signal, and a closed evaluation round with an answer of every partner.
// The collaboration is marked as example data; its CBS figures are real, the rest is made up.
#pragma once

#include <optional>
#include <string>

#include "core/error.hpp"
#include "store/store.hpp"

namespace kompas {

inline constexpr std::string_view kExampleCollaborationName = "Samen sterk voor de jeugd van Almere (voorbeeld)";

// Creates the example when none exists yet and returns its id; nullopt when one exists already
// (a second start adds nothing), or when the demo account (demo@kompas.local) or the demo's
// figures for Almere (GM0034) are missing, so that there is nothing honest to build on.
Result<std::optional<std::string>> EnsureExampleCollaboration(Store& store);

}  // namespace kompas
