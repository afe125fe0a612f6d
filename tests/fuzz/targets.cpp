#include "targets.hpp"

#include <libxml/parser.h>
#include <stdlib.h>  // mkdtemp

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "mtk/converters/registry.hpp"
#include "mtk/validators/config.hpp"
#include "mtk/validators/registry.hpp"
#include "mtk/xml_io.hpp"
#include "mtk/xsd.hpp"

namespace fs = std::filesystem;

namespace mtk::fuzz {
namespace {

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "mtk fuzz: contract broken: %s\n", what.c_str());
    std::abort();
}

// A private folder for the files that load_config and load_roster read; removed at exit.
class Scratch {
  public:
    Scratch() {
        std::string tmpl = (fs::temp_directory_path() / "mtk-fuzz-XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) fail("cannot create a temporary folder");
        dir_ = tmpl;
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    fs::path write(const std::string& name, std::string_view bytes) const {
        const fs::path p = dir_ / name;
        std::ofstream out(p, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), std::streamsize(bytes.size()));
        if (!out.flush()) fail("cannot write " + p.string());
        return p;
    }

  private:
    fs::path dir_;
};

const Scratch& scratch() {
    static const Scratch s;
    return s;
}

// libxml2 is stricter than pugixml: it rejects characters XML 1.0 does not allow.
bool well_formed(const std::string& xml) {
    xmlDocPtr doc = xmlReadMemory(xml.data(), int(xml.size()), "out.xml", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlFreeDoc(doc);
    return doc != nullptr;
}

// What `mtk check` does with a converted document: serialise it, run every rule on it.
// Our one serialisation must be well-formed XML that reads back to the same document.
void check_converted(const Minutes& m) {
    const std::string xml = to_xml(m);
    if (!well_formed(xml)) fail("converter output is not well-formed XML");
    XmlReadResult back = from_xml(xml);
    if (!back.minutes) fail("converter output does not read back: " + back.error);
    if (to_xml(*back.minutes) != xml)
        fail("converter output changes when read back and written again");
    const validators::Document doc{"fuzz", m, false, xml};
    validators::run_rules(std::span(&doc, 1), validators::Config{});
}

void convert_as(std::string_view format, std::string_view bytes) {
    const converters::ConvertResult r = converters::convert({"fuzz", std::string(bytes)}, format);
    if (r.minutes.has_value() == !r.error.empty())
        fail("convert: expected a model or an error, not both or neither");
    if (r.error.find('\n') != std::string::npos)
        fail("convert: the error is not one line: " + r.error);
    if (r.minutes) check_converted(*r.minutes);
}

void text_target(std::string_view bytes) {
    converters::detect(bytes);  // every converter's sniff() sees the bytes, as with --from auto
    convert_as("text", bytes);
}

void html_target(std::string_view bytes) {
    convert_as("html", bytes);
}

// What `mtk validate` does: read, XSD check, every rule.
void xml_target(std::string_view bytes) {
    XmlReadResult r = from_xml(bytes);
    if (r.minutes.has_value() == !r.error.empty()) fail("from_xml: expected a model or an error");
    if (!r.minutes) {
        // The CLI stops here; Schema::validate must still be safe on anything.
        static const Schema schema(default_schema_path());
        schema.validate(bytes);
        return;
    }
    if (XmlReadResult again = from_xml(to_xml(*r.minutes)); !again.minutes)
        fail("to_xml of a document read from XML does not read back: " + again.error);
    const validators::Document doc{"fuzz.xml", std::move(*r.minutes), true, std::string(bytes)};
    validators::run_rules(std::span(&doc, 1), validators::Config{});
}

// The readers promise std::runtime_error with a one-line reason for anything bad.
template <typename F>
void expect_runtime_error_only(const char* what, F&& f) {
    try {
        f();
    } catch (const std::runtime_error& e) {
        if (std::string_view(e.what()).find('\n') != std::string_view::npos)
            fail(std::string(what) + ": the error is not one line: " + e.what());
    } catch (const std::exception& e) {
        fail(std::string(what) + " threw something other than std::runtime_error: " + e.what());
    }
}

void config_target(std::string_view bytes) {
    const fs::path file = scratch().write(".mtk.json", bytes);
    expect_runtime_error_only("load_config", [&] { validators::load_config(file); });
}

void roster_target(std::string_view bytes) {
    const fs::path file = scratch().write("roster.xml", bytes);
    expect_runtime_error_only("load_roster", [&] {
        validators::Config c;
        validators::load_roster(file, c);
        for (const validators::RosterPerson& p : c.roster)
            if (p.name.empty()) fail("load_roster accepted a person without a name");
    });
}

constexpr std::array kTargets{
    Target{"text", text_target},     Target{"html", html_target},     Target{"xml", xml_target},
    Target{"config", config_target}, Target{"roster", roster_target},
};

}  // namespace

std::span<const Target> all_targets() {
    return kTargets;
}

const Target* find_target(std::string_view name) {
    auto it = std::find_if(kTargets.begin(), kTargets.end(),
                           [&](const Target& t) { return t.name == name; });
    return it == kTargets.end() ? nullptr : &*it;
}

}  // namespace mtk::fuzz
