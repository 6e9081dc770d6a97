// The long-press menu in table layout: opened at the finger, facing the
// person, worked by a tap, one undo step per change; projector layout keeps
// asking the view for its popup.
#include <gtest/gtest.h>

#include <algorithm>

#include <stdexcept>

#include "core/edits.h"
#include "test_board.h"

namespace nt::testing {
namespace {

Board tableBoard() {
    Board b = smallBoard();
    b.display.layout = RoomLayout::Table;
    b.notes.push_back(Note{6, 1, "Bos", NoteKind::Idea, {1200, 150}, 0});  // nearest the top edge
    b.nextId = 7;
    return b;
}

Vec2 rowPos(const TableMenu& m, MenuAction action) {
    const auto it = std::find(m.actions.begin(), m.actions.end(), action);
    if (it == m.actions.end()) throw std::runtime_error("no such row");
    return m.frame.toBoard(m.row(static_cast<size_t>(it - m.actions.begin())).centre());
}

class Menus : public ::testing::Test {
protected:
    TestBoard t{tableBoard()};
    void longPress(std::uint64_t id, double x, double y) {
        t.pointerDown(id, x, y);
        t.wait(0.7);
        t.pointerUp(id, x, y);
    }
    const TableMenu& menu() {
        if (t.router.menus().menus().empty()) throw std::runtime_error("no menu open");
        return t.router.menus().menus().back();
    }
};

TEST_F(Menus, ALongPressOpensAMenuAtTheFingerFacingThePerson) {
    longPress(1, 1200, 150);
    EXPECT_TRUE(t.router.takeRequests().empty());  // not the view's popup
    const TableMenu& m = menu();
    EXPECT_EQ(m.item, 6u);
    EXPECT_EQ(m.frame.side, Side::Top);
    const layout::Rect b = m.boardBounds();
    EXPECT_GE(b.x0, 0);
    EXPECT_GE(b.y0, 0);
    EXPECT_LE(b.x1, kBoardWidth);
    EXPECT_LE(b.y1, kBoardHeight);
    // Near the finger, and rows at least 12 mm tall.
    EXPECT_LT(std::abs(m.frame.centre.x - 1200) + std::abs(m.frame.centre.y - 150), 600);
    EXPECT_GE(m.rowHeight() / t.router.config().boardUnitsPerMm, 12.0 - 1e-9);
    EXPECT_EQ(m.actions.front(), MenuAction::Edit);
    EXPECT_EQ(m.actions.back(), MenuAction::Close);
    EXPECT_EQ(std::count(m.actions.begin(), m.actions.end(), MenuAction::KindIdea), 0);  // it is an idea already
}

TEST_F(Menus, TurnToMeFacesTheNoteToThePersonAndIsOneUndoStep) {
    longPress(1, 1200, 150);
    const Vec2 p = rowPos(menu(), MenuAction::TurnToMe);
    t.tap(2, p.x, p.y);
    EXPECT_EQ(t.note(6).rotation, 180);
    EXPECT_TRUE(t.router.menus().menus().empty());
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.note(6).rotation, 0);
}

TEST_F(Menus, TurnToMeFacesAPartnersTokenToThePersonToo) {
    longPress(1, 700, 420);  // the library, nearest the top edge
    const Vec2 p = rowPos(menu(), MenuAction::TurnToMe);
    t.tap(2, p.x, p.y);
    EXPECT_EQ(t.actor(3).rotation, 180);
    EXPECT_EQ(t.actor(3).pos, (Vec2{700, 420}));
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.actor(3).rotation, 0);
}

TEST_F(Menus, KindDeleteAndEditFromTheMenu) {
    longPress(1, 1200, 150);
    Vec2 p = rowPos(menu(), MenuAction::KindStrength);
    t.tap(2, p.x, p.y);
    EXPECT_EQ(t.note(6).kind, NoteKind::Strength);
    longPress(3, 1200, 150);
    p = rowPos(menu(), MenuAction::Edit);
    t.tap(4, p.x, p.y);
    ASSERT_NE(t.router.keyboards().sessionFor(6), nullptr);  // a keyboard facing the same person
    EXPECT_EQ(t.router.keyboards().sessionFor(6)->frame.side, Side::Top);
    longPress(5, 104, 150);  // the strength note at the left
    p = rowPos(menu(), MenuAction::Delete);
    t.tap(6, p.x, p.y);
    EXPECT_EQ(findById(t.board().notes, 5), nullptr);
}

TEST_F(Menus, ATapThatSlidesOffARowDoesNothingAndAnIdleMenuCloses) {
    longPress(1, 1200, 150);
    const Vec2 p = rowPos(menu(), MenuAction::Delete);
    t.pointerDown(2, p.x, p.y);
    t.pointerUp(2, p.x + 2000, p.y);
    EXPECT_NE(findById(t.board().notes, 6), nullptr);
    ASSERT_FALSE(t.router.menus().menus().empty());
    ASSERT_TRUE(t.router.nextDeadline().has_value());
    t.wait(TableMenus::kIdleSeconds + 1);
    EXPECT_TRUE(t.router.menus().menus().empty());
    // Close closes; a deleted item takes its menu with it.
    longPress(3, 1200, 150);
    const Vec2 c = rowPos(menu(), MenuAction::Close);
    t.tap(4, c.x, c.y);
    EXPECT_TRUE(t.router.menus().menus().empty());
    longPress(5, 1200, 150);
    t.history.apply(removeItem(t.board(), 6));
    t.wait(0.1);
    EXPECT_TRUE(t.router.menus().menus().empty());
}

TEST_F(Menus, PartnersAndBubblesHaveTheirOwnMenus) {
    longPress(1, 700, 420);  // the library, a partner
    EXPECT_EQ(menu().actions,
              (std::vector<MenuAction>{MenuAction::Rename, MenuAction::TurnToMe, MenuAction::Delete, MenuAction::Close}));
    const Vec2 p = rowPos(menu(), MenuAction::Rename);
    t.tap(2, p.x, p.y);
    // Renamed on a keyboard facing the same person, not in the laptop's editor.
    EXPECT_TRUE(t.router.takeRequests().empty());
    ASSERT_NE(t.router.keyboards().sessionFor(Id{3}), nullptr);
    longPress(3, 700, 320);  // the bubble itself
    EXPECT_EQ(menu().actions, (std::vector<MenuAction>{MenuAction::Delete, MenuAction::Close}));
}

TEST(MenusProjector, ProjectorLayoutStillAsksTheViewForItsPopup) {
    TestBoard t{smallBoard()};
    t.pointerDown(1, 104, 150);
    t.wait(0.7);
    t.pointerUp(1, 104, 150);
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::ContextMenu);
    EXPECT_TRUE(t.router.menus().menus().empty());
}

}  // namespace
}  // namespace nt::testing
