#include "batch/options.hpp"

#include <cmath>
#include <thread>

namespace mtk::cli::batch {
namespace {

double positive_number(const Args& args, const std::string& name, double fallback) {
    if (!args.has(name)) return fallback;
    const std::string v = args.get(name);
    try {
        std::size_t used = 0;
        const double d = std::stod(v, &used);
        if (used != v.size() || !std::isfinite(d) || d < 0) throw std::invalid_argument(v);
        return d;
    } catch (const std::exception&) {
        throw UsageError("--" + name + ": expected a number >= 0, not '" + v + "'");
    }
}

}  // namespace

void add_options(OptionSet& options) {
    options.push_back(Option("include", "",
                             "take only files matching GLOB (repeatable); a glob without '/' "
                             "matches the file name, one with '/' the path below the input "
                             "folder; replaces the default extensions")
                          .argument("GLOB")
                          .repeatable(true));
    options.push_back(
        Option("exclude", "", "skip files and folders matching GLOB (repeatable, same matching)")
            .argument("GLOB")
            .repeatable(true));
    options.push_back(
        Option("jobs", "j", "worker threads (default: the number of cores)").argument("N"));
    options.push_back(Option("timeout", "",
                             "per-file time limit in seconds; a file over it is recorded as "
                             "failed \"timed out\" (default 60, 0: none)")
                          .argument("SECONDS"));
    options.push_back(Option("shard", "",
                             "take only shard K of N (0 <= K < N), a stable partition by the "
                             "FNV-1a hash of each file's relative path")
                          .argument("K/N"));
    options.push_back(Option("files-from", "",
                             "also take the files listed in FILE, one path per line (- for "
                             "stdin); absolute paths are mapped below the output folder")
                          .argument("FILE"));
    options.push_back(Option("quiet", "q", "no progress line, notes or summary on stderr"));
    options.push_back(Option("verbose", "v", "one line per file on stderr"));
}

Options parse_options(const Args& args, std::span<const std::string_view> extensions) {
    Options o;
    if (auto it = args.options.find("include"); it != args.options.end())
        o.selection.include = it->second;
    if (auto it = args.options.find("exclude"); it != args.options.end())
        o.selection.exclude = it->second;
    o.selection.extensions = extensions;
    if (args.has("shard")) o.selection.shard = Shard::parse(args.get("shard"));
    o.files_from = args.get("files-from");
    const double jobs =
        positive_number(args, "jobs", std::max(1u, std::thread::hardware_concurrency()));
    if (jobs < 1 || jobs != std::floor(jobs) || jobs > 1024)
        throw UsageError("--jobs: expected a whole number from 1 to 1024, not '" +
                         args.get("jobs") + "'");
    o.jobs = unsigned(jobs);
    o.timeout = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(positive_number(args, "timeout", 60)));
    if (args.has("quiet"))
        o.verbosity = Verbosity::quiet;
    else if (args.has("verbose"))
        o.verbosity = Verbosity::verbose;
    return o;
}

}  // namespace mtk::cli::batch
