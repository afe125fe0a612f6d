// mtk::json::parse and write with Poco::JSON: linked into the tests directly and into the
// `mtk` command's JSON module (see mtk/json.hpp).
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

#include "mtk/json.hpp"

namespace mtk::json {
namespace {

using Poco::Dynamic::Var;

Value from_var(const Var& v) {
    if (v.isEmpty()) return {};
    if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
        const auto& o = v.extract<Poco::JSON::Object::Ptr>();
        Value out = Value::object();
        for (const std::string& key : o->getNames()) out.set(key, from_var(o->get(key)));
        return out;
    }
    if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto& a = v.extract<Poco::JSON::Array::Ptr>();
        Value out = Value::array();
        for (std::size_t i = 0; i < a->size(); ++i) out.add(from_var(a->get(unsigned(i))));
        return out;
    }
    if (v.isBoolean()) return v.convert<bool>();
    if (v.isInteger()) {
        try {
            return v.convert<Poco::Int64>();
        } catch (const Poco::RangeException&) {  // beyond 64 bits: keep its magnitude
            return v.convert<double>();
        }
    }
    if (v.isNumeric()) return v.convert<double>();
    return v.convert<std::string>();
}

Var to_var(const Value& v) {
    if (v.is_object()) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        for (const auto& [key, member] : v.as_object()) o->set(key, to_var(member));
        return o;
    }
    if (v.is_array()) {
        Poco::JSON::Array::Ptr a = new Poco::JSON::Array;
        for (const Value& e : v.as_array()) a->add(to_var(e));
        return a;
    }
    if (v.is_bool()) return v.as_bool();
    if (v.is_integer()) return Poco::Int64(v.as_integer());
    if (v.is_number()) return v.as_number();
    if (v.is_string()) return v.as_string();
    return Var();
}

}  // namespace

Value parse(std::string_view text) {
    try {
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));  // keep the key order
        return from_var(parser.parse(std::string(text)));
    } catch (const Poco::Exception& e) {
        throw ParseError(e.displayText());
    }
}

std::string write(const Value& v, unsigned indent) {
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(to_var(v), out, indent);
    return out.str();
}

}  // namespace mtk::json
