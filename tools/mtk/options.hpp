// Subcommand options: declared once, parsed from the command line, laid out for --help.
//
// The grammar and the page layout are those of Poco::Util's OptionProcessor and
// HelpFormatter, which mtk used before: loading that library and its XML dependencies cost
// every start, a one-file `mtk check` included, about 2 ms of dynamic linking.
//   --name, --name=VALUE (or --name:VALUE), --name VALUE; a long name may be shortened to
//   any unambiguous prefix, in any case; -x, -xVALUE, -x VALUE; "--" ends the options;
//   "-" and everything not starting with "-" are positional.
#pragma once

#include <map>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace mtk::cli {

class Option {
  public:
    Option(std::string name, std::string short_name, std::string description)
        : name_(std::move(name)),
          short_name_(std::move(short_name)),
          description_(std::move(description)) {}

    /// The option takes a value, shown as `argument_name` in --help.
    Option& argument(std::string argument_name) {
        argument_name_ = std::move(argument_name);
        return *this;
    }
    /// The option may be given more than once (else a second one is an error).
    Option& repeatable(bool yes) {
        repeatable_ = yes;
        return *this;
    }

    const std::string& name() const { return name_; }
    const std::string& short_name() const { return short_name_; }
    const std::string& description() const { return description_; }
    const std::string& argument_name() const { return argument_name_; }
    bool takes_argument() const { return !argument_name_.empty(); }
    bool is_repeatable() const { return repeatable_; }

  private:
    std::string name_, short_name_, description_, argument_name_;
    bool repeatable_ = false;
};

using OptionSet = std::vector<Option>;

/// A command line the options do not accept; what() is the reason ("Unknown option
/// specified: frmat").
struct OptionError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct ParsedLine {
    std::map<std::string, std::vector<std::string>> options;  ///< full name -> values
    std::vector<std::string> positional;
};

/// Parses argv against the options. Throws OptionError.
ParsedLine parse_options(const OptionSet& options, const std::vector<std::string>& argv);

/// What --help shows besides the options.
struct HelpPage {
    std::string command;  ///< "mtk check"
    std::string usage;    ///< after the command on the first line
    std::string header;   ///< before the options
    std::string footer;   ///< after them
    int width = 78;       ///< columns to fill
};

/// Writes the --help page: the usage line, the header, one entry per option (its forms in
/// a column as wide as the widest, its description wrapped beside them) and the footer.
void write_help(std::ostream& out, const OptionSet& options, const HelpPage& page);

}  // namespace mtk::cli
