// JSON as plain values, read and written by Poco::JSON.
//
// The values are mtk's own so that code that reads or writes JSON (.mtk.json, the JSON and
// SARIF findings, the batch report) does not link Poco: the `mtk` command reaches Poco::JSON
// through a module it loads the first time it needs JSON (tools/mtk/json_module.cpp), because
// Poco's symbol relocations cost every start about 1 ms, a fifth of a one-document check.
// Programs link one of the two implementations of parse() and write(): mtk_json_poco (Poco
// itself, for the tests) or the module's forwarder (the `mtk` command).
#pragma once

#include <concepts>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace mtk::json {

class Value {
  public:
    using Array = std::vector<Value>;
    using Object = std::vector<std::pair<std::string, Value>>;  ///< in document order

    Value() = default;  ///< null
    Value(bool b) : data_(b) {}
    template <std::integral T>
    requires(!std::same_as<T, bool>) Value(T n) : data_(static_cast<std::int64_t>(n)) {}
    Value(double d) : data_(d) {}
    Value(std::string s) : data_(std::move(s)) {}
    Value(std::string_view s) : data_(std::string(s)) {}
    Value(const char* s) : data_(std::string(s)) {}
    Value(Array a) : data_(std::move(a)) {}
    Value(Object o) : data_(std::move(o)) {}

    static Value object() { return Value(Object{}); }
    static Value array() { return Value(Array{}); }

    /// Appends a member to an object (keys keep the order they are set in).
    Value& set(std::string key, Value v);
    /// Appends an element to an array.
    Value& add(Value v);

    bool is_null() const { return std::holds_alternative<std::monostate>(data_); }
    bool is_bool() const { return std::holds_alternative<bool>(data_); }
    bool is_integer() const { return std::holds_alternative<std::int64_t>(data_); }
    bool is_number() const { return is_integer() || std::holds_alternative<double>(data_); }
    bool is_string() const { return std::holds_alternative<std::string>(data_); }
    bool is_array() const { return std::holds_alternative<Array>(data_); }
    bool is_object() const { return std::holds_alternative<Object>(data_); }

    /// The value of each kind; calling the wrong one throws std::bad_variant_access.
    bool as_bool() const { return std::get<bool>(data_); }
    std::int64_t as_integer() const { return std::get<std::int64_t>(data_); }
    double as_number() const;
    const std::string& as_string() const { return std::get<std::string>(data_); }
    const Array& as_array() const { return std::get<Array>(data_); }
    const Object& as_object() const { return std::get<Object>(data_); }

    /// An object's member, null when absent or when this is not an object.
    const Value* find(std::string_view key) const;
    /// A scalar as text: "true", "42", "1.5", the string itself; "" for null and containers.
    std::string scalar_text() const;

  private:
    std::variant<std::monostate, bool, std::int64_t, double, std::string, Array, Object> data_;
};

/// Text that is not JSON; what() is the parser's one-line reason.
struct ParseError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Parses JSON text (objects keep their keys' order). Throws ParseError when the text is not
/// JSON (and std::runtime_error when the parser cannot be loaded).
Value parse(std::string_view text);

/// JSON text of `v`, `indent` spaces a level (Poco::JSON's layout). Throws std::runtime_error
/// when the writer cannot be loaded or fails.
std::string write(const Value& v, unsigned indent);

}  // namespace mtk::json
