// Names for new board files: readable ("2026-12-03 Bibliotheek Zottegem"),
// safe on every file system, never empty or too long, never an existing file.
#include <gtest/gtest.h>

#include <fstream>

#include "core/board_naming.h"
#include "temp_dir.h"

namespace nt {
namespace {

namespace fs = std::filesystem;

Workshop workshop(std::string title, std::string date = "2026-12-03", std::string organisation = "") {
    Workshop w;
    w.title = std::move(title);
    w.date = std::move(date);
    w.organisation = std::move(organisation);
    return w;
}

TEST(BoardNaming, DateAndTitle) {
    EXPECT_EQ(boardFileStem(workshop("Bibliotheek Zottegem")), "2026-12-03 Bibliotheek Zottegem");
    EXPECT_EQ(boardFileStem(workshop("Café ’t Hoekske")), "2026-12-03 Café ’t Hoekske");
    EXPECT_EQ(boardFileStem(workshop("Zonder datum", "")), "Zonder datum");
    EXPECT_EQ(boardFileStem(workshop("Rare datum", "morgen")), "Rare datum");
}

TEST(BoardNaming, SafeForFileSystems) {
    EXPECT_EQ(boardFileStem(workshop("a/b\\c:d*e?f\"g<h>i|j")), "2026-12-03 a b c d e f g h i j");
    EXPECT_EQ(boardFileStem(workshop("  Netwerk\t\nmoment  ")), "2026-12-03 Netwerk moment");
    EXPECT_EQ(boardFileStem(workshop("...verborgen?", "")), "verborgen");
    EXPECT_EQ(boardFileStem(workshop("../../etc/passwd", "")), "etc passwd");
    EXPECT_EQ(boardFileStem(workshop("", "2026-12-03", "CC De Serre")), "2026-12-03 CC De Serre");
    EXPECT_EQ(boardFileStem(workshop("/// ", "")), "Netwerktafel");
    EXPECT_EQ(boardFileStem(workshop("", "")), "Netwerktafel");
    const std::string stem = boardFileStem(workshop(std::string(300, 'e') + "é"));
    EXPECT_LE(stem.size(), kMaxBoardStemBytes);
    const std::string accents = boardFileStem(workshop(std::string(200, '\xC3') + "", ""));
    EXPECT_LE(accents.size(), kMaxBoardStemBytes);
    // Cut on a whole character: "é" is two bytes.
    std::string many;
    for (int i = 0; i < 100; ++i) many += "é";
    const std::string cut = boardFileStem(workshop(many, ""));
    EXPECT_EQ(cut.size() % 2, 0u);
    EXPECT_LE(cut.size(), kMaxBoardStemBytes);
}

using BoardNamingOnDisk = test::TempDir;

TEST_F(BoardNamingOnDisk, NeverAnExistingFile) {
    const Workshop w = workshop("Bibliotheek Zottegem");
    const std::string first = newBoardFileName(w, dir.string());
    EXPECT_EQ(fs::path(first), dir / "2026-12-03 Bibliotheek Zottegem.netwerktafel");
    std::ofstream(first) << "{}";
    const std::string second = newBoardFileName(w, dir.string());
    EXPECT_EQ(fs::path(second), dir / "2026-12-03 Bibliotheek Zottegem (2).netwerktafel");
    fs::create_directories(second);  // a folder of that name counts too
    fs::create_symlink(dir / "nergens", dir / "2026-12-03 Bibliotheek Zottegem (3).netwerktafel");  // so does a dangling link
    EXPECT_EQ(fs::path(newBoardFileName(w, dir.string())), dir / "2026-12-03 Bibliotheek Zottegem (4).netwerktafel");
    EXPECT_EQ(fs::path(newBoardFileName(w, dir.string(), ".json")), dir / "2026-12-03 Bibliotheek Zottegem.json");
}

}  // namespace
}  // namespace nt
