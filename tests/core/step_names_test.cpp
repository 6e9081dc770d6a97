// Undo steps have names: each command names itself after what it does and
// the item it does it to (taken when it is made), a step of several commands
// (a drag, a keyboard's keys) carries its main command's name, History tells
// what undo and redo would do, and Translations puts the name into words.
#include <gtest/gtest.h>

#include "board_builder.h"
#include "core/arena.h"
#include "core/bubble_placement.h"
#include "core/combination_edits.h"
#include "core/custom_types.h"
#include "core/edits.h"
#include "core/history.h"
#include "core/note_piles.h"
#include "core/phone_notes.h"
#include "core/programme.h"
#include "core/translations.h"
#include "core/vote_rules.h"
#include "core/workshop_fields.h"
#include "core/wrap_up.h"

namespace nt {
namespace {

// Gent with two actors, Lokeren with one, a note, an idea and a combination.
class StepNames : public ::testing::Test {
protected:
    StepNames() {
        gent = b.municipality("Gent", {500, 500}, 100);
        lokeren = b.municipality("Lokeren", {900, 500}, 100);
        bib = b.actor("Bibliotheek Gent", {500, 450});
        caw = b.actor("CAW", {520, 560}, "caw");
        school = b.actor("Basisschool De Regenboog", {900, 560}, "onderwijs");
        note = b.note("Ons publiek is vooral 55+ en hoogopgeleid", {100, 200}, NoteKind::Weakness);
        idea = b.note("Voorlezen met muziek", {1300, 800}, NoteKind::Idea);
        combo = b.combination("Samen lezen", {bib, school});
        h.reset(b.build());
    }
    const Board& board() const { return h.board(); }

    test::BoardBuilder b;
    History h;
    Id gent{}, lokeren{}, bib{}, caw{}, school{}, note{}, idea{}, combo{};
};

// The command exists and is called `key` with `item`.
void expectNamed(const CommandPtr& cmd, const std::string& key, const std::string& item = {}) {
    ASSERT_NE(cmd, nullptr) << key;
    EXPECT_EQ(cmd->name(), (StepName{key, item}));
    EXPECT_NE(cmd->weight(), StepWeight::Unnamed) << key;
}

TEST_F(StepNames, NotesAreNamedAfterTheirFirstWords) {
    const std::string words = "Ons publiek is vooral 55+ en…";
    expectNamed(addNote(99, NoteKind::Idea, {10, 10}), "step.note.added");
    expectNamed(addNote(99, NoteKind::Idea, {10, 10}, "Een vrijetijdspas"), "step.note.added", "Een vrijetijdspas");
    expectNamed(moveNote(board(), note, {300, 300}), "step.note.moved", words);
    expectNamed(rotateNote(board(), note, 90), "step.note.turned", words);
    expectNamed(setNoteKind(board(), note, NoteKind::Strength), "step.note.kind", words);
    expectNamed(removeNote(board(), note), "step.note.removed", words);
    expectNamed(removeItem(board(), note), "step.note.removed", words);
    // Writing is named after the words as they now stand.
    expectNamed(setNoteText(board(), note, "Te weinig jongeren"), "step.note.written", "Te weinig jongeren");
    expectNamed(attachIdea(board(), combo, idea), "step.idea.attached", "Voorlezen met muziek");
}

TEST_F(StepNames, ActorsAndBubblesAreNamedAfterTheirNames) {
    expectNamed(addActor(board(), 99, "bibliotheek", "Bib Lokeren", {900, 450}), "step.actor.added", "Bib Lokeren");
    expectNamed(moveActor(board(), bib, {510, 440}), "step.actor.moved", "Bibliotheek Gent");
    expectNamed(dropActor(board(), bib, {900, 450}), "step.actor.moved", "Bibliotheek Gent");
    expectNamed(rotateActor(board(), caw, 45), "step.actor.turned", "CAW");
    expectNamed(renameActor(board(), caw, "CAW Oost-Vlaanderen"), "step.actor.renamed", "CAW Oost-Vlaanderen");
    expectNamed(removeActor(board(), caw), "step.actor.removed", "CAW");
    ArenaAssessment assessed;
    assessed.importance = 3;
    expectNamed(setArena(board(), caw, assessed), "step.actor.assessed", "CAW");

    expectNamed(addMunicipality(99, "Lochristi", {1300, 500}, 100, 0xCFE3F3, false), "step.bubble.added", "Lochristi");
    expectNamed(addMunicipalityBubble(board(), 99, "Wachtebeke", false), "step.bubble.added", "Wachtebeke");
    expectNamed(moveMunicipality(board(), gent, {520, 520}), "step.bubble.moved", "Gent");
    expectNamed(resizeMunicipality(board(), gent, 140), "step.bubble.resized", "Gent");
    expectNamed(resizeBubble(board(), gent, 140), "step.bubble.resized", "Gent");
    expectNamed(markOwnMunicipality(board(), lokeren), "step.bubble.own", "Lokeren");
    expectNamed(removeMunicipality(board(), lokeren), "step.bubble.removed", "Lokeren");
}

TEST_F(StepNames, CombinationsAreNamedAfterTheirNames) {
    expectNamed(createCombination(board(), 99, {bib, caw}, "Zorg en cultuur", {800, 800}), "step.combination.created",
                "Zorg en cultuur");
    expectNamed(renameCombination(board(), combo, "Samen voorlezen"), "step.combination.renamed", "Samen voorlezen");
    expectNamed(addMember(board(), combo, caw), "step.combination.memberAdded", "Samen lezen");
    expectNamed(removeMember(board(), combo, school), "step.combination.memberRemoved", "Samen lezen");
    expectNamed(setRole(board(), combo, bib, PartnerRole::Driver), "step.combination.role", "Samen lezen");
    expectNamed(setMotives(board(), combo, {motiveIds().front()}), "step.combination.motives", "Samen lezen");
    expectNamed(setCollaborationForm(board(), combo, CollaborationForm::Network), "step.combination.form",
                "Samen lezen");
    expectNamed(setOrigin(board(), combo, note), "step.combination.origin", "Samen lezen");
    expectNamed(setTargetGroups(board(), combo, {"senioren"}), "step.combination.targetGroups", "Samen lezen");
    expectNamed(setScenario(board(), combo, "Elke maand"), "step.combination.scenario", "Samen lezen");
    expectNamed(setFollowUp(board(), combo, true), "step.combination.followUp", "Samen lezen");
    expectNamed(moveCombinationCard(board(), combo, {700, 900}), "step.combination.moved", "Samen lezen");
    expectNamed(removeCombination(board(), combo), "step.combination.removed", "Samen lezen");
    h.apply(setFollowUp(board(), combo, true));
    expectNamed(setFollowUp(board(), combo, false), "step.combination.noFollowUp", "Samen lezen");
    h.apply(attachIdea(board(), combo, idea));
    expectNamed(detachIdea(board(), combo, idea), "step.idea.detached", "Voorlezen met muziek");
}

TEST_F(StepNames, TheWorkshopTheVoteTheProgrammeAndThePhonesHaveNamesToo) {
    expectNamed(setWorkshopField(board(), WorkshopField::Title, "Ons netwerk"), "step.workshop.title");
    expectNamed(setWorkshopField(board(), WorkshopField::WhatWeDo, "Theater"), "step.workshop.whatWeDo");
    expectNamed(setArenaIssue(board(), "Meer jongeren"), "step.arena.issue");
    expectNamed(setReflection(board(), reflectionQuestionIds().front(), "Elke maand samen"), "step.wrapUp.answer");
    expectNamed(addCustomType(board(), "Wijkcentrum", Sector::NonCultural, 0x4A7F86), "step.type.added", "Wijkcentrum");
    expectNamed(openVote(board(), VoteSettings{}), "step.vote.opened");
    Programme shorter = board().programme;
    shorter.phases.push_back(Phase{});
    expectNamed(programmeChange(board(), shorter), "step.programme");
    expectNamed(setApprovePhoneNotes(board(), true), "step.phone.settings");

    h.apply(openVote(board(), VoteSettings{}));
    expectNamed(closeVote(board()), "step.vote.closed");
    h.apply(closeVote(board()));
    expectNamed(reopenVote(board()), "step.vote.reopened");
}

TEST_F(StepNames, PhoneNotesAndPilesAreNamedAfterTheirWords) {
    Note fromPhone;
    fromPhone.id = h.newId();
    fromPhone.text = "Een fietsroute langs de bibliotheken";
    fromPhone.pos = {100, 200};  // on top of the weakness: a pile of two
    fromPhone.kind = NoteKind::Weakness;
    fromPhone.fromPhone = 3;
    fromPhone.pending = true;
    h.apply(std::make_unique<AddItem<Note>>(fromPhone), Record::No);
    expectNamed(approvePhoneNote(board(), fromPhone.id), "step.phone.approved", "Een fietsroute langs de…");
    expectNamed(rejectPhoneNote(board(), fromPhone.id), "step.phone.rejected", "Een fietsroute langs de…");
    // A group named as a whole keeps its name over its parts' (each a note removed).
    expectNamed(clearPhoneNotes(board()), "step.phone.cleared");
    expectNamed(takeBackDevice(board(), 3), "step.phone.device");
    h.apply(approvePhoneNote(board(), fromPhone.id));
    expectNamed(flipNotePile(board(), fromPhone.id), "step.note.underPile", "Een fietsroute langs de…");
}

TEST(FirstWords, CutsAfterAWholeWordWithAnEllipsis) {
    EXPECT_EQ(firstWords(""), "");
    EXPECT_EQ(firstWords("Grote zaal"), "Grote zaal");
    EXPECT_EQ(firstWords("  Grote\n\nzaal  "), "Grote zaal");  // one line
    EXPECT_EQ(firstWords("Jonge gezinnen komen graag naar onze familiedagen"), "Jonge gezinnen komen graag…");
    EXPECT_EQ(firstWords("Jonge gezinnen", 8), "Jonge…");
    // A word too long to keep whole is cut inside, by characters, not bytes.
    EXPECT_EQ(firstWords("Zorgcentrumsamenwerkingsverband", 10), "Zorgcentru…");
    EXPECT_EQ(firstWords("ééééééééééé", 5), "ééééé…");
}

TEST(DescribeStep, FillsInTheItemOrLeavesItOutWithItsQuotes) {
    const Translations tr = Translations::fromJsonText(R"({
        "step.actor.moved": "{} verplaatst",
        "step.note.moved": "Briefje ‘{}’ verplaatst",
        "step.vote.closed": "Stemming gesloten",
        "toolbar.undoStep": "Ongedaan maken: {}"
    })", "test");
    EXPECT_EQ(describeStep(tr, {"step.actor.moved", "Bibliotheek"}), "Bibliotheek verplaatst");
    EXPECT_EQ(describeStep(tr, {"step.note.moved", "Grote zaal"}), "Briefje ‘Grote zaal’ verplaatst");
    EXPECT_EQ(describeStep(tr, {"step.note.moved", ""}), "Briefje verplaatst");
    EXPECT_EQ(describeStep(tr, {"step.vote.closed", ""}), "Stemming gesloten");
    EXPECT_EQ(describeStep(tr, {"step.actor.moved", "Academie voor Muziek en Woord Lochristi"}, 16),
              "Academie voor… verplaatst");
    EXPECT_EQ(describeStep(tr, {}), "");
    EXPECT_EQ(fillIn(tr("toolbar.undoStep"), "Bibliotheek verplaatst"), "Ongedaan maken: Bibliotheek verplaatst");
}

TEST(DescribeStep, EveryStepKeyInTheTranslationsHasTheSameItemSlotInBothLanguages) {
    const Translations nl = Translations::load(std::string(NT_SOURCE_ASSETS) + "/i18n/nl.json");
    const Translations en = Translations::load(std::string(NT_SOURCE_ASSETS) + "/i18n/en.json");
    int steps = 0;
    for (const auto& [key, text] : nl.all()) {
        if (key.rfind("step.", 0) != 0) continue;
        ++steps;
        ASSERT_TRUE(en.has(key)) << key;
        EXPECT_EQ(text.find("{}") != std::string::npos, en(key).find("{}") != std::string::npos) << key;
    }
    EXPECT_GT(steps, 40);
}

// [SECTION] History: what undo and redo would do

TEST_F(StepNames, HistoryNamesWhatUndoAndRedoWouldDo) {
    EXPECT_TRUE(h.undoName().empty());
    EXPECT_TRUE(h.redoName().empty());
    h.apply(moveActor(board(), bib, {510, 440}));
    h.apply(rotateNote(board(), note, 90));
    EXPECT_EQ(h.undoName(), (StepName{"step.note.turned", "Ons publiek is vooral 55+ en…"}));
    EXPECT_TRUE(h.redoName().empty());

    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.undoName(), (StepName{"step.actor.moved", "Bibliotheek Gent"}));
    EXPECT_EQ(h.redoName(), (StepName{"step.note.turned", "Ons publiek is vooral 55+ en…"}));
    ASSERT_TRUE(h.undo());
    EXPECT_TRUE(h.undoName().empty());
    EXPECT_EQ(h.redoName(), (StepName{"step.actor.moved", "Bibliotheek Gent"}));
    ASSERT_TRUE(h.redo());
    EXPECT_EQ(h.undoName(), (StepName{"step.actor.moved", "Bibliotheek Gent"}));
    EXPECT_EQ(h.redoName(), (StepName{"step.note.turned", "Ons publiek is vooral 55+ en…"}));

    // A new step forgets what redo would have done; unrecorded changes name nothing.
    h.apply(renameActor(board(), caw, "CAW Oost-Vlaanderen"));
    EXPECT_EQ(h.undoName(), (StepName{"step.actor.renamed", "CAW Oost-Vlaanderen"}));
    EXPECT_TRUE(h.redoName().empty());
    h.apply(moveNote(board(), note, {150, 250}), Record::No);
    EXPECT_EQ(h.undoName(), (StepName{"step.actor.renamed", "CAW Oost-Vlaanderen"}));

    h.reset(board());
    EXPECT_TRUE(h.undoName().empty());
}

TEST_F(StepNames, ADragIsNamedAfterItsMove) {
    const GestureId g = h.beginGesture();
    for (int i = 1; i <= 5; ++i) h.applyInGesture(g, moveActor(board(), bib, {500.0 + 80 * i, 450}));
    h.applyInGesture(g, dropActor(board(), bib, {900, 450}));
    h.commitGesture(g);
    EXPECT_EQ(h.undoName(), (StepName{"step.actor.moved", "Bibliotheek Gent"}));
}

TEST_F(StepNames, ABubbleDraggedWithItsPartnersIsNamedAfterTheBubble) {
    const GestureId g = h.beginGesture();
    for (int i = 1; i <= 3; ++i) h.applyInGesture(g, moveMunicipality(board(), gent, {500.0 + 20 * i, 500}));
    h.commitGesture(g);
    EXPECT_EQ(h.undoName(), (StepName{"step.bubble.moved", "Gent"}));
}

TEST_F(StepNames, ADragThatEndsInTheBinIsARemoval) {
    const GestureId g = h.beginGesture();
    h.applyInGesture(g, moveNote(board(), note, {900, 1000}));
    h.applyInGesture(g, removeItem(board(), note));
    h.commitGesture(g);
    EXPECT_EQ(h.undoName(), (StepName{"step.note.removed", "Ons publiek is vooral 55+ en…"}));
}

TEST_F(StepNames, ANotePulledFromTheTrayOntoACardIsAnAddition) {
    const GestureId g = h.beginGesture();
    const Id fresh = h.newId();
    h.applyInGesture(g, addNote(fresh, NoteKind::Idea, {600, 1000}));
    h.applyInGesture(g, moveNote(board(), fresh, {700, 900}));
    h.applyInGesture(g, attachIdea(board(), combo, fresh));
    h.commitGesture(g);
    EXPECT_EQ(h.undoName(), (StepName{"step.note.added", ""}));
}

// What keyboard_desk does: each key writes the whole text so far, all in one
// open gesture that becomes one step.
template <class Write>
void typeAsOneStep(History& h, const std::string& text, Write write) {
    const GestureId g = h.beginGesture();
    for (size_t n = 1; n <= text.size(); ++n) h.applyInGesture(g, write(h.board(), text.substr(0, n)));
    h.commitGesture(g);
}

TEST_F(StepNames, AKeyboardSessionIsNamedAfterTheWordsAsTheyStandAtTheEnd) {
    typeAsOneStep(h, "Te weinig jongeren komen naar de voorstellingen",
                  [&](const Board& now, const std::string& text) { return setNoteText(now, note, text); });
    EXPECT_EQ(h.undoName(), (StepName{"step.note.written", "Te weinig jongeren komen…"}));

    typeAsOneStep(h, "Bib Gent", [&](const Board& now, const std::string& text) { return renameActor(now, bib, text); });
    EXPECT_EQ(h.undoName(), (StepName{"step.actor.renamed", "Bib Gent"}));

    typeAsOneStep(h, "Ons netwerk", [](const Board& now, const std::string& text) {
        return setWorkshopField(now, WorkshopField::Title, text);
    });
    EXPECT_EQ(h.undoName(), (StepName{"step.workshop.title", ""}));
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.redoName(), (StepName{"step.workshop.title", ""}));
    EXPECT_EQ(h.undoName(), (StepName{"step.actor.renamed", "Bib Gent"}));
}

}  // namespace
}  // namespace nt
