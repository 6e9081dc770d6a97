// The room's messages and its one programme, without a broker: what a table
// makes of the plenary's beat, the clocks of two laptops that disagree, and
// messages that are not what they say.
#include <gtest/gtest.h>

#include "core/board_file.h"
#include "core/combination_edits.h"
#include "core/history.h"
#include "core/json_reader.h"
#include "core/programme.h"
#include "core/room_messages.h"
#include "core/room_programme.h"

using namespace nt;
using namespace nt::room;

namespace {

Programme programme(Id firstId) {
    Programme p;
    p.phases = defaultPhases(firstId);
    return p;
}

}  // namespace

TEST(RoomRules, ATableFollowsThePlenarysPhaseByPlaceAndKindWithItsOwnPhaseIds) {
    Programme plenary = programme(100);
    plenary = nextPhase(startTimer(plenary, 1000), 1010);  // strengths, since 1010
    const ProgrammeBeat beat = beatOf(plenary, 1020);
    EXPECT_EQ(beat.index, 1);
    EXPECT_EQ(beat.kind, PhaseKind::Strengths);

    const Programme table = programme(500);
    const auto followed = followBeat(table, beat, 0);
    ASSERT_TRUE(followed);
    EXPECT_EQ(followed->timer.phase, 501u);
    EXPECT_TRUE(followed->timer.running);
    EXPECT_DOUBLE_EQ(timeLeft(*followed, 1030), timeLeft(plenary, 1030));
    EXPECT_EQ(followed->phases, table.phases);  // its own phases stay as they are
    EXPECT_FALSE(followBeat(*followed, beat, 0.2));  // in step: nothing to do
}

TEST(RoomRules, AShorterPhaseAtTheTableCountsDownToTheSameMoment) {
    Programme plenary = startTimer(programme(100), 1000);
    Programme table = programme(500);
    table.phases[0].durationSeconds = plenary.phases[0].durationSeconds - 120;
    table.phases.erase(table.phases.begin() + 1);  // no strengths phase: the weaknesses move up
    auto followed = followBeat(table, beatOf(plenary, 1000), 0);
    ASSERT_TRUE(followed);
    EXPECT_DOUBLE_EQ(timeLeft(*followed, 1100), timeLeft(plenary, 1100));

    plenary = nextPhase(nextPhase(plenary, 1200), 1300);  // weaknesses: place 2 at the plenary
    followed = followBeat(*followed, beatOf(plenary, 1300), 0);
    ASSERT_TRUE(followed);
    EXPECT_EQ(currentPhase(*followed)->kind, PhaseKind::Weaknesses);  // by its kind, at place 1 here
}

TEST(RoomRules, ALaptopWhoseClockIsBehindStillEndsThePhaseWithTheRoom) {
    const Programme plenary = startTimer(programme(100), 10'000);
    ClockOffset offset;
    // The table's clock is 90 s behind; beats take 5 to 40 ms to arrive.
    offset.sample(10'000 - 90 + 0.040, 10'000);
    offset.sample(10'005 - 90 + 0.005, 10'005);
    offset.sample(10'010 - 90 + 0.020, 10'010);
    EXPECT_NEAR(offset.offset(), -90, 0.01);
    const auto followed = followBeat(programme(500), beatOf(plenary, 10'010), offset.offset());
    ASSERT_TRUE(followed);
    EXPECT_NEAR(timeLeft(*followed, 10'100 - 90), timeLeft(plenary, 10'100), 0.01);
}

TEST(RoomRules, BeatsAndStatusesGoThereAndBackAndAnythingElseIsRefusedWithAReason) {
    ProgrammeBeat beat;
    beat.index = 3;
    beat.kind = PhaseKind::Partners;
    beat.durationSeconds = 900;
    beat.running = true;
    beat.elapsed = 12.5;
    beat.since = 1'800'000'000.25;
    beat.extraSeconds = 60;
    beat.sentAt = 1'800'000'010;
    beat.ownClock = {"Tafel-3"};
    std::string why;
    EXPECT_EQ(decodeBeat(encodeBeat(beat), why), beat) << why;

    TableStatus status{"Tafel_2", true, 4, PhaseKind::Combinations, 31, 18, 2};
    EXPECT_EQ(decodeStatus(encodeStatus(status), why), status) << why;

    for (const char* bad : {"", "{", "[]", "null", R"({"name":"a/b","online":true})",
                            R"({"name":"T","online":true,"phaseIndex":0,"phase":"dance","notes":0,"partners":0,"combinations":0})",
                            R"({"name":"T","online":true,"phaseIndex":0,"phase":"vote","notes":-1,"partners":0,"combinations":0})"}) {
        why.clear();
        EXPECT_FALSE(decodeStatus(bad, why)) << bad;
        EXPECT_FALSE(why.empty()) << bad;
    }
    EXPECT_FALSE(decodeBeat(std::string(kMaxMessageBytes + 1, ' '), why));
    std::string hostile = encodeBeat(beat);
    hostile.replace(hostile.find("\"Tafel-3\""), 9, "\"nt/#\"");
    EXPECT_FALSE(decodeBeat(hostile, why));
    EXPECT_NE(why.find("ownClock"), std::string::npos) << why;
}

TEST(RoomRules, TableNamesAndTopicsAreSafeInMqtt) {
    EXPECT_TRUE(validTableName("Tafel-1"));
    EXPECT_TRUE(validTableName("OCMW_Lokeren"));
    for (const char* bad : {"", "a/b", "a+b", "#", "Tafel 1", "café", "123456789012345678901234567890123", "plenary"})
        EXPECT_FALSE(validTableName(bad)) << bad;
    EXPECT_EQ(statusTopic("Tafel-1"), "nt/room/tables/Tafel-1/status");
    EXPECT_EQ(tableOfStatusTopic("nt/room/tables/Tafel-1/status"), "Tafel-1");
    EXPECT_EQ(tableOfStatusTopic("nt/room/tables/a/b/status"), "");
    EXPECT_EQ(tableOfStatusTopic("nt/room/programme"), "");
    EXPECT_NE(roomPassword(true, "4711"), roomPassword(false, "4711"));
}

TEST(RoomRules, ATablesCombinationsForThePlenaryGoWithTheirPartnersNamesWithinTheLimits) {
    Board b;
    b.actors.push_back(Actor{3, 1, "Bibliotheek", "bibliotheek", {700, 420}, 1, Sector::Cultural, {}});
    b.actors.push_back(Actor{4, 1, "WZC Ter Linde", "woonzorgcentrum", {700, 580}, 1, Sector::NonCultural, {}});
    Combination kept;
    kept.id = 10;
    kept.name = "Voorlezen";
    kept.members = {3, 4};
    kept.scenario = std::string(kMaxGatheredScenario - 1, 'x') + "é";  // é would be cut in half
    Combination home = kept;
    home.id = 11;
    b.combinations = {kept, home};
    EXPECT_TRUE(gatheredOf(b).empty());  // nothing marked yet
    b.combinations[0].toPlenary = true;
    const auto gathered = gatheredOf(b);
    ASSERT_EQ(gathered.size(), 1u);
    EXPECT_EQ(gathered[0].id, 10u);
    EXPECT_EQ(gathered[0].partners, (std::vector<std::string>{"Bibliotheek", "WZC Ter Linde"}));
    EXPECT_EQ(gathered[0].scenario.size(), kMaxGatheredScenario - 1);  // the é left out whole
    std::string why;
    EXPECT_EQ(decodeGathered(encodeGathered(gathered), why), gathered) << why;
    // Twenty long ones full of quotes: as many as fit in one message go.
    b.combinations.clear();
    b.actors[0].name = std::string(kMaxGatheredName, '"');
    for (Id id = 20; id < 20 + kMaxGathered; ++id) {
        Combination big = kept;
        big.id = id;
        big.members = std::vector<Id>(kMaxGatheredPartners, 3);
        big.name = std::string(kMaxGatheredName, '"');
        big.scenario = std::string(kMaxGatheredScenario, '"');
        big.toPlenary = true;
        b.combinations.push_back(big);
    }
    const auto full = gatheredOf(b);
    EXPECT_GT(full.size(), 0u);
    EXPECT_LT(full.size(), kMaxGathered);
    EXPECT_LE(encodeGathered(full).size(), kMaxMessageBytes);
    EXPECT_FALSE(decodeGathered(R"({"combinations":[{"id":0,"name":"","partners":[],"scenario":""}]})", why));
    EXPECT_FALSE(decodeGathered(R"({"combinations":[{"id":1,"name":"","partners":[7],"scenario":""}]})", why));
    EXPECT_EQ(tableOfTopic("nt/room/tables/Tafel-1/gathered", "gathered"), "Tafel-1");
    EXPECT_EQ(tableOfTopic("nt/room/tables/Tafel-1/gathered", "status"), "");
    EXPECT_EQ(tableOfTopic("nt/room/tables/Tafel-1gathered", "gathered"), "");
}

TEST(RoomRules, ACombinationForThePlenaryIsSavedAndAnOlderFileHasNone) {
    Board b;
    b.municipalities.push_back(Municipality{1, 1, "Lochristi", {700, 500}, 200, 0xCFE3F3, true});
    b.actors.push_back(Actor{3, 1, "Bibliotheek", "bibliotheek", {700, 420}, 1, Sector::Cultural, {}});
    Combination c;
    c.id = 10;
    c.members = {3};
    b.combinations = {c};
    b.nextId = 11;
    History h(b);
    h.apply(setToPlenary(h.board(), 10, true));
    EXPECT_TRUE(h.board().combinations[0].toPlenary);
    EXPECT_EQ(boardFromJsonText(boardToJsonText(h.board()), "t.json"), h.board());
    h.undo();
    EXPECT_FALSE(h.board().combinations[0].toPlenary);
    // A format-5 file: its combinations are not sent anywhere.
    Json v5 = Json::parse(boardToJsonText(b));
    v5["formatVersion"] = 5;
    for (Json& combination : v5["board"]["combinations"]) {
        combination.erase("toPlenary");
        combination.erase("fromTable");
    }
    v5["board"].erase("roomResult");
    EXPECT_EQ(boardFromJsonText(v5.dump(), "old.json").combinations[0].toPlenary, false);
}
