// JSON forms of the quality dialogue, exactly as docs/api/openapi.yaml describes them (schemas
// DialogueSummary, Dialogue, AgendaItem, AgendaFigure, DialogueAnswer, FollowUpQuestion).
#pragma once

#include <nlohmann/json.hpp>

#include "core/dialogue.hpp"
#include "service/dialogues.hpp"

namespace kompas {

nlohmann::json ToJson(const Dialogue& dialogue);  // DialogueSummary
nlohmann::json ToJson(const DialogueView& view);  // Dialogue
nlohmann::json ToJson(const FollowUpQuestion& question);

}  // namespace kompas
