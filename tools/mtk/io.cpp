#include "io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

namespace fs = std::filesystem;

namespace mtk::cli {
namespace {

// Closes the descriptor it holds.
class FileDescriptor {
  public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }

  private:
    int fd_;
};

std::string size_text(std::uintmax_t bytes) {
    return std::to_string(bytes / (1024 * 1024)) + " MB";
}

}  // namespace

std::string read_input(const std::string& path, std::uintmax_t max_bytes) {
    if (path == "-") {
        std::string data;
        char buf[65536];
        while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
            data.append(buf, std::size_t(std::cin.gcount()));
            if (data.size() > max_bytes)
                throw UsageError("-: standard input is larger than the limit of " +
                                 size_text(max_bytes) + " (--max-size)");
        }
        return data;
    }
    // One open and one fstat: a batch reads every file of an archive through here.
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT || errno == ENOTDIR) throw UsageError(path + ": no such file");
        throw UsageError(path + ": cannot read file: " + std::strerror(errno));
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        throw UsageError(path + ": cannot read file: " + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) throw UsageError(path + ": is a directory, expected a file");
    std::size_t room = 65536;  // a pipe or a device tells no size
    const bool regular = S_ISREG(st.st_mode);
    if (regular) {
        const auto size = std::uintmax_t(st.st_size);
        if (size > max_bytes)
            throw UsageError(path + ": file is " + size_text(size) + ", larger than the limit of " +
                             size_text(max_bytes) + " (--max-size)");
        room = std::size_t(size) + 1;  // the byte over tells a file that grew since fstat
    }
    // Read into the string itself, growing it when the file is longer than fstat said (it
    // is being written) or has no size; stops at the end of the file or past the limit.
    std::string data(room, '\0');
    std::size_t used = 0;
    for (;;) {
        if (used == data.size()) data.resize(data.size() * 2);
        const ssize_t n = ::read(fd.get(), data.data() + used, data.size() - used);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw UsageError(path + ": read error: " + std::strerror(errno));
        }
        if (n == 0) break;
        used += std::size_t(n);
        if (used > max_bytes)
            throw UsageError(path + ": larger than the limit of " + size_text(max_bytes) +
                             " (--max-size)");
        // A regular file read up to the size fstat gave (the byte over not filled) is read to
        // its end: a batch saves the read that would return 0, a system call per file.
        if (regular && used == std::size_t(st.st_size)) break;
    }
    data.resize(used);
    return data;
}

void write_file_atomically(const fs::path& path, std::string_view content, Durability durability) {
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    if (ec) throw UsageError(path.string() + ": cannot create folder: " + ec.message());
    std::string tmpl = (path.parent_path() / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) throw UsageError(path.string() + ": cannot create file: " + std::strerror(errno));
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(tmpl.c_str());
            throw UsageError(path.string() + ": write failed: " + why);
        }
        p += n;
        left -= std::size_t(n);
    }
    ::fchmod(fd, 0644);
    const bool synced = durability == Durability::deferred || ::fsync(fd) == 0;
    const bool closed = ::close(fd) == 0;
    if (!synced || !closed || std::rename(tmpl.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmpl.c_str());
        throw UsageError(path.string() + ": cannot write file: " + why);
    }
}

}  // namespace mtk::cli
