// validate (minutes XML) and check (any minutes, converted in memory): load the documents,
// run the rules set by set (batch/sets.hpp), print the findings, and turn them into an exit status.
#include <array>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "batch/drive.hpp"
#include "batch/options.hpp"
#include "batch/rules.hpp"
#include "batch/sets.hpp"
#include "cli.hpp"
#include "commands.hpp"
#include "formatters/formatter.hpp"
#include "mtk/converters/registry.hpp"
#include "mtk/validators/registry.hpp"
#include "mtk/xml_io.hpp"

namespace mtk::cli {
namespace {

constexpr std::string_view kXmlExtensions[] = {".xml"};
constexpr std::string_view kAnyExtensions[] = {".txt", ".text",  ".md", ".html",
                                               ".htm", ".xhtml", ".xml"};

CommandSpec finding_spec(bool check) {
    CommandSpec s;
    s.name = check ? "check" : "validate";
    s.usage = check ? "[options] INPUT..." : "[options] FILE...";
    s.summary =
        check ? "Converts text, HTML (or minutes XML) in memory and runs the XSD check and every "
                "enabled rule; findings point at lines of the source file."
              : "Checks minutes XML against schemas/minutes.xsd and runs every enabled rule; "
                "findings carry the XML line and an XPath.";
    add_finding_options(s.options);
    batch::add_options(s.options);
    if (check)
        s.options.push_back(
            Option("from", "", "input format: auto|text|html (default auto)").argument("FORMAT"));
    s.details =
        std::string(
            check
                ? "INPUT is a file, a folder (walked for .txt .md .html .htm .xml) or - for stdin."
                : "FILE is a minutes XML file, a folder (walked for .xml) or - for stdin.") +
        "\nDocuments are checked in sets, so that rules can compare them (one person spelled two "
        "ways "
        "in two meetings, actions never closed): the files named on the command line form one set, "
        "and "
        "each folder walked forms one (its files, not its sub-folders), which bounds memory by the "
        "largest folder however large the archive. Text findings stream out set by set.\n\n"
        "configuration: .mtk.json, searched from the first input's folder upward:\n"
        "  {\"rules\": {\"actions/missing-due-date\": \"off\", \"names/undefined-initials\": "
        "{\"severity\": \"note\"}},\n   \"acronyms\": [\"MOPAC\"], \"roster\": \"roster.xml\", "
        "\"failOn\": "
        "\"warning\"}\n\n"
        "exit status: 0 no findings at or above --fail-on; 1 findings at or above it; 2 usage "
        "error, "
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

bool is_minutes_xml(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, 2048);
    // The first byte after white space and BOM first: it rules out most files that are not
    // XML without searching their head for the namespace.
    const std::size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return first != std::string_view::npos && head[first] == '<' &&
           head.find("urn:mtk:minutes:1") != std::string_view::npos;
}

/// Reads minutes XML into a document, or throws UsageError for XML that is not minutes.
/// XML that is not well-formed or carries a DOCTYPE becomes a schema/invalid finding.
validators::Document load_xml(const std::string& path, std::string text, Diagnostics& findings) {
    // Broken XML is a finding; a file that is not XML at all (binary, plain text) is not minutes.
    const std::size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first == std::string::npos || text[first] != '<')
        throw UsageError(
            path + ": not XML (mtk validate reads minutes XML; mtk check converts text and HTML)");
    XmlReadResult r = from_xml(text);
    if (!r.minutes) {
        if (r.error.starts_with("the root element"))
            throw UsageError(path + ": not minutes XML: " + r.error);
        findings.push_back(
            {"schema/invalid", Severity::error, r.error, path, r.line, r.column, ""});
        return {path, {}, true, {}};
    }
    return {path, std::move(*r.minutes), true, std::move(text)};
}

/// Runs in a worker: reads one file, converts it (check) or reads its XML, and runs the
/// per-document rules. Never throws.
batch::Checked check_file(bool check, const std::string& path, const std::string& from,
                          std::uintmax_t max_bytes, const validators::Config& cfg) {
    batch::Checked c;
    try {
        std::string bytes = read_input(path, max_bytes);
        if (!check || (from == "auto" && is_minutes_xml(bytes))) {
            validators::Document d = load_xml(path, std::move(bytes), c.findings);
            if (!d.xml.empty()) c.doc = std::move(d);
        } else {
            converters::ConvertResult r = converters::convert({path, std::move(bytes), ""}, from);
            for (Diagnostic& w : r.warnings) {
                w.file = path;
                c.findings.push_back(std::move(w));
            }
            if (!r.minutes)
                throw UsageError(path +
                                 (r.error_line > 0 ? ":" + std::to_string(r.error_line) : "") +
                                 ": " + r.error);
            // no XML text: schema/invalid validates the model's tree in memory
            c.doc = validators::Document{path, std::move(*r.minutes), false, {}};
        }
        if (c.doc)
            for (Diagnostic& d : batch::check_document(*c.doc, cfg))
                c.findings.push_back(std::move(d));
    } catch (const std::exception& e) {
        c.error = e.what();
    }
    return c;
}

int run_findings(bool check, const std::vector<std::string>& argv) {
    const CommandSpec spec = finding_spec(check);
    const Args args = parse_args(spec, argv);
    if (args.has("help")) {
        print_help(spec);
        return 0;
    }
    if (args.positional.empty() && !args.has("files-from"))
        throw UsageError(spec.name + ": no input given (see mtk " + spec.name + " --help)");
    const std::string format = args.get("format", "text");
    const Formatter formatter = find_formatter(format);
    if (!formatter)
        throw UsageError("--format: expected " + formatter_names() + ", not '" + format + "'");
    const std::string from = args.get("from", "auto");
    if (from != "auto" && !converters::find(from))
        throw UsageError(spec.name + ": unknown --from '" + from + "'");
    const validators::Config cfg = config_for(args);
    const std::optional<Severity> threshold = fail_threshold(args, cfg);
    const std::uintmax_t max_bytes = max_input_bytes(args);

    const batch::Options opt =
        batch::parse_options(args, check ? std::span<const std::string_view>(kAnyExtensions)
                                         : std::span<const std::string_view>(kXmlExtensions));

    // Text findings stream out set by set; the other formats describe the whole run at once,
    // so they hold the findings (not the documents) until the end.
    const bool stream = format == "text" && !args.has("output");
    batch::Progress progress(opt.verbosity);
    batch::Sources sources(
        args.positional, opt.files_from, opt.selection,
        [&](const std::string& note) { progress.message("mtk: note: " + note); });
    if (progress.drawing()) progress.set_total(sources.count());

    Report report;
    report.tool_version = MTK_VERSION;
    std::size_t files = 0;
    int unusable = 0;
    std::array<int, 3> by_severity{};  // note, warning, error
    batch::SetCollector sets(
        sources, cfg, opt.jobs,
        [&](const std::string& path, Diagnostics found, const std::string& error) {
            ++files;
            if (!error.empty()) {
                ++unusable;
                progress.error("mtk: " + error);
            }
            for (const Diagnostic& d : found) ++by_severity[std::size_t(d.severity)];
            if (stream) {
                progress.clear_line();
                for (const Diagnostic& d : found) format_text_finding(std::cout, d);
            } else {
                report.files.push_back({path, std::move(found)});
            }
        });
    batch::Pool<batch::Checked> pool(opt.jobs, opt.timeout);
    batch::drive(
        sources, pool, batch::window_for(opt.jobs), progress,
        [&](const batch::SourceFile& f) {
            sets.issued(f);
            return [&, path = f.path](batch::Claim&) {
                return check_file(check, path, from, max_bytes, cfg);
            };
        },
        [&](batch::SourceFile f, std::optional<batch::Checked> c) {
            if (!c) {
                c.emplace();
                c->error = f.path + ": timed out";
            }
            progress.file_done(c->findings.size(), f.path);
            sets.add(f, std::move(*c));
        });
    sets.finish();
    if (files == 0) throw UsageError(spec.name + ": no files to check in the inputs given");

    if (stream) {
        format_text_summary(std::cout, by_severity, files);
    } else {
        std::ostringstream out;
        formatter(out, report);
        if (args.has("output"))
            write_file_atomically(args.get("output"), out.str());
        else
            std::cout << out.str();
    }
    std::cout.flush();

    int status = 0;
    if (unusable > 0)
        status = 2;
    else if (threshold)
        for (int s = int(*threshold); s <= int(Severity::error); ++s)
            status |= by_severity[std::size_t(s)] > 0;
    if (pool.stuck()) {
        // A check that never returns cannot be joined: the findings are printed and flushed.
        std::cerr.flush();
        std::_Exit(status);
    }
    return status;
}

}  // namespace

int run_validate(const std::vector<std::string>& argv) {
    return run_findings(false, argv);
}
int run_check(const std::vector<std::string>& argv) {
    return run_findings(true, argv);
}

}  // namespace mtk::cli
