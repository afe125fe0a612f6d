#include "mtk/validators/rule.hpp"

namespace mtk::validators {

void Reporter::report(const Document& doc, const Origin& where, std::string message) {
    Diagnostic d;
    d.rule = std::string(info_.id);
    d.severity = severity_;
    d.message = std::move(message);
    d.file = doc.path;
    d.line = doc.from_xml ? where.xml_line : where.line;
    if (doc.from_xml) d.xpath = where.xpath;
    out_.push_back(std::move(d));
}

void Reporter::report_at(const Document& doc, int line, int column, std::string message) {
    Diagnostic d;
    d.rule = std::string(info_.id);
    d.severity = severity_;
    d.message = std::move(message);
    d.file = doc.path;
    d.line = line;
    d.column = column;
    out_.push_back(std::move(d));
}

}  // namespace mtk::validators
