#include "batch/paths.hpp"

#include <algorithm>
#include <cctype>

#include "io.hpp"

namespace fs = std::filesystem;

namespace mtk::cli::batch {

std::optional<fs::path> relative_under_out(const fs::path& listed) {
    fs::path p = listed.lexically_normal();
    if (p.is_relative() && !p.empty() && *p.begin() == "..") p = fs::absolute(p).lexically_normal();
    fs::path rel = p.relative_path();
    if (!is_contained(rel)) return std::nullopt;
    return rel;
}

bool is_contained(const fs::path& rel) {
    if (rel.empty() || rel.has_root_path()) return false;
    return std::none_of(rel.begin(), rel.end(), [](const fs::path& part) {
        return part.empty() || part == "." || part == "..";
    });
}

fs::path output_path(const fs::path& out, const fs::path& rel) {
    if (!is_contained(rel))
        throw UsageError(rel.string() + ": output path leaves the output folder");
    fs::path target = out / rel;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) throw UsageError(target.string() + ": cannot create folder: " + ec.message());
    // A symbolic link already inside OUT could still lead the write elsewhere.
    const fs::path root = fs::canonical(out, ec);
    const fs::path folder = fs::canonical(target.parent_path(), ec);
    if (ec) throw UsageError(target.string() + ": cannot resolve folder: " + ec.message());
    const auto [r, f] = std::mismatch(root.begin(), root.end(), folder.begin(), folder.end());
    if (r != root.end())
        throw UsageError(target.string() + ": folder leads outside the output folder");
    if (fs::is_symlink(target, ec))
        throw UsageError(target.string() + ": is a symbolic link, not overwritten");
    return target;
}

bool is_temp_name(std::string_view name) {
    // ".NAME.xml" then mkstemp's suffix: a dot and six characters from [A-Za-z0-9].
    if (name.size() < 12 || name.front() != '.' ||
        !name.substr(0, name.size() - 7).ends_with(".xml") || name[name.size() - 7] != '.')
        return false;
    return std::all_of(name.end() - 6, name.end(), [](unsigned char c) { return std::isalnum(c); });
}

std::size_t remove_stale_temps(const fs::path& out) {
    std::size_t removed = 0;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(
             out, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && !it->is_symlink(ec) &&
            is_temp_name(it->path().filename().string()) && fs::remove(it->path(), ec))
            ++removed;
    }
    return removed;
}

}  // namespace mtk::cli::batch
