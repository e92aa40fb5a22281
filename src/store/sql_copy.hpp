// Bulk loading for an SqlDatabase that has it: PostgreSQL's COPY ... FROM STDIN in text format.
// SQLite has no COPY; its SqlDatabase does not implement this (find it with dynamic_cast).
#pragma once

#include <string_view>

#include "core/error.hpp"

namespace kompas {

class SqlCopy {
public:
    virtual ~SqlCopy() = default;
    // Starts the COPY statement `sql`; until CopyEnd the connection runs nothing else.
    virtual Result<void> CopyBegin(std::string_view sql) = 0;
    // Sends rows in COPY's text format (tab between fields, \N for NULL, newline after each row).
    virtual Result<void> CopyData(std::string_view rows) = 0;
    // Finishes the COPY and reports a row that the server refused.
    virtual Result<void> CopyEnd() = 0;
};

}  // namespace kompas
