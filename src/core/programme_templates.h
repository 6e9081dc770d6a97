// Programmes to start a new workshop from: the full "build out your network"
// session, a short one that fits an hour, and an arena-analysis session
// (METHOD.md). Phases of a kind leave their title and prompt empty, so they
// follow the board's language; the custom phases of a template get their
// texts from the translations at creation ("template.<id>.<phase>.title").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/translations.h"

namespace nt {

enum class ProgrammeTemplate { Full, Short, Arena };

// Every template, in the order a set-up screen offers them.
const std::vector<ProgrammeTemplate>& programmeTemplates();

// Stable ids ("full", "short", "arena"); the names and one-line descriptions
// are "template.<id>.name" and "template.<id>.about" in the translations.
const char* programmeTemplateName(ProgrammeTemplate t);
std::optional<ProgrammeTemplate> programmeTemplateFromName(const std::string& name);

// The template's phases with ids firstId, firstId + 1, …, the timer not
// started. `tr` (in the workshop's language) gives the custom phases' texts.
Programme programmeFromTemplate(ProgrammeTemplate t, Id firstId, const Translations& tr);

// Minutes the phases that are not skipped take together.
int programmeMinutes(const Programme& p);

}  // namespace nt
