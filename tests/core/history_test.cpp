// History: undo/redo, gestures as single steps (also several at once), and
// the counters the view and autosave watch.
#include <gtest/gtest.h>

#include <set>

#include "core/edits.h"
#include "core/history.h"

namespace nt {
namespace {

const Note* note(const History& h, Id id) { return findById(h.board().notes, id); }

// A history holding one note at (100, 100), added as one undoable step.
struct WithNote : ::testing::Test {
    WithNote() {
        id = h.newId();
        h.apply(addNote(id, NoteKind::Idea, {100, 100}, "Vertelnamiddag"));
    }
    History h;
    Id id = kNoId;
};

TEST(History, AddUndoRedo) {
    History h;
    const Id id = h.newId();
    h.apply(addNote(id, NoteKind::Idea, {10, 20}, "idee"));
    ASSERT_NE(note(h, id), nullptr);
    EXPECT_EQ(note(h, id)->text, "idee");

    EXPECT_TRUE(h.undo());
    EXPECT_EQ(note(h, id), nullptr);
    EXPECT_TRUE(h.redo());
    ASSERT_NE(note(h, id), nullptr);
    EXPECT_EQ(note(h, id)->pos, (Vec2{10, 20}));
}

TEST_F(WithNote, MoveUndoRedo) {
    h.apply(moveNote(h.board(), id, {300, 400}));
    EXPECT_EQ(note(h, id)->pos, (Vec2{300, 400}));
    EXPECT_TRUE(h.undo());
    EXPECT_EQ(note(h, id)->pos, (Vec2{100, 100}));
    EXPECT_TRUE(h.redo());
    EXPECT_EQ(note(h, id)->pos, (Vec2{300, 400}));
}

TEST_F(WithNote, RemoveUndoRedo) {
    h.apply(removeNote(h.board(), id));
    EXPECT_EQ(note(h, id), nullptr);
    EXPECT_TRUE(h.undo());
    ASSERT_NE(note(h, id), nullptr);
    EXPECT_EQ(note(h, id)->text, "Vertelnamiddag");
    EXPECT_TRUE(h.redo());
    EXPECT_EQ(note(h, id), nullptr);
}

TEST_F(WithNote, NewCommandClearsRedo) {
    h.apply(moveNote(h.board(), id, {300, 400}));
    h.undo();
    EXPECT_TRUE(h.canRedo());
    h.apply(moveNote(h.board(), id, {500, 500}));
    EXPECT_FALSE(h.canRedo());
    EXPECT_FALSE(h.redo());
    EXPECT_EQ(note(h, id)->pos, (Vec2{500, 500}));
}

TEST_F(WithNote, GestureOfManyMovesIsOneUndoStep) {
    const GestureId g = h.beginGesture();
    for (int i = 1; i <= 50; ++i) h.applyInGesture(g, moveNote(h.board(), id, {100.0 + i * 10, 100.0 + i}));
    EXPECT_EQ(note(h, id)->pos, (Vec2{600, 150}));  // live while dragging
    h.commitGesture(g);
    EXPECT_FALSE(h.gestureOpen(g));

    EXPECT_TRUE(h.undo());
    ASSERT_NE(note(h, id), nullptr);  // the add is still there: one step undone
    EXPECT_EQ(note(h, id)->pos, (Vec2{100, 100}));
    EXPECT_TRUE(h.redo());
    EXPECT_EQ(note(h, id)->pos, (Vec2{600, 150}));
}

TEST_F(WithNote, CancelGestureRestoresStartAndRecordsNothing) {
    const GestureId g = h.beginGesture();
    for (int i = 1; i <= 5; ++i) h.applyInGesture(g, moveNote(h.board(), id, {100.0 + i * 20, 100}));
    h.cancelGesture(g);
    EXPECT_FALSE(h.gestureOpen(g));
    EXPECT_EQ(note(h, id)->pos, (Vec2{100, 100}));
    EXPECT_FALSE(h.canRedo());

    EXPECT_TRUE(h.undo());  // undoes the add, not the cancelled drag
    EXPECT_EQ(note(h, id), nullptr);
    EXPECT_FALSE(h.canUndo());
}

TEST_F(WithNote, EmptyGestureRecordsNothing) {
    const GestureId g = h.beginGesture();
    h.commitGesture(g);
    EXPECT_TRUE(h.undo());
    EXPECT_FALSE(h.canUndo());  // only the add was recorded
}

TEST_F(WithNote, TwoGesturesOpenAtOnceCommitAsTwoSteps) {
    const Id other = h.newId();
    h.apply(addNote(other, NoteKind::Free, {800, 800}));
    const GestureId left = h.beginGesture();
    const GestureId right = h.beginGesture();
    EXPECT_NE(left, right);
    for (int i = 1; i <= 10; ++i) {  // two fingers, moves interleaved
        h.applyInGesture(left, moveNote(h.board(), id, {100.0 + i, 100}));
        h.applyInGesture(right, moveNote(h.board(), other, {800.0 - i, 800}));
    }
    h.commitGesture(right);
    EXPECT_TRUE(h.gestureOpen(left));
    h.commitGesture(left);

    EXPECT_TRUE(h.undo());  // the gesture committed last
    EXPECT_EQ(note(h, id)->pos, (Vec2{100, 100}));
    EXPECT_EQ(note(h, other)->pos, (Vec2{790, 800}));
    EXPECT_TRUE(h.undo());
    ASSERT_NE(note(h, other), nullptr);
    EXPECT_EQ(note(h, other)->pos, (Vec2{800, 800}));
}

TEST_F(WithNote, CancellingOneGestureLeavesTheOtherAlone) {
    const Id other = h.newId();
    h.apply(addNote(other, NoteKind::Free, {800, 800}));
    const GestureId a = h.beginGesture();
    const GestureId b = h.beginGesture();
    h.applyInGesture(a, moveNote(h.board(), id, {150, 150}));
    h.applyInGesture(b, moveNote(h.board(), other, {850, 850}));
    h.cancelGesture(a);
    h.commitGesture(b);
    EXPECT_EQ(note(h, id)->pos, (Vec2{100, 100}));
    EXPECT_EQ(note(h, other)->pos, (Vec2{850, 850}));
    EXPECT_TRUE(h.undo());
    EXPECT_EQ(note(h, other)->pos, (Vec2{800, 800}));
}

TEST_F(WithNote, UndoOfADragKeepsAnEditOfAnotherFieldMadeDuringIt) {
    // A participant drags the note while the facilitator retypes its text.
    const GestureId g = h.beginGesture();
    h.applyInGesture(g, moveNote(h.board(), id, {200, 100}));
    h.apply(setNoteText(h.board(), id, "Verhalencafé"));
    h.applyInGesture(g, moveNote(h.board(), id, {300, 100}));
    h.commitGesture(g);

    EXPECT_TRUE(h.undo());  // the drag
    EXPECT_EQ(note(h, id)->pos, (Vec2{100, 100}));
    EXPECT_EQ(note(h, id)->text, "Verhalencafé");
    EXPECT_TRUE(h.undo());  // the new text
    EXPECT_EQ(note(h, id)->pos, (Vec2{100, 100}));
    EXPECT_EQ(note(h, id)->text, "Vertelnamiddag");
}

TEST_F(WithNote, CommandForAClosedGestureIsIgnored) {
    const GestureId g = h.beginGesture();
    h.commitGesture(g);
    h.applyInGesture(g, moveNote(h.board(), id, {999, 999}));
    EXPECT_EQ(note(h, id)->pos, (Vec2{100, 100}));
}

TEST_F(WithNote, VersionGrowsOnEveryReplaceIncludingUndo) {
    EXPECT_EQ(note(h, id)->version, 1u);
    h.apply(moveNote(h.board(), id, {200, 200}));
    EXPECT_EQ(note(h, id)->version, 2u);
    h.undo();
    EXPECT_EQ(note(h, id)->version, 3u);
    h.redo();
    EXPECT_EQ(note(h, id)->version, 4u);

    const GestureId g = h.beginGesture();
    h.applyInGesture(g, moveNote(h.board(), id, {210, 200}));
    h.applyInGesture(g, moveNote(h.board(), id, {220, 200}));
    EXPECT_EQ(note(h, id)->version, 6u);
    h.commitGesture(g);
    h.undo();
    EXPECT_EQ(note(h, id)->version, 7u);
}

TEST_F(WithNote, RevisionGrowsOnEveryChange) {
    std::uint64_t last = h.revision();
    auto grew = [&] {
        const bool g = h.revision() > last;
        last = h.revision();
        return g;
    };
    h.apply(moveNote(h.board(), id, {1, 1}));
    EXPECT_TRUE(grew());
    h.undo();
    EXPECT_TRUE(grew());
    h.redo();
    EXPECT_TRUE(grew());
    h.apply(setNoteText(h.board(), id, "x"), Record::No);
    EXPECT_TRUE(grew());
    const GestureId g = h.beginGesture();
    h.applyInGesture(g, moveNote(h.board(), id, {2, 2}));
    EXPECT_TRUE(grew());
    h.cancelGesture(g);
    EXPECT_TRUE(grew());
    h.reset(Board{});
    EXPECT_TRUE(grew());
    EXPECT_FALSE(h.undo());
    EXPECT_FALSE(grew());  // nothing changed
}

TEST_F(WithNote, RecordNoChangesTheBoardButIsNotUndoable) {
    h.apply(setNoteText(h.board(), id, "van een telefoon"), Record::No);
    EXPECT_EQ(note(h, id)->text, "van een telefoon");
    EXPECT_TRUE(h.undo());  // undoes the add only
    EXPECT_FALSE(h.canUndo());
    EXPECT_FALSE(h.undo());
}

TEST(History, UndoAndRedoPastTheEndReturnFalse) {
    History h;
    EXPECT_FALSE(h.canUndo());
    EXPECT_FALSE(h.undo());
    EXPECT_FALSE(h.redo());
    h.apply(addNote(h.newId(), NoteKind::Free, {0, 0}));
    EXPECT_TRUE(h.undo());
    EXPECT_FALSE(h.undo());
    EXPECT_TRUE(h.redo());
    EXPECT_FALSE(h.redo());
}

TEST(History, NewIdNeverRepeats) {
    Board start;
    start.nextId = 10;
    History h(start);
    std::set<Id> seen;
    for (int i = 0; i < 100; ++i) {
        const Id id = h.newId();
        EXPECT_GE(id, 10u);
        EXPECT_TRUE(seen.insert(id).second) << id;
        if (i % 3 == 0) {
            h.apply(addNote(id, NoteKind::Free, {0, 0}));
            h.undo();  // an undone add does not give its id back
        }
    }
    // An item added with a higher id pushes the counter past it.
    h.apply(addNote(5000, NoteKind::Free, {0, 0}));
    EXPECT_GT(h.newId(), 5000u);
}

TEST(History, ResetForgetsHistoryAndTakesTheNewBoard) {
    History h;
    h.apply(addNote(h.newId(), NoteKind::Free, {0, 0}));
    const GestureId g = h.beginGesture();
    Board other;
    other.workshop.title = "Andere";
    other.nextId = 42;
    h.reset(other);
    EXPECT_EQ(h.board(), other);
    EXPECT_FALSE(h.canUndo());
    EXPECT_FALSE(h.gestureOpen(g));
    EXPECT_EQ(h.newId(), 42u);
}

}  // namespace
}  // namespace nt
