#include "batch/rules.hpp"

#include "mtk/validators/registry.hpp"

namespace mtk::cli::batch {
namespace {

/// Calls f(rule, context, reporter) for every enabled rule, with its configured severity and
/// options.
template <typename F>
Diagnostics each_enabled(std::span<const validators::Document> docs,
                         const validators::Config& config, F&& f) {
    static const validators::RuleOptions kNoOptions;
    validators::SetFacts facts;
    Diagnostics out;
    for (const auto& rule : validators::all_rules()) {
        const validators::RuleInfo& info = rule->info();
        const std::string id(info.id);
        if (auto it = config.enabled.find(id); it != config.enabled.end() && !it->second) continue;
        Severity severity = info.default_severity;
        if (auto it = config.severities.find(id); it != config.severities.end())
            severity = it->second;
        const auto opt = config.options.find(id);
        const validators::RuleContext ctx{
            docs, opt == config.options.end() ? kNoOptions : opt->second, config, &facts};
        validators::Reporter reporter(info, severity, out);
        f(*rule, ctx, reporter);
    }
    return out;
}

}  // namespace

Diagnostics check_document(const validators::Document& doc, const validators::Config& config) {
    return each_enabled({&doc, 1}, config,
                        [&](const validators::Rule& rule, const auto& ctx, auto& reporter) {
                            rule.check(doc, ctx, reporter);
                        });
}

Diagnostics check_set(std::span<const validators::Document> docs,
                      const validators::Config& config) {
    return each_enabled(docs, config,
                        [](const validators::Rule& rule, const auto& ctx, auto& reporter) {
                            rule.check_set(ctx, reporter);
                        });
}

}  // namespace mtk::cli::batch
