#include "mtk/validators/config.hpp"

#include <algorithm>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <stdexcept>

#include "mtk/json.hpp"
#include "mtk/validators/registry.hpp"
#include "mtk/xsd.hpp"

namespace mtk::validators {
namespace {

using json::Value;

// Config and roster files are small; a FIFO, a device ("/dev/zero") or a huge file named by
// a .mtk.json found upward must not hang or exhaust memory.
constexpr std::uintmax_t kMaxConfigBytes = 4u * 1024 * 1024;

std::string read_file(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw std::runtime_error(file.string() + ": not a regular file");
    if (std::filesystem::file_size(file, ec) > kMaxConfigBytes)
        throw std::runtime_error(file.string() +
                                 ": larger than 4 MB, too large for a config or roster");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot read file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string one_line(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    std::replace(s.begin(), s.end(), '\r', ' ');
    return s;
}

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& why) {
    // A path can hold a line break too (a roster named "a\nb" in the JSON).
    throw std::runtime_error(one_line(file.string() + ": " + why));
}

Severity severity_of(const std::filesystem::path& file, const std::string& what,
                     const std::string& s) {
    auto sev = parse_severity(s);
    if (!sev) fail(file, what + ": expected note, warning, error or off, not '" + s + "'");
    return *sev;
}

// "off" disables the rule; anything else must be a severity.
void set_level(const std::filesystem::path& file, const std::string& id, const std::string& level,
               Config& c) {
    if (level == "off")
        c.enabled[id] = false;
    else
        c.severities[id] = severity_of(file, "rule '" + id + "'", level);
}

void read_options(const std::filesystem::path& file, const Rule& rule, const Value& opts,
                  Config& c) {
    const std::string id(rule.info().id);
    for (const auto& member : opts.as_object()) {
        const std::string& key =
            member.first;  // (a structured binding: clang 14 cannot capture it)
        const Value& v = member.second;
        const auto& known = rule.info().options;
        const auto o = std::find_if(known.begin(), known.end(),
                                    [&](const RuleOption& o) { return o.name == key; });
        if (o == known.end())
            fail(file,
                 "rule '" + id + "' has no option '" + key + "' (mtk rules " + id + " lists them)");
        // The default's JSON type is the option's type.
        const std::string what = "rule '" + id + "', option '" + key + "': expected ";
        if (o->default_value == "true" || o->default_value == "false") {
            if (!v.is_bool()) fail(file, what + "true or false");
        } else if (o->default_value.find_first_not_of("-0123456789") == std::string_view::npos) {
            if (!v.is_integer()) fail(file, what + "an integer");
        } else if (!v.is_string()) {
            fail(file, what + "a string");
        }
        c.options[id][key] = v.scalar_text();
    }
}

void read_rules(const std::filesystem::path& file, const Value& rules, Config& c) {
    for (const auto& [id, v] : rules.as_object()) {
        const Rule* rule = find_rule(id);
        if (!rule) fail(file, "unknown rule '" + id + "' (mtk rules lists them)");
        if (v.is_string()) {
            set_level(file, id, v.as_string(), c);
            continue;
        }
        if (!v.is_object())
            fail(file, "rule '" + id + "': expected a severity string or an object");
        for (const auto& [key, member] : v.as_object())
            if (key != "enabled" && key != "severity" && key != "options")
                fail(file, "rule '" + id + "': unknown key '" + key +
                               "' (known: enabled, severity, options)");
        if (const Value* enabled = v.find("enabled")) {
            if (!enabled->is_bool()) fail(file, "rule '" + id + "': enabled must be true or false");
            c.enabled[id] = enabled->as_bool();
        }
        if (const Value* severity = v.find("severity")) {
            if (!severity->is_string()) fail(file, "rule '" + id + "': severity must be a string");
            set_level(file, id, severity->as_string(), c);
        }
        if (const Value* opts = v.find("options")) {
            if (!opts->is_object()) fail(file, "rule '" + id + "': options must be an object");
            read_options(file, *rule, *opts, c);
        }
    }
}

std::string_view local_name(const pugi::xml_node& n) {
    const std::string_view name = n.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

Config load_config(const std::filesystem::path& file) {
    const std::string text = read_file(file);
    Value root;
    try {
        root = json::parse(text);
    } catch (const json::ParseError& e) {
        fail(file, std::string("not valid JSON: ") + e.what());
    }
    if (!root.is_object()) fail(file, "not a JSON object");
    Config c;
    c.path = file;
    for (const auto& [key, v] : root.as_object())
        if (key != "rules" && key != "acronyms" && key != "roster" && key != "failOn" &&
            key != "$schema")
            fail(file, "unknown key '" + key + "' (known: rules, acronyms, roster, failOn)");
    if (const Value* rules = root.find("rules")) {
        if (!rules->is_object()) fail(file, "'rules' must be an object");
        read_rules(file, *rules, c);
    }
    if (const Value* acr = root.find("acronyms")) {
        if (!acr->is_array()) fail(file, "'acronyms' must be an array of strings");
        for (const Value& a : acr->as_array()) {
            if (!a.is_string()) fail(file, "'acronyms' must be an array of strings");
            c.acronyms.insert(a.as_string());
        }
    }
    for (const char* key : {"failOn", "roster"})
        if (const Value* v = root.find(key); v && !v->is_string())
            fail(file, std::string("'") + key + "' must be a string");
    if (const Value* fail_on = root.find("failOn"))
        c.fail_on = severity_of(file, "failOn", fail_on->as_string());
    if (const Value* roster_value = root.find("roster")) {
        std::filesystem::path roster = roster_value->as_string();
        if (roster.is_relative()) roster = file.parent_path() / roster;
        load_roster(roster, c);
    }
    return c;
}

std::optional<std::filesystem::path> find_config(const std::filesystem::path& start) {
    std::error_code ec;
    std::filesystem::path dir = std::filesystem::absolute(start, ec);
    if (ec) return std::nullopt;
    if (!std::filesystem::is_directory(dir, ec)) dir = dir.parent_path();
    while (!dir.empty()) {
        const auto candidate = dir / ".mtk.json";
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
        if (dir == dir.root_path()) break;
        dir = dir.parent_path();
    }
    return std::nullopt;
}

std::filesystem::path roster_schema_path() {
    return std::filesystem::path(default_schema_path()).parent_path() / "roster.xsd";
}

void load_roster(const std::filesystem::path& file, Config& config) {
    const std::string text = read_file(file);
    // One compiled schema per thread, as for the minutes schema.
    thread_local const Schema schema(roster_schema_path().string());
    const std::vector<SchemaError> errors = schema.validate(text);
    if (!errors.empty()) {
        const SchemaError& e = errors.front();
        throw std::runtime_error(file.string() + ":" + std::to_string(e.line) +
                                 ": roster does not match " +
                                 "schemas/roster.xsd: " + one_line(e.message));
    }
    pugi::xml_document doc;
    const auto res =
        doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!res) fail(file, std::string("roster is not well-formed XML: ") + res.description());
    for (pugi::xml_node p : doc.document_element().children()) {
        if (p.type() != pugi::node_element || local_name(p) != "person") continue;
        RosterPerson rp;
        rp.initials = p.attribute("initials").as_string();
        for (pugi::xml_node c : p.children()) {
            if (local_name(c) == "name") rp.name = c.text().as_string();
            if (local_name(c) == "alias") rp.aliases.emplace_back(c.text().as_string());
        }
        config.roster.push_back(std::move(rp));
    }
}

}  // namespace mtk::validators
