// manifest merge: joins the manifests of shards into the output folder's manifest.
#include <iostream>

#include "batch/manifest.hpp"
#include "batch/paths.hpp"
#include "cli.hpp"
#include "commands.hpp"

namespace fs = std::filesystem;

namespace mtk::cli {

int run_manifest(const std::vector<std::string>& argv) {
    CommandSpec spec;
    spec.name = "manifest";
    spec.usage = "merge OUT SHARD_MANIFEST...";
    spec.summary =
        "Joins the manifests of shards (`mtk convert --shard K/N`) into OUT/mtk-manifest.sqlite, "
        "so that `mtk report OUT` and later runs see every source.";
    spec.options.push_back(Option("help", "h", "show this help"));
    spec.details =
        "A row of a later manifest replaces the row of the same source. The shards must have "
        "finished: merging also removes the temporary files interrupted runs left in OUT.\n\n"
        "example:\n  parallel mtk convert --shard {}/4 archive/ -o xml/ ::: 0 1 2 3\n"
        "  mtk manifest merge xml/ xml/mtk-manifest.*-of-4.sqlite";
    const Args args = parse_args(spec, argv);
    if (args.has("help")) {
        print_help(spec);
        return 0;
    }
    if (args.positional.size() < 3 || args.positional.front() != "merge")
        throw UsageError(
            "manifest: usage: mtk manifest merge OUT SHARD_MANIFEST... (see mtk manifest --help)");
    const fs::path out = args.positional[1];
    std::error_code ec;
    fs::create_directories(out, ec);
    if (!fs::is_directory(out))
        throw UsageError(out.string() + ": cannot create the output folder");
    const fs::path target = batch::Manifest::file_for(out, std::nullopt);
    batch::Manifest manifest(target, MTK_VERSION);
    for (std::size_t i = 2; i < args.positional.size(); ++i) {
        if (fs::equivalent(args.positional[i], target, ec)) continue;
        manifest.merge(args.positional[i]);
    }
    batch::remove_stale_temps(out);
    return 0;
}

}  // namespace mtk::cli
