// Intents turned into commands: what each edit changes, and that undo puts
// everything back as one step.
#include <gtest/gtest.h>

#include <cmath>

#include "board_builder.h"
#include "core/board_file.h"
#include "core/edits.h"
#include "core/history.h"

namespace nt {
namespace {

// Gent at (500, 500) r100 with a cultural and a non-cultural actor, Lokeren
// further right with one actor, one loose actor, one note, one combination.
class Edits : public ::testing::Test {
protected:
    Edits() {
        gent = b.municipality("Gent", {500, 500}, 100);
        lokeren = b.municipality("Lokeren", {900, 500}, 100);
        bib = b.actor("Bibliotheek", {500, 450});
        caw = b.actor("CAW", {520, 560}, "caw");
        school = b.actor("Basisschool", {900, 560}, "onderwijs");
        loose = b.actor("Losse kunstenaar", {1300, 300}, "kunstenaar");
        note = b.note("Grote zaal", {100, 200}, NoteKind::Strength);
        combo = b.combination("Voorleesproject", {bib, school, caw});
        h.reset(b.build());
    }
    const Actor& actor(Id id) const { return *findById(h.board().actors, id); }
    const Note& theNote() const { return *findById(h.board().notes, note); }

    test::BoardBuilder b;
    History h;
    Id gent{}, lokeren{}, bib{}, caw{}, school{}, loose{}, note{}, combo{};
};

TEST_F(Edits, DropActorDerivesAndStoresThePlacement) {
    h.apply(dropActor(h.board(), loose, {480, 430}));
    EXPECT_EQ(actor(loose).pos, (Vec2{480, 430}));
    EXPECT_EQ(actor(loose).municipality, gent);
    EXPECT_EQ(actor(loose).sector, Sector::Cultural);

    h.apply(dropActor(h.board(), loose, {900, 580}));
    EXPECT_EQ(actor(loose).municipality, lokeren);
    EXPECT_EQ(actor(loose).sector, Sector::NonCultural);

    h.apply(dropActor(h.board(), loose, {1500, 900}));
    EXPECT_EQ(actor(loose).municipality, kNoId);
    EXPECT_EQ(actor(loose).sector, Sector::Unassigned);
}

TEST_F(Edits, AddActorDerivesThePlacement) {
    const Id id = h.newId();
    h.apply(addActor(h.board(), id, "museum", "Museum Dr. Guislain", {900, 420}));
    EXPECT_EQ(actor(id).municipality, lokeren);
    EXPECT_EQ(actor(id).sector, Sector::Cultural);
    EXPECT_EQ(actor(id).type, "museum");
}

TEST_F(Edits, MoveActorDuringADragKeepsTheOldPlacement) {
    const GestureId g = h.beginGesture();
    h.applyInGesture(g, moveActor(h.board(), bib, {700, 700}));
    EXPECT_EQ(actor(bib).pos, (Vec2{700, 700}));
    EXPECT_EQ(actor(bib).municipality, gent);
    EXPECT_EQ(actor(bib).sector, Sector::Cultural);
    h.applyInGesture(g, dropActor(h.board(), bib, {900, 450}));
    h.commitGesture(g);
    EXPECT_EQ(actor(bib).municipality, lokeren);

    EXPECT_TRUE(h.undo());  // move and drop are one step
    EXPECT_EQ(actor(bib).pos, (Vec2{500, 450}));
    EXPECT_EQ(actor(bib).municipality, gent);
}

TEST_F(Edits, MoveMunicipalityTakesItsActorsAlong) {
    h.apply(moveMunicipality(h.board(), gent, {550, 520}));
    EXPECT_EQ(findById(h.board().municipalities, gent)->centre, (Vec2{550, 520}));
    EXPECT_EQ(actor(bib).pos, (Vec2{550, 470}));
    EXPECT_EQ(actor(caw).pos, (Vec2{570, 580}));
    EXPECT_EQ(actor(school).pos, (Vec2{900, 560}));  // in another bubble
    EXPECT_EQ(actor(loose).pos, (Vec2{1300, 300}));
    EXPECT_EQ(actor(bib).municipality, gent);
}

TEST_F(Edits, MoveMunicipalityDragIsUndoneAsOneStep) {
    const Board before = h.board();
    const GestureId g = h.beginGesture();
    for (int i = 1; i <= 20; ++i) h.applyInGesture(g, moveMunicipality(h.board(), gent, {500.0 + i * 5, 500}));
    h.commitGesture(g);
    EXPECT_EQ(actor(bib).pos, (Vec2{600, 450}));
    EXPECT_EQ(actor(caw).pos, (Vec2{620, 560}));

    EXPECT_TRUE(h.undo());
    EXPECT_FALSE(h.canUndo());
    EXPECT_EQ(findById(h.board().municipalities, gent)->centre, (Vec2{500, 500}));
    EXPECT_EQ(actor(bib).pos, (Vec2{500, 450}));
    EXPECT_EQ(actor(caw).pos, (Vec2{520, 560}));
    EXPECT_TRUE(h.redo());
    EXPECT_EQ(actor(caw).pos, (Vec2{620, 560}));
}

TEST_F(Edits, RemoveActorAlsoLeavesItsCombinations) {
    h.apply(removeActor(h.board(), caw));
    EXPECT_EQ(findById(h.board().actors, caw), nullptr);
    EXPECT_EQ(findById(h.board().combinations, combo)->members, (std::vector<Id>{bib, school}));

    EXPECT_TRUE(h.undo());
    EXPECT_FALSE(h.canUndo());  // one step
    EXPECT_EQ(h.board().actors, b.build().actors);  // back in its place in the list
    EXPECT_EQ(findById(h.board().combinations, combo)->members, (std::vector<Id>{bib, school, caw}));
}

TEST_F(Edits, RemoveMunicipalityLeavesItsActorsUnassigned) {
    h.apply(removeMunicipality(h.board(), gent));
    EXPECT_EQ(findById(h.board().municipalities, gent), nullptr);
    for (Id id : {bib, caw}) {
        EXPECT_EQ(actor(id).municipality, kNoId);
        EXPECT_EQ(actor(id).sector, Sector::Unassigned);
    }
    EXPECT_EQ(actor(bib).pos, (Vec2{500, 450}));  // they stay where they are
    EXPECT_EQ(actor(school).municipality, lokeren);

    EXPECT_TRUE(h.undo());
    EXPECT_FALSE(h.canUndo());
    EXPECT_EQ(h.board().municipalities[0].id, gent);
    EXPECT_EQ(actor(bib).municipality, gent);
    EXPECT_EQ(actor(bib).sector, Sector::Cultural);
    EXPECT_EQ(actor(caw).sector, Sector::NonCultural);
}

TEST_F(Edits, NoteAndActorProperties) {
    h.apply(setNoteText(h.board(), note, "Grote zaal – 400 plaatsen"));
    h.apply(rotateNote(h.board(), note, -4.5));
    h.apply(setNoteKind(h.board(), note, NoteKind::Weakness));
    h.apply(renameActor(h.board(), bib, "Bibliotheek De Krook"));
    h.apply(resizeMunicipality(h.board(), gent, 180));
    EXPECT_EQ(theNote().text, "Grote zaal – 400 plaatsen");
    EXPECT_EQ(theNote().rotation, -4.5);
    EXPECT_EQ(theNote().kind, NoteKind::Weakness);
    EXPECT_EQ(theNote().pos, (Vec2{100, 200}));
    EXPECT_EQ(actor(bib).name, "Bibliotheek De Krook");
    EXPECT_EQ(findById(h.board().municipalities, gent)->radius, 180);

    for (int i = 0; i < 5; ++i) EXPECT_TRUE(h.undo());
    EXPECT_EQ(theNote().text, "Grote zaal");
    EXPECT_EQ(theNote().rotation, 0);
    EXPECT_EQ(actor(bib).name, "Bibliotheek");
}

TEST_F(Edits, CommandsOnAMissingIdReturnNull) {
    const Board& board = h.board();
    const Id missing = 999;
    EXPECT_EQ(moveNote(board, missing, {0, 0}), nullptr);
    EXPECT_EQ(moveActor(board, missing, {0, 0}), nullptr);
    EXPECT_EQ(moveMunicipality(board, missing, {0, 0}), nullptr);
    EXPECT_EQ(dropActor(board, missing, {0, 0}), nullptr);
    EXPECT_EQ(setNoteText(board, missing, "x"), nullptr);
    EXPECT_EQ(setNoteKind(board, missing, NoteKind::Idea), nullptr);
    EXPECT_EQ(rotateNote(board, missing, 3), nullptr);
    EXPECT_EQ(renameActor(board, missing, "x"), nullptr);
    EXPECT_EQ(resizeMunicipality(board, missing, 100), nullptr);
    EXPECT_EQ(removeNote(board, missing), nullptr);
    EXPECT_EQ(removeActor(board, missing), nullptr);
    EXPECT_EQ(removeMunicipality(board, missing), nullptr);
    EXPECT_EQ(removeItem(board, missing), nullptr);
    // An actor id is not a note id.
    EXPECT_EQ(moveNote(board, bib, {0, 0}), nullptr);
}

TEST_F(Edits, ApplyingNullIsHarmless) {
    const auto rev = h.revision();
    h.apply(moveNote(h.board(), 999, {0, 0}));
    EXPECT_FALSE(h.canUndo());
    EXPECT_EQ(h.revision(), rev);
}

TEST_F(Edits, AddThenUndoThenRedo) {
    const Id m = h.newId();
    h.apply(addMunicipality(m, "Wachtebeke", {1200, 700}, 120, 0xD8ECD4, false));
    const Id n = h.newId();
    h.apply(addNote(n, NoteKind::Idea, {300, 900}, "Samen een zomerfeest"));
    EXPECT_EQ(h.board().municipalities.back().name, "Wachtebeke");
    EXPECT_TRUE(h.undo());
    EXPECT_TRUE(h.undo());
    EXPECT_EQ(h.board().municipalities, b.build().municipalities);
    EXPECT_EQ(h.board().notes, b.build().notes);
    EXPECT_TRUE(h.redo());
    EXPECT_TRUE(h.redo());
    EXPECT_EQ(findById(h.board().notes, n)->text, "Samen een zomerfeest");
    EXPECT_EQ(findById(h.board().municipalities, m)->colour, 0xD8ECD4u);
}

TEST_F(Edits, RemoveItemFindsTheKind) {
    h.apply(removeItem(h.board(), note));
    h.apply(removeItem(h.board(), school));
    h.apply(removeItem(h.board(), lokeren));
    EXPECT_EQ(findById(h.board().notes, note), nullptr);
    EXPECT_EQ(findById(h.board().actors, school), nullptr);
    EXPECT_EQ(findById(h.board().municipalities, lokeren), nullptr);
    EXPECT_EQ(findById(h.board().combinations, combo)->members, (std::vector<Id>{bib, caw}));
}

// Whatever the edits let a person do, autosave must write a file that opens
// again: the reader refuses rotations beyond ±360°, positions more than a
// board away, radii outside 10–1920 and very long texts.
class EditsThenReload : public Edits {
protected:
    std::string reloadError() const {
        try {
            boardFromJsonText(boardToJsonText(h.board()), "autosave.json");
            return "";
        } catch (const std::exception& e) {
            return e.what();
        }
    }
};

TEST_F(EditsThenReload, NoteTurnedTwiceRound) {
    h.apply(rotateNote(h.board(), note, 725));
    EXPECT_EQ(reloadError(), "");
    EXPECT_NEAR(std::remainder(theNote().rotation - 725, 360), 0, 1e-9);  // same look
}

TEST_F(EditsThenReload, NoteDraggedFarOffTheBoard) {
    h.apply(moveNote(h.board(), note, {-5000, 9000}));
    EXPECT_EQ(reloadError(), "");
}

TEST_F(EditsThenReload, BubblePinchedVerySmallOrLarge) {
    h.apply(resizeMunicipality(h.board(), gent, 2));
    EXPECT_EQ(reloadError(), "");
    h.apply(resizeMunicipality(h.board(), gent, 5000));
    EXPECT_EQ(reloadError(), "");
}

TEST_F(EditsThenReload, ItemsAddedOffTheBoardOrAtNaN) {
    // A pointer can leave the window mid-drag; a zero-sized window gives NaN.
    const double nan = std::nan("");
    h.apply(addActor(h.board(), h.newId(), "museum", "Museum", {-5000, 9000}));
    h.apply(addNote(h.newId(), NoteKind::Idea, {nan, 100}, "idee"));
    h.apply(addMunicipality(h.newId(), "Ergens", {9000, nan}, 100, 0x8FB8DE, false));
    EXPECT_EQ(reloadError(), "");
}

TEST_F(EditsThenReload, NewBubbleWithOddSizeAndLongName) {
    h.apply(addMunicipality(h.newId(), std::string(300, 'g'), {600, 600}, 2, 0x8FB8DE, false));
    h.apply(addMunicipality(h.newId(), "Groot", {600, 600}, 5000, 0x8FB8DE, false));
    EXPECT_EQ(reloadError(), "");
}

TEST_F(EditsThenReload, VeryLongTexts) {
    h.apply(setNoteText(h.board(), note, std::string(20000, 'a')));
    h.apply(renameActor(h.board(), bib, std::string(1000, 'b')));
    EXPECT_EQ(reloadError(), "");
}

}  // namespace
}  // namespace nt
