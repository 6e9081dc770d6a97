// Combinations: making them, their details and scenario, ideas that travel
// with the card, and clean references when actors, notes or combinations go.
#include <gtest/gtest.h>

#include <cmath>

#include "board_builder.h"
#include "core/combination_edits.h"
#include "core/edits.h"
#include "core/history.h"
#include "core/vote_rules.h"

namespace nt {
namespace {

// Two bubbles; a combination across them with a role, an origin and an idea.
class Combinations : public ::testing::Test {
protected:
    Combinations() {
        gent = b.municipality("Gent", {500, 500}, 100);
        lokeren = b.municipality("Lokeren", {900, 500}, 100);
        bib = b.actor("Bibliotheek", {500, 450});
        caw = b.actor("CAW", {520, 560}, "caw");
        school = b.actor("Basisschool", {900, 560}, "onderwijs");
        loose = b.actor("Losse kunstenaar", {1300, 300}, "kunstenaar");
        strength = b.note("Grote zaal", {100, 200}, NoteKind::Strength);
        idea = b.note("Voorleesmarathon", {1000, 900}, NoteKind::Idea);
        other = b.note("Leesclub", {1100, 900}, NoteKind::Idea);
        combo = b.combination("Voorleesproject", {bib, school});
        Combination& c = b.board().combinations.back();
        c.cardPos = {700, 800};
        c.roles = {{bib, PartnerRole::Initiator}, {school, PartnerRole::Referrer}};
        c.origin = strength;
        c.ideas = {idea};
        h.reset(b.build());
    }
    const Combination& comb(Id id = 0) const { return *findById(h.board().combinations, id ? id : combo); }
    const Note& noteOf(Id id) const { return *findById(h.board().notes, id); }

    test::BoardBuilder b;
    History h;
    Id gent{}, lokeren{}, bib{}, caw{}, school{}, loose{}, strength{}, idea{}, other{}, combo{};
};

TEST_F(Combinations, CreateDedupesDropsUnknownAndNeedsTwo) {
    const Id id = h.newId();
    h.apply(createCombination(h.board(), id, {caw, 999, caw, loose, caw}, std::string(600, 'x'), {5000, -9000}));
    const Combination& c = comb(id);
    EXPECT_EQ(c.members, (std::vector<Id>{caw, loose}));
    EXPECT_EQ(c.name.size(), kMaxNameBytes);
    EXPECT_EQ(c.cardPos, (Vec2{kMaxCoordX, kMinCoordY}));
    EXPECT_EQ(createCombination(h.board(), h.newId(), {caw, caw, 999}, "Te klein", {0, 0}), nullptr);
    EXPECT_EQ(createCombination(h.board(), h.newId(), {caw, bib}, "NaN", {std::nan(""), 0}), nullptr);
    EXPECT_TRUE(h.undo());
    EXPECT_EQ(findById(h.board().combinations, id), nullptr);
}

TEST_F(Combinations, MembersComeAndGoWithTheirRole) {
    h.apply(addMember(h.board(), combo, caw));
    EXPECT_EQ(comb().members, (std::vector<Id>{bib, school, caw}));
    EXPECT_EQ(addMember(h.board(), combo, caw), nullptr);   // already in
    EXPECT_EQ(addMember(h.board(), combo, 999), nullptr);   // no such actor
    EXPECT_EQ(addMember(h.board(), 999, caw), nullptr);     // no such combination
    h.apply(removeMember(h.board(), combo, bib));
    EXPECT_EQ(comb().members, (std::vector<Id>{school, caw}));
    EXPECT_EQ(comb().roles, (std::vector<MemberRole>{{school, PartnerRole::Referrer}}));
    EXPECT_EQ(removeMember(h.board(), combo, loose), nullptr);
    h.undo();
    EXPECT_EQ(comb().roles.size(), 2u);
    EXPECT_EQ(comb().members, (std::vector<Id>{bib, school, caw}));
}

TEST_F(Combinations, DetailsAreUndoableAndChecked) {
    h.apply(renameCombination(h.board(), combo, "Verhalen over de grens"));
    h.apply(setMotives(h.board(), combo, {"learning_network", "nonsense", "clout", "clout"}));
    EXPECT_EQ(comb().motives, (std::vector<std::string>{"clout", "learning_network"}));  // canonical order
    h.apply(setCollaborationForm(h.board(), combo, CollaborationForm::Network));
    h.apply(setTargetGroups(h.board(), combo, {"senioren", "", "senioren", std::string(150, 'k'), "kinderen"}));
    EXPECT_EQ(comb().targetGroups, (std::vector<std::string>{"senioren", std::string(100, 'k'), "kinderen"}));
    h.apply(setScenario(h.board(), combo, "Elke maand een voorleesnamiddag."));
    h.apply(setFollowUp(h.board(), combo, true));
    EXPECT_EQ(comb().name, "Verhalen over de grens");
    EXPECT_EQ(comb().form, CollaborationForm::Network);
    EXPECT_TRUE(comb().followUp);
    EXPECT_EQ(setFollowUp(h.board(), combo, true), nullptr);  // nothing to change

    EXPECT_EQ(setOrigin(h.board(), combo, idea), nullptr);    // an idea is no origin
    EXPECT_EQ(setOrigin(h.board(), combo, 999), nullptr);
    h.apply(setOrigin(h.board(), combo, kNoId));
    EXPECT_EQ(comb().origin, kNoId);

    for (int i = 0; i < 7; ++i) h.undo();
    EXPECT_EQ(comb().name, "Voorleesproject");
    EXPECT_TRUE(comb().motives.empty());
    EXPECT_TRUE(comb().targetGroups.empty());
    EXPECT_EQ(comb().form, CollaborationForm::Unset);
    EXPECT_EQ(comb().scenario, "");
    EXPECT_FALSE(comb().followUp);
    EXPECT_EQ(comb().origin, strength);
}

TEST_F(Combinations, TargetGroupsAreCappedAtTwenty) {
    std::vector<std::string> many;
    for (int i = 0; i < 30; ++i) many.push_back("groep " + std::to_string(i));
    h.apply(setTargetGroups(h.board(), combo, many));
    EXPECT_EQ(comb().targetGroups.size(), kMaxTargetGroups);
}

TEST_F(Combinations, SetRoleSetsReplacesAndRemoves) {
    h.apply(setRole(h.board(), combo, school, PartnerRole::Carrier));
    h.apply(setRole(h.board(), combo, bib, PartnerRole::Unset));
    EXPECT_EQ(comb().roles, (std::vector<MemberRole>{{school, PartnerRole::Carrier}}));
    EXPECT_EQ(setRole(h.board(), combo, caw, PartnerRole::Driver), nullptr);  // not a member
    h.apply(addMember(h.board(), combo, caw));
    h.apply(setRole(h.board(), combo, caw, PartnerRole::KnowledgePartner));
    EXPECT_EQ(comb().roles.back(), (MemberRole{caw, PartnerRole::KnowledgePartner}));
}

TEST_F(Combinations, AllInOneBubbleOnlyWhenEveryMemberSharesOne) {
    EXPECT_FALSE(allInOneBubble(h.board(), comb()));  // Gent and Lokeren
    Combination c = comb();
    c.members = {bib, caw};
    EXPECT_TRUE(allInOneBubble(h.board(), c));
    c.members = {bib};
    EXPECT_FALSE(allInOneBubble(h.board(), c));
    c.members = {bib, caw, loose};  // loose sits in no bubble
    EXPECT_FALSE(allInOneBubble(h.board(), c));
}

TEST_F(Combinations, AttachingAnIdeaPutsItOnTheCardAndTakesItFromAnother) {
    const Id second = h.newId();
    h.apply(createCombination(h.board(), second, {caw, school}, "Tweede", {1200, 700}));
    h.apply(attachIdea(h.board(), second, idea));
    EXPECT_TRUE(comb().ideas.empty());
    EXPECT_EQ(comb(second).ideas, (std::vector<Id>{idea}));
    EXPECT_EQ(noteOf(idea).pos, ideaSlotOnCard(comb(second), 0));
    h.apply(attachIdea(h.board(), second, other));
    EXPECT_EQ(noteOf(other).pos, ideaSlotOnCard(comb(second), 1));
    EXPECT_NE(ideaSlotOnCard(comb(second), 0), ideaSlotOnCard(comb(second), 1));
    EXPECT_EQ(attachIdea(h.board(), second, other), nullptr);  // already there
    EXPECT_EQ(attachIdea(h.board(), second, 999), nullptr);

    h.undo();
    h.undo();  // one step each, the move of the note included
    EXPECT_EQ(comb().ideas, (std::vector<Id>{idea}));
    EXPECT_TRUE(comb(second).ideas.empty());
    EXPECT_EQ(noteOf(idea).pos, (Vec2{1000, 900}));

    h.apply(detachIdea(h.board(), combo, idea));
    EXPECT_TRUE(comb().ideas.empty());
    EXPECT_EQ(noteOf(idea).pos, (Vec2{1000, 900}));  // stays where it is
    EXPECT_EQ(detachIdea(h.board(), combo, idea), nullptr);
}

TEST_F(Combinations, IdeaSlotsHangBelowTheCard) {
    Combination c;
    c.cardPos = {500, 300};
    const Vec2 first = ideaSlotOnCard(c, 0), second = ideaSlotOnCard(c, 1);
    EXPECT_GE(first.y - 52, 300 + 60);  // the note's top clears the card
    EXPECT_GT(second.y, first.y);
    EXPECT_NEAR(first.x, 500, 20);
}

TEST_F(Combinations, DraggingTheCardIsOneUndoStepThatCarriesItsIdeas) {
    const GestureId g = h.beginGesture();
    for (int i = 1; i <= 20; ++i)
        h.applyInGesture(g, moveCombinationCard(h.board(), combo, {700.0 + i * 10, 800.0 - i}));
    h.commitGesture(g);
    EXPECT_EQ(comb().cardPos, (Vec2{900, 780}));
    EXPECT_EQ(noteOf(idea).pos, (Vec2{1200, 880}));
    EXPECT_EQ(noteOf(other).pos, (Vec2{1100, 900}));  // not attached
    EXPECT_TRUE(h.undo());
    EXPECT_EQ(comb().cardPos, (Vec2{700, 800}));
    EXPECT_EQ(noteOf(idea).pos, (Vec2{1000, 900}));
    EXPECT_FALSE(h.canUndo());
}

TEST_F(Combinations, RemovingACombinationTakesItsVotesAndUndoBringsThemBack) {
    Board board = h.board();
    board.vote.state = VoteState::Open;
    const Id second = board.nextId++;
    Combination c;
    c.id = second;
    c.name = "Ander";
    c.members = {caw, school};
    board.combinations.push_back(c);
    h.reset(board);
    for (Id on : {combo, second, combo}) h.apply(castVote(h.board(), h.newId(), "seat-1", on, "t").command, Record::No);
    ASSERT_EQ(h.board().votes.size(), 3u);
    h.apply(removeCombination(h.board(), combo));
    EXPECT_EQ(findById(h.board().combinations, combo), nullptr);
    ASSERT_EQ(h.board().votes.size(), 1u);
    EXPECT_EQ(h.board().votes[0].combination, second);
    h.undo();
    EXPECT_EQ(h.board().combinations.front().id, combo);
    EXPECT_EQ(votesFor(h.board(), combo), 2);
    EXPECT_EQ(h.board().votes.size(), 3u);
    EXPECT_EQ(h.board().votes[1].combination, second);  // back in place
    EXPECT_EQ(removeCombination(h.board(), 999), nullptr);
}

TEST_F(Combinations, RemoveItemRemovesACombinationToo) {
    h.apply(removeItem(h.board(), combo));
    EXPECT_TRUE(h.board().combinations.empty());
}

TEST_F(Combinations, RemovingAnActorCleansMembersAndRolesUndoRestores) {
    h.apply(removeActor(h.board(), bib));
    EXPECT_EQ(comb().members, (std::vector<Id>{school}));
    EXPECT_EQ(comb().roles, (std::vector<MemberRole>{{school, PartnerRole::Referrer}}));
    h.undo();
    EXPECT_NE(findById(h.board().actors, bib), nullptr);
    EXPECT_EQ(comb().members, (std::vector<Id>{bib, school}));
    EXPECT_EQ(comb().roles.size(), 2u);
}

TEST_F(Combinations, RemovingANoteDetachesItAndClearsTheOriginUndoRestores) {
    h.apply(removeNote(h.board(), idea));
    EXPECT_TRUE(comb().ideas.empty());
    h.apply(removeNote(h.board(), strength));
    EXPECT_EQ(comb().origin, kNoId);
    h.undo();
    EXPECT_EQ(comb().origin, strength);
    EXPECT_NE(findById(h.board().notes, strength), nullptr);
    h.undo();
    EXPECT_EQ(comb().ideas, (std::vector<Id>{idea}));
    EXPECT_NE(findById(h.board().notes, idea), nullptr);
}

}  // namespace
}  // namespace nt
