// GitHub Actions workflow commands: "::error file=F,line=L,col=C,title=RULE::MESSAGE".
#include "formatters/formatter.hpp"

namespace mtk::cli {
namespace {

// Escaping as the runner reads it (actions/toolkit, command.ts): %, CR and LF in the
// message; also ":" and "," in property values, which would end the value.
std::string escape(std::string_view s, bool property) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            case ':':
                out += property ? "%3A" : ":";
                break;
            case ',':
                out += property ? "%2C" : ",";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string_view command(Severity s) {
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::note:
            break;
    }
    return "notice";
}

}  // namespace

void format_github(std::ostream& out, const Report& r) {
    for (const Report::File& f : r.files)
        for (const Diagnostic& d : f.findings) {
            out << "::" << command(d.severity) << " file=" << escape(d.file, true);
            if (d.line > 0) out << ",line=" << d.line;
            if (d.line > 0 && d.column > 0) out << ",col=" << d.column;
            out << ",title=" << escape(d.rule, true) << "::" << escape(d.message, false) << '\n';
        }
}

}  // namespace mtk::cli
