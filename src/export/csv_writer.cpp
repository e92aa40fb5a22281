#include "export/csv_writer.hpp"

#include <charconv>
#include <cmath>
#include <string_view>

namespace kompas {
namespace {

void AppendText(std::string& out, const std::string& text) {
    const bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
    const bool quote = text.find_first_of(",\"\r\n") != std::string::npos;
    if (quote) out += '"';
    if (formula) out += '\'';
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    if (quote) out += '"';
}

void AppendNumber(std::string& out, double value) {
    if (!std::isfinite(value)) return;
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (error == std::errc()) out.append(buffer, end);
}

}  // namespace

std::string WriteCsv(const ExportTable& table) {
    std::string out;
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0) out += ',';
            if (const auto* text = std::get_if<std::string>(&row[c])) {
                AppendText(out, *text);
            } else if (const auto* number = std::get_if<double>(&row[c])) {
                AppendNumber(out, *number);
            }
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace kompas
