#include <iostream>

#include "cli.hpp"
#include "commands.hpp"
#include "mtk/converters/registry.hpp"
#include "mtk/xml_io.hpp"

using Poco::Util::Option;
namespace fs = std::filesystem;

namespace mtk::cli {
namespace {

constexpr std::string_view kSourceExtensions[] = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"};

CommandSpec convert_spec() {
    CommandSpec s;
    s.name = "convert";
    s.usage = "[options] INPUT... [-o OUT]";
    s.summary = "Converts text or HTML minutes to minutes XML (urn:mtk:minutes:1).";
    s.options.addOption(Option("output", "o", "where to write: a file for one input, a folder for several "
                                              "inputs or a folder input (required then; the tree is mirrored, "
                                              "one .xml per input). Without -o, one input goes to stdout.")
                            .argument("OUT"));
    s.options.addOption(Option("from", "", "input format: auto|" + [] {
                                               std::string names;
                                               for (const auto& c : converters::all())
                                                   names += (names.empty() ? "" : "|") + std::string(c->name());
                                               return names;
                                           }() + " (default auto: sniffed from the content)")
                            .argument("FORMAT"));
    s.options.addOption(Option("max-size", "", "largest input accepted, in MB (default 16)").argument("MB"));
    s.options.addOption(Option("help", "h", "show this help"));
    s.details =
        "INPUT is a file, a folder (walked recursively for .txt .text .md .html .htm .xhtml) or - "
        "for stdin.\nAn input that cannot be converted (empty, binary, not minutes, too large) is "
        "reported on stderr as `mtk: FILE: reason`; no output file is written for it, the other "
        "inputs are still converted, and the exit status is 2.\n\nexamples:\n"
        "  mtk convert minutes.txt > minutes.xml\n  mtk convert archive/ -o xml/\n"
        "  curl -s URL | mtk convert --from html -";
    return s;
}

}  // namespace

std::uintmax_t max_input_bytes(const Args& args) {
    if (!args.has("max-size")) return kDefaultMaxInputBytes;
    const std::string v = args.get("max-size");
    try {
        std::size_t used = 0;
        const long mb = std::stol(v, &used);
        if (used != v.size() || mb <= 0) throw std::invalid_argument(v);
        return std::uintmax_t(mb) * 1024 * 1024;
    } catch (const std::exception&) {
        throw UsageError("--max-size: expected a positive number of MB, not '" + v + "'");
    }
}

int run_convert(const std::vector<std::string>& argv) {
    const CommandSpec spec = convert_spec();
    const Args args = parse_args(spec, argv);
    if (args.has("help")) {
        print_help(spec);
        return 0;
    }
    if (args.positional.empty()) throw UsageError("convert: no input given (see mtk convert --help)");
    const std::string from = args.get("from", "auto");
    if (from != "auto" && !converters::find(from))
        throw UsageError("convert: unknown --from '" + from + "'");
    const std::uintmax_t max_bytes = max_input_bytes(args);

    const auto files = expand_inputs(args.positional, kSourceExtensions);
    bool any_folder = false;
    for (const std::string& in : args.positional) any_folder |= in != "-" && fs::is_directory(in);
    const std::string out = args.get("output");
    const bool to_folder = any_folder || files.size() > 1 || (!out.empty() && fs::is_directory(out));
    if (to_folder && out.empty())
        throw UsageError("convert: several inputs or a folder need -o OUT (a folder)");
    if (files.empty()) throw UsageError("convert: no convertible files found in the inputs given");

    int failed = 0;
    for (const InputFile& f : files) {
        try {
            const std::string bytes = read_input(f.path, max_bytes);
            converters::ConvertResult r = converters::convert({f.path, bytes}, from);
            for (const Diagnostic& w : r.warnings)
                std::cerr << f.path << ':' << w.line << ": " << to_string(w.severity) << ": " << w.message << " ["
                          << w.rule << "]\n";
            if (!r.minutes)
                throw UsageError(f.path + (r.error_line > 0 ? ":" + std::to_string(r.error_line) : "") + ": " +
                                 r.error);
            const std::string xml = to_xml(*r.minutes);
            if (to_folder) {
                fs::path target = fs::path(out) / f.relative;
                target.replace_extension(".xml");
                write_file_atomically(target, xml);
            } else if (!out.empty()) {
                write_file_atomically(out, xml);
            } else {
                std::cout << xml;
            }
        } catch (const UsageError& e) {
            std::cerr << "mtk: " << e.what() << '\n';
            ++failed;
        }
    }
    if (failed > 0 && files.size() > 1)
        std::cerr << "mtk: " << failed << " of " << files.size() << " inputs could not be converted\n";
    return failed > 0 ? 2 : 0;
}

}  // namespace mtk::cli
