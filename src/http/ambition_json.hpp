// JSON forms of ambitions, societal results, signals, progress and dashboard rows, exactly as
// docs/api/openapi.yaml describes them (schemas Ambition, AmbitionDetail, SocietalResult, Signal,
// Point, Progress and DashboardRow).
#pragma once

#include <nlohmann/json.hpp>

#include "core/ambition.hpp"
#include "core/history.hpp"

namespace kompas {

nlohmann::json ToJson(const Ambition& ambition);
nlohmann::json ToJson(const AmbitionDetail& detail);  // the Ambition plus "results_list" and "signal_list"
nlohmann::json ToJson(const SocietalResult& result);
nlohmann::json ToJson(const Signal& signal);
nlohmann::json ToJson(const ProgressPoint& point);
nlohmann::json ToJson(const ResultProgress& progress);
nlohmann::json ToJson(const DashboardRow& row);
nlohmann::json ToJson(const HistoryEntry& entry);  // issue 12: schema HistoryEntry

}  // namespace kompas
