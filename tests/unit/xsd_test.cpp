// The XSD check: threads that each compile their own Schema (as the rule engine's workers
// do) must not race in libxml2's lazy initialisation. Under the sanitizer build a race
// shows as a leak or a heap error; in every build the results must agree.
#include "mtk/xsd.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace {

constexpr std::string_view kValid = R"(<minutes xmlns="urn:mtk:minutes:1" version="1.0">
  <meta><date>2023-01-17</date><source format="text" name="a.txt"/></meta><items/></minutes>)";
constexpr std::string_view kInvalid = R"(<minutes xmlns="urn:mtk:minutes:1" version="1.0">
  <meta><date>17 January 2023</date><source format="text" name="a.txt"/></meta><items/></minutes>)";

TEST(Schema, ThreadsCompilingTheirOwnSchemasAgree) {
    constexpr int kThreads = 4;
    std::vector<std::size_t> valid_errors(kThreads), invalid_errors(kThreads);
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                const mtk::Schema schema(mtk::default_schema_path());
                valid_errors[t] = schema.validate(kValid).size();
                invalid_errors[t] = schema.validate(kInvalid).size();
            });
    }
    for (int t = 0; t < kThreads; ++t) {
        EXPECT_EQ(valid_errors[t], 0u) << "thread " << t;
        EXPECT_EQ(invalid_errors[t], 1u) << "thread " << t;
    }
}

}  // namespace
