#include "batch/sets.hpp"

#include <algorithm>

#include "batch/rules.hpp"

namespace mtk::cli::batch {

SetCollector::SetCollector(const Sources& sources, const validators::Config& config, unsigned jobs,
                           Emit emit)
    : sources_(sources),
      config_(config),
      emit_(std::move(emit)),
      pool_(jobs, Clock::duration::zero()),
      window_(2 * std::size_t(jobs)) {}

void SetCollector::add(const SourceFile& f, Checked c) {
    if (c.doc) {
        c.doc->xml.clear();  // only the per-document XSD check reads it
        c.doc->xml.shrink_to_fit();
    }
    sets_[f.set].files.emplace(f.seq, std::pair{f.path, std::move(c)});
    start_complete_sets();
    collect(Clock::duration::zero());
    emit_finished();
}

void SetCollector::finish() {
    while (!sets_.empty()) {
        start_complete_sets();
        emit_finished();
        if (running_ > 0) collect(std::chrono::milliseconds(100));
    }
}

void SetCollector::start_complete_sets() {
    for (auto& [id, set] : sets_) {
        if (set.started) continue;
        if (!sources_.closed(id) || set.files.size() < set.issued) continue;
        std::vector<validators::Document> docs;
        docs.reserve(set.files.size());  // each document is moved once
        for (auto& [seq, file] : set.files)
            if (file.second.doc) docs.push_back(std::move(*file.second.doc));
        set.started = true;
        if (docs.size() <= 1) {
            set.across = check_set(docs, config_);
            continue;
        }
        while (running_ >= window_) collect(std::chrono::milliseconds(100));
        auto shared = std::make_shared<const std::vector<validators::Document>>(std::move(docs));
        pool_.push(id, [shared, this](Claim&) {
            return std::make_unique<Diagnostics>(check_set(*shared, config_));
        });
        ++running_;
    }
}

void SetCollector::collect(Clock::duration wait) {
    while (running_ > 0) {
        auto done = pool_.pop(wait);
        if (!done) return;
        --running_;
        sets_.at(done->id).across = std::move(**done->out);
        wait = Clock::duration::zero();
    }
}

void SetCollector::emit_finished() {
    while (!sets_.empty() && sets_.begin()->second.across) {
        Set& set = sets_.begin()->second;
        for (auto& [seq, file] : set.files) {
            Diagnostics& mine = file.second.findings;
            for (const Diagnostic& d : *set.across)
                if (d.file == file.first) mine.push_back(d);
            std::stable_sort(mine.begin(), mine.end());
            emit_(file.first, std::move(mine), file.second.error);
        }
        sets_.erase(sets_.begin());
    }
}

}  // namespace mtk::cli::batch
