// convert: one input to stdout or a file, or a batch (folders, several inputs, --files-from)
// to an output folder with a manifest, resumable after an interruption.
#include <cstdlib>
#include <iostream>
#include <map>

#include "batch/drive.hpp"
#include "batch/manifest.hpp"
#include "batch/options.hpp"
#include "batch/paths.hpp"
#include "batch/settings.hpp"
#include "cli.hpp"
#include "commands.hpp"
#include "mtk/converters/registry.hpp"
#include "mtk/converters/text_decode.hpp"
#include "mtk/validators/registry.hpp"
#include "mtk/xml_io.hpp"

namespace fs = std::filesystem;

namespace mtk::cli {
namespace {

constexpr std::string_view kSourceExtensions[] = {".txt",  ".text", ".md",
                                                  ".html", ".htm",  ".xhtml"};

CommandSpec convert_spec() {
    CommandSpec s;
    s.name = "convert";
    s.usage = "[options] INPUT... [-o OUT]";
    s.summary = "Converts text or HTML minutes to minutes XML (urn:mtk:minutes:1).";
    s.options.push_back(Option("output", "o",
                               "where to write: a file for one input, a folder for several "
                               "inputs or a folder input (required then; the tree is mirrored, "
                               "one .xml per input). Without -o, one input goes to stdout.")
                            .argument("OUT"));
    s.options.push_back(Option(
                            "from", "",
                            "input format: auto|" +
                                [] {
                                    std::string names;
                                    for (const auto& c : converters::all())
                                        names +=
                                            (names.empty() ? "" : "|") + std::string(c->name());
                                    return names;
                                }() +
                                " (default auto: sniffed from the content)")
                            .argument("FORMAT"));
    s.options.push_back(
        Option("max-size", "", "largest input accepted, in MB (default 16)").argument("MB"));
    s.options.push_back(
        Option("force", "", "convert again the sources the manifest lists as unchanged"));
    add_config_options(s.options);
    batch::add_options(s.options);
    s.options.push_back(Option("help", "h", "show this help"));
    s.details =
        "INPUT is a file, a folder (walked recursively for .txt .text .md .html .htm .xhtml) or - "
        "for stdin.\nAn input that cannot be converted (empty, binary, not minutes, too large) is "
        "reported on stderr as `mtk: FILE: reason`; no output file is written for it, the other "
        "inputs are still converted, and the exit status is 2.\n\n"
        "Into a folder, every output is written to a temporary file and renamed, and the manifest "
        "OUT/mtk-manifest.sqlite records each source (size, sha256, converter, status, findings of "
        "its rules, output, timings) once its output is in place. A second run skips the sources "
        "whose hash is unchanged and whose output exists, converted by the same mtk with the same "
        "rule settings (.mtk.json, --config, --roster, --from; --force redoes them all), so an "
        "interrupted "
        "run is completed by running it again. `mtk report OUT` summarises the manifest. With "
        "--shard K/N the manifest is OUT/mtk-manifest.K-of-N.sqlite; join the shards' with "
        "`mtk manifest merge OUT FILE...`.\n\nexamples:\n"
        "  mtk convert minutes.txt > minutes.xml\n  mtk convert archive/ -o xml/\n"
        "  mtk convert --exclude 'drafts' --include '*.txt' -j 8 archive/ -o xml/\n"
        "  curl -s URL | mtk convert --from html -";
    return s;
}

/// The outcome of one file of a batch.
struct Converted {
    batch::SourceRecord record;
    bool unchanged = false;             ///< same bytes as the manifest's row, output present
    std::vector<std::string> messages;  ///< for stderr
};

double ms_since(batch::Clock::time_point& t) {
    const auto now = batch::Clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - t).count();
    t = now;
    return ms;
}

void count_findings(const Diagnostics& findings, batch::SourceRecord& r) {
    std::map<std::pair<std::string, Severity>, int> per_rule;
    for (const Diagnostic& d : findings) {
        (d.severity == Severity::error     ? r.errors
         : d.severity == Severity::warning ? r.warnings
                                           : r.notes)++;
        ++per_rule[{d.rule, d.severity}];
    }
    for (const auto& [key, n] : per_rule)
        r.rules.push_back({key.first, std::string(to_string(key.second)), n});
}

struct BatchSettings {
    fs::path out;
    std::string from;
    std::uintmax_t max_bytes;
    const validators::Config& config;
    std::string fingerprint;  ///< batch::settings_fingerprint of config and from
};

/// Runs in a worker: read, hash, convert, check, write. Never throws.
Converted convert_file(const batch::SourceFile& f,
                       const std::optional<batch::PreviousRecord>& previous, const BatchSettings& s,
                       batch::Claim& claim) {
    Converted c;
    batch::SourceRecord& r = c.record;
    r.rel = f.rel.generic_string();
    r.path = f.path;
    r.status = "failed";
    r.settings = s.fingerprint;
    auto t = batch::Clock::now();
    try {
        std::string bytes = read_input(f.path, s.max_bytes);
        r.size = std::int64_t(bytes.size());
        r.sha256 = converters::sha256_hex(bytes);
        r.read_ms = ms_since(t);
        std::error_code ec;
        if (previous && previous->sha256 == r.sha256 && previous->status != "failed" &&
            previous->tool_version == MTK_VERSION && previous->settings == s.fingerprint &&
            fs::is_regular_file(s.out / previous->output, ec)) {
            c.unchanged = true;
            return c;
        }
        converters::ConvertResult cr =
            converters::convert({f.path, std::move(bytes), r.sha256}, s.from);
        r.converter = cr.converter;
        r.convert_ms = ms_since(t);
        for (const Diagnostic& w : cr.warnings)
            c.messages.push_back(f.path + ':' + std::to_string(w.line) + ": " +
                                 std::string(to_string(w.severity)) + ": " + w.message + " [" +
                                 w.rule + "]");
        if (!cr.minutes) {
            r.reason = (cr.error_line > 0 ? "line " + std::to_string(cr.error_line) + ": " : "") +
                       cr.error;
            return c;
        }
        validators::Document doc{f.path, std::move(*cr.minutes), false, {}};
        doc.xml = to_xml(doc.minutes);
        // The document's own findings, as `mtk check FILE` gives them (a set of one).
        Diagnostics findings = std::move(cr.warnings);
        for (Diagnostic& d : validators::run_rules({&doc, 1}, s.config))
            findings.push_back(std::move(d));
        count_findings(findings, r);
        r.check_ms = ms_since(t);
        const fs::path target = batch::output_path(s.out, f.out_rel);
        if (!claim.commit()) return c;  // abandoned by the watchdog: it recorded the file
        write_file_atomically(target, doc.xml,
                              Durability::deferred);  // synced before its row commits
        r.write_ms = ms_since(t);
        r.output = f.out_rel.generic_string();
        r.status = findings.empty() ? "ok" : "findings";
    } catch (const std::exception& e) {
        r.reason = e.what();
        // read_input's messages start with the path; the manifest row already names it.
        if (r.reason.starts_with(f.path + ": ")) r.reason.erase(0, f.path.size() + 2);
    }
    return c;
}

/// A source that fails now has no output: one an earlier run wrote for it is stale.
void remove_stale_output(const fs::path& out, const batch::SourceFile& f,
                         batch::Progress& progress) {
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(out / f.out_rel, ec))) return;  // the usual case
    try {
        // output_path checks that the file is ours: inside OUT, links resolved.
        if (fs::remove(batch::output_path(out, f.out_rel), ec))
            progress.message("mtk: note: removed the earlier output of " + f.path);
    } catch (const UsageError&) {
        // refused: the path leads out of OUT, so nothing there is ours to remove
    }
}

/// A folder, several inputs or a list: the output folder, the manifest, the workers.
int convert_batch(const Args& args, const std::string& from, std::uintmax_t max_bytes,
                  const fs::path& out) {
    const batch::Options opt = batch::parse_options(args, kSourceExtensions);
    const validators::Config config = config_for(args);
    const bool force = args.has("force");
    std::error_code ec;
    fs::create_directories(out, ec);
    if (ec || !fs::is_directory(out))
        throw UsageError(out.string() + ": cannot create the output folder");

    batch::Progress progress(opt.verbosity);
    // Shards sharing OUT may be writing right now: `mtk manifest merge` cleans up after them.
    if (!opt.selection.shard)
        if (const std::size_t n = batch::remove_stale_temps(out))
            progress.message("mtk: note: removed " + std::to_string(n) +
                             " temporary files an interrupted run left");
    batch::Manifest manifest(batch::Manifest::file_for(out, opt.selection.shard), MTK_VERSION, out);
    batch::Sources sources(
        args.positional, opt.files_from, opt.selection,
        [&](const std::string& note) { progress.message("mtk: note: " + note); });
    if (progress.drawing()) progress.set_total(sources.count());

    const BatchSettings settings{out, from, max_bytes, config,
                                 batch::settings_fingerprint(config, from)};
    batch::Pool<Converted> pool(opt.jobs, opt.timeout);
    std::size_t converted = 0, unchanged = 0, failed = 0;
    const auto started = batch::Clock::now();
    batch::drive(
        sources, pool, batch::window_for(opt.jobs), progress,
        [&](const batch::SourceFile& f) {
            std::optional<batch::PreviousRecord> previous;
            if (!force) previous = manifest.previous(f.rel.generic_string());
            return [f, previous, &settings](batch::Claim& claim) {
                return convert_file(f, previous, settings, claim);
            };
        },
        [&](batch::SourceFile f, std::optional<Converted> c) {
            if (!c) {
                c.emplace();
                c->record.rel = f.rel.generic_string();
                c->record.path = f.path;
                c->record.status = "failed";
                c->record.reason = "timed out";
            }
            for (const std::string& m : c->messages) progress.message(m);
            const batch::SourceRecord& r = c->record;
            if (c->unchanged) {
                ++unchanged;
                progress.file_done(0, "unchanged " + f.path);
                return;
            }
            if (r.status == "failed") remove_stale_output(out, f, progress);
            manifest.record(r);
            if (r.status == "failed") {
                ++failed;
                progress.error("mtk: " + f.path + ": " + r.reason);
            } else {
                ++converted;
            }
            const std::size_t findings = std::size_t(r.errors + r.warnings + r.notes);
            progress.file_done(findings, r.status + ' ' + f.path +
                                             (r.output.empty() ? "" : " -> " + r.output) + " (" +
                                             std::to_string(findings) + " findings)");
        });
    manifest.commit();
    const double seconds = std::chrono::duration<double>(batch::Clock::now() - started).count();
    if (converted + unchanged + failed == 0)
        throw UsageError("convert: no convertible files found in the inputs given");
    if (opt.verbosity != batch::Verbosity::quiet) {
        char line[160];
        std::snprintf(line, sizeof line, "mtk: %zu converted, %zu unchanged, %zu failed in %.1f s",
                      converted, unchanged, failed, seconds);
        progress.message(line);
    }
    const int status = failed > 0 ? 2 : 0;
    if (pool.stuck()) {
        // A conversion that never returns cannot be joined: everything is recorded and flushed.
        std::cout.flush();
        std::cerr.flush();
        std::_Exit(status);
    }
    return status;
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
    if (args.positional.empty() && !args.has("files-from"))
        throw UsageError("convert: no input given (see mtk convert --help)");
    const std::string from = args.get("from", "auto");
    if (from != "auto" && !converters::find(from))
        throw UsageError("convert: unknown --from '" + from + "'");
    const std::uintmax_t max_bytes = max_input_bytes(args);

    const std::string out = args.get("output");
    bool to_folder = args.positional.size() != 1 || args.has("files-from") ||
                     (!out.empty() && fs::is_directory(out));
    for (const std::string& in : args.positional) to_folder |= in != "-" && fs::is_directory(in);
    if (to_folder) {
        if (out.empty()) {
            for (const std::string& in : args.positional)
                if (in != "-" && fs::is_directory(in))
                    throw UsageError(in +
                                     ": is a folder: converting a folder needs -o OUT (a folder)");
            throw UsageError("convert: several inputs need -o OUT (a folder)");
        }
        return convert_batch(args, from, max_bytes, out);
    }

    const std::string& path = args.positional.front();
    try {
        converters::ConvertResult r =
            converters::convert({path, read_input(path, max_bytes)}, from);
        for (const Diagnostic& w : r.warnings)
            std::cerr << path << ':' << w.line << ": " << to_string(w.severity) << ": " << w.message
                      << " [" << w.rule << "]\n";
        if (!r.minutes)
            throw UsageError(path + (r.error_line > 0 ? ":" + std::to_string(r.error_line) : "") +
                             ": " + r.error);
        const std::string xml = to_xml(*r.minutes);
        if (!out.empty())
            write_file_atomically(out, xml);
        else
            std::cout << xml;
    } catch (const UsageError& e) {
        std::cerr << "mtk: " << e.what() << '\n';
        return 2;
    }
    return 0;
}

}  // namespace mtk::cli
