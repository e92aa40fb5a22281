// Shared by the libxml2 readers (xlsx_reader.cpp, ijw_xml.cpp): one-time initialisation, and a
// scope in which libxml2's messages are collected instead of printed to stderr. Errors can quote
// the document's content (a BSN, a name), so callers show them only through DutchMessage.
#pragma once

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/xml_message.hpp"

namespace kompas::xml {

inline void Init() {
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

struct Message {
    int line = 0;
    int column = 0;
    std::string text;  // as libxml2 wrote it; may contain document content
};

inline void IgnoreGeneric(void*, const char*, ...) {}

// While alive, libxml2 errors on this thread go to messages() (at most kMax kept).
class ErrorScope {
public:
    static constexpr std::size_t kMax = 20;

    ErrorScope()
        : previous_structured_(xmlStructuredError),
          previous_structured_context_(xmlStructuredErrorContext),
          previous_generic_(xmlGenericError),
          previous_generic_context_(xmlGenericErrorContext) {
        Init();
        xmlSetGenericErrorFunc(nullptr, IgnoreGeneric);
        xmlSetStructuredErrorFunc(this, Handler());
    }
    ErrorScope(const ErrorScope&) = delete;
    ErrorScope& operator=(const ErrorScope&) = delete;
    ~ErrorScope() {
        xmlSetStructuredErrorFunc(previous_structured_context_, previous_structured_);
        xmlSetGenericErrorFunc(previous_generic_context_, previous_generic_);
    }

    // For libxml2 contexts with their own error callbacks (schema parsing and validation); pass
    // `this` as the context. A generic lambda, so that it fits both the older (xmlErrorPtr) and
    // the newer (const xmlError*) signature.
    static xmlStructuredErrorFunc Handler() {
        return [](void* self, auto* error) {
            if (error != nullptr) static_cast<ErrorScope*>(self)->Add(error->line, error->int2, error->message);
        };
    }

    void Add(int line, int column, const char* text) {
        ++count_;
        if (messages_.size() >= kMax) return;
        std::string message = text != nullptr ? text : "";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
        messages_.push_back({line, column, std::move(message)});
    }
    const std::vector<Message>& messages() const { return messages_; }
    std::size_t count() const { return count_; }
    void Clear() {
        messages_.clear();
        count_ = 0;
    }

private:
    xmlStructuredErrorFunc previous_structured_;
    void* previous_structured_context_;
    xmlGenericErrorFunc previous_generic_;
    void* previous_generic_context_;
    std::vector<Message> messages_;
    std::size_t count_ = 0;
};

}  // namespace kompas::xml
