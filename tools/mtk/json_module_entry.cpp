// The JSON module: mtk::json's Poco implementation behind one C entry point.
#include <exception>

#include "json_codec.hpp"
#include "module.hpp"

namespace {

mtk::json::Value parse(std::string_view text, std::string& error) noexcept {
    try {
        return mtk::json::parse(text);
    } catch (const std::exception& e) {
        error = e.what();
    } catch (...) {
        error = "unknown error";
    }
    return {};
}

std::string write(const mtk::json::Value& v, unsigned indent, std::string& error) noexcept {
    try {
        return mtk::json::write(v, indent);
    } catch (const std::exception& e) {
        error = std::string("cannot write JSON: ") + e.what();
    } catch (...) {
        error = "cannot write JSON: unknown error";
    }
    return {};
}

const mtk::cli::JsonCodec codec{parse, write};

}  // namespace

extern "C" const char mtk_module_interface[] = MTK_MODULE_INTERFACE;

extern "C" const mtk::cli::JsonCodec* mtk_json_codec() {
    return &codec;
}
