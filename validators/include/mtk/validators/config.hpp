// .mtk.json and the roster: what users set.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "mtk/diagnostic.hpp"

namespace mtk::validators {

/// A rule's options as key -> scalar value as text ("3", "true", "abc").
using RuleOptions = std::map<std::string, std::string, std::less<>>;

/// One person of a roster (schemas/roster.xsd, namespace urn:mtk:roster:1).
struct RosterPerson {
    std::string name;  ///< canonical
    std::string initials;
    std::vector<std::string>
        aliases;  ///< other ways the person is written (short names, old names)
};

struct Config {
    std::map<std::string, bool> enabled;         ///< rule id -> on/off (absent: default on)
    std::map<std::string, Severity> severities;  ///< rule id -> overridden severity
    std::map<std::string, RuleOptions> options;  ///< rule id -> options
    std::set<std::string> acronyms;              ///< never taken for initials
    std::vector<RosterPerson> roster;
    std::optional<Severity> fail_on;  ///< from the config; --fail-on wins
    std::filesystem::path path;       ///< where it was read from, if anywhere
};

/// Reads a .mtk.json file: {"rules": {ID: "off"|SEVERITY|{"enabled", "severity", "options"}},
/// "acronyms": [...], "roster": "path relative to the file", "failOn": SEVERITY}.
/// Throws std::runtime_error with a one-line "file: reason" for JSON that does not parse,
/// unknown keys, rule ids that no rule has, options the rule does not read and bad values.
Config load_config(const std::filesystem::path& file);

/// Finds .mtk.json from `start` (a file or folder) upward; nullopt when none.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

/// Reads a roster XML file into `config.roster` after validating it against
/// schemas/roster.xsd (beside the minutes schema, see mtk::default_schema_path) with
/// libxml2: no network, no DTD, no entities. Throws std::runtime_error with a one-line
/// "file:line: reason" when the file cannot be read or does not validate.
void load_roster(const std::filesystem::path& file, Config& config);

/// Where schemas/roster.xsd is: beside the minutes schema in use.
std::filesystem::path roster_schema_path();

}  // namespace mtk::validators
