#include "io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace fs = std::filesystem;

namespace mtk::cli {
namespace {

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
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw UsageError(path + ": no such file");
    if (fs::is_directory(status)) throw UsageError(path + ": is a directory, expected a file");
    if (fs::is_regular_file(status)) {
        const auto size = fs::file_size(path, ec);
        if (!ec && size > max_bytes)
            throw UsageError(path + ": file is " + size_text(size) + ", larger than the limit of " +
                             size_text(max_bytes) + " (--max-size)");
    }
    // Opened read-only: sources are never written.
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UsageError(path + ": cannot read file: " + std::strerror(errno));
    std::string data;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        data.append(buf, std::size_t(in.gcount()));
        if (data.size() > max_bytes)
            throw UsageError(path + ": larger than the limit of " + size_text(max_bytes) +
                             " (--max-size)");
    }
    if (in.bad()) throw UsageError(path + ": read error");
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
