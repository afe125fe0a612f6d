#include "html_converter.hpp"

namespace mtk::converters {

int HtmlConverter::sniff(std::string_view) const { return 0; }

ConvertResult HtmlConverter::convert(const SourceDocument&) const {
    ConvertResult r;
    r.error = "the HTML converter is not built yet";
    return r;
}

}  // namespace mtk::converters
