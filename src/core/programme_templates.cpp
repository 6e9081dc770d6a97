// Programme templates. Why these phases and times:
//
// Full: the default programme as it has always been (defaultPhases), about
// two hours.
//
// Short, for a one-hour slot: the same path from the own practice to a vote,
// but 55 minutes, so the welcome and the changes of phase fit in the hour.
// Own practice 5 (a few sentences, the fields are often prepared), strengths
// and weaknesses 5 each (a quick round, one column at a time so the board
// shows the right column), partners 15 (the heart of the map), combinations
// 10 and scenarios 5 (a first idea per combination, not a plan), vote 5 and
// wrap-up 5 (who does what next).
//
// Arena analysis (METHOD.md, "Arena analysis"): the issue (custom phase: the
// theme that calls for collaboration), the actors around it (Partners, so the
// map has actors to weigh, or checks the reused inventory), weighing each
// actor (custom phase: importance, replaceability, dependency; the arena
// panel), forms of collaboration (Combinations: a combination carries its
// form), selection (Vote) and the wrap-up (approach them; correct and
// complete). About 1 h 40.
#include "core/programme_templates.h"

#include "core/programme.h"

namespace nt {

namespace {

struct TemplatePhase {
    PhaseKind kind;
    int minutes;
    const char* custom = nullptr;  // the custom phase's key part: "template.<id>.<custom>.title"
};

std::vector<TemplatePhase> phasesOf(ProgrammeTemplate t) {
    switch (t) {
        case ProgrammeTemplate::Full: break;
        case ProgrammeTemplate::Short:
            return {{PhaseKind::OwnPractice, 5}, {PhaseKind::Strengths, 5},    {PhaseKind::Weaknesses, 5},
                    {PhaseKind::Partners, 15},   {PhaseKind::Combinations, 10}, {PhaseKind::Scenarios, 5},
                    {PhaseKind::Vote, 5},        {PhaseKind::WrapUp, 5}};
        case ProgrammeTemplate::Arena:
            return {{PhaseKind::Custom, 10, "issue"}, {PhaseKind::Partners, 20},
                    {PhaseKind::Custom, 25, "weigh"}, {PhaseKind::Combinations, 20},
                    {PhaseKind::Vote, 10},            {PhaseKind::WrapUp, 15}};
    }
    return {};
}

}  // namespace

const std::vector<ProgrammeTemplate>& programmeTemplates() {
    static const std::vector<ProgrammeTemplate> all{ProgrammeTemplate::Full, ProgrammeTemplate::Short,
                                                    ProgrammeTemplate::Arena};
    return all;
}

const char* programmeTemplateName(ProgrammeTemplate t) {
    switch (t) {
        case ProgrammeTemplate::Full: return "full";
        case ProgrammeTemplate::Short: return "short";
        case ProgrammeTemplate::Arena: return "arena";
    }
    return "full";
}

std::optional<ProgrammeTemplate> programmeTemplateFromName(const std::string& name) {
    for (ProgrammeTemplate t : programmeTemplates())
        if (name == programmeTemplateName(t)) return t;
    return std::nullopt;
}

Programme programmeFromTemplate(ProgrammeTemplate t, Id firstId, const Translations& tr) {
    Programme p;
    if (t == ProgrammeTemplate::Full) {
        p.phases = defaultPhases(firstId);
        return p;
    }
    Id id = firstId;
    for (const TemplatePhase& tp : phasesOf(t)) {
        Phase phase;
        phase.id = id++;
        phase.kind = tp.kind;
        phase.durationSeconds = tp.minutes * 60;
        if (tp.custom) {
            const std::string key = std::string("template.") + programmeTemplateName(t) + "." + tp.custom;
            phase.title = truncateUtf8(tr(key + ".title"), kMaxNameBytes);
            phase.prompt = truncateUtf8(tr(key + ".prompt"), kMaxNoteTextBytes);
        }
        p.phases.push_back(std::move(phase));
    }
    return p;
}

int programmeMinutes(const Programme& p) {
    int seconds = 0;
    for (const Phase& phase : p.phases)
        if (!phase.skipped) seconds += phase.durationSeconds;
    return seconds / 60;
}

}  // namespace nt
