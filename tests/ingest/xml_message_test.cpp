// libxml2's messages in Dutch: the messages libxml2 2.9 writes (copied from its output) name the
// element and the rule, never the value; what is not recognised becomes a general sentence.
#include "ingest/xml_message.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kompas::xml {
namespace {

const std::string kNs = "{http://www.istandaarden.nl/ijw/3_2/jw305/schema}";
const std::string kBasis = "{http://www.istandaarden.nl/ijw/3_2/basisschema/schema}";

TEST(XmlMessageTest, ValidationMessages) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"Element '" + kNs + "Naam': This element is not expected. Expected is ( " + kNs + "Geslacht ).",
         "element Naam hoort hier niet; verwacht: Geslacht"},
        {"Element '" + kNs + "X': This element is not expected. Expected is one of ( " + kNs + "A, " + kNs + "B ).",
         "element X hoort hier niet; verwacht een van: A, B"},
        {"Element '" + kNs + "Client': Missing child element(s). Expected is ( " + kNs + "Bsn ).",
         "in element Client ontbreekt een verplicht element; verwacht: Bsn"},
        {"Element '" + kNs +
             "Bsn': [facet 'pattern'] The value ''999900146' is not accepted by the pattern "
             "'[0-9]{9}'.",
         "de waarde van element Bsn heeft niet de vorm die het schema voorschrijft (patroon [0-9]{9})"},
        {"Element '" + kNs +
             "Bsn': [facet 'maxLength'] The value has a length of '10'; this exceeds the allowed "
             "maximum length of '9'.",
         "de waarde van element Bsn is te lang (ten hoogste 9 tekens)"},
        {"Element '" + kNs +
             "Bsn': [facet 'minLength'] The value has a length of '0'; this underruns the allowed "
             "minimum length of '1'.",
         "de waarde van element Bsn is te kort (ten minste 1 teken)"},
        {"Element '" + kNs +
             "Bsn': [facet 'length'] The value has a length of '8'; this differs from the allowed "
             "length of '9'.",
         "de waarde van element Bsn moet precies 9 tekens lang zijn"},
        {"Element '" + kNs +
             "Geslacht': [facet 'enumeration'] The value '999900146' is not an element of the set "
             "{'0', '1', '2'}.",
         "de waarde van element Geslacht is geen toegestane code (toegestaan: 0, 1, 2)"},
        {"Element '" + kNs +
             "ToewijzingNummer': [facet 'maxInclusive'] The value '30020199999' is greater than the "
             "maximum value allowed ('999999999').",
         "de waarde van element ToewijzingNummer is groter dan het schema toestaat"},
        {"Element '" + kNs + "Begindatum': '999-900-146' is not a valid value of the atomic type '" + kBasis +
             "LDT_Datum'.",
         "de waarde van element Begindatum is geen geldige datum (JJJJ-MM-DD)"},
        {"Element '" + kNs +
             "Header': Character content other than whitespace is not allowed because the content "
             "type is 'element-only'.",
         "element Header mag geen tekst bevatten, alleen andere elementen"},
        {"Element '" + kNs + "Geslacht', attribute 'a': The attribute 'a' is not allowed.",
         "attribuut a is bij element Geslacht niet toegestaan"},
        {"Element '" + kNs + "Bsn': Something libxml2 may say one day about '999900146'.",
         "het bericht voldoet niet aan het XSD-schema bij element Bsn"},
    };
    for (const auto& [english, dutch] : cases) EXPECT_EQ(DutchMessage(english), dutch) << english;
}

TEST(XmlMessageTest, AValueThatImitatesTheMessageIsNotTakenForTheSchema) {
    // The pattern and the codes are read from the end, where the value cannot reach.
    const std::string value = "x' is not accepted by the pattern '999900146'. ";
    const std::string text = "Element '" + kNs + "Bsn': [facet 'pattern'] The value '" + value +
                             "' is not accepted by the pattern '[0-9]{9}'.";
    EXPECT_EQ(DutchMessage(text),
              "de waarde van element Bsn heeft niet de vorm die het schema voorschrijft (patroon [0-9]{9})");
    const std::string codes = "Element '" + kNs +
                              "Geslacht': [facet 'enumeration'] The value 'is not an element of the set {'999900146'}' "
                              "is not an element of the set {'0', '1'}.";
    EXPECT_EQ(DutchMessage(codes), "de waarde van element Geslacht is geen toegestane code (toegestaan: 0, 1)");
}

TEST(XmlMessageTest, ParserMessages) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"Opening and ending tag mismatch: b line 1 and a", "de eindtag a past niet bij de begintag b (regel 1)"},
        {"Premature end of data in tag Geslachtsnaam line 25",
         "het bestand houdt op voordat element Geslachtsnaam (regel 25) is afgesloten"},
        {"Couldn't find end of Start Tag Voorvoegs line 27",
         "de begintag van element Voorvoegs (regel 27) is niet afgesloten met '>'"},
        {"Start tag expected, '<' not found", "er staat geen XML-element aan het begin ('<' ontbreekt)"},
        {"Document is empty", "het document is leeg"},
        {"Extra content at the end of the document", "na het einde van het hoofdelement staat nog tekst"},
        {"Input is not proper UTF-8, indicate encoding !\nBytes: 0xFF 0x39 0x39 0x39",
         "de tekst is geen geldige UTF-8; sla het bestand op als UTF-8"},
        {"CData section not finished\n999900146</", "een CDATA-sectie is niet afgesloten"},
        {"Entity 'x' not defined", "een onbekende entiteit of een niet gedeclareerd namespace-voorvoegsel"},
        {"Something new about 999900146", "het bestand is geen geldige XML"},
    };
    for (const auto& [english, dutch] : cases) EXPECT_EQ(DutchMessage(english), dutch) << english;
}

}  // namespace
}  // namespace kompas::xml
