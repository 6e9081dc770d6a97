// The texts of the own-practice card, edited the way people do it: a tap on
// the title, the organisation or an answer opens an on-screen keyboard on
// that field (at the table for any pointer, elsewhere for a touch), the
// board shows the words as they grow, and one undo takes the whole edit
// back. A mouse in projector layout asks the view for its editor instead,
// and the date always goes to the view's date card.
#include <gtest/gtest.h>

#include <stdexcept>

#include "core/workshop_fields.h"
#include "input/keyboard_desk.h"
#include "keyboard_keys.h"
#include "test_board.h"

namespace nt::testing {
namespace {

Board workshopBoard(RoomLayout layout) {
    Board b = smallBoard();
    b.display.layout = layout;
    b.workshop.title = "";
    b.workshop.organisation = "";
    b.workshop.aim = "Samen sterker";
    return b;
}

class WorkshopFields : public ::testing::Test {
protected:
    TestBoard t{workshopBoard(RoomLayout::Table)};
    KeyboardDesk& desk() { return t.router.keyboards(); }
    const KeyboardSession& kb(WorkshopField field) {
        const KeyboardSession* s = desk().sessionFor(workshopTargetKey(field));
        if (!s) throw std::runtime_error(std::string("no keyboard on ") + workshopFieldName(field));
        return *s;
    }
    void tapField(std::uint64_t pointer, WorkshopField field) {
        const Vec2 c = workshopFieldRect(field).centre();
        t.tap(pointer, c.x, c.y);
    }
    void type(WorkshopField field, const std::string& letters) {
        for (char ch : letters) {
            const bool space = ch == ' ';
            const Vec2 p = keyPos(kb(field), space ? KeyKind::Space : KeyKind::Char, space ? "" : std::string(1, ch));
            ASSERT_EQ(desk().hitTest(p).session, kb(field).id) << "another keyboard lies over this key";
            t.tap(m_finger++, p.x, p.y);
        }
    }
    void done(WorkshopField field) {
        const Vec2 p = keyPos(kb(field), KeyKind::Done);
        t.tap(m_finger++, p.x, p.y);
    }

private:
    std::uint64_t m_finger = 100;
};

TEST_F(WorkshopFields, ATapOnTheTitleOpensAKeyboardAndTheWholeTitleIsOneUndoStep) {
    tapField(1, WorkshopField::Title);
    EXPECT_TRUE(t.router.takeRequests().empty());
    ASSERT_EQ(desk().sessions().size(), 1u);
    EXPECT_EQ(kb(WorkshopField::Title).target.key, "workshop:title");
    EXPECT_FALSE(kb(WorkshopField::Title).target.multiline);
    type(WorkshopField::Title, "netwerk");
    EXPECT_EQ(t.board().workshop.title, "Netwerk");  // the card shows it as it grows; a new text starts with a capital
    done(WorkshopField::Title);
    EXPECT_TRUE(desk().sessions().empty());
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.board().workshop.title, "");
    EXPECT_FALSE(t.history.canUndo());  // seven keys, one step
    ASSERT_TRUE(t.redo());
    EXPECT_EQ(t.board().workshop.title, "Netwerk");
}

TEST_F(WorkshopFields, AnAnswerOfTheOwnPracticeIsTypedOnItsOwnKeyboardOnALineOfItsOwn) {
    tapField(1, WorkshopField::Aim);
    const KeyboardSession& aim = kb(WorkshopField::Aim);
    EXPECT_TRUE(aim.target.multiline);
    EXPECT_EQ(aim.target.hintKey, "workshop.hint.aim");
    type(WorkshopField::Aim, " met de buren");
    EXPECT_EQ(t.board().workshop.aim, "Samen sterker met de buren");
    // Enter on an answer is a new line, not done.
    const Vec2 enter = keyPos(kb(WorkshopField::Aim), KeyKind::Enter);
    t.tap(50, enter.x, enter.y);
    type(WorkshopField::Aim, "ok");
    EXPECT_EQ(t.board().workshop.aim, "Samen sterker met de buren\nok");
    done(WorkshopField::Aim);
    EXPECT_EQ(t.board().workshop.title, "");  // only this field changed
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.board().workshop.aim, "Samen sterker");
    EXPECT_FALSE(t.history.canUndo());
}

TEST_F(WorkshopFields, TheTitleAndAnAnswerTypedAtOnceAreEachTheirOwnUndoStep) {
    tapField(1, WorkshopField::Title);
    tapField(2, WorkshopField::ForWhom);
    ASSERT_EQ(desk().sessions().size(), 2u);
    // The second keyboard opened over the first: its writer drags it aside by its strip.
    const KeyboardFrame& f = kb(WorkshopField::ForWhom).frame;
    const Vec2 strip = f.toBoard(f.titleRect().centre());
    t.drag(3, strip.x, strip.y, strip.x + 400, strip.y + 380);
    type(WorkshopField::Title, "dag");
    type(WorkshopField::ForWhom, "jong");
    type(WorkshopField::Title, " een");
    EXPECT_EQ(t.board().workshop.title, "Dag een");
    EXPECT_EQ(t.board().workshop.forWhom, "Jong");
    done(WorkshopField::ForWhom);
    done(WorkshopField::Title);
    // The title was finished last: its undo leaves the answer standing.
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.board().workshop.title, "");
    EXPECT_EQ(t.board().workshop.forWhom, "Jong");
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.board().workshop.forWhom, "");
    EXPECT_FALSE(t.history.canUndo());
}

TEST_F(WorkshopFields, TheOrganisationIsTypedOnItsKeyboardAndEnterIsDone) {
    tapField(1, WorkshopField::Organisation);
    type(WorkshopField::Organisation, "bib zottegem");
    EXPECT_EQ(t.board().workshop.organisation, "Bib zottegem");
    const Vec2 enter = keyPos(kb(WorkshopField::Organisation), KeyKind::Enter);
    t.tap(50, enter.x, enter.y);  // one line: Enter is done
    EXPECT_TRUE(desk().sessions().empty());
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.board().workshop.organisation, "");
    EXPECT_FALSE(t.history.canUndo());
}

TEST(WorkshopFieldsInTheRouter, AMouseOnAProjectorAsksForTheEditorAndTheDateAlwaysForTheDateCard) {
    TestBoard t{workshopBoard(RoomLayout::Projector)};
    const Vec2 org = workshopFieldRect(WorkshopField::Organisation).centre();
    t.router.handle({1, PointerSource::Mouse, PointerPhase::Down, org, 1.0});
    t.router.handle({1, PointerSource::Mouse, PointerPhase::Up, org, 1.1});
    auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::EditWorkshop);
    EXPECT_EQ(requests[0].detail, static_cast<int>(WorkshopField::Organisation));
    EXPECT_TRUE(t.router.keyboards().sessions().empty());
    // A finger on the same projector: a keyboard, facing the room.
    t.router.handle({2, PointerSource::Touch, PointerPhase::Down, org, 2.0});
    t.router.handle({2, PointerSource::Touch, PointerPhase::Up, org, 2.1});
    EXPECT_TRUE(t.router.takeRequests().empty());
    ASSERT_NE(t.router.keyboards().sessionFor(workshopTargetKey(WorkshopField::Organisation)), nullptr);
    // The date is picked on the view's card, by touch too: half a date is no date.
    const Vec2 date = workshopFieldRect(WorkshopField::Date).centre();
    t.router.handle({3, PointerSource::Touch, PointerPhase::Down, date, 3.0});
    t.router.handle({3, PointerSource::Touch, PointerPhase::Up, date, 3.1});
    requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::EditWorkshop);
    EXPECT_EQ(requests[0].detail, static_cast<int>(WorkshopField::Date));
}

TEST(WorkshopFieldsInTheRouter, NotesAndBubblesOverTheCardComeFirstAndADragOnTheCardIsNothing) {
    Board b = workshopBoard(RoomLayout::Table);
    const Vec2 title = workshopFieldRect(WorkshopField::Title).centre();
    b.notes.push_back(Note{6, 1, "", NoteKind::Idea, title, 0});
    b.nextId = 7;
    TestBoard t{b};
    EXPECT_EQ(hitTest(t.board(), title).kind, HitKind::Note);
    const Vec2 what = workshopFieldRect(WorkshopField::WhatWeDo).centre();
    EXPECT_EQ(hitTest(t.board(), what).kind, HitKind::WorkshopField);
    EXPECT_EQ(hitTest(t.board(), what).field, WorkshopField::WhatWeDo);
    t.drag(1, what.x, what.y, what.x + 200, what.y + 300);
    EXPECT_TRUE(t.router.keyboards().sessions().empty());
    EXPECT_FALSE(t.history.canUndo());
}

}  // namespace
}  // namespace nt::testing
