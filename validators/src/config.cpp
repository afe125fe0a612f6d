#include "mtk/validators/config.hpp"

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>
#include <pugixml.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace mtk::validators {
namespace {

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot read file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& why) {
    throw std::runtime_error(file.string() + ": " + why);
}

Severity severity_of(const std::filesystem::path& file, const std::string& rule, const std::string& s) {
    auto sev = parse_severity(s);
    if (!sev) fail(file, "rule '" + rule + "': severity must be note, warning, error or off, not '" + s + "'");
    return *sev;
}

}  // namespace

Config load_config(const std::filesystem::path& file) {
    const std::string text = read_file(file);
    Poco::JSON::Object::Ptr root;
    try {
        Poco::JSON::Parser parser;
        root = parser.parse(text).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception& e) {
        fail(file, "not valid JSON: " + e.displayText());
    } catch (const std::exception& e) {
        fail(file, std::string("not a JSON object: ") + e.what());
    }
    if (!root) fail(file, "not a JSON object");
    Config c;
    c.path = file;
    for (const auto& key : root->getNames())
        if (key != "rules" && key != "acronyms" && key != "roster" && key != "failOn" && key != "$schema")
            fail(file, "unknown key '" + key + "' (known: rules, acronyms, roster, failOn)");
    try {
        if (auto rules = root->getObject("rules")) {
            for (const auto& id : rules->getNames()) {
                const Poco::Dynamic::Var v = rules->get(id);
                if (v.isString()) {
                    const std::string s = v.toString();
                    if (s == "off") c.enabled[id] = false;
                    else c.severities[id] = severity_of(file, id, s);
                    continue;
                }
                auto obj = rules->getObject(id);
                if (!obj) fail(file, "rule '" + id + "': expected a severity string or an object");
                if (obj->has("enabled")) c.enabled[id] = obj->getValue<bool>("enabled");
                if (obj->has("severity")) {
                    const std::string s = obj->getValue<std::string>("severity");
                    if (s == "off") c.enabled[id] = false;
                    else c.severities[id] = severity_of(file, id, s);
                }
                if (auto opts = obj->getObject("options"))
                    for (const auto& k : opts->getNames()) c.options[id][k] = opts->get(k).toString();
            }
        }
        if (auto acr = root->getArray("acronyms"))
            for (std::size_t i = 0; i < acr->size(); ++i) c.acronyms.insert(acr->getElement<std::string>(unsigned(i)));
        if (root->has("failOn")) c.fail_on = severity_of(file, "failOn", root->getValue<std::string>("failOn"));
        if (root->has("roster")) {
            std::filesystem::path roster = root->getValue<std::string>("roster");
            if (roster.is_relative()) roster = file.parent_path() / roster;
            load_roster(roster, c);
        }
    } catch (const Poco::Exception& e) {
        fail(file, "wrong value type: " + e.displayText());
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

void load_roster(const std::filesystem::path& file, Config& config) {
    const std::string text = read_file(file);
    pugi::xml_document doc;
    const auto res = doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!res) fail(file, std::string("roster is not well-formed XML: ") + res.description());
    pugi::xml_node root = doc.document_element();
    if (std::string_view(root.name()) != "roster") fail(file, "roster root element must be <roster>");
    for (pugi::xml_node p : root.children("person")) {
        RosterPerson rp;
        rp.name = p.child("name").text().as_string();
        rp.initials = p.attribute("initials").as_string();
        for (pugi::xml_node a : p.children("alias")) rp.aliases.emplace_back(a.text().as_string());
        if (rp.name.empty()) fail(file, "roster person without <name>");
        config.roster.push_back(std::move(rp));
    }
}

}  // namespace mtk::validators
