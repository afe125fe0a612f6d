// Scraped HTML pages of minutes, parsed with libxml2's HTML parser. The page is decoded
// (html/charset), parsed (html/parse), reduced to its main content (html/main_content),
// turned into logical lines (html/blocks) and handed to the shared layout rules
// (layout/assemble), so HTML and text minutes follow one set of rules.
#pragma once

#include "mtk/converters/converter.hpp"

namespace mtk::converters {

class HtmlConverter final : public Converter {
  public:
    std::string_view name() const override { return "html"; }
    /// 95 for a page that starts with a doctype, <html> or an XML declaration before <html>
    /// (0 for other XML); 80 for a fragment whose lines are mostly markup (scribe.perl output
    /// stored as .md); 0 for text with a stray tag.
    int sniff(std::string_view bytes) const override;
    /// Fails with "no minutes found ..." for a page without minutes (a 404 or search page).
    /// Warns (convert/encoding) when the charset had to be guessed, and
    /// (convert/nesting-too-deep) when libxml2 stopped at its nesting limit.
    ConvertResult convert(const SourceDocument& doc) const override;
};

}  // namespace mtk::converters
