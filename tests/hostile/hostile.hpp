// Helpers for the hostile-input tests: a canary file holding a secret that must never
// reach any output, a loopback listener that tells whether anything tried to connect,
// and a runner for the built `mtk` command.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace mtk::hostile {

/// A fresh temporary folder with `secret.txt` holding a unique string; removed on exit.
class Canary {
  public:
    Canary();
    ~Canary();
    Canary(const Canary&) = delete;
    Canary& operator=(const Canary&) = delete;

    const std::filesystem::path& dir() const { return dir_; }
    std::filesystem::path secret_file() const { return dir_ / "secret.txt"; }
    const std::string& secret() const { return secret_; }
    /// Writes `content` to dir()/name and returns its path.
    std::filesystem::path write(const std::string& name, std::string_view content) const;

  private:
    std::filesystem::path dir_;
    std::string secret_;
};

/// A TCP listener on 127.0.0.1 (a port the kernel picks). A document that makes mtk
/// fetch http://127.0.0.1:port/... shows up as a pending connection.
class LoopbackListener {
  public:
    LoopbackListener();
    ~LoopbackListener();
    LoopbackListener(const LoopbackListener&) = delete;
    LoopbackListener& operator=(const LoopbackListener&) = delete;

    int port() const { return port_; }
    std::string url(std::string_view path) const;
    /// True when a connection has been made to the listener (accepts it, without waiting).
    bool contacted() const;

  private:
    int fd_ = -1;
    int port_ = 0;
};

struct RunResult {
    int exit_status = -1;  ///< the exit status, or -1 when killed by a signal
    std::string out;       ///< stdout
    std::string err;       ///< stderr
    std::string output() const { return out + err; }
};

/// Runs the built mtk in `cwd` with `args` (a shell fragment: quote file names).
RunResult run_mtk(const std::string& args, const std::filesystem::path& cwd);

/// Quotes one argument for /bin/sh.
std::string quoted(const std::string& arg);

/// A minimal valid minutes document with `meta_extra` inside <meta> after <title>,
/// `prolog` before the root and `root_attrs` on the root element.
std::string minutes_xml(std::string_view title, std::string_view prolog = {},
                        std::string_view root_attrs = {});

}  // namespace mtk::hostile
