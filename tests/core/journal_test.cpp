// The journal and the durable store: records check themselves, a torn or
// damaged tail is ignored, the newest good record wins, a journal is only
// applied to the file it continues, snapshots drop the journal and keep the
// last few copies, and a disk that fails leaves what is on disk readable.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "board_builder.h"
#include "temp_dir.h"
#include "core/board_file.h"
#include "core/board_saver.h"
#include "core/durable_store.h"
#include "core/journal.h"

namespace nt {
namespace {

namespace fs = std::filesystem;
using test::BoardBuilder;
using test::fileText;

Board boardNamed(const std::string& title, int actors = 2) {
    BoardBuilder b;
    b.municipality("Gent", {400, 400}, 200, true);
    for (int i = 0; i < actors; ++i) b.actor("Actor " + std::to_string(i), {350.0 + i * 10, 330});
    Board board = b.build();
    board.workshop.title = title;
    return board;
}

std::string text(const Board& b) { return boardToJsonText(b); }

void writeRaw(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

TEST(Journal, Crc32IsTheStandardOne) { EXPECT_EQ(crc32("123456789"), 0xCBF43926u); }

TEST(Journal, ReadsRecordsInTheOrderWritten) {
    const std::string bytes = encodeJournalHeader({10, 99}) + encodeJournalBoard(1, "one") +
                              encodeJournalBoard(2, "two") + encodeJournalBoard(5, "three");
    const JournalContents c = parseJournal(bytes);
    ASSERT_TRUE(c.base);
    EXPECT_EQ(*c.base, (FileStamp{10, 99}));
    ASSERT_EQ(c.boards.size(), 3u);
    EXPECT_EQ(c.boards[0], "one");
    EXPECT_EQ(c.boards[2], "three");
    EXPECT_EQ(c.ignoredBytes, 0u);
}

TEST(Journal, ATornLastRecordIsIgnoredWhereverItWasCut) {
    const std::string good = encodeJournalHeader({1, 2}) + encodeJournalBoard(1, "first board");
    const std::string last = encodeJournalBoard(2, "second board, cut short");
    for (std::size_t cut = 0; cut < last.size(); ++cut) {
        const std::string bytes = good + last.substr(0, cut);  // the views in `c` point into it
        const JournalContents c = parseJournal(bytes);
        ASSERT_EQ(c.boards.size(), 1u) << "cut at " << cut;
        EXPECT_EQ(c.boards[0], "first board");
        EXPECT_EQ(c.ignoredBytes, cut);
    }
}

TEST(Journal, AChecksumMismatchStopsReadingThere) {
    std::string bytes = encodeJournalHeader({1, 2}) + encodeJournalBoard(1, "first") + encodeJournalBoard(2, "second") +
                        encodeJournalBoard(3, "third");
    const std::size_t second = bytes.find("second");
    for (std::size_t at : {second, second - 5, second - 12}) {  // payload, length, sequence
        std::string damaged = bytes;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
        const JournalContents c = parseJournal(damaged);
        ASSERT_EQ(c.boards.size(), 1u) << "flipped byte " << at;
        EXPECT_EQ(c.boards[0], "first");
    }
}

TEST(Journal, RecordsOutOfOrderOrWithoutAHeaderAreNotTrusted) {
    const std::string header = encodeJournalHeader({1, 2});
    EXPECT_EQ(parseJournal(header + encodeJournalBoard(2, "a") + encodeJournalBoard(2, "b")).boards.size(), 1u);
    EXPECT_EQ(parseJournal(header + encodeJournalBoard(3, "a") + encodeJournalBoard(1, "b")).boards.size(), 1u);
    const JournalContents headless = parseJournal(encodeJournalBoard(1, "a"));
    EXPECT_FALSE(headless.base);
    EXPECT_TRUE(headless.boards.empty());
    EXPECT_FALSE(parseJournal("").base);
    EXPECT_FALSE(parseJournal(std::string(100, '\xff')).base);
}

class OnDisk : public test::TempDir {
protected:
    std::string file = (dir / "bord.json").string();
};

using OpeningWithJournal = OnDisk;

TEST_F(OpeningWithJournal, AppliesTheNewestBoardOfAJournalThatContinuesTheFile) {
    const std::string saved = text(boardNamed("saved"));
    writeRaw(file, saved);
    writeRaw(journalPathFor(file), encodeJournalHeader(stampOf(saved)) + encodeJournalBoard(1, text(boardNamed("later"))) +
                                       encodeJournalBoard(2, text(boardNamed("latest"))) +
                                       encodeJournalBoard(3, text(boardNamed("torn"))).substr(0, 50));
    const OpenedBoard opened = openBoardWithJournal(file);
    EXPECT_EQ(opened.journal, OpenedBoard::Journal::Applied);
    EXPECT_TRUE(opened.fromJournal);
    EXPECT_EQ(opened.board.workshop.title, "latest");
    EXPECT_EQ(opened.stamp, stampOf(saved));
    EXPECT_EQ(fileText(file), saved) << "opening changes no file";
}

TEST_F(OpeningWithJournal, IgnoresAJournalWrittenForAnotherVersionOfTheFile) {
    const std::string older = text(boardNamed("older"));
    const std::string newer = text(boardNamed("newer, written after the journal"));
    writeRaw(file, newer);
    writeRaw(journalPathFor(file), encodeJournalHeader(stampOf(older)) + encodeJournalBoard(1, older));
    const OpenedBoard opened = openBoardWithJournal(file);
    EXPECT_EQ(opened.journal, OpenedBoard::Journal::Stale);
    EXPECT_FALSE(opened.fromJournal);
    EXPECT_EQ(opened.board.workshop.title, "newer, written after the journal");
}

TEST_F(OpeningWithJournal, AJournalThatAddsNothingOrCannotBeReadLeavesTheFileAsItIs) {
    const std::string saved = text(boardNamed("saved"));
    writeRaw(file, saved);
    writeRaw(journalPathFor(file), encodeJournalHeader(stampOf(saved)) + encodeJournalBoard(1, saved));
    EXPECT_EQ(openBoardWithJournal(file).journal, OpenedBoard::Journal::Same);
    writeRaw(journalPathFor(file), "garbage");
    EXPECT_EQ(openBoardWithJournal(file).journal, OpenedBoard::Journal::Broken);
    // A record that checks out but is no board: the one before it is used.
    writeRaw(journalPathFor(file), encodeJournalHeader(stampOf(saved)) + encodeJournalBoard(1, text(boardNamed("ok"))) +
                                       encodeJournalBoard(2, "{\"not\": \"a board\"}"));
    const OpenedBoard opened = openBoardWithJournal(file);
    EXPECT_EQ(opened.journal, OpenedBoard::Journal::Applied);
    EXPECT_EQ(opened.board.workshop.title, "ok");
    fs::remove(journalPathFor(file));
    EXPECT_EQ(openBoardWithJournal(file).journal, OpenedBoard::Journal::None);
}

using Store = OnDisk;

TEST_F(Store, JournalsEachChangeAndASnapshotWritesTheFileAndDropsTheJournal) {
    const std::string first = text(boardNamed("first"));
    writeRaw(file, first);
    DurableStore store(file, stampOf(first));
    store.journal(text(boardNamed("second")), 1.0);
    store.journal(text(boardNamed("third")), 1.2);
    EXPECT_EQ(fileText(file), first) << "the file itself waits for the snapshot";
    EXPECT_GT(store.journalBytes(), 0u);
    EXPECT_EQ(openBoardWithJournal(file).board.workshop.title, "third");

    store.snapshot(text(boardNamed("fourth")), 2.0);
    EXPECT_EQ(fileText(file), text(boardNamed("fourth")));
    EXPECT_FALSE(fs::exists(journalPathFor(file)));
    EXPECT_EQ(store.journalBytes(), 0u);
    EXPECT_EQ(fileText(fs::path(DurableStore::snapshotFolder(file)) / "1.json"), first) << "the old file is kept";

    // The next change starts a fresh journal that continues the new file.
    store.journal(text(boardNamed("fifth")), 3.0);
    const OpenedBoard opened = openBoardWithJournal(file);
    EXPECT_EQ(opened.journal, OpenedBoard::Journal::Applied);
    EXPECT_EQ(opened.board.workshop.title, "fifth");
}

TEST_F(Store, KeepsTheLastFewSnapshotsNewestFirst) {
    writeRaw(file, text(boardNamed("v0")));
    DurableStore store(file, stampOf(fileText(file)), realDisk(), SnapshotPolicy{3, 10.0});
    for (int i = 1; i <= 8; ++i) store.snapshot(text(boardNamed("v" + std::to_string(i))), i * 10.0);
    store.snapshot(text(boardNamed("v9")), 85.0);  // too soon after the last copy: none kept
    const fs::path folder = DurableStore::snapshotFolder(file);
    EXPECT_EQ(boardFromJsonText(fileText(folder / "1.json"), "1").workshop.title, "v7");
    EXPECT_EQ(boardFromJsonText(fileText(folder / "2.json"), "2").workshop.title, "v6");
    EXPECT_EQ(boardFromJsonText(fileText(folder / "3.json"), "3").workshop.title, "v5");
    EXPECT_FALSE(fs::exists(folder / "4.json"));
    EXPECT_EQ(readBoardFile(file).workshop.title, "v9");
}

TEST_F(Store, WithoutAFileTheFirstChangeWritesTheFileFolderIncluded) {
    const std::string path = (dir / "Netwerktafel" / "nieuw.json").string();
    DurableStore store(path, std::nullopt);
    store.journal(text(boardNamed("new")), 0.5);
    EXPECT_EQ(readBoardFile(path).workshop.title, "new");
    EXPECT_FALSE(fs::exists(journalPathFor(path)));
    store.journal(text(boardNamed("newer")), 0.7);
    EXPECT_TRUE(fs::exists(journalPathFor(path)));
    EXPECT_EQ(openBoardWithJournal(path).board.workshop.title, "newer");
}

TEST_F(Store, NeverWritesABoardThatDoesNotLoadBack) {
    const std::string good = text(boardNamed("good"));
    writeRaw(file, good);
    DurableStore store(file, stampOf(good));
    EXPECT_THROW(store.snapshot("{\"type\": \"netwerktafel-board\"", 1.0), SaveError);
    EXPECT_EQ(fileText(file), good);
}

// A disk that runs full after `budget` more bytes: writes past it fail half-way, like ENOSPC.
class FullDisk : public Disk {
public:
    std::size_t budget = 1u << 30;
    void replaceFile(const std::string& path, const std::string& content) override {
        if (content.size() > budget) throw SaveError(path + ": could not write everything (No space left on device)");
        budget -= content.size();
        Disk::replaceFile(path, content);
    }
    void appendFile(const std::string& path, std::string_view bytes) override {
        if (bytes.size() > budget) {
            Disk::appendFile(path, bytes.substr(0, budget));  // what fitted before the disk ran full
            budget = 0;
            throw SaveError(path + ": could not write everything (No space left on device)");
        }
        budget -= bytes.size();
        Disk::appendFile(path, bytes);
    }
};

TEST_F(Store, AFullDiskFailsLoudlyKeepsWhatWasOnDiskAndRecoversWhenThereIsRoomAgain) {
    const std::string first = text(boardNamed("first"));
    writeRaw(file, first);
    FullDisk disk;
    DurableStore store(file, stampOf(first), disk);
    store.journal(text(boardNamed("second")), 1.0);
    disk.budget = 100;
    EXPECT_THROW(store.journal(text(boardNamed("third", 40)), 1.2), SaveError);
    EXPECT_EQ(openBoardWithJournal(file).board.workshop.title, "second") << "the torn record is ignored";
    EXPECT_THROW(store.snapshot(text(boardNamed("third", 40)), 1.5), SaveError);
    EXPECT_EQ(fileText(file), first) << "a failed snapshot leaves the file as it was";
    EXPECT_EQ(openBoardWithJournal(file).board.workshop.title, "second");

    disk.budget = 1u << 30;  // room again
    store.journal(text(boardNamed("fourth")), 3.0);
    EXPECT_EQ(openBoardWithJournal(file).board.workshop.title, "fourth");
    store.snapshot(text(boardNamed("fifth")), 4.0);
    EXPECT_EQ(readBoardFile(file).workshop.title, "fifth");
    EXPECT_FALSE(fs::exists(journalPathFor(file)));
}

// A disk on which removing a file fails (EBUSY, EIO) while writing works.
class StuckJournalDisk : public Disk {
public:
    bool removeFails = true;
    void removeFile(const std::string& path) override {
        if (removeFails) throw SaveError(path + ": cannot remove the file (Device or resource busy)");
        Disk::removeFile(path);
    }
};

TEST_F(Store, ASnapshotWhoseJournalCannotBeRemovedNeverLetsLaterChangesIntoThatJournal) {
    // The snapshot replaced the file, but the old journal (written for the
    // old file) stayed. Records appended to it would be ignored on opening
    // (its header names the old file): changes reported durable, then lost.
    const std::string first = text(boardNamed("first"));
    writeRaw(file, first);
    StuckJournalDisk disk;
    DurableStore store(file, stampOf(first), disk);
    store.journal(text(boardNamed("second")), 1.0);
    EXPECT_THROW(store.snapshot(text(boardNamed("third")), 2.0), SaveError);
    EXPECT_EQ(openBoardWithJournal(file).board.workshop.title, "third");

    store.journal(text(boardNamed("fourth")), 2.5);
    EXPECT_EQ(openBoardWithJournal(file).board.workshop.title, "fourth") << "a fresh journal continues the new file";

    // The snapshot is tried again and then does drop the old journal, even
    // though the file already holds the board: a journal left for an older
    // file could match it again one day (an undo back to exactly that board).
    disk.removeFails = false;
    store.snapshot(text(boardNamed("fourth")), 3.0);
    EXPECT_FALSE(fs::exists(journalPathFor(file)));
    EXPECT_EQ(readBoardFile(file).workshop.title, "fourth");
}

TEST_F(Store, ASavingThreadWritesTheNewestBoardAndReportsFailures) {
    const std::string first = text(boardNamed("first"));
    writeRaw(file, first);
    FullDisk disk;
    BoardSaver saver(std::make_unique<DurableStore>(file, stampOf(first), disk), 0);
    for (std::uint64_t rev = 1; rev <= 20; ++rev) {
        const double now = 1.0 + static_cast<double>(rev) * 0.01;
        saver.submit(boardNamed("rev " + std::to_string(rev)), rev, BoardSaver::Kind::Journal, now);
        EXPECT_LE(saver.status().durableRevision, rev);  // read while the thread writes (ThreadSanitizer checks this)
    }
    saver.waitIdle();
    SaverStatus status = saver.status();
    EXPECT_EQ(status.durableRevision, 20u);
    EXPECT_TRUE(status.error.empty());
    EXPECT_EQ(openBoardWithJournal(file).board.workshop.title, "rev 20");

    disk.budget = 0;
    saver.submit(boardNamed("rev 21"), 21, BoardSaver::Kind::Snapshot, 2.0);
    saver.waitIdle();
    status = saver.status();
    EXPECT_EQ(status.durableRevision, 20u);
    EXPECT_NE(status.error.find("No space left"), std::string::npos) << status.error;

    disk.budget = 1u << 30;
    saver.submit(boardNamed("rev 22"), 22, BoardSaver::Kind::Snapshot, 3.0);
    saver.waitIdle();
    status = saver.status();
    EXPECT_TRUE(status.error.empty());
    EXPECT_EQ(status.fileRevision, 22u);
    EXPECT_EQ(readBoardFile(file).workshop.title, "rev 22");
}

}  // namespace
}  // namespace nt
