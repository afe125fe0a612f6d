#include "cli.hpp"

#include <iostream>

#include "formatters/formatter.hpp"

namespace mtk::cli {

std::string Args::get(const std::string& name, const std::string& fallback) const {
    auto it = options.find(name);
    return it == options.end() || it->second.empty() ? fallback : it->second.back();
}

Args parse_args(const CommandSpec& spec, const std::vector<std::string>& argv) {
    try {
        ParsedLine line = parse_options(spec.options, argv);
        return {std::move(line.options), std::move(line.positional)};
    } catch (const OptionError& e) {
        throw UsageError(spec.name + ": " + e.what() + " (see mtk " + spec.name + " --help)");
    }
}

void print_help(const CommandSpec& spec) {
    write_help(std::cout, spec.options,
               {"mtk " + spec.name, spec.usage, spec.summary + "\n\nOptions:", spec.details, 100});
}

void add_finding_options(OptionSet& options) {
    options.push_back(
        Option("format", "f",
               "output format of the findings: " + formatter_names() + " (default text)")
            .argument("FORMAT"));
    options.push_back(Option("fail-on", "",
                             "lowest severity that makes the exit status 1: "
                             "note|warning|error|never (default error, or the config's failOn)")
                          .argument("SEVERITY"));
    add_config_options(options);
    options.push_back(
        Option("output", "o", "write the findings to FILE (atomically) instead of stdout")
            .argument("FILE"));
    options.push_back(
        Option("max-size", "", "largest input accepted, in MB (default 16)").argument("MB"));
    options.push_back(Option("help", "h", "show this help"));
}

void add_config_options(OptionSet& options) {
    options.push_back(Option("config", "c",
                             "read this .mtk.json instead of searching from the first "
                             "input's folder upward")
                          .argument("FILE"));
    options.push_back(Option("no-config", "", "do not search for a .mtk.json"));
    options.push_back(
        Option("roster", "r", "the body's people (XML, schemas/roster.xsd) for the names/* rules")
            .argument("FILE"));
}

validators::Config config_for(const Args& args) {
    validators::Config cfg;
    try {
        if (args.has("config")) {
            cfg = validators::load_config(args.get("config"));
        } else if (!args.has("no-config") && !args.positional.empty() &&
                   args.positional.front() != "-") {
            if (auto found = validators::find_config(args.positional.front()))
                cfg = validators::load_config(*found);
        }
        if (args.has("roster")) {
            cfg.roster.clear();
            validators::load_roster(args.get("roster"), cfg);
        }
    } catch (const std::runtime_error& e) {
        throw UsageError(e.what());
    }
    return cfg;
}

}  // namespace mtk::cli
