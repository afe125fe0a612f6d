// One rule = one class in one file (clang-tidy's checks): its metadata, its documentation
// and its check. Rules read the model only, never the converters.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "mtk/diagnostic.hpp"
#include "mtk/model.hpp"
#include "mtk/validators/config.hpp"

namespace mtk::validators {

namespace text {
struct DocumentText;
}
namespace names {
class ListedNames;
}

/// What the rules derive alike from one document's model (its text runs and their words,
/// the parsed names of its people): built on first use (text::text_of, names::listed_names)
/// and shared by every rule that checks the document.
/// It points only at elements the model holds in its containers (people, paragraphs, items),
/// which a move of the model hands over in place: a moved document keeps it (a batch derives
/// it while checking each document, then checks the set it moved the documents into), a
/// copied one starts without it. The model must not change once it is derived. Like the
/// document, it serves one thread at a time.
class DocumentFacts {
  public:
    DocumentFacts() = default;
    DocumentFacts(const DocumentFacts&) noexcept {}
    DocumentFacts(DocumentFacts&&) noexcept = default;
    DocumentFacts& operator=(const DocumentFacts&) noexcept {
        clear();
        return *this;
    }
    DocumentFacts& operator=(DocumentFacts&&) noexcept = default;
    ~DocumentFacts() = default;

    std::shared_ptr<const text::DocumentText> text;
    std::shared_ptr<const names::ListedNames> people;

  private:
    void clear() {
        text.reset();
        people.reset();
    }
};

/// A document under check: its model and the path the user gave.
struct Document {
    std::string path;
    Minutes minutes;
    bool from_xml = false;  ///< findings point at XML lines and carry XPaths
    std::string xml;        ///< the file's XML text, which the XSD check validates when from_xml
                            ///< (otherwise it validates the model's tree: no text needed)
    mutable DocumentFacts facts{};  ///< derived by the rules, on first use
};

/// One option a rule reads from .mtk.json ("rules": {"id": {"options": {...}}}).
struct RuleOption {
    std::string_view name;
    std::string_view default_value;  ///< as JSON text: "1", "true", "\"x\""
    std::string_view description;
};

/// The line a finding about `where` points at: the XML line for XML input, else the source line.
inline int line_of(const Document& doc, const Origin& where) {
    return doc.from_xml ? where.xml_line : where.line;
}

/// "line 12" for messages that refer to another element; "" when the line is unknown.
std::string line_ref(const Document& doc, const Origin& where);

struct RuleInfo {
    std::string_view id;  ///< "area/kebab-name"
    Severity default_severity;
    std::string_view summary;                  ///< one sentence, also the first line of `doc`
    std::string_view doc;                      ///< markdown: what, why, "Bad:", "Good:", "Options:"
    std::span<const RuleOption> options = {};  ///< every option the rule reads; others are refused
};

/// Collects the findings of one rule, turning model origins into file positions.
class Reporter {
  public:
    Reporter(const RuleInfo& info, Severity severity, Diagnostics& out)
        : info_(info), severity_(severity), out_(out) {}

    /// Reports a finding about the element at `where` of document `doc`.
    void report(const Document& doc, const Origin& where, std::string message);
    /// Reports a finding at an explicit position of the document's file (0 = unknown).
    void report_at(const Document& doc, int line, int column, std::string message);

  private:
    const RuleInfo& info_;
    Severity severity_;
    Diagnostics& out_;
};

namespace names {
class Acronyms;
}

/// What several rules derive alike from one set (its acronyms), derived once, on first use.
/// An engine that runs the rules of a set one after the other hands every rule the same one.
class SetFacts {
  public:
    SetFacts();
    ~SetFacts();
    SetFacts(const SetFacts&) = delete;
    SetFacts& operator=(const SetFacts&) = delete;

    const names::Acronyms& acronyms(std::span<const Document> documents, const Config& config);

  private:
    std::unique_ptr<names::Acronyms> acronyms_;
};

/// What a rule sees: the documents of the set, their options and the roster.
struct RuleContext {
    std::span<const Document> documents;
    const RuleOptions& options;  ///< this rule's options from the config (names checked on load)
    const Config& config;
    SetFacts* facts = nullptr;  ///< shared by the rules of this set; null: each derives its own

    /// The integer option `name`, or `fallback` when the config does not set it.
    int option_int(std::string_view name, int fallback) const;
};

class Rule {
  public:
    virtual ~Rule() = default;
    virtual const RuleInfo& info() const = 0;
    /// Checks one document.
    virtual void check(const Document& doc, const RuleContext& ctx, Reporter& out) const = 0;
    /// Checks the whole set (documents given together); most rules need nothing here.
    virtual void check_set(const RuleContext&, Reporter&) const {}
};

}  // namespace mtk::validators
