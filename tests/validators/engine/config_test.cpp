// .mtk.json and roster loading (validators/src/config.cpp).
#include "mtk/validators/config.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace mtk::validators;
namespace fs = std::filesystem;

namespace {

class ConfigFiles : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("mtk-config-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path write(const std::string& name, const std::string& text) {
        std::ofstream(dir_ / name) << text;
        return dir_ / name;
    }
    std::string error_of(const fs::path& p) {
        try {
            load_config(p);
        } catch (const std::runtime_error& e) {
            return e.what();
        }
        return "";
    }
    fs::path dir_;
};

const char* kRoster = R"(<roster xmlns="urn:mtk:roster:1" body="LCRB">
  <person initials="SK"><name>Sadiq Khan</name><alias>Sadiq</alias></person>
  <person initials="Kris V"><name>Kris Venkatasami</name></person>
</roster>)";

}  // namespace

TEST_F(ConfigFiles, ReadsRulesOptionsAcronymsRosterAndFailOn) {
    write("roster.xml", kRoster);
    const Config c = load_config(write(".mtk.json", R"({
      "rules": {"actions/missing-due-date": "off", "names/undefined-initials": {"severity": "note",
                "options": {"maxLength": 3}}, "attendance/duplicate-person": {"enabled": false}},
      "acronyms": ["MOPAC"], "roster": "roster.xml", "failOn": "warning"})"));
    EXPECT_FALSE(c.enabled.at("actions/missing-due-date"));
    EXPECT_FALSE(c.enabled.at("attendance/duplicate-person"));
    EXPECT_EQ(c.severities.at("names/undefined-initials"), mtk::Severity::note);
    EXPECT_EQ(c.options.at("names/undefined-initials").at("maxLength"), "3");
    EXPECT_TRUE(c.acronyms.contains("MOPAC"));
    EXPECT_EQ(c.fail_on, mtk::Severity::warning);
    ASSERT_EQ(c.roster.size(), 2u);
    EXPECT_EQ(c.roster[0].name, "Sadiq Khan");
    EXPECT_EQ(c.roster[0].aliases, std::vector<std::string>{"Sadiq"});
    EXPECT_EQ(c.roster[1].initials, "Kris V");
}

TEST_F(ConfigFiles, BadJsonIsOneLineNamingTheFile) {
    const fs::path p = write(".mtk.json", "{\"rules\": {\n \"a\": \n");
    const std::string e = error_of(p);
    EXPECT_TRUE(e.starts_with(p.string() + ": not valid JSON")) << e;
    EXPECT_EQ(e.find('\n'), std::string::npos) << e;
}

TEST_F(ConfigFiles, UnknownRuleIdIsAnError) {
    const fs::path p = write(".mtk.json", R"({"rules": {"names/no-such-rule": "off"}})");
    EXPECT_EQ(error_of(p),
              p.string() + ": unknown rule 'names/no-such-rule' (mtk rules lists them)");
}

TEST_F(ConfigFiles, UnknownOptionWrongTypeAndBadSeverityAreErrors) {
    EXPECT_EQ(
        error_of(write(
            "a.json", R"({"rules": {"names/undefined-initials": {"options": {"minLength": 2}}}})")),
        (dir_ / "a.json").string() +
            ": rule 'names/undefined-initials' has no option 'minLength' (mtk rules "
            "names/undefined-initials "
            "lists them)");
    EXPECT_EQ(error_of(write(
                  "b.json",
                  R"({"rules": {"names/undefined-initials": {"options": {"maxLength": "x"}}}})")),
              (dir_ / "b.json").string() +
                  ": rule 'names/undefined-initials', option 'maxLength': expected an integer");
    EXPECT_EQ(error_of(write("c.json", R"({"rules": {"schema/invalid": "fatal"}})")),
              (dir_ / "c.json").string() +
                  ": rule 'schema/invalid': expected note, warning, error or off, not 'fatal'");
    EXPECT_EQ(error_of(write("d.json", R"({"rule": {}})")),
              (dir_ / "d.json").string() +
                  ": unknown key 'rule' (known: rules, acronyms, roster, failOn)");
}

TEST_F(ConfigFiles, RosterIsValidatedAgainstItsSchema) {
    Config c;
    const fs::path bad = write(
        "bad.xml",
        R"(<roster xmlns="urn:mtk:roster:1"><person initials="sk"><name>Sadiq Khan</name></person></roster>)");
    try {
        load_roster(bad, c);
        FAIL() << "a roster with lower-case initials was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_TRUE(std::string(e.what()).starts_with(
            bad.string() + ":1: roster does not match schemas/roster.xsd"))
            << e.what();
    }
    const fs::path wrong_ns =
        write("ns.xml", R"(<roster><person><name>Sadiq Khan</name></person></roster>)");
    EXPECT_THROW(load_roster(wrong_ns, c), std::runtime_error);
    // No entities, no network: a DOCTYPE is refused before anything is loaded.
    const fs::path xxe =
        write("xxe.xml",
              "<!DOCTYPE roster [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
              "<roster xmlns=\"urn:mtk:roster:1\"><person><name>&x;</name></person></roster>");
    EXPECT_THROW(load_roster(xxe, c), std::runtime_error);
    EXPECT_TRUE(c.roster.empty());
    load_roster(write("ok.xml", kRoster), c);
    EXPECT_EQ(c.roster.size(), 2u);
}

TEST_F(ConfigFiles, FindsTheConfigUpward) {
    write(".mtk.json", "{}");
    fs::create_directories(dir_ / "a" / "b");
    EXPECT_EQ(find_config(dir_ / "a" / "b"), dir_ / ".mtk.json");
}

TEST_F(ConfigFiles, RosterThatIsADeviceOrFolderIsRefusedNotRead) {
    const fs::path cfg = write(".mtk.json", R"({"roster": "/dev/zero"})");
    EXPECT_THAT(error_of(cfg), ::testing::HasSubstr("/dev/zero: not a regular file"));
    EXPECT_THAT(error_of(dir_), ::testing::HasSubstr("not a regular file"));
}
