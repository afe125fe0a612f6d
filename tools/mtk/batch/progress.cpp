#include "batch/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace mtk::cli::batch {
namespace {

using Clock = std::chrono::steady_clock;

std::string duration_text(double seconds) {
    const long s = long(seconds + 0.5);
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

}  // namespace

Progress::Progress(Verbosity v)
    : verbosity_(v),
      draw_(v == Verbosity::normal && ::isatty(STDERR_FILENO)),
      start_(Clock::now()),
      last_draw_(start_) {}

Progress::~Progress() {
    clear_line();
}

void Progress::file_done(std::size_t findings, std::string_view verbose_line) {
    ++done_;
    findings_ += findings;
    if (verbosity_ == Verbosity::verbose) message(verbose_line);
    tick();
}

void Progress::message(std::string_view line) {
    if (verbosity_ == Verbosity::quiet) return;
    clear_line();
    std::cerr << line << '\n';
}

void Progress::error(std::string_view line) {
    clear_line();
    std::cerr << line << '\n';
}

void Progress::tick() {
    if (draw_ && Clock::now() - last_draw_ >= std::chrono::milliseconds(100)) draw();
}

void Progress::draw() {
    last_draw_ = Clock::now();
    const double elapsed = std::chrono::duration<double>(last_draw_ - start_).count();
    const double rate = elapsed > 0 ? double(done_) / elapsed : 0;
    char buf[160];
    int n = total_ ? std::snprintf(buf, sizeof buf, "%zu/%zu files", done_, *total_)
                   : std::snprintf(buf, sizeof buf, "%zu files", done_);
    n += std::snprintf(buf + n, sizeof buf - std::size_t(n), ", %.0f files/s", rate);
    if (total_ && rate > 0 && *total_ >= done_)
        n += std::snprintf(buf + n, sizeof buf - std::size_t(n), ", ETA %s",
                           duration_text(double(*total_ - done_) / rate).c_str());
    std::snprintf(buf + n, sizeof buf - std::size_t(n), ", %zu findings", findings_);
    std::cerr << "\r\033[K" << buf << std::flush;
    drawn_ = true;
}

void Progress::clear_line() {
    if (!drawn_) return;
    std::cerr << "\r\033[K" << std::flush;
    drawn_ = false;
}

}  // namespace mtk::cli::batch
