// The JSON module: mtk::json's Poco implementation behind one C entry point.
#include <exception>
#include <type_traits>

#include "json_codec.hpp"
#include "module.hpp"

namespace {

// Runs f and returns what it returns; when it throws, `prefix` and the reason go to `error`
// instead and an empty value is returned: no exception leaves the module.
template <typename F>
std::invoke_result_t<F> fenced(std::string_view prefix, std::string& error, F&& f) noexcept {
    try {
        return f();
    } catch (const std::exception& e) {
        error = std::string(prefix) + e.what();
    } catch (...) {
        error = std::string(prefix) + "unknown error";
    }
    return {};
}

mtk::json::Value parse(std::string_view text, std::string& error) noexcept {
    return fenced("", error, [&] { return mtk::json::parse(text); });
}

std::string write(const mtk::json::Value& v, unsigned indent, std::string& error) noexcept {
    return fenced("cannot write JSON: ", error, [&] { return mtk::json::write(v, indent); });
}

const mtk::cli::JsonCodec codec{parse, write};

}  // namespace

extern "C" const char mtk_module_interface[] = MTK_MODULE_INTERFACE;

extern "C" const mtk::cli::JsonCodec* mtk_json_codec() {
    return &codec;
}
