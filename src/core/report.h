// The results report of a workshop: Markdown to read and share, CSV for
// spreadsheets. Both list the own practice, strengths, weaknesses, actors
// per municipality and half, combinations (members with roles, ideas,
// motives, votes and rank) in rank order, the chosen follow-ups and the
// reflection answers. Texts people typed are escaped, never interpreted.
#pragma once

#include <string>

#include "core/catalogue.h"
#include "core/model.h"
#include "core/translations.h"

namespace nt {

struct ReportInput {
    const Board& board;
    const Catalogue& catalogue;
    const Translations& tr;
    Lang lang;
};

std::string reportMarkdown(const ReportInput& in);

// Semicolon-separated (what Excel expects in Belgium), UTF-8 with a byte
// order mark, one row per item with a "section" column to filter on.
std::string reportCsv(const ReportInput& in);

// Where the report goes, beside the board file and named after it:
// "…/workshop.netwerktafel" → "…/workshop-verslag.md" (Dutch) or
// "…/workshop-report.md" (English). `extension` with its dot: ".md".
std::string reportPathFor(const std::string& boardPath, Lang lang, const std::string& extension);

}  // namespace nt
