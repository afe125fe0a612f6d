// File input and output for the CLI: bounded reads and atomic writes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace mtk::cli {

/// A user error or unusable input: the CLI prints "mtk: <what>" and exits 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

inline constexpr std::uintmax_t kDefaultMaxInputBytes = 16u * 1024 * 1024;

/// Reads a whole file ("-" is stdin) of at most max_bytes. Throws UsageError naming the
/// file when it is missing, a directory, unreadable or too large.
std::string read_input(const std::string& path, std::uintmax_t max_bytes);

/// When write_file_atomically makes the content durable against a power loss.
enum class Durability {
    synced,    ///< fsync before the rename
    deferred,  ///< the caller syncs the file system later (a batch: once per manifest commit)
};

/// Writes `content` to `path` through a temporary file in the same folder and a rename,
/// so that a reader (or a killed process) never sees a partial file. Creates parent folders.
void write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           Durability durability = Durability::synced);

}  // namespace mtk::cli
