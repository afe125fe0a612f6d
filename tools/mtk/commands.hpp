// The subcommands. Each returns the process exit status (0, 1 or 2) and throws
// UsageError for problems that stop the whole command.
#pragma once

#include <string>
#include <vector>

namespace mtk::cli {

int run_convert(const std::vector<std::string>& argv);
int run_validate(const std::vector<std::string>& argv);
int run_check(const std::vector<std::string>& argv);
int run_rules(const std::vector<std::string>& argv);
int run_report(const std::vector<std::string>& argv);
int run_manifest(const std::vector<std::string>& argv);

}  // namespace mtk::cli
