#include <iomanip>
#include <iostream>

#include "cli.hpp"
#include "commands.hpp"
#include "mtk/validators/registry.hpp"

namespace mtk::cli {

int run_rules(const std::vector<std::string>& argv) {
    CommandSpec spec;
    spec.name = "rules";
    spec.usage = "[ID]";
    spec.summary =
        "Lists every rule (id, default severity, summary), or prints the documentation of rule ID.";
    spec.options.push_back(Option("help", "h", "show this help"));
    spec.details = "Rules are set per project in .mtk.json (see mtk check --help).";
    const Args args = parse_args(spec, argv);
    if (args.has("help")) {
        print_help(spec);
        return 0;
    }
    if (args.positional.empty()) {
        for (const auto& r : validators::all_rules()) {
            const auto& i = r->info();
            std::cout << std::left << std::setw(34) << i.id << std::setw(8)
                      << to_string(i.default_severity) << ' ' << i.summary << '\n';
        }
        return 0;
    }
    for (const std::string& id : args.positional) {
        const validators::Rule* r = validators::find_rule(id);
        if (!r) throw UsageError("rules: no rule '" + id + "' (mtk rules lists them)");
        const auto& i = r->info();
        std::cout << i.id << " (default severity: " << to_string(i.default_severity) << ")\n\n"
                  << i.doc << '\n';
    }
    return 0;
}

}  // namespace mtk::cli
