#include "hostile.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdlib.h>  // mkdtemp
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>

namespace fs = std::filesystem;

namespace mtk::hostile {

Canary::Canary() {
    std::string tmpl = (fs::temp_directory_path() / "mtk-hostile-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    dir_ = tmpl;
    std::random_device rd;
    secret_ = "MTK-CANARY-" + std::to_string(rd()) + "-" + std::to_string(rd());
    write("secret.txt", secret_);
}

Canary::~Canary() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

fs::path Canary::write(const std::string& name, std::string_view content) const {
    const fs::path p = dir_ / name;
    std::ofstream out(p, std::ios::binary);
    out.write(content.data(), std::streamsize(content.size()));
    if (!out.flush()) throw std::runtime_error("cannot write " + p.string());
    return p;
}

LoopbackListener::LoopbackListener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd_ < 0) throw std::runtime_error("socket failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(fd_, 16) != 0 ||
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        ::close(fd_);
        throw std::runtime_error("cannot listen on 127.0.0.1");
    }
    port_ = ntohs(addr.sin_port);
}

LoopbackListener::~LoopbackListener() {
    ::close(fd_);
}

std::string LoopbackListener::url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + "/" + std::string(path);
}

bool LoopbackListener::contacted() const {
    const int c = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (c < 0) return false;
    ::close(c);
    return true;
}

std::string quoted(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

RunResult run_mtk(const std::string& args, const fs::path& cwd) {
    const fs::path err = cwd / ".mtk-stderr";
    const std::string cmd = "cd " + quoted(cwd.string()) + " && " + quoted(MTK_BINARY) + " " +
                            args + " 2>" + quoted(err.string());
    RunResult r;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) throw std::runtime_error("popen failed");
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int status = ::pclose(p);
    r.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(err, std::ios::binary);
    r.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return r;
}

std::string minutes_xml(std::string_view title, std::string_view prolog,
                        std::string_view root_attrs) {
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    x += prolog;
    x += "<minutes xmlns=\"urn:mtk:minutes:1\" version=\"1.0\"";
    if (!root_attrs.empty()) x += " " + std::string(root_attrs);
    x += ">\n  <meta>\n    <title>";
    x += title;
    x += "</title>\n    <date>2023-01-17</date>\n    <source format=\"text\" name=\"a.txt\"/>\n  "
         "</meta>\n"
         "  <items/>\n</minutes>\n";
    return x;
}

}  // namespace mtk::hostile
