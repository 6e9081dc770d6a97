// Hit testing follows the drawing order and the shapes of items.
#include <gtest/gtest.h>

#include "input/hit_test.h"
#include "test_board.h"

using namespace nt;

TEST(HitTest, ActorsAreAboveNotesAndBubbles) {
    Board b = nt::testing::smallBoard();
    b.notes.push_back(Note{9, 1, "idee", NoteKind::Idea, {700, 420}, 0});
    EXPECT_EQ(hitTest(b, {700, 420}).kind, HitKind::Actor);
    EXPECT_EQ(hitTest(b, {760, 420}).kind, HitKind::Note);
    EXPECT_EQ(hitTest(b, {700, 360}).kind, HitKind::Municipality);
    EXPECT_EQ(hitTest(b, {1000, 900}).kind, HitKind::None);
}

TEST(HitTest, RotatedNotesAreHitWhereTheyAreDrawn) {
    Board b;
    b.notes.push_back(Note{1, 1, "", NoteKind::Free, {500, 500}, 90});
    // Rotated a quarter turn, the note is tall instead of wide.
    EXPECT_EQ(hitTest(b, {500, 500 + 80}).kind, HitKind::Note);
    EXPECT_EQ(hitTest(b, {500 + 80, 500}).kind, HitKind::None);
}

TEST(HitTest, NotesTurnedByTwoFingersAreHitAlongTheirTurnedSides) {
    Board b;
    b.notes.push_back(Note{1, 1, "", NoteKind::Free, {500, 500}, 45});
    EXPECT_EQ(hitTest(b, {549.5, 549.5}).kind, HitKind::Note);  // 70 along the turned long side
    EXPECT_EQ(hitTest(b, {580, 500}).kind, HitKind::None);      // inside the upright note, outside the turned one
    EXPECT_EQ(hitTest(b, {450.5, 450.5}).kind, HitKind::Note);
}

TEST(HitTest, TurnedTokensAreHitOnTheirDiscAsBefore) {
    Board b = nt::testing::smallBoard();
    b.actors[0].rotation = 180;  // the library at 700,420, its name now above it
    EXPECT_EQ(hitTest(b, {700, 420}).id, 3u);
    EXPECT_EQ(hitTest(b, {700 + 30, 420}).id, 3u);
    EXPECT_EQ(hitTest(b, {700, 420 - 30}).id, 3u);
    EXPECT_EQ(hitTest(b, {700, 420 - 45}).kind, HitKind::Municipality);  // the name is not a handle
}

TEST(HitTest, PhoneNotesWaitingOrHiddenCannotBeTouched) {
    Board b;
    b.notes.push_back(Note{1, 1, "van een telefoon", NoteKind::Strength, {500, 500}, 0, 2, true});
    b.notes.push_back(Note{2, 1, "aan tafel", NoteKind::Strength, {900, 500}, 0});
    EXPECT_EQ(hitTest(b, {500, 500}).kind, HitKind::None);  // waits in the inbox
    b.notes[0].pending = false;
    EXPECT_EQ(hitTest(b, {500, 500}).kind, HitKind::Note);
    b.phones.hideNotes = true;
    EXPECT_EQ(hitTest(b, {500, 500}).kind, HitKind::None);  // hidden for now
    EXPECT_EQ(hitTest(b, {900, 500}).kind, HitKind::Note);  // the table's notes are never hidden
}

TEST(HitTest, TrayChipsAndBin) {
    const Board b;
    EXPECT_EQ(hitTest(b, tray::noteChip(2).centre()).kind, HitKind::TrayNote);
    EXPECT_EQ(hitTest(b, tray::noteChip(2).centre()).noteKind, NoteKind::Idea);
    EXPECT_EQ(hitTest(b, tray::kActorChip.centre()).kind, HitKind::TrayActor);
    EXPECT_EQ(hitTest(b, tray::kTypePicker.centre()).kind, HitKind::TrayTypePicker);
    EXPECT_EQ(hitTest(b, tray::kBin.centre()).kind, HitKind::Bin);
}
