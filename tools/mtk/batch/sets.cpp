#include "batch/sets.hpp"

#include <algorithm>
#include <vector>

#include "batch/rules.hpp"

namespace mtk::cli::batch {

void SetCollector::add(const SourceFile& f, Checked c) {
    if (c.doc) {
        c.doc->xml.clear();  // only the per-document XSD check reads it
        c.doc->xml.shrink_to_fit();
    }
    sets_[f.set].files.emplace(f.seq, std::pair{f.path, std::move(c)});
    release();
}

void SetCollector::release() {
    while (!sets_.empty()) {
        auto first = sets_.begin();
        Set& set = first->second;
        if (!sources_.closed(first->first) || set.files.size() < set.issued) return;
        std::vector<validators::Document> docs;
        for (auto& [seq, file] : set.files)
            if (file.second.doc) docs.push_back(std::move(*file.second.doc));
        Diagnostics across = check_set(docs, config_);
        for (auto& [seq, file] : set.files) {
            Diagnostics& mine = file.second.findings;
            for (const Diagnostic& d : across)
                if (d.file == file.first) mine.push_back(d);
            std::stable_sort(mine.begin(), mine.end());
            emit_(file.first, std::move(mine), file.second.error);
        }
        sets_.erase(first);
    }
}

}  // namespace mtk::cli::batch
