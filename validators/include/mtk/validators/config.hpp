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

/// A rule's options as key -> JSON-ish scalar text.
using RuleOptions = std::map<std::string, std::string>;

struct RosterPerson {
    std::string name;  ///< canonical
    std::string initials;
    std::vector<std::string> aliases;
};

struct Config {
    std::map<std::string, bool> enabled;           ///< rule id -> on/off (absent: default on)
    std::map<std::string, Severity> severities;    ///< rule id -> overridden severity
    std::map<std::string, RuleOptions> options;    ///< rule id -> options
    std::set<std::string> acronyms;                ///< never taken for initials
    std::vector<RosterPerson> roster;
    std::optional<Severity> fail_on;               ///< from the config; --fail-on wins
    std::filesystem::path path;                    ///< where it was read from, if anywhere
};

/// Reads a .mtk.json file. Throws std::runtime_error with a one-line "file:line: reason".
Config load_config(const std::filesystem::path& file);

/// Finds .mtk.json from `start` (a file or folder) upward; nullopt when none.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

/// Reads a roster XML file (schemas/roster.xsd) into `config.roster`. Throws
/// std::runtime_error with a one-line reason naming the file.
void load_roster(const std::filesystem::path& file, Config& config);

}  // namespace mtk::validators
