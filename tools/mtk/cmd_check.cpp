// validate (minutes XML) and check (any minutes, converted in memory): load the documents,
// run the rules as one set, print the findings, and turn them into an exit status.
#include <iostream>
#include <sstream>

#include "cli.hpp"
#include "commands.hpp"
#include "formatters/formatter.hpp"
#include "mtk/converters/registry.hpp"
#include "mtk/validators/registry.hpp"
#include "mtk/xml_io.hpp"

namespace mtk::cli {
namespace {

constexpr std::string_view kXmlExtensions[] = {".xml"};
constexpr std::string_view kAnyExtensions[] = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".xml"};

CommandSpec finding_spec(bool check) {
    CommandSpec s;
    s.name = check ? "check" : "validate";
    s.usage = check ? "[options] INPUT..." : "[options] FILE...";
    s.summary = check ? "Converts text, HTML (or minutes XML) in memory and runs the XSD check and every "
                        "enabled rule; findings point at lines of the source file."
                      : "Checks minutes XML against schemas/minutes.xsd and runs every enabled rule; "
                        "findings carry the XML line and an XPath.";
    add_finding_options(s.options);
    if (check)
        s.options.addOption(Poco::Util::Option("from", "", "input format: auto|text|html (default auto)")
                                .argument("FORMAT"));
    s.details =
        std::string(check ? "INPUT is a file, a folder (walked for .txt .md .html .htm .xml) or - for stdin."
                          : "FILE is a minutes XML file, a folder (walked for .xml) or - for stdin.") +
        "\nAll inputs are checked as one set, so that rules can compare documents (one person spelled "
        "two ways in two meetings, actions never closed).\n\n"
        "configuration: .mtk.json, searched from the first input's folder upward:\n"
        "  {\"rules\": {\"actions/missing-due-date\": \"off\", \"names/undefined-initials\": "
        "{\"severity\": \"note\"}},\n   \"acronyms\": [\"MOPAC\"], \"roster\": \"roster.xml\", \"failOn\": "
        "\"warning\"}\n\n"
        "exit status: 0 no findings at or above --fail-on; 1 findings at or above it; 2 usage error, "
        "unreadable input or a file that is not minutes.\n`mtk rules` lists the rules.";
    return s;
}

std::optional<Severity> fail_threshold(const Args& args, const validators::Config& cfg) {
    if (!args.has("fail-on")) return cfg.fail_on ? cfg.fail_on : Severity::error;
    const std::string v = args.get("fail-on");
    if (v == "never") return std::nullopt;
    if (auto s = parse_severity(v)) return s;
    throw UsageError("--fail-on: expected note, warning, error or never, not '" + v + "'");
}

validators::Config config_for(const Args& args) {
    validators::Config cfg;
    try {
        if (args.has("config")) {
            cfg = validators::load_config(args.get("config"));
        } else if (!args.has("no-config") && args.positional.front() != "-") {
            if (auto found = validators::find_config(args.positional.front())) cfg = validators::load_config(*found);
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

bool is_minutes_xml(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, 2048);
    return head.find("urn:mtk:minutes:1") != std::string_view::npos &&
           head.find_first_not_of(" \t\r\n\xEF\xBB\xBF") != std::string_view::npos &&
           head[head.find_first_not_of(" \t\r\n\xEF\xBB\xBF")] == '<';
}

/// Reads minutes XML into a document, or throws UsageError for XML that is not minutes.
/// XML that is not well-formed or carries a DOCTYPE becomes a schema/invalid finding.
validators::Document load_xml(const std::string& path, std::string text, Diagnostics& findings) {
    XmlReadResult r = from_xml(text);
    if (!r.minutes) {
        if (r.error.starts_with("the root element")) throw UsageError(path + ": not minutes XML: " + r.error);
        findings.push_back({"schema/invalid", Severity::error, r.error, path, r.line, r.column, ""});
        return {path, {}, true, {}};
    }
    return {path, std::move(*r.minutes), true, std::move(text)};
}

int run_findings(bool check, const std::vector<std::string>& argv) {
    const CommandSpec spec = finding_spec(check);
    const Args args = parse_args(spec, argv);
    if (args.has("help")) {
        print_help(spec);
        return 0;
    }
    if (args.positional.empty()) throw UsageError(spec.name + ": no input given (see mtk " + spec.name + " --help)");
    const std::string format = args.get("format", "text");
    const Formatter formatter = find_formatter(format);
    if (!formatter) throw UsageError("--format: expected " + formatter_names() + ", not '" + format + "'");
    const std::string from = args.get("from", "auto");
    if (from != "auto" && !converters::find(from)) throw UsageError(spec.name + ": unknown --from '" + from + "'");
    const validators::Config cfg = config_for(args);
    const std::optional<Severity> threshold = fail_threshold(args, cfg);
    const std::uintmax_t max_bytes = max_input_bytes(args);

    const auto files = expand_inputs(args.positional, check ? std::span<const std::string_view>(kAnyExtensions) : std::span<const std::string_view>(kXmlExtensions));
    if (files.empty()) throw UsageError(spec.name + ": no files to check in the inputs given");

    Diagnostics findings;
    std::vector<validators::Document> docs;
    int unusable = 0;
    for (const InputFile& f : files) {
        try {
            std::string bytes = read_input(f.path, max_bytes);
            if (!check || (from == "auto" && is_minutes_xml(bytes))) {
                validators::Document d = load_xml(f.path, std::move(bytes), findings);
                if (!d.xml.empty()) docs.push_back(std::move(d));
                continue;
            }
            converters::ConvertResult r = converters::convert({f.path, bytes}, from);
            for (Diagnostic& w : r.warnings) {
                w.file = f.path;
                findings.push_back(std::move(w));
            }
            if (!r.minutes)
                throw UsageError(f.path + (r.error_line > 0 ? ":" + std::to_string(r.error_line) : "") + ": " +
                                 r.error);
            std::string xml = to_xml(*r.minutes);
            docs.push_back({f.path, std::move(*r.minutes), false, std::move(xml)});
        } catch (const UsageError& e) {
            std::cerr << "mtk: " << e.what() << '\n';
            ++unusable;
        }
    }
    for (Diagnostic& d : validators::run_rules(docs, cfg)) findings.push_back(std::move(d));

    Report report;
    report.tool_version = MTK_VERSION;
    for (const InputFile& f : files) {
        Report::File rf{f.path, {}};
        for (const Diagnostic& d : findings)
            if (d.file == f.path) rf.findings.push_back(d);
        std::stable_sort(rf.findings.begin(), rf.findings.end());
        report.files.push_back(std::move(rf));
    }
    std::ostringstream out;
    formatter(out, report);
    if (args.has("output"))
        write_file_atomically(args.get("output"), out.str());
    else
        std::cout << out.str();

    if (unusable > 0) return 2;
    if (!threshold) return 0;
    for (const Diagnostic& d : findings)
        if (d.severity >= *threshold) return 1;
    return 0;
}

}  // namespace

int run_validate(const std::vector<std::string>& argv) { return run_findings(false, argv); }
int run_check(const std::vector<std::string>& argv) { return run_findings(true, argv); }

}  // namespace mtk::cli
