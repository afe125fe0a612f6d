// report: a summary of a batch's manifest (totals, findings per rule, worst files, failures).
#include <iostream>
#include <sstream>

#include "batch/manifest.hpp"
#include "batch/report.hpp"
#include "cli.hpp"
#include "commands.hpp"

namespace fs = std::filesystem;

namespace mtk::cli {

int run_report(const std::vector<std::string>& argv) {
    CommandSpec spec;
    spec.name = "report";
    spec.usage = "[options] OUT";
    spec.summary =
        "Summarises the manifest of `mtk convert ... -o OUT`: totals, findings per rule, worst "
        "files, failures, slowest files.";
    spec.options.push_back(Option("format", "f",
                                  "text|json|html (default text); html is one self-contained "
                                  "page with a chart")
                               .argument("FORMAT"));
    spec.options.push_back(
        Option("top", "n", "how many worst, failed and slowest files to list (default 20)")
            .argument("N"));
    spec.options.push_back(
        Option("output", "o", "write to FILE (atomically) instead of stdout").argument("FILE"));
    spec.options.push_back(Option("help", "h", "show this help"));
    spec.details =
        "OUT is the output folder (its mtk-manifest.sqlite is read) or a manifest file.\n\n"
        "examples:\n  mtk report xml/\n  mtk report --format html -o report.html xml/";
    const Args args = parse_args(spec, argv);
    if (args.has("help")) {
        print_help(spec);
        return 0;
    }
    if (args.positional.size() != 1)
        throw UsageError("report: give one output folder (see mtk report --help)");
    const std::string format = args.get("format", "text");
    const auto write = format == "text"   ? batch::report_text
                       : format == "json" ? batch::report_json
                       : format == "html" ? batch::report_html
                                          : nullptr;
    if (!write) throw UsageError("--format: expected text, json or html, not '" + format + "'");
    std::size_t top = 20;
    try {
        top = std::stoul(args.get("top", "20"));
    } catch (const std::exception&) {
        throw UsageError("--top: expected a number, not '" + args.get("top") + "'");
    }

    const fs::path out = args.positional.front();
    const fs::path file =
        fs::is_directory(out) ? batch::Manifest::file_for(out, std::nullopt) : out;
    if (!fs::is_regular_file(file))
        throw UsageError(file.string() + ": no manifest (run `mtk convert ... -o " + out.string() +
                         "` first, or `mtk manifest merge` for shards)");
    batch::Manifest manifest(file, MTK_VERSION);
    const batch::ManifestSummary summary = manifest.summarise(top);
    std::ostringstream text;
    write(text, summary, {out.string(), file.string()});
    if (args.has("output"))
        write_file_atomically(args.get("output"), text.str());
    else
        std::cout << text.str();
    return 0;
}

}  // namespace mtk::cli
