// Plain-text and markdown minutes.
#pragma once

#include "mtk/converters/converter.hpp"

namespace mtk::converters {

class TextConverter final : public Converter {
  public:
    std::string_view name() const override { return "text"; }
    int sniff(std::string_view bytes) const override;
    ConvertResult convert(const SourceDocument& doc) const override;
};

}  // namespace mtk::converters
