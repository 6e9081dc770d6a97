// Which room each board was in, kept between runs: written and read back,
// the oldest forgotten beyond the limit, and a broken or foreign file
// remembers nothing and is kept aside rather than written over.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/room_memory.h"
#include "temp_dir.h"

using namespace nt;
using RoomMemoryFile = nt::test::TempDir;

TEST_F(RoomMemoryFile, ARoomIsRememberedPerBoardAndReadBackAfterARestart) {
    const std::string file = (dir / "state" / "rooms.json").string();
    RoomMemory memory = RoomMemory::load(file);
    EXPECT_FALSE(memory.of("/boards/a.json"));
    const RememberedRoom table{"192.168.1.20", 1883, "483920", "Tafel-1", false, 1'800'000'000};
    const RememberedRoom plenary{"127.0.0.1", 1884, "112233", "", true, 1'800'000'000};
    memory.remember("/boards/a.json", table);
    memory.remember("/boards/./b.json", plenary);
    memory.save(file);
    const RoomMemory again = RoomMemory::load(file);
    EXPECT_EQ(again.of("/boards/a.json"), table);
    EXPECT_EQ(again.of("/boards/b.json"), plenary) << "the same path written differently";
    // That day, not next week.
    EXPECT_TRUE(again.recent("/boards/a.json", 1'800'000'000 + 8 * 3600));
    EXPECT_FALSE(again.recent("/boards/a.json", 1'800'000'000 + 7 * 24 * 3600));
    memory.forget("/boards/a.json");
    memory.save(file);
    EXPECT_FALSE(RoomMemory::load(file).of("/boards/a.json"));
}

TEST(RoomMemory, OnlyTheNewestBoardsAreKept) {
    RoomMemory memory;
    for (size_t i = 0; i <= RoomMemory::kMaxBoards; ++i)
        memory.remember("/b/" + std::to_string(i) + ".json", {"h", 1883, "1", "T", false});
    EXPECT_FALSE(memory.of("/b/0.json"));
    EXPECT_TRUE(memory.of("/b/1.json"));
    EXPECT_TRUE(memory.of("/b/" + std::to_string(RoomMemory::kMaxBoards) + ".json"));
}

TEST_F(RoomMemoryFile, ABrokenFileRemembersNothingAndIsKeptAsideAndBadEntriesAreLeftOut) {
    const std::string file = (dir / "rooms.json").string();
    std::ofstream(file) << "{ not json";
    RoomMemory memory = RoomMemory::load(file);
    EXPECT_FALSE(memory.of("/a.json"));
    memory.remember("/a.json", {"h", 1883, "1", "T", false});
    memory.save(file);
    EXPECT_TRUE(std::filesystem::exists(file + ".broken"));
    EXPECT_TRUE(RoomMemory::load(file).of("/a.json"));

    std::ofstream(file) << R"({"type":"netwerktafel-rooms","version":1,"boards":[
        {"board":"/ok.json","room":{"host":"h","port":1883,"code":"1","table":"T","hosted":false,"since":5}},
        {"board":"/port.json","room":{"host":"h","port":70000,"code":"1","table":"T","hosted":false,"since":5}},
        {"board":"/name.json","room":{"host":"h","port":1883,"code":"1","table":"a/b","hosted":false,"since":5}},
        {"board":"/both.json","room":{"host":"h","port":1883,"code":"1","table":"T","hosted":true,"since":5}},
        {"board":"/since.json","room":{"host":"h","port":1883,"code":"1","table":"T","hosted":false}},
        {"board":7,"room":{}}, "x"]})";
    RoomMemory read = RoomMemory::load(file);
    EXPECT_TRUE(read.of("/ok.json"));
    EXPECT_FALSE(read.of("/port.json"));
    EXPECT_FALSE(read.of("/name.json"));
    EXPECT_FALSE(read.of("/both.json"));
    EXPECT_FALSE(read.of("/since.json"));
    // Whatever the file holds, loading it never throws.
    for (const char* odd : {R"({"type":1,"boards":[]})", R"({"type":"netwerktafel-rooms","boards":[{"board":"/a","room":{"port":"x"}}]})",
                            R"([1,2])", R"({"type":"netwerktafel-rooms","boards":{}})"}) {
        std::ofstream(file) << odd;
        EXPECT_NO_THROW(read = RoomMemory::load(file)) << odd;
    }
}
