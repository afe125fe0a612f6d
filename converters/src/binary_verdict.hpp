// looks_binary of the document being converted, found once: each converter's sniff() and
// then the decoder ask it of the same bytes.
#pragma once

#include <optional>
#include <string_view>

namespace mtk::converters {

/// While alive, looks_binary of exactly `bytes` (the same address and size, in this thread) is
/// found at its first call and remembered; the bytes must not change meanwhile. Nests.
class RememberedBinaryVerdict {
  public:
    explicit RememberedBinaryVerdict(std::string_view bytes);
    ~RememberedBinaryVerdict();
    RememberedBinaryVerdict(const RememberedBinaryVerdict&) = delete;
    RememberedBinaryVerdict& operator=(const RememberedBinaryVerdict&) = delete;

    struct State {
        std::string_view bytes;
        std::optional<bool> verdict;  ///< empty until found
    };

  private:
    State outer_;
};

}  // namespace mtk::converters
