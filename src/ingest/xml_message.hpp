// libxml2's messages in Dutch and without the document's values, for the readers that use libxml2
// (ijw_xml.cpp, xlsx_reader.cpp). Kept apart from libxml_guard.hpp so that it needs no libxml2 header.
#pragma once

#include <string>
#include <string_view>

namespace kompas::xml {

// A libxml2 message (parser or XML Schema validation) as a Dutch sentence that names the element
// and the rule it broke but never the value: the common messages are recognised and rewritten,
// anything else becomes a general sentence about the element (validation) or the XML (parser).
// Nothing of libxml2's own text is passed through but element, attribute and XSD type names.
std::string DutchMessage(std::string_view text);

}  // namespace kompas::xml
