#include <charconv>
#include <stdexcept>

#include "mtk/json.hpp"

namespace mtk::json {

Value& Value::set(std::string key, Value v) {
    std::get<Object>(data_).emplace_back(std::move(key), std::move(v));
    return *this;
}

Value& Value::add(Value v) {
    std::get<Array>(data_).push_back(std::move(v));
    return *this;
}

double Value::as_number() const {
    if (const auto* i = std::get_if<std::int64_t>(&data_)) return double(*i);
    return std::get<double>(data_);
}

const Value* Value::find(std::string_view key) const {
    const auto* o = std::get_if<Object>(&data_);
    if (!o) return nullptr;
    for (const auto& [k, v] : *o)
        if (k == key) return &v;
    return nullptr;
}

std::string Value::scalar_text() const {
    if (const auto* b = std::get_if<bool>(&data_)) return *b ? "true" : "false";
    if (const auto* s = std::get_if<std::string>(&data_)) return *s;
    char buf[32];
    std::to_chars_result r{buf, {}};
    if (const auto* i = std::get_if<std::int64_t>(&data_))
        r = std::to_chars(buf, buf + sizeof buf, *i);
    else if (const auto* d = std::get_if<double>(&data_))
        r = std::to_chars(buf, buf + sizeof buf, *d);
    return std::string(buf, r.ptr);
}

}  // namespace mtk::json
