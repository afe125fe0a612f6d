#include "batch/sources.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "batch/paths.hpp"
#include "io.hpp"
#include "mtk/ascii.hpp"

namespace fs = std::filesystem;

namespace mtk::cli::batch {

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

Shard Shard::parse(std::string_view text) {
    const auto slash = text.find('/');
    try {
        if (slash == std::string_view::npos) throw std::invalid_argument("no slash");
        std::size_t used_k = 0, used_n = 0;
        const std::string k(text.substr(0, slash)), n(text.substr(slash + 1));
        const unsigned long long ki = std::stoull(k, &used_k), ni = std::stoull(n, &used_n);
        if (used_k != k.size() || used_n != n.size() || ni == 0 || ki >= ni || k.starts_with('-'))
            throw std::invalid_argument("range");
        return {ki, ni};
    } catch (const std::exception&) {
        throw UsageError("--shard: expected K/N with 0 <= K < N (e.g. 0/4), not '" +
                         std::string(text) + "'");
    }
}

bool Shard::owns(const fs::path& rel) const {
    return fnv1a(rel.generic_string()) % count == index;
}

namespace {

bool glob_matches(const std::string& glob, const fs::path& rel) {
    const std::string subject =
        glob.find('/') == std::string::npos ? rel.filename().string() : rel.generic_string();
    return ::fnmatch(glob.c_str(), subject.c_str(), 0) == 0;
}

bool any_matches(const std::vector<std::string>& globs, const fs::path& rel) {
    return std::any_of(globs.begin(), globs.end(),
                       [&](const std::string& g) { return glob_matches(g, rel); });
}

/// The extension of a file name as path::extension() gives it ("" for ".profile"), without
/// building a path.
std::string_view extension_of(std::string_view name) {
    const std::size_t dot = name.rfind('.');
    return dot == std::string_view::npos || dot == 0 || name == ".." ? std::string_view()
                                                                     : name.substr(dot);
}

/// The last component of a path's text: its file name, without building a path.
std::string_view name_of(const fs::path& p) {
    const std::string& s = p.native();
    return std::string_view(s).substr(s.rfind('/') + 1);
}

/// The stem of a file name as path::stem() gives it.
std::string_view stem_of(std::string_view name) {
    return name.substr(0, name.size() - extension_of(name).size());
}

bool inside(const fs::path& root, const fs::path& p) {
    return std::mismatch(root.begin(), root.end(), p.begin(), p.end()).first == root.end();
}

/// Output names: a.txt -> a.xml, unless another selected file of the folder has stem "a".
/// The files are those of one folder (or named alone), so their stems alone are compared.
void name_outputs(std::vector<SourceFile>& files) {
    std::map<std::string_view, int> stems;
    for (const SourceFile& f : files) ++stems[stem_of(name_of(f.rel))];
    for (SourceFile& f : files) {
        const std::string_view name = name_of(f.rel);
        const std::string_view keep = stems.find(stem_of(name))->second > 1 ? name : stem_of(name);
        std::string out = f.rel.native();
        out.resize(out.size() - name.size() + keep.size());
        out += ".xml";
        f.out_rel = std::move(out);
    }
}

fs::path folder_name(const std::string& input) {
    fs::path name = fs::path(input).lexically_normal().filename();
    if (name.empty() || name == "." || name == "..") name = fs::weakly_canonical(input).filename();
    return name;
}

}  // namespace

struct Sources::Frame {
    fs::path dir, rel;
    std::vector<std::pair<fs::path, fs::path>> subdirs;  // (path, rel), sorted
    std::size_t next = 0;
};

Sources::Sources(std::vector<std::string> inputs, std::string files_from, Selection selection,
                 Note note)
    : inputs_(std::move(inputs)),
      files_from_(std::move(files_from)),
      selection_(std::move(selection)),
      note_(std::move(note)) {
    std::error_code ec;
    for (const std::string& in : inputs_)
        if (in != "-" && !fs::exists(in, ec)) throw UsageError(in + ": no such file or directory");
    prefix_folders_ = inputs_.size() > 1;
    if (!files_from_.empty() && files_from_ != "-") {
        list_file_ = std::make_unique<std::ifstream>(files_from_);
        if (!*list_file_)
            throw UsageError(files_from_ + ": cannot read the list of files (--files-from)");
    }
    list_ = files_from_.empty() ? nullptr : files_from_ == "-" ? &std::cin : list_file_.get();
}

Sources::~Sources() = default;

bool Sources::selected(const fs::path& rel) const {
    if (any_matches(selection_.exclude, rel)) return false;
    if (!selection_.include.empty()) return any_matches(selection_.include, rel);
    const std::string_view ext = extension_of(name_of(rel));
    return std::any_of(selection_.extensions.begin(), selection_.extensions.end(),
                       [&](std::string_view e) { return ascii::iequals(ext, e); });
}

bool Sources::excluded(const fs::path& rel) const {
    return any_matches(selection_.exclude, rel);
}

void Sources::enter(const fs::path& dir, const fs::path& rel) {
    Frame frame{dir, rel, {}, 0};
    std::vector<SourceFile> files;
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string_view name = name_of(it->path());
        fs::path entry_rel = rel / name;
        // The input relative to its own folder: what --include/--exclude and --shard see.
        const fs::path unprefixed =
            prefix_folders_ ? entry_rel.lexically_relative(*entry_rel.begin()) : fs::path();
        const fs::path& walk_rel = prefix_folders_ ? unprefixed : entry_rel;
        std::error_code entry_ec;
        if (it->is_symlink(entry_ec)) {
            const fs::path target = fs::canonical(it->path(), entry_ec);
            if (entry_ec || !inside(root_, target)) {
                note_(it->path().string() + ": symbolic link is broken or leads outside " +
                      inputs_[input_ - 1] + ", skipped");
                continue;
            }
            if (fs::is_directory(target, entry_ec)) continue;  // walked where it really is
        }
        if (it->is_directory(entry_ec)) {
            if (!excluded(walk_rel)) frame.subdirs.emplace_back(it->path(), entry_rel);
        } else if (it->is_regular_file(entry_ec) && selected(walk_rel) &&
                   (!selection_.shard || selection_.shard->owns(entry_rel))) {
            files.push_back({0, it->path().native(), std::move(entry_rel), {}, 0});
        }
    }
    if (ec) note_(dir.string() + ": cannot read folder: " + ec.message());
    std::sort(frame.subdirs.begin(), frame.subdirs.end());
    // One folder's files: their path strings ("DIR/name") order them as their relative paths
    // would, at a fraction of the cost of comparing paths part by part.
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.path < b.path; });
    name_outputs(files);
    if (!files.empty()) ++set_;
    for (SourceFile& f : files) {
        f.seq = seq_++;
        f.set = set_;
    }
    pending_ = std::move(files);
    pending_next_ = 0;
    stack_.push_back(std::move(frame));
}

bool Sources::refill() {
    pending_.clear();
    pending_next_ = 0;
    while (pending_.empty()) {
        switch (phase_) {
            case Phase::named: {
                std::vector<SourceFile> files;
                for (const std::string& in : inputs_) {
                    if (in != "-" && fs::is_directory(in)) continue;
                    const fs::path rel = in == "-" ? fs::path("stdin") : fs::path(in).filename();
                    if (!selection_.shard || selection_.shard->owns(rel))
                        files.push_back({0, in, rel, {}, 0});
                }
                name_outputs(files);
                for (SourceFile& f : files) f.seq = seq_++;  // set 0: the files named together
                pending_ = std::move(files);
                phase_ = Phase::folders;
                break;
            }
            case Phase::folders:
                if (!stack_.empty()) {
                    Frame& top = stack_.back();
                    if (top.next < top.subdirs.size()) {
                        const auto [dir, rel] = top.subdirs[top.next++];
                        enter(dir, rel);
                    } else {
                        stack_.pop_back();
                    }
                    break;
                }
                while (input_ < inputs_.size() &&
                       (inputs_[input_] == "-" || !fs::is_directory(inputs_[input_])))
                    ++input_;
                if (input_ == inputs_.size()) {
                    phase_ = list_ ? Phase::list : Phase::end;
                    break;
                }
                root_ = fs::canonical(inputs_[input_]);
                ++input_;
                enter(inputs_[input_ - 1],
                      prefix_folders_ ? folder_name(inputs_[input_ - 1]) : fs::path());
                break;
            case Phase::list: {
                std::string line;
                if (!std::getline(*list_, line)) {
                    phase_ = Phase::end;
                    break;
                }
                if (!line.empty() && line.back() == '\r') line.pop_back();
                if (line.empty()) break;
                const auto rel = relative_under_out(line);
                if (!rel) {
                    note_(line + ": names no file (--files-from), skipped");
                    break;
                }
                if ((selection_.shard && !selection_.shard->owns(*rel)) || !selected(*rel)) break;
                const fs::path folder = fs::path(line).parent_path();
                if (!list_folder_ || folder != *list_folder_) ++set_;
                list_folder_ = folder;
                SourceFile f{seq_++, line, *rel, *rel, set_};
                f.out_rel.replace_extension(".xml");
                pending_.push_back(std::move(f));
                break;
            }
            case Phase::end:
                done_ = true;
                return false;
        }
    }
    return true;
}

std::optional<SourceFile> Sources::next() {
    if (pending_next_ >= pending_.size() && !refill()) return std::nullopt;
    return std::move(pending_[pending_next_++]);
}

std::optional<std::size_t> Sources::count() const {
    if (files_from_ == "-") return std::nullopt;
    Sources again(inputs_, files_from_, selection_, [](const std::string&) {});
    std::size_t n = 0;
    while (again.next()) ++n;
    return n;
}

}  // namespace mtk::cli::batch
