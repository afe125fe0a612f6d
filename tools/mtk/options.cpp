#include "options.hpp"

#include <set>

#include "mtk/ascii.hpp"

namespace mtk::cli {
namespace {

// "name=value" or "name:value": the length of the name part.
std::size_t name_length(std::string_view s) {
    return std::min(s.find_first_of(":="), s.size());
}

// The name part of `s` is a prefix of the option's full name, in any case.
bool prefix_of_name(const Option& o, std::string_view s) {
    const std::size_t n = name_length(s);
    return n <= o.name().size() && ascii::iequals(s.substr(0, n), o.name().substr(0, n));
}

bool is_full_name(const Option& o, std::string_view s) {
    return ascii::iequals(s.substr(0, name_length(s)), o.name());
}

bool starts_with_short_name(const Option& o, std::string_view s) {
    return !s.empty() && !o.short_name().empty() && s.starts_with(o.short_name());
}

// The option `s` (what follows "--" or "-") names: a full name wins over a longer name it is
// a prefix of; two candidates otherwise are ambiguous.
const Option& find(const OptionSet& options, const std::string& s, bool is_short) {
    const Option* found = nullptr;
    for (const Option& o : options) {
        if (is_short ? !starts_with_short_name(o, s) : (s.empty() || !prefix_of_name(o, s)))
            continue;
        const bool full = !is_short && is_full_name(o, s);
        if (found && !full) throw OptionError("Ambiguous option specified: " + s);
        found = &o;
        if (full) break;
    }
    if (!found) throw OptionError("Unknown option specified: " + s);
    return *found;
}

// The value given with the option in `s` ("format=json", "j2"), "" for a flag.
std::string value_in(const Option& o, const std::string& s) {
    const std::size_t separator = s.find_first_of(":=");
    if (prefix_of_name(o, s)) {
        if (o.takes_argument()) {
            if (separator == std::string::npos)
                throw OptionError("Missing option argument: " + o.name() + " requires " +
                                  o.argument_name());
            return s.substr(separator + 1);
        }
        if (separator != std::string::npos) throw OptionError("Unexpected option argument: " + s);
        return "";
    }
    if (!starts_with_short_name(o, s)) throw OptionError("Unknown option specified: " + s);
    if (o.takes_argument())
        return s.substr(o.short_name().size());  // "-j2"; "-j 2" is parsed before
    if (s.size() != o.short_name().size()) throw OptionError("Unexpected option argument: " + s);
    return "";
}

class HelpWriter {
  public:
    HelpWriter(std::ostream& out, int width) : out_(out), width_(width) {}

    // Words and spaces of `text` from column `first`; wrapped lines start at column `indent`.
    void text(const std::string& text, int indent, int first) {
        column_ = first;
        const std::size_t longest = std::size_t(width_ - indent);
        std::string word;
        for (char c : text) {
            if (c == '\n') {
                flush(word, indent);
                out_ << '\n';
                column_ = 0;
                pad(indent);
            } else if (c == '\t') {
                flush(word, indent);
                if (column_ < width_) ++column_;
                while (column_ < width_ && column_ % 4 != 0) space();
            } else if (c == ' ') {
                flush(word, indent);
                if (column_ < width_) space();
            } else if (word.size() == longest) {
                flush(word, indent);  // as Poco did, the character that overflows is dropped
            } else {
                word += c;
            }
        }
        flush(word, indent);
    }

  private:
    void space() {
        out_ << ' ';
        ++column_;
    }
    void pad(int to) {
        while (column_ < to) space();
    }
    void flush(std::string& word, int indent) {
        if (column_ + int(word.size()) > width_) {
            out_ << '\n';
            column_ = 0;
            pad(indent);
        }
        out_ << word;
        column_ += int(word.size());
        word.clear();
    }

    std::ostream& out_;
    int width_;
    int column_ = 0;
};

// "-f FORMAT, --format=FORMAT" without the spaces: "-fFORMAT, --format=FORMAT".
std::string forms(const Option& o) {
    std::string s;
    if (!o.short_name().empty()) {
        s += "-" + o.short_name() + o.argument_name();
        if (!o.name().empty()) s += ", ";
    }
    if (!o.name().empty()) {
        s += "--" + o.name();
        if (o.takes_argument()) s += "=" + o.argument_name();
    }
    return s;
}

}  // namespace

ParsedLine parse_options(const OptionSet& options, const std::vector<std::string>& argv) {
    ParsedLine line;
    std::set<std::string> given;
    const Option* awaiting_value = nullptr;  // "-o OUT": the option before its value
    bool only_positional = false;
    for (const std::string& a : argv) {
        if (only_positional) {
            line.positional.push_back(a);
        } else if (awaiting_value) {
            line.options[awaiting_value->name()].push_back(a);
            awaiting_value = nullptr;
        } else if (a == "--") {
            only_positional = true;
        } else if (a.size() < 2 || a[0] != '-') {
            line.positional.push_back(a);
        } else {
            const bool is_short = a[1] != '-';
            const std::string s = a.substr(is_short ? 1 : 2);
            const Option& o = find(options, s, is_short);
            if (!given.insert(o.name()).second && !o.is_repeatable())
                throw OptionError("Option must not be given more than once: " + o.name());
            const bool value_follows = is_short ? s.size() == o.short_name().size()
                                                : s.find_first_of(":=") == std::string::npos;
            if (o.takes_argument() && value_follows)
                awaiting_value = &o;
            else
                line.options[o.name()].push_back(value_in(o, s));
        }
    }
    if (awaiting_value)
        throw OptionError("Missing option argument: " + awaiting_value->name() + " requires " +
                          awaiting_value->argument_name());
    return line;
}

void write_help(std::ostream& out, const OptionSet& options, const HelpPage& page) {
    HelpWriter w(out, page.width);
    out << "usage: " << page.command;
    if (!page.usage.empty()) {
        out << ' ';
        const int after_command = int(page.command.size()) + 1;
        w.text(page.usage, after_command, after_command);
    }
    out << '\n';
    if (!page.header.empty()) {
        w.text(page.header, 0, 0);
        out << "\n\n";
    }
    std::size_t column = 0;
    for (const Option& o : options) column = std::max(column, forms(o).size() + 2);
    for (const Option& o : options) {
        const std::string f = forms(o);
        out << f << std::string(column - f.size(), ' ');
        w.text(o.description(), int(column), int(column));
        out << '\n';
    }
    if (!page.footer.empty()) {
        out << '\n';
        w.text(page.footer, 0, 0);
        out << '\n';
    }
}

}  // namespace mtk::cli
