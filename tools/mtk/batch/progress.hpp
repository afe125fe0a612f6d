// What a batch says on stderr: one progress line redrawn on a terminal, nothing when stderr
// is not one, a line per file with --verbose. Messages (notes, failures) clear the line first.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mtk::cli::batch {

enum class Verbosity { quiet, normal, verbose };

class Progress {
  public:
    /// Draws only when stderr is a terminal and verbosity is normal.
    explicit Progress(Verbosity v);
    /// Clears the progress line.
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// Whether a progress line is drawn (worth counting the files for).
    bool drawing() const { return draw_; }
    void set_total(std::optional<std::size_t> total) { total_ = total; }

    /// One file finished with `findings` findings.
    void file_done(std::size_t findings, std::string_view verbose_line);
    /// A note or summary: printed unless quiet.
    void message(std::string_view line);
    /// A file that could not be used: always printed.
    void error(std::string_view line);
    /// Redraws the line if the last draw is older than a tenth of a second.
    void tick();
    /// Clears the line before something else is printed to the terminal.
    void clear_line();

  private:
    void draw();

    Verbosity verbosity_;
    bool draw_ = false, drawn_ = false;
    std::optional<std::size_t> total_;
    std::size_t done_ = 0, findings_ = 0;
    std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace mtk::cli::batch
