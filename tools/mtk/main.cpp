// mtk: minutes -> structured XML, and checks of minutes before they are published.
#include <exception>
#include <iostream>
#include <string_view>

#include "commands.hpp"
#include "io.hpp"
#include "mtk/xsd.hpp"

namespace {

constexpr std::string_view kHelp = R"(usage: mtk <command> [options] [args]

mtk turns the minutes of public meetings into structured XML (urn:mtk:minutes:1)
and checks them before they are published.

commands:
  convert   text / HTML minutes -> minutes XML
  validate  minutes XML -> XSD check and every enabled rule
  check     convert in memory, then validate: the one command for a clerk or a CI job
  rules     list the rules, or print one rule's documentation
  report    summarise the manifest of a batch conversion (text, json, html)
  manifest  merge the manifests of shards

`mtk <command> --help` describes every option of a command.

exit status: 0 no findings at or above --fail-on; 1 findings at or above it;
2 usage error, unreadable input, or a file that is not minutes.
)";

}  // namespace

int main(int argc, char** argv) {
    mtk::init_xml_library();  // before any worker thread touches libxml2
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kHelp;
        return 2;
    }
    const std::string cmd = args.front();
    args.erase(args.begin());
    try {
        if (cmd == "--help" || cmd == "-h" || cmd == "help") {
            std::cout << kHelp;
            return 0;
        }
        if (cmd == "--version" || cmd == "-V") {
            std::cout << "mtk " << MTK_VERSION << '\n';
            return 0;
        }
        if (cmd == "convert") return mtk::cli::run_convert(args);
        if (cmd == "validate") return mtk::cli::run_validate(args);
        if (cmd == "check") return mtk::cli::run_check(args);
        if (cmd == "rules") return mtk::cli::run_rules(args);
        if (cmd == "report") return mtk::cli::run_report(args);
        if (cmd == "manifest") return mtk::cli::run_manifest(args);
        std::cerr
            << "mtk: unknown command '" << cmd
            << "' (commands: convert, validate, check, rules, report, manifest; see mtk --help)\n";
        return 2;
    } catch (const mtk::cli::UsageError& e) {
        std::cerr << "mtk: " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "mtk: " << cmd << ": " << e.what() << '\n';
        return 2;
    }
}
