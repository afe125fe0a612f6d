#include "cli.hpp"

#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>

#include <iostream>

#include "formatters/formatter.hpp"

using Poco::Util::Option;

namespace mtk::cli {

std::string Args::get(const std::string& name, const std::string& fallback) const {
    auto it = options.find(name);
    return it == options.end() || it->second.empty() ? fallback : it->second.back();
}

Args parse_args(const CommandSpec& spec, const std::vector<std::string>& argv) {
    Args args;
    Poco::Util::OptionProcessor proc(spec.options);
    proc.setUnixStyle(true);
    try {
        // Poco handles "--" (the rest is positional), "-" (stdin, positional) and an
        // option's value given as the next argument.
        for (const std::string& a : argv) {
            std::string name, value;
            if (!proc.process(a, name, value))
                args.positional.push_back(a);
            else if (!name.empty())
                args.options[name].push_back(value);
        }
        proc.checkRequired();
    } catch (const Poco::Util::OptionException& e) {
        throw UsageError(spec.name + ": " + e.displayText() + " (see mtk " + spec.name +
                         " --help)");
    }
    return args;
}

void print_help(const CommandSpec& spec) {
    Poco::Util::HelpFormatter help(spec.options);
    help.setUnixStyle(true);
    help.setCommand("mtk " + spec.name);
    help.setUsage(spec.usage);
    help.setHeader(spec.summary + "\n\nOptions:");
    help.setFooter(spec.details);
    help.setWidth(100);
    help.format(std::cout);
}

void add_finding_options(Poco::Util::OptionSet& options) {
    options.addOption(
        Option("format", "f",
               "output format of the findings: " + formatter_names() + " (default text)")
            .argument("FORMAT"));
    options.addOption(Option("fail-on", "",
                             "lowest severity that makes the exit status 1: "
                             "note|warning|error|never (default error, or the config's failOn)")
                          .argument("SEVERITY"));
    add_config_options(options);
    options.addOption(
        Option("output", "o", "write the findings to FILE (atomically) instead of stdout")
            .argument("FILE"));
    options.addOption(
        Option("max-size", "", "largest input accepted, in MB (default 16)").argument("MB"));
    options.addOption(Option("help", "h", "show this help"));
}

void add_config_options(Poco::Util::OptionSet& options) {
    options.addOption(Option("config", "c",
                             "read this .mtk.json instead of searching from the first "
                             "input's folder upward")
                          .argument("FILE"));
    options.addOption(Option("no-config", "", "do not search for a .mtk.json"));
    options.addOption(
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
