// Piles of notes lying exactly on each other (a full column's overflow of
// phone notes): which notes are hidden, how many lie under a top note, and
// turning a pile to its next note.
#include <gtest/gtest.h>

#include "core/history.h"
#include "core/note_piles.h"

namespace nt {
namespace {

Note noteAt(Id id, Vec2 pos, double rotation = 0) {
    Note n;
    n.id = id;
    n.kind = NoteKind::Strength;
    n.text = "Notitie " + std::to_string(id);
    n.pos = pos;
    n.rotation = rotation;
    return n;
}

// Notes 1-3 piled at (200, 600), note 4 one unit beside them, note 5 turned on the same spot.
Board boardWithAPile() {
    Board b;
    for (Id id = 1; id <= 3; ++id) b.notes.push_back(noteAt(id, {200, 600}));
    b.notes.push_back(noteAt(4, {201, 600}));
    b.notes.push_back(noteAt(5, {200, 600}, 90));
    b.nextId = 6;
    return b;
}

TEST(NotePiles, OnlyTheTopNoteOfAnExactPileShows) {
    const NotePiles p = findNotePiles(boardWithAPile());
    EXPECT_EQ(p.hidden, (std::vector<bool>{true, true, false, false, false}));
    EXPECT_EQ(p.beneath, (std::vector<int>{0, 0, 2, 0, 0}));
}

TEST(NotePiles, ACarriedNoteOrOneWaitingForApprovalIsInNoPile) {
    Board b = boardWithAPile();
    EXPECT_EQ(findNotePiles(b, {3}).beneath[1], 1);  // note 3 is lifted: note 2 is the top
    b.notes[2].fromPhone = 7;
    b.notes[2].pending = true;
    EXPECT_EQ(findNotePiles(b).beneath[1], 1);       // note 3 waits in the inbox
}

TEST(NotePiles, TurningAPileShowsTheNextNoteAndUndoTurnsItBack) {
    History h(boardWithAPile());
    auto order = [&] {
        std::vector<Id> ids;
        for (const Note& n : h.board().notes) ids.push_back(n.id);
        return ids;
    };
    h.apply(flipNotePile(h.board(), 3));
    EXPECT_EQ(order(), (std::vector<Id>{3, 1, 2, 4, 5}));  // 2 is on top now
    EXPECT_EQ(findNotePiles(h.board()).beneath[2], 2);
    h.apply(flipNotePile(h.board(), 2));
    h.apply(flipNotePile(h.board(), 1));
    EXPECT_EQ(order(), (std::vector<Id>{1, 2, 3, 4, 5}));  // round: back where it started
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(order(), (std::vector<Id>{2, 3, 1, 4, 5}));  // each turn is one step
}

TEST(NotePiles, OnlyThePilesTopTurnsIt) {
    const Board b = boardWithAPile();
    EXPECT_EQ(flipNotePile(b, 1), nullptr);  // under the pile
    EXPECT_EQ(flipNotePile(b, 4), nullptr);  // alone
    EXPECT_EQ(flipNotePile(b, 99), nullptr);
    EXPECT_NE(flipNotePile(b, 3), nullptr);
}

}  // namespace
}  // namespace nt
