// The files of a batch, streamed: a sorted, depth-first walk that keeps one folder listing per
// level in memory, never the whole list, so that 100,000 files cost what 100 do.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mtk::cli::batch {

/// FNV-1a, 64 bits: a hash that is the same on every machine and every run.
std::uint64_t fnv1a(std::string_view bytes);

/// `--shard K/N`: this process takes the files whose FNV-1a of the relative path (with '/')
/// modulo N is K, 0 <= K < N.
struct Shard {
    std::uint64_t index = 0, count = 1;
    /// Parses "K/N"; throws UsageError.
    static Shard parse(std::string_view text);
    bool owns(const std::filesystem::path& rel) const;
};

/// Which files of the walked folders a batch takes.
struct Selection {
    /// Globs (fnmatch) on the path relative to the input folder; a glob without '/' matches
    /// the file name in any folder. With includes, they replace the extension list.
    std::vector<std::string> include, exclude;
    std::span<const std::string_view> extensions;  ///< lowercase, with the dot
    std::optional<Shard> shard;
};

/// One file to process.
struct SourceFile {
    std::size_t seq = 0;        ///< 0, 1, ... in the order given
    std::string path;           ///< what to open: as given, or joined under its folder
    std::filesystem::path rel;  ///< where it goes below OUT (extension kept); the manifest key
    std::filesystem::path
        out_rel;          ///< rel with ".xml" ("a.txt.xml" when a.txt and a.html share a folder)
    std::size_t set = 0;  ///< files checked together: one folder, or the files named on the line
};

/// The files of the inputs, in a stable order: the files named on the command line first
/// (one set), then each folder depth-first (a folder's files, sorted, are one set, then its
/// sub-folders, sorted), then the lines of --files-from (consecutive lines of one folder are
/// one set). Symbolic links leading outside the walked folder are skipped with a note;
/// links to folders are not followed (what they lead to inside the folder is walked anyway).
class Sources {
  public:
    using Note = std::function<void(const std::string&)>;

    /// Throws UsageError for an input that does not exist or a list that cannot be read.
    Sources(std::vector<std::string> inputs, std::string files_from, Selection selection,
            Note note);
    ~Sources();

    std::optional<SourceFile> next();

    /// True when no more files of set `set` will come.
    bool closed(std::size_t set) const { return done_ || set < set_; }

    /// How many files next() yields, by a second walk; nullopt for a list read from stdin.
    std::optional<std::size_t> count() const;

  private:
    struct Frame;
    bool selected(const std::filesystem::path& rel) const;
    bool excluded(const std::filesystem::path& rel) const;
    void enter(const std::filesystem::path& dir, const std::filesystem::path& rel);
    bool refill();

    std::vector<std::string> inputs_;
    std::string files_from_;
    Selection selection_;
    Note note_;
    bool prefix_folders_ = false;

    std::size_t input_ = 0;  // next positional input to walk
    std::vector<Frame> stack_;
    std::filesystem::path root_;  // canonical folder being walked
    std::vector<SourceFile> pending_;
    std::size_t pending_next_ = 0;
    std::unique_ptr<std::ifstream> list_file_;
    std::istream* list_ = nullptr;
    std::optional<std::filesystem::path> list_folder_;  // folder of the last listed file
    enum class Phase { named, folders, list, end } phase_ = Phase::named;
    std::size_t seq_ = 0, set_ = 0;
    bool done_ = false;
};

}  // namespace mtk::cli::batch
