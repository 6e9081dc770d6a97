// On-screen keyboards driven by synthetic pointers: two people type into two
// notes at the same time, each keyboard facing its writer, each session one
// undo step.
#include <gtest/gtest.h>

#include <stdexcept>

#include "core/edits.h"
#include "input/keyboard_desk.h"
#include "input/physical_key.h"
#include "keyboard_keys.h"
#include "test_board.h"

namespace nt::testing {
namespace {

Board tableBoard(KeyboardLayout keyboard = KeyboardLayout::Azerty) {
    Board b = smallBoard();
    b.display.layout = RoomLayout::Table;
    b.display.keyboard = keyboard;
    b.notes.push_back(Note{6, 1, "", NoteKind::Idea, {960, 700}, 0});     // nearest the bottom edge
    b.notes.push_back(Note{7, 1, "Bos", NoteKind::Idea, {1200, 230}, 0});  // near the top edge
    b.notes.push_back(Note{8, 1, "", NoteKind::Free, {160, 560}, 0});      // near the left edge
    b.nextId = 9;
    return b;
}

Vec2 accentPos(const KeyboardSession& s, int choice) {
    for (const KeyPlace& k : keyPlaces(s.frame, s.typing.layer)) {
        if (k.row != s.accents.row || k.col != s.accents.col) continue;
        return s.frame.toBoard(accentPlaces(s.frame, k.face, s.accents.choices.size())[choice].centre());
    }
    throw std::runtime_error("no accents open");
}

class Keyboards : public ::testing::Test {
protected:
    TestBoard t{tableBoard()};
    const KeyboardDesk& desk() { return t.router.keyboards(); }
    const KeyboardSession& kb(Id note) {
        const KeyboardSession* s = desk().sessionFor(note);
        if (!s) throw std::runtime_error("no keyboard on note " + std::to_string(note));
        return *s;
    }
    void tapKey(std::uint64_t pointer, Id note, const std::string& text, KeyKind kind = KeyKind::Char) {
        const Vec2 p = keyPos(kb(note), kind, text);
        t.tap(pointer, p.x, p.y);
    }
};

TEST_F(Keyboards, ATapOnANoteOpensAKeyboardFacingTheSideTheTouchCameFrom) {
    t.tap(1, 960, 700);
    t.tap(2, 1200, 230);
    t.tap(3, 160, 560);
    ASSERT_EQ(desk().sessions().size(), 3u);
    EXPECT_EQ(kb(6).frame.side, Side::Bottom);
    EXPECT_EQ(kb(7).frame.side, Side::Top);
    EXPECT_EQ(kb(8).frame.side, Side::Left);
    EXPECT_TRUE(t.router.takeRequests().empty());  // no ImGui editor as well
    for (const KeyboardSession& s : desk().sessions()) {
        const layout::Rect b = s.frame.boardBounds();
        EXPECT_GE(b.x0, 0);
        EXPECT_GE(b.y0, 0);
        EXPECT_LE(b.x1, kBoardWidth);
        EXPECT_LE(b.y1, kBoardHeight);
        // Keys are at least 12 mm wide at the router's screen size.
        const double mm = t.router.config().boardUnitsPerMm;
        for (const KeyPlace& k : keyPlaces(s.frame, KeyLayer::Letters)) {
            EXPECT_GE(k.face.width() / mm, 12.0 - 1e-9);
            EXPECT_GE(k.face.height() / mm, 12.0 - 1e-9);
        }
    }
    // Keyboards keep clear of each other and of their notes.
    for (size_t i = 0; i < desk().sessions().size(); ++i)
        for (size_t j = i + 1; j < desk().sessions().size(); ++j) {
            const layout::Rect a = desk().sessions()[i].frame.boardBounds(), b = desk().sessions()[j].frame.boardBounds();
            EXPECT_FALSE(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1);
        }
    for (const KeyboardSession& s : desk().sessions()) {
        const Vec2 n = t.note(s.target.item).pos;
        const layout::Rect b = s.frame.boardBounds();
        EXPECT_TRUE(b.x1 < n.x - layout::kNoteWidth / 2 || b.x0 > n.x + layout::kNoteWidth / 2 ||
                    b.y1 < n.y - layout::kNoteHeight / 2 || b.y0 > n.y + layout::kNoteHeight / 2)
            << "the keyboard covers note " << s.target.item;
    }
    // The one at the bottom sits between its note and the person.
    EXPECT_GT(kb(6).frame.boardBounds().y0, 700 + layout::kNoteHeight / 2);
}

TEST_F(Keyboards, TwoPeopleTypeIntoTwoNotesAtOnceAndEachKeyboardIsOneUndoStep) {
    t.tap(1, 960, 700);
    t.tap(2, 1200, 230);
    // Interleaved fingers: a key goes down on one keyboard while a key of the
    // other is still held, and they lift in the other order.
    const std::string a = "jeugd", b = "rand";
    for (size_t i = 0; i < a.size(); ++i) {
        const Vec2 pa = keyPos(kb(6), KeyKind::Char, a.substr(i, 1));
        const Vec2 pb = i < b.size() ? keyPos(kb(7), KeyKind::Char, b.substr(i, 1)) : Vec2{};
        t.pointerDown(10 + i, pa.x, pa.y);
        if (i < b.size()) t.pointerDown(20 + i, pb.x, pb.y);
        if (i < b.size()) t.pointerUp(20 + i, pb.x, pb.y);
        t.pointerUp(10 + i, pa.x, pa.y);
    }
    EXPECT_EQ(t.note(6).text, "Jeugd");  // an empty note starts with a capital
    EXPECT_EQ(t.note(7).text, "Bosrand");
    // The second writer adds "je", the first a space; both press done.
    tapKey(30, 7, "", KeyKind::Space);
    tapKey(31, 6, "", KeyKind::Space);
    tapKey(32, 7, "j");
    tapKey(33, 6, "h");
    tapKey(34, 7, "e");
    tapKey(35, 6, "u");
    tapKey(36, 6, "i");
    tapKey(37, 6, "s");
    tapKey(38, 7, "", KeyKind::Done);
    tapKey(39, 6, "", KeyKind::Done);
    EXPECT_EQ(t.note(6).text, "Jeugd huis");
    EXPECT_EQ(t.note(7).text, "Bosrand je");
    EXPECT_TRUE(desk().sessions().empty());
    // One step per keyboard, the last finished first.
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.note(6).text, "");
    EXPECT_EQ(t.note(7).text, "Bosrand je");
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.note(7).text, "Bos");
    EXPECT_FALSE(t.history.canUndo());
}

// A laptop's keyboard at the table types into the keyboard last typed on,
// or before any key into the last one opened; with none open it does nothing.
TEST_F(Keyboards, APhysicalKeyboardTypesIntoTheKeyboardLastUsed) {
    KeyboardDesk& keys = t.router.keyboards();
    keys.typePhysical({PhysicalKey::Kind::Text, "x"});
    EXPECT_EQ(t.note(6).text, "");
    t.tap(1, 960, 700);
    t.tap(2, 1200, 230);
    keys.typePhysical({PhysicalKey::Kind::Text, " é"});
    EXPECT_EQ(t.note(7).text, "Bos é");
    tapKey(3, 6, "h");
    for (const char* c : {"i", "e", "r"}) keys.typePhysical({PhysicalKey::Kind::Text, c});
    keys.typePhysical({PhysicalKey::Kind::Backspace, {}});
    keys.typePhysical({PhysicalKey::Kind::Enter, {}});  // a note takes more lines
    keys.typePhysical({PhysicalKey::Kind::Text, "ja"});
    EXPECT_EQ(t.note(6).text, "Hie\nja");
    EXPECT_EQ(t.note(7).text, "Bos é");
    tapKey(4, 6, "", KeyKind::Done);
    tapKey(5, 7, "", KeyKind::Done);
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.note(7).text, "Bos");
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.note(6).text, "");
}

TEST_F(Keyboards, AKeyActsOnlyWhenTheFingerLiftsInsideIt) {
    t.tap(1, 960, 700);
    const Vec2 e = keyPos(kb(6), KeyKind::Char, "e");
    const Vec2 r = keyPos(kb(6), KeyKind::Char, "r");
    t.pointerDown(5, e.x, e.y);
    t.pointerMove(5, r.x, r.y);
    t.pointerUp(5, r.x, r.y);
    EXPECT_EQ(t.note(6).text, "");
    // Down on a key of one keyboard and up on another's: nothing on either.
    t.tap(2, 1200, 230);
    const Vec2 other = keyPos(kb(7), KeyKind::Char, "a");
    t.pointerDown(6, e.x, e.y);
    t.pointerUp(6, other.x, other.y);
    EXPECT_EQ(t.note(6).text, "");
    EXPECT_EQ(t.note(7).text, "Bos");
}

TEST_F(Keyboards, LongPressShowsTheAccentsAndSlidingOntoOneTypesIt) {
    t.tap(1, 960, 700);
    const Vec2 e = keyPos(kb(6), KeyKind::Char, "e");
    t.pointerDown(5, e.x, e.y);
    EXPECT_TRUE(t.router.nextDeadline().has_value());
    t.wait(0.7);
    ASSERT_TRUE(kb(6).accents.open());
    EXPECT_EQ(kb(6).accents.choices[0], "É");  // shift is on for the first letter
    const Vec2 choice = accentPos(kb(6), 0);
    t.pointerMove(5, choice.x, choice.y);
    t.pointerUp(5, choice.x, choice.y);
    EXPECT_FALSE(kb(6).accents.open());
    EXPECT_EQ(t.note(6).text, "É");
    for (const char* c : {"c", "o", "l"}) tapKey(7, 6, c);
    // Held and lifted on the key itself: the choices wait for a tap.
    t.pointerDown(8, e.x, e.y);
    t.wait(0.7);
    t.pointerUp(8, e.x, e.y);
    ASSERT_TRUE(kb(6).accents.open());
    EXPECT_EQ(kb(6).accents.choices, (std::vector<std::string>{"é", "è", "ê", "ë"}));
    const Vec2 grave = accentPos(kb(6), 1);
    t.tap(9, grave.x, grave.y);
    EXPECT_EQ(t.note(6).text, "Écolè");
    // A key without accents held long still types once, on release.
    const Vec2 l = keyPos(kb(6), KeyKind::Char, "l");
    t.pointerDown(10, l.x, l.y);
    t.wait(0.7);
    t.pointerUp(10, l.x, l.y);
    EXPECT_EQ(t.note(6).text, "Écolèl");
    // Another key puts open accents away.
    t.pointerDown(11, e.x, e.y);
    t.wait(0.7);
    t.pointerUp(11, e.x, e.y);
    tapKey(12, 6, "", KeyKind::Backspace);
    EXPECT_FALSE(kb(6).accents.open());
    EXPECT_EQ(t.note(6).text, "Écolè");
}

TEST_F(Keyboards, DeadKeysAndBackspaceOnAKeyboardFacingTheTop) {
    t.tap(1, 1200, 230);
    tapKey(2, 7, "^", KeyKind::Dead);
    tapKey(3, 7, "e");
    tapKey(4, 7, "", KeyKind::Backspace);
    tapKey(5, 7, "", KeyKind::Backspace);
    tapKey(6, 7, "^", KeyKind::Dead);
    tapKey(7, 7, "o");
    EXPECT_EQ(t.note(7).text, "Boô");
}

TEST_F(Keyboards, QwertyWhenTheBoardSaysSo) {
    TestBoard q{tableBoard(KeyboardLayout::Qwerty)};
    q.tap(1, 960, 700);
    const KeyboardSession& s = *q.router.keyboards().sessionFor(6);
    EXPECT_EQ(s.frame.layout, KeyboardLayout::Qwerty);
    EXPECT_EQ(keyRows(s.frame.layout, KeyLayer::Letters)[0][0].text, "q");
}

TEST_F(Keyboards, TheTitleStripMovesTheKeyboardAndKeysStayWithIt) {
    t.tap(1, 960, 700);
    const Vec2 before = kb(6).frame.centre;
    const Vec2 strip = kb(6).frame.toBoard({0, kb(6).frame.titleRect().centre().y});
    t.drag(2, strip.x, strip.y, strip.x + 200, strip.y - 150);
    EXPECT_NEAR(kb(6).frame.centre.x, before.x + 200, 1e-9);
    EXPECT_NEAR(kb(6).frame.centre.y, before.y - 150, 1e-9);
    tapKey(3, 6, "z");
    EXPECT_EQ(t.note(6).text, "Z");
    // Dragged far off: it stops at the board's edge.
    const Vec2 strip2 = kb(6).frame.toBoard({0, kb(6).frame.titleRect().centre().y});
    t.drag(4, strip2.x, strip2.y, strip2.x + 3000, strip2.y);
    EXPECT_LE(kb(6).frame.boardBounds().x1, kBoardWidth + 1e-9);
    EXPECT_EQ(t.note(6).pos, (Vec2{960, 700}));  // the note did not move
}

TEST_F(Keyboards, ANoteThatGoesAwayClosesItsKeyboardAndLeavesRedoAlone) {
    const Id id = t.history.board().nextId;
    t.tap(1, tray::noteChip(2).centre().x, tray::noteChip(2).centre().y);  // a new idea note
    ASSERT_NE(desk().sessionFor(id), nullptr);
    tapKey(2, id, "o");
    ASSERT_TRUE(t.undo());  // takes the new note away
    t.wait(0.1);
    EXPECT_TRUE(desk().sessions().empty());
    EXPECT_TRUE(t.redo());
    EXPECT_NE(findById(t.board().notes, id), nullptr);
}

TEST_F(Keyboards, AnotherEditorsChangeIsKeptAndTypingGoesOnFromIt) {
    t.tap(1, 1200, 230);
    tapKey(2, 7, "k");
    t.history.apply(setNoteText(t.board(), 7, "Heide"));  // the laptop's editor, say
    tapKey(3, 7, "n");
    EXPECT_EQ(t.note(7).text, "Heiden");
}

TEST_F(Keyboards, TypingGoesOnAfterTheBoardIsOpenedAnew) {
    t.tap(1, 1200, 230);
    t.history.reset(t.board());  // forgets every open gesture
    tapKey(2, 7, "k");
    EXPECT_EQ(t.note(7).text, "Bosk");
    tapKey(3, 7, "", KeyKind::Done);
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.note(7).text, "Bos");
}

TEST(KeyboardRule, MouseInProjectorLayoutKeepsTheEditorTouchGetsAKeyboard) {
    EXPECT_FALSE(wantsOnScreenKeyboard(PointerSource::Mouse, RoomLayout::Projector));
    EXPECT_FALSE(wantsOnScreenKeyboard(PointerSource::Synthetic, RoomLayout::Projector));
    EXPECT_TRUE(wantsOnScreenKeyboard(PointerSource::Touch, RoomLayout::Projector));
    EXPECT_TRUE(wantsOnScreenKeyboard(PointerSource::Tuio, RoomLayout::Projector));
    EXPECT_TRUE(wantsOnScreenKeyboard(PointerSource::Mouse, RoomLayout::Table));

    TestBoard p{smallBoard()};
    p.tap(1, 104, 150);
    auto requests = p.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::EditNote);
    EXPECT_TRUE(p.router.keyboards().sessions().empty());
    // A touch on the same note: an upright keyboard, even near the left edge.
    p.router.handle({7, PointerSource::Tuio, PointerPhase::Down, {104, 150}, 200.0});
    p.router.handle({7, PointerSource::Tuio, PointerPhase::Up, {104, 150}, 200.05});
    ASSERT_EQ(p.router.keyboards().sessions().size(), 1u);
    EXPECT_EQ(p.router.keyboards().sessions()[0].frame.side, Side::Bottom);
    EXPECT_TRUE(p.router.takeRequests().empty());
}

}  // namespace
}  // namespace nt::testing
