// On-screen keyboards aimed at fields other than notes: an actor's name, a
// reflection answer of the wrap-up, a field the view keeps (the search box).
// Synthetic pointers type into two kinds of field at once, interleaved; each
// keyboard on a board field is one undo step; a view's field is no step.
#include <gtest/gtest.h>

#include <stdexcept>

#include "core/edits.h"
#include "core/wrap_up.h"
#include "input/keyboard_desk.h"
#include "keyboard_keys.h"
#include "test_board.h"

namespace nt::testing {
namespace {

Board tableBoard() {
    Board b = smallBoard();
    b.display.layout = RoomLayout::Table;
    b.notes.push_back(Note{6, 1, "", NoteKind::Idea, {960, 700}, 0});  // nearest the bottom edge
    b.nextId = 7;
    return b;
}

// The wrap-up's first question, as the closing view offers it (view/wrap_up_view.cpp).
TextTarget reflectionTarget(Vec2 at) {
    const std::string question = reflectionQuestionIds().front();
    TextTarget t;
    t.key = "reflection:" + question;
    t.hintKey = "wrapup.answerHint";
    t.anchor = at;
    t.halfSize = {300, 60};
    t.panel = true;
    t.read = [question](const Board& b) {
        const auto it = b.workshop.reflections.find(question);
        return std::optional(it == b.workshop.reflections.end() ? std::string() : it->second);
    };
    t.write = [question](const Board& b, const std::string& text) { return setReflection(b, question, text); };
    return t;
}

std::string answer(const Board& b) {
    const auto it = b.workshop.reflections.find(reflectionQuestionIds().front());
    return it == b.workshop.reflections.end() ? std::string() : it->second;
}

class Targets : public ::testing::Test {
protected:
    TestBoard t{tableBoard()};
    KeyboardDesk& desk() { return t.router.keyboards(); }
    const KeyboardSession& kb(const std::string& key) {
        const KeyboardSession* s = desk().sessionFor(key);
        if (!s) throw std::runtime_error("no keyboard on " + key);
        return *s;
    }
    void tapKey(std::uint64_t pointer, const std::string& key, const std::string& text, KeyKind kind = KeyKind::Char) {
        const Vec2 p = keyPos(kb(key), kind, text);
        t.tap(pointer, p.x, p.y);
    }
    // A held key of one keyboard while a key of the other goes down and up.
    void interleave(std::uint64_t pointer, const std::string& keyA, const std::string& a, const std::string& keyB,
                    const std::string& b) {
        const Vec2 pa = keyPos(kb(keyA), a == " " ? KeyKind::Space : KeyKind::Char, a == " " ? "" : a);
        const Vec2 pb = keyPos(kb(keyB), b == " " ? KeyKind::Space : KeyKind::Char, b == " " ? "" : b);
        t.pointerDown(pointer, pa.x, pa.y);
        t.pointerDown(pointer + 1, pb.x, pb.y);
        t.pointerUp(pointer + 1, pb.x, pb.y);
        t.pointerUp(pointer, pa.x, pa.y);
    }
};

TEST_F(Targets, ANoteAndAReflectionAnswerAreTypedAtOnceAndEachIsOneUndoStep) {
    t.tap(1, 960, 700);                                        // the note, from the bottom side
    ASSERT_NE(desk().open(reflectionTarget({960, 200}), {960, 20}, t.router.config().boardUnitsPerMm), 0u);
    ASSERT_EQ(desk().sessions().size(), 2u);
    EXPECT_EQ(kb("note:6").frame.side, Side::Bottom);
    EXPECT_EQ(kb("reflection:" + reflectionQuestionIds().front()).frame.side, Side::Top);
    const std::string r = "reflection:" + reflectionQuestionIds().front();
    const std::string note = "zaal", refl = "samen";
    for (size_t i = 0; i < note.size(); ++i) interleave(10 + 2 * i, "note:6", note.substr(i, 1), r, refl.substr(i, 1));
    tapKey(30, r, "n");
    EXPECT_EQ(t.note(6).text, "Zaal");
    EXPECT_EQ(answer(t.board()), "Samen");                    // the board shows the answer as it grows
    tapKey(31, r, "", KeyKind::Done);
    tapKey(32, "note:6", "", KeyKind::Done);
    EXPECT_TRUE(desk().sessions().empty());
    ASSERT_TRUE(t.undo());                                     // the note, finished last
    EXPECT_EQ(t.note(6).text, "");
    EXPECT_EQ(answer(t.board()), "Samen");
    ASSERT_TRUE(t.undo());                                     // the whole answer in one step
    EXPECT_EQ(answer(t.board()), "");
}

TEST_F(Targets, ANewPartnersDefaultNameGoesWithTheFirstKeyAndEnterIsDone) {
    const Actor& library = t.actor(3);
    ASSERT_NE(desk().open(actorNameTarget(library, true), {700, 1000}, t.router.config().boardUnitsPerMm), 0u);
    EXPECT_EQ(desk().sessionFor(Id{3}), desk().sessionFor(actorTargetKey(3)));
    tapKey(1, actorTargetKey(3), "b");                         // shift once: a capital
    tapKey(2, actorTargetKey(3), "o");
    tapKey(3, actorTargetKey(3), "k");
    tapKey(4, actorTargetKey(3), "", KeyKind::Backspace);
    tapKey(5, actorTargetKey(3), "b");
    EXPECT_EQ(t.actor(3).name, "Bob");
    tapKey(6, actorTargetKey(3), "", KeyKind::Enter);          // one line: Enter is done
    EXPECT_TRUE(desk().sessions().empty());
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.actor(3).name, "Bibliotheek");
}

TEST_F(Targets, AViewsFieldKeepsItsTextInTheKeyboardAndMakesNoUndoStep) {
    TextTarget search;
    search.key = "tray:search";
    search.text = "bib";
    search.panel = true;
    search.multiline = false;
    search.anchor = {300, 300};
    ASSERT_NE(desk().open(search, {300, 1000}, t.router.config().boardUnitsPerMm), 0u);
    tapKey(1, "tray:search", "l");
    EXPECT_EQ(desk().text(kb("tray:search")), "bibl");
    EXPECT_FALSE(t.history.canUndo());
    // A panel field that is no longer shown takes its keyboard with it; an item's stays.
    t.tap(2, 960, 700);
    desk().keepPanelFields({});
    ASSERT_EQ(desk().sessions().size(), 1u);
    EXPECT_EQ(desk().sessions()[0].target.key, "note:6");
}

TEST_F(Targets, AKeyboardOnAFieldThatIsGoneClosesAndLeavesNoStep) {
    ASSERT_NE(desk().open(actorNameTarget(t.actor(4), false), {700, 1000}, t.router.config().boardUnitsPerMm), 0u);
    tapKey(1, actorTargetKey(4), "s");
    t.history.apply(removeItem(t.board(), 4));
    t.wait(0.1);
    EXPECT_TRUE(desk().sessions().empty());
}

TEST(TargetsInTheRouter, NamingAPartnerByTouchOpensAKeyboardNotTheEditor) {
    Board b = smallBoard();
    b.display.layout = RoomLayout::Table;
    TestBoard t{b};
    t.tap(1, 700, 320);  // the bubble: nothing
    // The tray's actor chip, tapped: a new partner, named on a keyboard.
    const Vec2 chip = tray::kActorChip.centre();
    t.tap(2, chip.x, chip.y);
    EXPECT_TRUE(t.router.takeRequests().empty());
    ASSERT_EQ(t.router.keyboards().sessions().size(), 1u);
    EXPECT_EQ(t.router.keyboards().sessions()[0].target.item, t.board().actors.back().id);
}

}  // namespace
}  // namespace nt::testing
