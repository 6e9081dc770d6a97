// The board browser's listing of one folder: folders and boards only.
#include <gtest/gtest.h>

#include <fstream>

#include "core/board_file.h"
#include "core/board_folder.h"
#include "temp_dir.h"

namespace nt {
namespace {

namespace fs = std::filesystem;
using BoardFolder = test::TempDir;

void write(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

std::vector<std::string> names(const FolderListing& listing) {
    std::vector<std::string> out;
    for (const FolderEntry& e : listing.entries) out.push_back(e.name + (e.folder ? "/" : ""));
    return out;
}

TEST_F(BoardFolder, ShowsFoldersAndBoardsOnlyFoldersFirstEachByName) {
    Board board;
    board.workshop.title = "Ons netwerk";
    fs::create_directories(dir / "Workshops");
    fs::create_directories(dir / "archief");
    fs::create_directories(dir / ".verborgen");
    write(dir / "zottegem.netwerktafel", boardToJsonText(board));
    write(dir / "Lochristi.json", boardToJsonText(board));
    write(dir / "kapot.netwerktafel", "{ niet af");
    write(dir / "package.json", R"({"name": "something else"})");
    write(dir / "boodschappen.txt", "melk");
    write(dir / ".verborgen.netwerktafel", boardToJsonText(board));
    write(dir / "foto.png", "not even a picture");  // no picture reader given: PNGs are left out

    const FolderListing listing = listBoardFolder(dir.string());
    EXPECT_EQ(listing.problem, "");
    EXPECT_EQ(names(listing), (std::vector<std::string>{"archief/", "Workshops/", "kapot.netwerktafel", "Lochristi.json",
                                                        "zottegem.netwerktafel"}));
    EXPECT_EQ(listing.entries[2].board.status, BoardStatus::Unreadable);  // meant as a board: shown, says why
    EXPECT_EQ(listing.entries[3].board.title, "Ons netwerk");
}

TEST_F(BoardFolder, AFolderThatCannotBeReadSaysWhyAndNeverThrows) {
    const FolderListing listing = listBoardFolder((dir / "er-niet").string());
    EXPECT_TRUE(listing.entries.empty());
    EXPECT_NE(listing.problem.find("er-niet"), std::string::npos);
}

}  // namespace
}  // namespace nt
