// What a finger does becomes an undo step with the name of its main command:
// a drag is a move, a drag into the bin a removal, a note pulled from the
// tray an addition, an on-screen keyboard's session the words it wrote.
#include <gtest/gtest.h>

#include "core/layout.h"
#include "input/keyboard_desk.h"
#include "keyboard_keys.h"
#include "test_board.h"

namespace nt::testing {
namespace {

TEST(StepNamesOfGestures, ADragIsNamedAfterTheMoveOfItsItem) {
    TestBoard t(smallBoard());
    t.drag(1, 700, 420, 1200, 600, 20);
    EXPECT_EQ(t.history.undoName(), (StepName{"step.actor.moved", "Bibliotheek"}));
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.history.redoName(), (StepName{"step.actor.moved", "Bibliotheek"}));
}

TEST(StepNamesOfGestures, ADragIntoTheBinIsNamedAsARemoval) {
    TestBoard t(smallBoard());
    const Vec2 bin = tray::kBin.centre();
    t.drag(1, 104, 150, bin.x, bin.y);
    EXPECT_EQ(t.history.undoName(), (StepName{"step.note.removed", "Grote zaal"}));
}

TEST(StepNamesOfGestures, ANotePulledFromTheTrayIsNamedAsAnAddition) {
    TestBoard t(smallBoard());
    const Vec2 chip = tray::noteChip(0).centre();
    t.drag(1, chip.x, chip.y, 900, 800);
    EXPECT_EQ(t.history.undoName(), (StepName{"step.note.added", ""}));
}

TEST(StepNamesOfGestures, AKeyboardSessionIsNamedAfterTheWordsItLeft) {
    Board b = smallBoard();
    b.display.layout = RoomLayout::Table;
    b.notes.push_back(Note{6, 1, "", NoteKind::Idea, {960, 700}, 0});
    b.nextId = 7;
    TestBoard t(b);
    t.tap(1, 960, 700);
    ASSERT_NE(t.router.keyboards().sessionFor(6), nullptr);
    std::uint64_t pointer = 10;
    auto tapKey = [&](KeyKind kind, const std::string& text) {
        const Vec2 p = keyPos(*t.router.keyboards().sessionFor(6), kind, text);
        t.tap(pointer++, p.x, p.y);
    };
    for (char ch : std::string("jeugdhuis")) tapKey(KeyKind::Char, std::string(1, ch));
    tapKey(KeyKind::Done, "");
    EXPECT_EQ(t.note(6).text, "Jeugdhuis");
    EXPECT_EQ(t.history.undoName(), (StepName{"step.note.written", "Jeugdhuis"}));
}

}  // namespace
}  // namespace nt::testing
