// mtk::json with Poco: what .mtk.json and the JSON outputs rely on.
#include "mtk/json.hpp"

#include <gtest/gtest.h>

namespace mtk::json {
namespace {

TEST(Json, ParseKeepsKeyOrderAndKinds) {
    const Value v = parse(R"({"zeta": 1, "alpha": [true, null, 2.5, "x\u00e9"], "mid": {}})");
    ASSERT_TRUE(v.is_object());
    const auto& o = v.as_object();
    ASSERT_EQ(o.size(), 3u);
    EXPECT_EQ(o[0].first, "zeta");
    EXPECT_EQ(o[1].first, "alpha");
    EXPECT_EQ(o[2].first, "mid");
    EXPECT_TRUE(o[0].second.is_integer());
    EXPECT_EQ(o[0].second.as_integer(), 1);
    const auto& a = v.find("alpha")->as_array();
    ASSERT_EQ(a.size(), 4u);
    EXPECT_TRUE(a[0].as_bool());
    EXPECT_TRUE(a[1].is_null());
    EXPECT_DOUBLE_EQ(a[2].as_number(), 2.5);
    EXPECT_FALSE(a[2].is_integer());
    EXPECT_EQ(a[3].as_string(), "x\xC3\xA9");
    EXPECT_TRUE(v.find("mid")->is_object());
    EXPECT_EQ(v.find("none"), nullptr);
    EXPECT_EQ(a[0].find("x"), nullptr);  // not an object
}

TEST(Json, ScalarText) {
    EXPECT_EQ(Value(true).scalar_text(), "true");
    EXPECT_EQ(Value(-42).scalar_text(), "-42");
    EXPECT_EQ(Value(1.5).scalar_text(), "1.5");
    EXPECT_EQ(Value("abc").scalar_text(), "abc");
    EXPECT_EQ(Value().scalar_text(), "");
}

TEST(Json, NotJsonIsAParseError) {
    EXPECT_THROW(parse(R"({"rules": )"), ParseError);
    EXPECT_THROW(parse("{'single': 1}"), ParseError);
}

TEST(Json, WriteRoundTripsInOrder) {
    Value v = Value::object();
    v.set("b", 2).set("a", Value::array().add("q\"uote").add(false)).set("n", Value());
    const std::string text = write(v, 0);
    EXPECT_LT(text.find("\"b\""), text.find("\"a\""));
    const Value back = parse(text);
    EXPECT_EQ(back.find("b")->as_integer(), 2);
    EXPECT_EQ(back.find("a")->as_array()[0].as_string(), "q\"uote");
    EXPECT_FALSE(back.find("a")->as_array()[1].as_bool());
    EXPECT_TRUE(back.find("n")->is_null());
    EXPECT_NE(write(v, 2).find("\n  "), std::string::npos);  // indented
}

}  // namespace
}  // namespace mtk::json
