// Subcommand option parsing (options.hpp) and --help text.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "io.hpp"
#include "mtk/validators/config.hpp"
#include "options.hpp"

namespace mtk::cli {

/// The parsed command line of one subcommand.
struct Args {
    std::map<std::string, std::vector<std::string>> options;  ///< full name -> values
    std::vector<std::string> positional;

    bool has(const std::string& name) const { return options.count(name) > 0; }
    /// The last value given for `name`, or `fallback`.
    std::string get(const std::string& name, const std::string& fallback = {}) const;
};

/// One subcommand's interface: its options and the text of its --help.
struct CommandSpec {
    std::string name;     ///< "convert"
    std::string usage;    ///< "INPUT... [-o OUT]"
    std::string summary;  ///< one line
    std::string details;  ///< paragraphs after the options: exit codes, examples
    OptionSet options;
};

/// Parses argv[first..]. Throws UsageError on unknown options or missing arguments.
Args parse_args(const CommandSpec& spec, const std::vector<std::string>& argv);

/// Prints the --help page of a subcommand.
void print_help(const CommandSpec& spec);

/// The --max-size option in bytes (kDefaultMaxInputBytes when absent).
std::uintmax_t max_input_bytes(const Args& args);

/// Options shared by validate and check (includes the config options).
void add_finding_options(OptionSet& options);

/// --config, --no-config and --roster.
void add_config_options(OptionSet& options);

/// The rules' configuration: --config, else a .mtk.json searched from the first input's
/// folder upward (unless --no-config), then --roster. Throws UsageError.
validators::Config config_for(const Args& args);

}  // namespace mtk::cli
