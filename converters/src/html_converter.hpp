// Scraped HTML pages of minutes, parsed with libxml2's HTML parser.
#pragma once

#include "mtk/converters/converter.hpp"

namespace mtk::converters {

class HtmlConverter final : public Converter {
public:
    std::string_view name() const override { return "html"; }
    int sniff(std::string_view bytes) const override;
    ConvertResult convert(const SourceDocument& doc) const override;
};

}  // namespace mtk::converters
