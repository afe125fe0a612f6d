#include "batch/settings.hpp"

#include <algorithm>
#include <vector>

#include "mtk/converters/text_decode.hpp"

namespace mtk::cli::batch {

std::string settings_fingerprint(const validators::Config& config, std::string_view from) {
    // One line per setting, fields separated by a byte no setting holds.
    std::string text = "from\x1f" + std::string(from) + '\n';
    for (const auto& [id, on] : config.enabled)
        text += "enabled\x1f" + id + '\x1f' + (on ? "1\n" : "0\n");
    for (const auto& [id, severity] : config.severities)
        text += "severity\x1f" + id + '\x1f' + std::string(to_string(severity)) + '\n';
    for (const auto& [id, options] : config.options)
        for (const auto& [key, value] : options)
            text += "option\x1f" + id + '\x1f' + key + '\x1f' + value + '\n';
    for (const std::string& a : config.acronyms) text += "acronym\x1f" + a + '\n';
    std::vector<std::string> people;
    for (const validators::RosterPerson& p : config.roster) {
        std::string line = "person\x1f" + p.name + '\x1f' + p.initials;
        std::vector<std::string> aliases = p.aliases;
        std::sort(aliases.begin(), aliases.end());
        for (const std::string& a : aliases) line += '\x1f' + a;
        people.push_back(line + '\n');
    }
    std::sort(people.begin(), people.end());
    for (const std::string& p : people) text += p;
    return converters::sha256_hex(text);
}

}  // namespace mtk::cli::batch
