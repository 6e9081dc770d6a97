// The boards to continue: a folder with a good board, a broken one, a foreign
// JSON file and one too big, plus a recent list with one that is gone, all
// listed with the right status and newest first, never a throw; and the
// recent list itself: round trip, one entry per board, at most 20, and a
// broken file that is survived and kept.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>

#include "board_builder.h"
#include "core/board_file.h"
#include "core/board_list.h"
#include "core/recent_list.h"
#include "temp_dir.h"

namespace nt {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

void write(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

// Sets a file's modification time to `hoursAgo` before now.
void age(const fs::path& p, int hoursAgo) {
    fs::last_write_time(p, fs::file_time_type::clock::now() - std::chrono::hours(hoursAgo));
}

Board boardTitled(const std::string& title, const std::string& organisation, const std::string& date) {
    Board b;
    b.workshop.title = title;
    b.workshop.organisation = organisation;
    b.workshop.date = date;
    return b;
}

const BoardSummary* find(const std::vector<BoardSummary>& list, const fs::path& p) {
    for (const BoardSummary& s : list)
        if (fs::path(s.path).filename() == p.filename()) return &s;
    return nullptr;
}

using BoardList = TempDir;

TEST_F(BoardList, EachFileWithItsStatusNewestFirst) {
    const fs::path good = dir / "2026-12-03 Bibliotheek Zottegem.netwerktafel";
    const fs::path older = dir / "oud.json";
    const fs::path broken = dir / "kapot.netwerktafel";
    const fs::path foreign = dir / "package.json";
    const fs::path big = dir / "groot.json";
    const fs::path gone = dir / "weg.netwerktafel";
    write(good, boardToJsonText(boardTitled("Bibliotheek Zottegem", "Bib Zottegem", "2026-12-03")));
    write(older, boardToJsonText(boardTitled("Vorig jaar", "CC De Serre", "2025-11-20")));
    write(broken, boardToJsonText(boardTitled("Half", "", "")).substr(0, 40));
    write(foreign, R"({"name": "something else", "version": "1.0.0"})");
    write(big, std::string(3000, ' ') + boardToJsonText(Board{}));
    write(dir / "notities.txt", "not a board");
    write(dir / ".verborgen.json", "{}");
    fs::create_directories(dir / "submap.json");
    age(good, 1);
    age(older, 48);
    age(broken, 2);
    age(foreign, 3);
    age(big, 4);

    RecentList recent;
    recent.add(gone.string());
    recent.add(older.string());

    BoardListOptions options;
    options.maxBytes = 2048;
    std::vector<BoardSummary> list;
    ASSERT_NO_THROW(list = listBoards({dir.string()}, recent, options));
    ASSERT_EQ(list.size(), 6u);

    const std::vector<std::string> order{good.filename(), broken.filename(), foreign.filename(),
                                         big.filename(),  older.filename(),  gone.filename()};
    for (size_t i = 0; i < order.size(); ++i) EXPECT_EQ(fs::path(list[i].path).filename(), order[i]) << i;

    EXPECT_EQ(list[0].status, BoardStatus::Ok);
    EXPECT_EQ(list[0].title, "Bibliotheek Zottegem");
    EXPECT_EQ(list[0].organisation, "Bib Zottegem");
    EXPECT_EQ(list[0].date, "2026-12-03");
    EXPECT_FALSE(list[0].recent);
    EXPECT_GT(list[0].modified, list[4].modified);

    EXPECT_EQ(find(list, broken)->status, BoardStatus::Unreadable);
    EXPECT_NE(find(list, broken)->problem.find("not valid JSON"), std::string::npos) << find(list, broken)->problem;
    EXPECT_EQ(find(list, foreign)->status, BoardStatus::Unreadable);
    EXPECT_NE(find(list, foreign)->problem.find("not a Netwerktafel board"), std::string::npos);
    EXPECT_EQ(find(list, big)->status, BoardStatus::TooBig);
    EXPECT_NE(find(list, big)->problem.find("too big"), std::string::npos);
    EXPECT_EQ(find(list, older)->status, BoardStatus::Ok);
    EXPECT_TRUE(find(list, older)->recent) << "listed once, as recent";
    EXPECT_EQ(find(list, gone)->status, BoardStatus::Missing);
    EXPECT_TRUE(find(list, gone)->recent);
}

TEST_F(BoardList, MissingFoldersAndEmptyListsAreNoProblem) {
    EXPECT_TRUE(listBoards({(dir / "bestaat-niet").string()}, RecentList{}).empty());
    EXPECT_TRUE(listBoards({}, RecentList{}).empty());
}

TEST_F(BoardList, TheBoardsPictureIsItsThumbnailNotASecondBoard) {
    const fs::path board = dir / "werkdag.netwerktafel";
    write(board, boardToJsonText(boardTitled("Werkdag", "", "")));
    write(dir / "werkdag.png", "\x89PNG\r\n\x1a\nnot really");
    write(dir / "werkdag-3840.png", "\x89PNG\r\n\x1a\nnot really");
    write(dir / "los.png", "\x89PNG\r\n\x1a\nnot really");
    // Without a picture reader, pictures are left to the caller.
    auto list = listBoards({dir.string()}, RecentList{});
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(fs::path(list[0].picture).filename(), "werkdag.png");

    // With one, a picture without its board beside it is a board to continue.
    BoardListOptions options;
    options.readPicture = [](const std::string& path) {
        if (fs::path(path).filename() != "los.png") throw LoadError(path + ": no board inside");
        return boardTitled("Uit de foto", "", "");
    };
    list = listBoards({dir.string()}, RecentList{}, options);
    ASSERT_EQ(list.size(), 2u);
    const BoardSummary* fromPicture = find(list, dir / "los.png");
    ASSERT_NE(fromPicture, nullptr);
    EXPECT_TRUE(fromPicture->fromPicture);
    EXPECT_EQ(fromPicture->title, "Uit de foto");
}

TEST_F(BoardList, ARecentPictureWithoutAReaderIsUnreadableNotACrash) {
    const fs::path pic = dir / "bord.png";
    write(pic, "\x89PNG\r\n\x1a\nnot really");
    RecentList recent;
    recent.add(pic.string());
    const auto list = listBoards({}, recent);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].status, BoardStatus::Unreadable);
    EXPECT_TRUE(list[0].fromPicture);
    // A reader that throws something unexpected is caught too.
    BoardListOptions options;
    options.readPicture = [](const std::string&) -> Board { throw std::bad_alloc(); };
    EXPECT_EQ(listBoards({}, recent, options).at(0).status, BoardStatus::Unreadable);
}

TEST_F(BoardList, ABoardsJournalCountsForItsTitleAndTime) {
    const fs::path board = dir / "bord.netwerktafel";
    write(board, boardToJsonText(boardTitled("Voor", "", "")));
    age(board, 10);
    RecentList recent;
    recent.add(board.string());
    const auto list = listBoards({}, recent);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].title, "Voor");
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch()).count();
    EXPECT_NEAR(static_cast<double>(now - list[0].modified), 10 * 3600, 120);
}

// [SECTION] The recent list

using Recent = TempDir;

TEST_F(Recent, RoundTripMostRecentFirst) {
    const std::string file = (dir / "state" / "recent.json").string();
    RecentList r;
    r.add("/home/an/Netwerktafel/a.netwerktafel");
    r.add("/home/an/Netwerktafel/b.netwerktafel");
    r.save(file);
    const RecentList back = RecentList::load(file);
    EXPECT_EQ(back.paths(), (std::vector<std::string>{"/home/an/Netwerktafel/b.netwerktafel",
                                                      "/home/an/Netwerktafel/a.netwerktafel"}));
    EXPECT_EQ(back.problem(), "");
}

TEST_F(Recent, SavingWhatTheFileHoldsWritesNothing) {
    const fs::path file = dir / "recent.json";
    const std::string text = R"({"type": "netwerktafel-recent", "version": 1, "boards": ["/b.json", "/a.json"]})";
    write(file, text);
    RecentList r = RecentList::load(file.string());
    r.add("/b.json");  // reopening the newest board
    r.save(file.string());
    EXPECT_EQ(test::fileText(file), text);
    r.add("/a.json");
    r.save(file.string());
    EXPECT_EQ(RecentList::load(file.string()).paths(), (std::vector<std::string>{"/a.json", "/b.json"}));
    const fs::path other = dir / "elders.json";
    r.save(other.string());
    EXPECT_EQ(RecentList::load(other.string()).paths(), r.paths());
}

TEST_F(Recent, OneEntryPerBoardAtMostTwenty) {
    RecentList r;
    r.add("/b/a.json");
    r.add("/b/c.json");
    r.add("/b/./a.json");
    EXPECT_EQ(r.paths(), (std::vector<std::string>{"/b/a.json", "/b/c.json"}));
    for (int i = 0; i < 30; ++i) r.add("/b/" + std::to_string(i) + ".json");
    ASSERT_EQ(r.paths().size(), RecentList::kMaxEntries);
    EXPECT_EQ(r.paths().front(), "/b/29.json");
    EXPECT_EQ(r.paths().back(), "/b/10.json");
    r.add("");
    EXPECT_EQ(r.paths().front(), "/b/29.json");
    r.remove("/b/29.json");
    EXPECT_EQ(r.paths().front(), "/b/28.json");
}

TEST_F(Recent, AMissingFileIsAnEmptyList) {
    const RecentList r = RecentList::load((dir / "recent.json").string());
    EXPECT_TRUE(r.paths().empty());
    EXPECT_EQ(r.problem(), "");
}

TEST_F(Recent, ABrokenFileIsSurvivedAndKeptAside) {
    const fs::path file = dir / "recent.json";
    write(file, "{\"type\": \"netwerktafel-recent\", \"boards\": [\"/a.json\"");
    RecentList r = RecentList::load(file.string());
    EXPECT_TRUE(r.paths().empty());
    EXPECT_NE(r.problem(), "");
    r.add("/b.json");
    r.save(file.string());
    EXPECT_EQ(RecentList::load(file.string()).paths(), std::vector<std::string>{"/b.json"});
    EXPECT_EQ(test::fileText(dir / "recent.json.broken"), "{\"type\": \"netwerktafel-recent\", \"boards\": [\"/a.json\"");
}

TEST_F(Recent, EntriesThatAreNotTextAreSkipped) {
    const fs::path file = dir / "recent.json";
    write(file, R"({"type": "netwerktafel-recent", "version": 1, "boards": ["/a.json", 3, null, "/b.json", "/a.json"]})");
    const RecentList r = RecentList::load(file.string());
    EXPECT_EQ(r.paths(), (std::vector<std::string>{"/a.json", "/b.json"}));
    EXPECT_EQ(r.problem(), "");
}

TEST_F(Recent, ForeignAndHugeFilesAreBrokenFiles) {
    const fs::path file = dir / "recent.json";
    write(file, R"(["/a.json"])");
    EXPECT_NE(RecentList::load(file.string()).problem(), "");
    write(file, std::string(RecentList::kMaxFileBytes + 1, ' '));
    EXPECT_NE(RecentList::load(file.string()).problem(), "");
}

}  // namespace
}  // namespace nt
