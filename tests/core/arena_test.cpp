// The arena analysis: the ranking rule, the edits of one actor's assessment
// and of the issue as single undo steps, and the wrap-up (chosen
// combinations with their votes, reflection answers).
#include <gtest/gtest.h>

#include "board_builder.h"
#include "core/arena.h"
#include "core/board_file.h"
#include "core/combination_edits.h"
#include "core/history.h"
#include "core/vote_rules.h"
#include "core/wrap_up.h"

namespace nt {
namespace {

ArenaAssessment assess(int importance, Dependency d = Dependency::Unset, Replaceability r = Replaceability::Unset) {
    ArenaAssessment a;
    a.importance = importance;
    a.dependency = d;
    a.replaceability = r;
    return a;
}

std::vector<Id> order(const std::vector<ArenaRank>& ranks) {
    std::vector<Id> ids;
    for (const ArenaRank& r : ranks) ids.push_back(r.actor);
    return ids;
}

class Arena : public ::testing::Test {
protected:
    Arena() {
        bib = b.actor("Bibliotheek", {500, 450});
        caw = b.actor("CAW", {520, 560}, "caw");
        school = b.actor("basisschool", {900, 560}, "onderwijs");
        wzc = b.actor("WZC", {950, 560}, "zorg");
        artist = b.actor("Anna (kunstenaar)", {1300, 300}, "kunstenaar");
        h.reset(b.build());
    }
    void set(Id actor, ArenaAssessment a) { h.apply(setArena(h.board(), actor, std::move(a))); }
    const ArenaAssessment& arenaOf(Id actor) const { return findById(h.board().actors, actor)->arena; }

    test::BoardBuilder b;
    History h;
    Id bib, caw, school, wzc, artist;
};

TEST_F(Arena, UnassessedActorsComeLastByNameWithoutARank) {
    const auto ranks = arenaRanking(h.board());
    ASSERT_EQ(ranks.size(), 5u);
    EXPECT_EQ(order(ranks), (std::vector<Id>{artist, school, bib, caw, wzc}));  // "basisschool" sorts as "Basisschool"
    for (const ArenaRank& r : ranks) {
        EXPECT_EQ(r.rank, 0);
        EXPECT_FALSE(r.tied);
    }
}

TEST_F(Arena, ImportanceFirstThenDependencyThenHowHardToReplace) {
    set(bib, assess(3, Dependency::Large, Replaceability::Large));
    set(caw, assess(4, Dependency::RatherSmall, Replaceability::Large));
    set(school, assess(3, Dependency::Large, Replaceability::Small));
    set(wzc, assess(3, Dependency::RatherLarge, Replaceability::Small));
    const auto ranks = arenaRanking(h.board());
    EXPECT_EQ(order(ranks), (std::vector<Id>{caw, school, bib, wzc, artist}));
    EXPECT_EQ(ranks[0].rank, 1);
    EXPECT_EQ(ranks[1].rank, 2);
    EXPECT_EQ(ranks[2].rank, 3);
    EXPECT_EQ(ranks[3].rank, 4);
    EXPECT_EQ(ranks[4].rank, 0);  // the artist is not assessed
}

TEST_F(Arena, EqualAssessmentsShareARankAndStandByName) {
    set(wzc, assess(2, Dependency::Large));
    set(bib, assess(2, Dependency::Large));
    set(caw, assess(1));
    const auto ranks = arenaRanking(h.board());
    EXPECT_EQ(order(ranks), (std::vector<Id>{bib, wzc, caw, artist, school}));
    EXPECT_EQ(ranks[0], (ArenaRank{bib, 1, true}));
    EXPECT_EQ(ranks[1], (ArenaRank{wzc, 1, true}));
    EXPECT_EQ(ranks[2], (ArenaRank{caw, 3, false}));
}

TEST_F(Arena, WithoutImportanceOtherAnswersDoNotRank) {
    ArenaAssessment onlyText;
    onlyText.resources = "Een zaal";
    onlyText.dependency = Dependency::Large;
    set(wzc, onlyText);
    set(school, assess(1));
    const auto ranks = arenaRanking(h.board());
    EXPECT_EQ(ranks.front(), (ArenaRank{school, 1, false}));
    EXPECT_EQ(ranks.back().actor, wzc);
    EXPECT_EQ(ranks.back().rank, 0);
    EXPECT_TRUE(assessed(arenaOf(wzc)));
    EXPECT_FALSE(assessed(arenaOf(bib)));
}

TEST_F(Arena, SettingAnAssessmentIsOneUndoStep) {
    ArenaAssessment a = assess(4, Dependency::RatherLarge, Replaceability::RatherSmall);
    a.resources = "Leesclubs, vrijwilligers, een zaal";
    a.replaceableBy = "de bib van Wachtebeke";
    const std::uint64_t version = findById(h.board().actors, bib)->version;
    set(bib, a);
    EXPECT_EQ(arenaOf(bib), a);
    EXPECT_GT(findById(h.board().actors, bib)->version, version);
    EXPECT_TRUE(h.undo());
    EXPECT_EQ(arenaOf(bib), ArenaAssessment{});
    EXPECT_FALSE(h.canUndo());
    EXPECT_TRUE(h.redo());
    EXPECT_EQ(arenaOf(bib), a);
}

TEST_F(Arena, AssessmentsStayWithinWhatTheFileHolds) {
    ArenaAssessment a = assess(9);
    a.resources = std::string(kMaxNoteTextBytes + 50, 'x');
    a.replaceableBy = std::string(kMaxNameBytes + 50, 'y');
    set(bib, a);
    EXPECT_EQ(arenaOf(bib).importance, 4);
    EXPECT_EQ(arenaOf(bib).resources.size(), kMaxNoteTextBytes);
    EXPECT_EQ(arenaOf(bib).replaceableBy.size(), kMaxNameBytes);
    set(caw, assess(-3));
    EXPECT_EQ(arenaOf(caw).importance, 0);
    // It saves and loads again.
    const Board back = boardFromJsonText(boardToJsonText(h.board()), "test");
    EXPECT_EQ(back, h.board());
}

TEST_F(Arena, NoChangeOrAGoneActorMakesNoStep) {
    EXPECT_EQ(setArena(h.board(), bib, ArenaAssessment{}), nullptr);
    EXPECT_EQ(setArena(h.board(), h.board().nextId + 5, assess(3)), nullptr);
    EXPECT_EQ(setArenaIssue(h.board(), ""), nullptr);
}

TEST_F(Arena, TheIssueIsOneUndoStep) {
    h.apply(setArenaIssue(h.board(), "Meer jongeren in het cultuurcentrum"));
    EXPECT_EQ(h.board().workshop.arenaIssue, "Meer jongeren in het cultuurcentrum");
    h.apply(setArenaIssue(h.board(), "Jongeren en nieuwkomers"));
    EXPECT_TRUE(h.undo());
    EXPECT_EQ(h.board().workshop.arenaIssue, "Meer jongeren in het cultuurcentrum");
    EXPECT_TRUE(h.undo());
    EXPECT_EQ(h.board().workshop.arenaIssue, "");
}

TEST_F(Arena, ReflectionAnswersAreOneStepEachAndEmptyRemoves) {
    const std::string& first = reflectionQuestionIds()[0];
    const std::string& last = reflectionQuestionIds()[3];
    h.apply(setReflection(h.board(), first, "Elk kwartaal samen koffie drinken"));
    h.apply(setReflection(h.board(), last, "Een fotoverslag op de website"));
    EXPECT_EQ(h.board().workshop.reflections.size(), 2u);
    EXPECT_TRUE(h.undo());
    EXPECT_EQ(h.board().workshop.reflections.count(last), 0u);
    EXPECT_EQ(h.board().workshop.reflections.at(first), "Elk kwartaal samen koffie drinken");
    h.apply(setReflection(h.board(), first, "  \n "));
    EXPECT_TRUE(h.board().workshop.reflections.empty());
    EXPECT_EQ(setReflection(h.board(), first, ""), nullptr);            // nothing to remove
    EXPECT_EQ(setReflection(h.board(), "favourite_colour", "blauw"), nullptr);  // not a question
    h.apply(setReflection(h.board(), last, std::string(kMaxNoteTextBytes + 9, 'z')));
    EXPECT_EQ(h.board().workshop.reflections.at(last).size(), kMaxNoteTextBytes);
    EXPECT_EQ(boardFromJsonText(boardToJsonText(h.board()), "test"), h.board());
}

TEST_F(Arena, ChosenCombinationsFollowTheVoteOnceItIsShown) {
    const Id one = h.newId(), two = h.newId(), three = h.newId();
    h.apply(createCombination(h.board(), one, {bib, caw}, "Een", {700, 800}));
    h.apply(createCombination(h.board(), two, {school, wzc}, "Twee", {1000, 800}));
    h.apply(createCombination(h.board(), three, {artist, wzc}, "Drie", {1300, 800}));
    h.apply(setFollowUp(h.board(), one, true));
    h.apply(setFollowUp(h.board(), two, true));
    // No vote yet: board order, no counts.
    EXPECT_FALSE(voteResultsShown(h.board()));
    EXPECT_EQ(chosenCombinations(h.board()), (std::vector<ChosenCombination>{{one, 0, 0, false}, {two, 0, 0, false}}));

    VoteSettings hidden;
    hidden.resultsLive = false;
    h.apply(openVote(h.board(), hidden));
    h.apply(castVote(h.board(), h.newId(), "seat-1", two, "2026-11-23T15:00:00+01:00").command, Record::No);
    h.apply(castVote(h.board(), h.newId(), "seat-2", two, "2026-11-23T15:00:01+01:00").command, Record::No);
    h.apply(castVote(h.board(), h.newId(), "seat-2", three, "2026-11-23T15:00:02+01:00").command, Record::No);
    EXPECT_EQ(chosenCombinations(h.board()).front().votes, 0);  // hidden while the vote is open
    h.apply(closeVote(h.board()));
    // The vote's order, its ranks (the unchosen third holds rank 2) and counts.
    EXPECT_EQ(chosenCombinations(h.board()), (std::vector<ChosenCombination>{{two, 2, 1, false}, {one, 0, 3, false}}));
}

}  // namespace
}  // namespace nt
