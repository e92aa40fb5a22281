// A full disk or a failed read or write under the database (issue 13): the person sees a Dutch
// sentence saying that nothing was saved; the database's own words follow in parentheses, for the
// log and the command line. The HTTP layer sends the sentence alone, with a request id.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kompas {

inline constexpr std::string_view kDiskFullMessage =
    "De schijf van de database is vol: de wijziging is niet opgeslagen en er is niets veranderd. "
    "De beheerder moet ruimte vrijmaken; probeer het daarna opnieuw.";
inline constexpr std::string_view kIoErrorMessage =
    "De schijf van de database gaf een lees- of schrijffout: de wijziging is niet opgeslagen en er is niets "
    "veranderd. Meld dit aan de beheerder.";

// "<sentence> (<detail>)": what a store puts in Error::message.
inline std::string StorageFailureMessage(std::string_view sentence, std::string_view detail) {
    return std::string(sentence) + " (" + std::string(detail) + ")";
}

// The sentence alone when `message` holds a storage failure's (an import may put the row it was
// writing in front), else nullopt.
inline std::optional<std::string_view> StorageFailureSentence(std::string_view message) {
    for (const std::string_view sentence : {kDiskFullMessage, kIoErrorMessage}) {
        if (message.find(sentence) != std::string_view::npos) return sentence;
    }
    return std::nullopt;
}

}  // namespace kompas
