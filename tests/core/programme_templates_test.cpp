// The programme templates a new workshop starts from: each goes somewhere (a
// vote or a selection, then a wrap-up), the short one fits an hour, the
// arena session has the arena's steps, and every phase has a title and a
// prompt in both languages.
#include <gtest/gtest.h>

#include "board_builder.h"
#include "core/board_file.h"
#include "core/programme.h"
#include "core/programme_templates.h"

namespace nt {
namespace {

const Translations& nl() {
    static const Translations tr = Translations::load(test::sourceAsset("i18n/nl.json").string());
    return tr;
}
const Translations& en() {
    static const Translations tr = Translations::load(test::sourceAsset("i18n/en.json").string());
    return tr;
}

std::vector<PhaseKind> kinds(const Programme& p) {
    std::vector<PhaseKind> out;
    for (const Phase& ph : p.phases) out.push_back(ph.kind);
    return out;
}

TEST(ProgrammeTemplates, EachEndsWithAVoteAndAWrapUp) {
    for (ProgrammeTemplate t : programmeTemplates()) {
        const Programme p = programmeFromTemplate(t, 1, nl());
        ASSERT_GE(p.phases.size(), 4u) << programmeTemplateName(t);
        EXPECT_EQ(p.phases.back().kind, PhaseKind::WrapUp) << programmeTemplateName(t);
        EXPECT_EQ(p.phases[p.phases.size() - 2].kind, PhaseKind::Vote) << programmeTemplateName(t);
        EXPECT_EQ(p.timer, PhaseTimer{}) << "the workshop has not begun";
        for (size_t i = 0; i < p.phases.size(); ++i) {
            EXPECT_EQ(p.phases[i].id, 1 + i);
            EXPECT_GT(p.phases[i].durationSeconds, 0);
            EXPECT_FALSE(p.phases[i].skipped);
        }
    }
}

TEST(ProgrammeTemplates, TheFullOneIsTheDefaultProgramme) {
    EXPECT_EQ(programmeFromTemplate(ProgrammeTemplate::Full, 7, nl()).phases, defaultPhases(7));
    EXPECT_EQ(programmeMinutes(programmeFromTemplate(ProgrammeTemplate::Full, 1, nl())), 120);
}

TEST(ProgrammeTemplates, TheShortOneFitsAnHourFromOwnPracticeToTheVote) {
    const Programme p = programmeFromTemplate(ProgrammeTemplate::Short, 1, nl());
    EXPECT_LE(programmeMinutes(p), 60);
    EXPECT_GE(programmeMinutes(p), 45);
    EXPECT_EQ(kinds(p), (std::vector{PhaseKind::OwnPractice, PhaseKind::Strengths, PhaseKind::Weaknesses,
                                     PhaseKind::Partners, PhaseKind::Combinations, PhaseKind::Scenarios,
                                     PhaseKind::Vote, PhaseKind::WrapUp}));
    EXPECT_LT(programmeMinutes(p), programmeMinutes(programmeFromTemplate(ProgrammeTemplate::Full, 1, nl())));
}

TEST(ProgrammeTemplates, TheArenaSessionHasTheArenaSteps) {
    const Programme p = programmeFromTemplate(ProgrammeTemplate::Arena, 1, nl());
    EXPECT_EQ(kinds(p), (std::vector{PhaseKind::Custom, PhaseKind::Partners, PhaseKind::Custom,
                                     PhaseKind::Combinations, PhaseKind::Vote, PhaseKind::WrapUp}));
    EXPECT_EQ(p.phases[0].title, "Het thema");
    EXPECT_EQ(p.phases[2].title, "Partners afwegen");
    const Programme english = programmeFromTemplate(ProgrammeTemplate::Arena, 1, en());
    EXPECT_EQ(english.phases[0].title, "The issue");
    EXPECT_EQ(english.phases[2].title, "Weighing the partners");
    EXPECT_NE(english.phases[2].prompt, p.phases[2].prompt);
}

TEST(ProgrammeTemplates, EveryPhaseAndTemplateHasItsTextsInBothLanguages) {
    for (const Translations* tr : {&nl(), &en()}) {
        for (ProgrammeTemplate t : programmeTemplates()) {
            const std::string id = programmeTemplateName(t);
            EXPECT_TRUE(tr->has("template." + id + ".name")) << id;
            EXPECT_TRUE(tr->has("template." + id + ".about")) << id;
            for (const Phase& ph : programmeFromTemplate(t, 1, *tr).phases) {
                EXPECT_FALSE(phaseTitle(ph, *tr).empty());
                EXPECT_FALSE(phasePrompt(ph, *tr).empty());
                // Kinds keep their own (translated) title; only custom phases carry one.
                EXPECT_EQ(ph.title.empty(), ph.kind != PhaseKind::Custom) << id;
            }
        }
        EXPECT_EQ(tr->missingLookups(), std::vector<std::string>{});
    }
}

TEST(ProgrammeTemplates, NamesRoundTrip) {
    for (ProgrammeTemplate t : programmeTemplates())
        EXPECT_EQ(programmeTemplateFromName(programmeTemplateName(t)), t);
    EXPECT_EQ(programmeTemplateFromName("long"), std::nullopt);
}

TEST(ProgrammeTemplates, ABoardWithATemplateSavesAndLoads) {
    for (ProgrammeTemplate t : programmeTemplates()) {
        Board b;
        b.programme = programmeFromTemplate(t, b.nextId, en());
        b.nextId += b.programme.phases.size();
        EXPECT_EQ(boardFromJsonText(boardToJsonText(b), "t.json"), b) << programmeTemplateName(t);
    }
}

}  // namespace
}  // namespace nt
