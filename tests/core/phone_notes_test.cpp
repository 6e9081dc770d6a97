// The facilitator's rules for phones: notes marked with their phone,
// approval (a waiting note, let in or rejected, each one undo step), hiding
// and clearing phone notes, removing a device (its cookie, its name, its
// votes, its waiting notes), and what a phone sees of its own notes.
#include <gtest/gtest.h>

#include "board_builder.h"
#include "core/history.h"
#include "core/phone_notes.h"
#include "core/phone_session.h"
#include "core/report.h"
#include "core/translations.h"
#include "core/vote_rules.h"

namespace nt {
namespace {

using Json = nlohmann::json;

class PhoneNotes : public ::testing::Test {
protected:
    PhoneNotes() {
        const Id a = b.actor("Bibliotheek", {500, 450});
        const Id c = b.actor("CAW", {900, 560}, "caw");
        combination = b.combination("Voorlezen", {a, c});
        h.reset(b.build());
        tableNote = h.newId();
        h.apply(addNoteAt(tableNote));
    }
    CommandPtr addNoteAt(Id id) {
        Note n;
        n.id = id;
        n.kind = NoteKind::Strength;
        n.text = "Aan tafel";
        return std::make_unique<AddItem<Note>>(n);
    }
    Id fromPhone(int device, NoteKind kind = NoteKind::Weakness, std::string text = "Te weinig budget") {
        const Id id = h.newId();
        PhoneOutcome out = phoneAddNote(h.board(), id, device, NoteRequest{kind, std::move(text)});
        EXPECT_EQ(out.status, 201);
        h.apply(std::move(out.command), Record::No);
        return id;
    }
    const Note& note(Id id) { return *findById(h.board().notes, id); }
    void set(CommandPtr c) {
        ASSERT_NE(c, nullptr);
        h.apply(std::move(c));
    }

    test::BoardBuilder b;
    History h;
    Id combination = kNoId, tableNote = kNoId;
};

TEST_F(PhoneNotes, APhonesNoteCarriesItsDeviceAndShowsAtOnceWithoutApproval) {
    const Id id = fromPhone(4);
    EXPECT_EQ(note(id).fromPhone, 4);
    EXPECT_FALSE(note(id).pending);
    EXPECT_TRUE(noteShown(h.board(), note(id)));
    EXPECT_EQ(note(tableNote).fromPhone, 0);
}

TEST_F(PhoneNotes, WithApprovalOnANoteWaitsThenIsLetInAsOneUndoStep) {
    set(setApprovePhoneNotes(h.board(), true));
    EXPECT_EQ(setApprovePhoneNotes(h.board(), true), nullptr);  // already on: no empty step
    const Id id = fromPhone(2, NoteKind::Strength);
    EXPECT_TRUE(note(id).pending);
    EXPECT_FALSE(noteShown(h.board(), note(id)));
    EXPECT_EQ(countPhoneNotes(h.board()).pending, 1u);
    EXPECT_FALSE(h.board().notes.empty());
    const Vec2 reserved = note(id).pos;

    set(approvePhoneNote(h.board(), id));
    EXPECT_FALSE(note(id).pending);
    EXPECT_TRUE(noteShown(h.board(), note(id)));
    EXPECT_EQ(note(id).pos, reserved);  // in the slot it waited for
    EXPECT_EQ(approvePhoneNote(h.board(), id), nullptr);  // not waiting any more
    EXPECT_EQ(approvePhoneNote(h.board(), tableNote), nullptr);

    h.undo();  // one step back: waiting again
    EXPECT_TRUE(note(id).pending);
}

TEST_F(PhoneNotes, AWaitingNoteIsNotInTheReportUntilLetIn) {
    set(setApprovePhoneNotes(h.board(), true));
    const Id id = fromPhone(2, NoteKind::Weakness, "Geen parking");
    const Catalogue catalogue;
    const Translations tr;
    EXPECT_EQ(reportMarkdown({h.board(), catalogue, tr, Lang::Nl}).find("Geen parking"), std::string::npos);
    EXPECT_EQ(reportCsv({h.board(), catalogue, tr, Lang::Nl}).find("Geen parking"), std::string::npos);
    set(approvePhoneNote(h.board(), id));
    EXPECT_NE(reportMarkdown({h.board(), catalogue, tr, Lang::Nl}).find("Geen parking"), std::string::npos);
    EXPECT_NE(reportCsv({h.board(), catalogue, tr, Lang::Nl}).find("Geen parking"), std::string::npos);
}

TEST_F(PhoneNotes, RejectingDeletesTheWaitingNote) {
    set(setApprovePhoneNotes(h.board(), true));
    const Id id = fromPhone(2);
    EXPECT_EQ(rejectPhoneNote(h.board(), tableNote), nullptr);  // only waiting notes are rejected
    set(rejectPhoneNote(h.board(), id));
    EXPECT_EQ(findById(h.board().notes, id), nullptr);
    h.undo();
    ASSERT_NE(findById(h.board().notes, id), nullptr);
    EXPECT_TRUE(note(id).pending);
}

TEST_F(PhoneNotes, HiddenPhoneNotesAreNotShownButCountedAndTableNotesStay) {
    const Id id = fromPhone(1);
    set(setHidePhoneNotes(h.board(), true));
    EXPECT_TRUE(h.board().phones.hideNotes);
    EXPECT_FALSE(noteShown(h.board(), note(id)));
    EXPECT_TRUE(noteShown(h.board(), note(tableNote)));
    EXPECT_EQ(countPhoneNotes(h.board()).onBoard, 1u);
    h.undo();
    EXPECT_TRUE(noteShown(h.board(), note(id)));
}

TEST_F(PhoneNotes, ClearingDeletesEveryPhoneNoteAsOneStep) {
    EXPECT_EQ(clearPhoneNotes(h.board()), nullptr);  // none yet
    const Id a = fromPhone(1);
    set(setApprovePhoneNotes(h.board(), true));
    const Id waiting = fromPhone(2, NoteKind::Idea);
    set(clearPhoneNotes(h.board()));
    EXPECT_EQ(findById(h.board().notes, a), nullptr);
    EXPECT_EQ(findById(h.board().notes, waiting), nullptr);
    ASSERT_EQ(h.board().notes.size(), 1u);  // the table's note stays
    EXPECT_EQ(h.board().notes[0].id, tableNote);
    h.undo();
    EXPECT_EQ(h.board().notes.size(), 3u);
}

TEST_F(PhoneNotes, RemovingADeviceTakesBackItsVotesAndItsWaitingNotesAsOneStep) {
    h.apply(openVote(h.board(), VoteSettings{}));
    for (int device : {1, 1, 2})
        h.apply(phoneCastVote(h.board(), h.newId(), device, VoteRequest{combination}, "t").command, Record::No);
    const Id letIn = fromPhone(1);
    set(setApprovePhoneNotes(h.board(), true));
    const Id waiting = fromPhone(1, NoteKind::Idea, "Trollpraat");
    const Id othersWaiting = fromPhone(2, NoteKind::Idea, "Samen koken");
    EXPECT_EQ(votesFor(h.board(), combination), 3);
    set(takeBackDevice(h.board(), 1));
    EXPECT_EQ(votesFor(h.board(), combination), 1);
    EXPECT_EQ(votesCast(h.board(), deviceVoter(2)), 1);
    EXPECT_EQ(findById(h.board().notes, waiting), nullptr);  // turned away unread
    ASSERT_NE(findById(h.board().notes, letIn), nullptr);     // already on the board: stays
    ASSERT_NE(findById(h.board().notes, othersWaiting), nullptr);
    EXPECT_TRUE(note(othersWaiting).pending);
    EXPECT_EQ(takeBackDevice(h.board(), 1), nullptr);  // nothing left to take back
    h.undo();  // one step brings both back
    EXPECT_EQ(votesFor(h.board(), combination), 3);
    ASSERT_NE(findById(h.board().notes, waiting), nullptr);
    EXPECT_TRUE(note(waiting).pending);
}

TEST_F(PhoneNotes, RemovingADeviceWithOnlyAWaitingNoteTakesThatBack) {
    set(setApprovePhoneNotes(h.board(), true));
    const Id waiting = fromPhone(3);
    set(takeBackDevice(h.board(), 3));
    EXPECT_EQ(findById(h.board().notes, waiting), nullptr);
    EXPECT_EQ(countPhoneNotes(h.board()).pending, 0u);
    h.undo();
    EXPECT_EQ(countPhoneNotes(h.board()).pending, 1u);
}

TEST(PhoneDeviceRemoval, CookieStopsAtOnceNameGoesAndNoRejoinWithIt) {
    PhoneSession s("t");
    const JoinResult anna = s.join("", "Anna", 0);
    const JoinResult bert = s.join("", "Bert", 0);
    ASSERT_EQ(s.devices(0).size(), 2u);
    EXPECT_TRUE(s.remove(anna.device));
    EXPECT_FALSE(s.remove(anna.device));  // once
    EXPECT_FALSE(s.remove(99));
    EXPECT_EQ(s.deviceFor(anna.key), 0);
    EXPECT_FALSE(s.allow(anna.device, 1, PhoneSession::Use::Read));
    EXPECT_EQ(s.deviceName(anna.device), "");
    ASSERT_EQ(s.devices(0).size(), 1u);
    EXPECT_EQ(s.devices(0)[0].name, "Bert");
    EXPECT_EQ(s.connected(0), 1u);
    EXPECT_EQ(s.join(anna.key, "Anna", 1).refusal, JoinRefusal::Removed);
    EXPECT_EQ(s.deviceFor(bert.key), bert.device);
    const JoinResult fresh = s.join("", "Carla", 2);  // a new phone gets a new number, never Anna's
    EXPECT_EQ(fresh.device, 3);
}

TEST_F(PhoneNotes, APhoneSeesItsOwnNotesAndWhetherTheyWait) {
    fromPhone(1, NoteKind::Weakness, "<img src=x onerror=alert(1)>");
    set(setApprovePhoneNotes(h.board(), true));
    fromPhone(1, NoteKind::Idea, "Samen koken");
    fromPhone(2, NoteKind::Idea, "Niet van mij");
    Translations tr;
    const PhoneSnapshot snap = buildPhoneSnapshot(h.board(), tr, 0, 1, true);
    const Json mine = Json::parse(phoneStateJson(snap, 1, "Anna"))["you"]["notes"];
    ASSERT_EQ(mine.size(), 2u);
    EXPECT_EQ(mine[0]["text"], "<img src=x onerror=alert(1)>");
    EXPECT_EQ(mine[0]["kind"], "weakness");
    EXPECT_FALSE(mine[0]["pending"].get<bool>());
    EXPECT_TRUE(mine[1]["pending"].get<bool>());
    EXPECT_TRUE(Json::parse(phoneStateJson(snap, 3, ""))["you"]["notes"].empty());
}

}  // namespace
}  // namespace nt
