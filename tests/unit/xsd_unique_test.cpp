// The natively checked uniqueness constraints' key set (core/src/xsd_unique).
#include "xsd_unique.hpp"

#include <gtest/gtest.h>

#include <string>

namespace mtk::xsd_unique {
namespace {

TEST(KeySet, EachKeyGoesInOnce) {
    KeySet keys;
    EXPECT_TRUE(keys.insert("p1"));
    EXPECT_TRUE(keys.insert("p12"));  // a key that starts with another is another key
    EXPECT_TRUE(keys.insert(""));
    EXPECT_FALSE(keys.insert("p1"));
    EXPECT_FALSE(keys.insert("p12"));
    EXPECT_FALSE(keys.insert(""));
    EXPECT_TRUE(keys.insert("p"));
}

TEST(KeySet, KeysStayKnownAsTheSetGrows) {
    KeySet keys;
    for (int i = 0; i < 1000; ++i) EXPECT_TRUE(keys.insert("i" + std::to_string(i))) << i;
    for (int i = 0; i < 1000; ++i) EXPECT_FALSE(keys.insert("i" + std::to_string(i))) << i;
    EXPECT_TRUE(keys.insert("i1000"));
}

}  // namespace
}  // namespace mtk::xsd_unique
