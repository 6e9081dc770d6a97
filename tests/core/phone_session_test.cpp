// The rules for participants' phones: the token, devices and joining, the
// rate limit, caps and JSON validation, notes and votes through the core,
// and what a phone may see.
#include <gtest/gtest.h>

#include <set>

#include "board_builder.h"
#include "core/history.h"
#include "core/phone_session.h"
#include "core/programme.h"
#include "core/vote_rules.h"

namespace nt {
namespace {

using Json = nlohmann::json;

TEST(PhoneToken, IsLongRandomHex) {
    std::set<std::string> seen;
    for (int i = 0; i < 50; ++i) {
        const std::string t = randomHex(16);
        EXPECT_EQ(t.size(), 32u);  // 128 bits
        EXPECT_EQ(t.find_first_not_of("0123456789abcdef"), std::string::npos);
        seen.insert(t);
    }
    EXPECT_EQ(seen.size(), 50u);
}

TEST(PhoneToken, OnlyTheExactTokenMatches) {
    PhoneSession s("00112233445566778899aabbccddeeff");
    EXPECT_TRUE(s.tokenMatches("00112233445566778899aabbccddeeff"));
    EXPECT_FALSE(s.tokenMatches("00112233445566778899aabbccddeefe"));
    EXPECT_FALSE(s.tokenMatches("00112233445566778899aabbccddeeff0"));
    EXPECT_FALSE(s.tokenMatches(""));
    EXPECT_FALSE(PhoneSession("").tokenMatches(""));
}

TEST(PhoneDevices, JoinGivesSecretKeyAndSmallNumber) {
    PhoneSession s(randomHex(16));
    const JoinResult a = s.join("", "Anna", 0);
    const JoinResult b = s.join("", "", 0);
    EXPECT_EQ(a.device, 1);
    EXPECT_EQ(b.device, 2);
    EXPECT_EQ(a.key.size(), 32u);
    EXPECT_NE(a.key, b.key);
    EXPECT_EQ(s.deviceFor(a.key), 1);
    EXPECT_EQ(s.deviceFor("1"), 0);
    EXPECT_EQ(s.deviceFor(""), 0);
    EXPECT_EQ(s.deviceName(1), "Anna");
    EXPECT_EQ(deviceVoter(2), "device-2");
    // The same phone again: the same device, a new name.
    const JoinResult again = s.join(a.key, "Anna B.", 1);
    EXPECT_EQ(again.device, 1);
    EXPECT_EQ(s.deviceName(1), "Anna B.");
    EXPECT_EQ(s.deviceCount(), 2u);
}

TEST(PhoneDevices, ClosedJoiningRefusesNewPhonesButKeepsJoinedOnes) {
    PhoneSession s(randomHex(16));
    const JoinResult a = s.join("", "Anna", 0);
    s.setJoinOpen(false);
    EXPECT_EQ(s.join("", "Bert", 0).refusal, JoinRefusal::Closed);
    EXPECT_EQ(s.join(a.key, "Anna", 0).device, 1);
    s.setJoinOpen(true);
    EXPECT_EQ(s.join("", "Bert", 0).device, 2);
}

TEST(PhoneDevices, RoomIsFullAtTheCap) {
    PhoneLimits limits;
    limits.maxDevices = 2;
    PhoneSession s(randomHex(16), limits);
    s.join("", "", 0);
    s.join("", "", 0);
    EXPECT_EQ(s.join("", "", 0).refusal, JoinRefusal::Full);
}

TEST(PhoneDevices, ConnectedCountsRecentRequests) {
    PhoneSession s(randomHex(16));
    const int a = s.join("", "", 0).device;
    s.join("", "", 0);
    EXPECT_EQ(s.connected(1), 2u);
    s.allow(a, 20, PhoneSession::Use::Read);
    EXPECT_EQ(s.connected(20), 1u);
    EXPECT_EQ(s.connected(100), 0u);
}

// A phone that used up its writes still sees the board (reads cost the
// board nothing), and reads have a limit of their own.
TEST(PhoneRateLimit, ReadsAndWritesAreCountedApart) {
    PhoneLimits limits;
    limits.burst = 2;
    limits.perSecond = 1;
    limits.readBurst = 3;
    limits.readsPerSecond = 2;
    PhoneSession s(randomHex(16), limits);
    const int a = s.join("", "", 0).device;
    const auto read = PhoneSession::Use::Read, write = PhoneSession::Use::Write;
    EXPECT_TRUE(s.allow(a, 0, write));
    EXPECT_TRUE(s.allow(a, 0, write));
    EXPECT_FALSE(s.allow(a, 0, write));
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(s.allow(a, 0, read)) << i;
    EXPECT_FALSE(s.allow(a, 0, read));   // a flood of polls is still stopped
    EXPECT_FALSE(s.allow(a, 0.4, write));
    EXPECT_FALSE(s.allow(a, 0.4, read));
    EXPECT_TRUE(s.allow(a, 0.6, read));  // reads refill at their own rate
    EXPECT_FALSE(s.allow(a, 0.6, write));
    EXPECT_TRUE(s.allow(a, 1.0, write));
}

TEST(PhoneCode, ShortCodeBuysTheTokenButGuessingIsSlow) {
    const std::string code = newSessionCode();
    EXPECT_EQ(code.size(), 6u);
    EXPECT_EQ(code.find_first_not_of("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), std::string::npos);
    PhoneSession s(randomHex(16));
    s.setCode("K7PX2M");
    using C = PhoneSession::CodeCheck;
    EXPECT_EQ(s.checkCode("k7px2m", 0), C::Right);  // typed in lower case
    for (int i = 0; i < 4; ++i) EXPECT_EQ(s.checkCode("AAAAAA", 0), C::Wrong);
    EXPECT_EQ(s.checkCode("K7PX2M", 0), C::TooFast);  // even the right one waits
    EXPECT_EQ(s.checkCode("K7PX2M", 2), C::Right);
    EXPECT_EQ(PhoneSession(randomHex(16)).checkCode("", 0), C::Wrong);  // no code set: nothing matches
}

TEST(PhoneRateLimit, BurstThenSteadyRate) {
    TokenBucket bucket(3, 2);
    EXPECT_TRUE(bucket.take(10));
    EXPECT_TRUE(bucket.take(10));
    EXPECT_TRUE(bucket.take(10));
    EXPECT_FALSE(bucket.take(10));
    EXPECT_FALSE(bucket.take(10.2));
    EXPECT_TRUE(bucket.take(10.5));   // one token back after half a second
    EXPECT_FALSE(bucket.take(10.5));
    EXPECT_TRUE(bucket.take(100));    // refilled, never above the burst
    EXPECT_TRUE(bucket.take(100));
    EXPECT_TRUE(bucket.take(100));
    EXPECT_FALSE(bucket.take(100));
    EXPECT_FALSE(bucket.take(50));    // time going back gives nothing
}

TEST(PhoneRateLimit, PerDeviceAndPerAddress) {
    PhoneLimits limits;
    limits.burst = 2;
    limits.perSecond = 1;
    PhoneSession s(randomHex(16), limits);
    const int a = s.join("", "", 0).device;
    const int b = s.join("", "", 0).device;
    const auto write = PhoneSession::Use::Write;
    EXPECT_TRUE(s.allow(a, 0, write));
    EXPECT_TRUE(s.allow(a, 0, write));
    EXPECT_FALSE(s.allow(a, 0, write));
    EXPECT_TRUE(s.allow(b, 0, write));  // another phone is not slowed down
    EXPECT_FALSE(s.allow(99, 0, write));
    EXPECT_TRUE(s.allowAddress("10.0.0.5", 0));
    EXPECT_TRUE(s.allowAddress("10.0.0.5", 0));
    EXPECT_FALSE(s.allowAddress("10.0.0.5", 0));
    EXPECT_TRUE(s.allowAddress("10.0.0.6", 0));
}

TEST(PhoneRequests, TextIsCleanedAndCapped) {
    EXPECT_EQ(cleanText("  hallo\twereld\n ", 20), "hallo wereld");
    EXPECT_EQ(cleanText("   ", 20), "");
    EXPECT_EQ(cleanText("ééééé", 5), "ééééé");  // code points, not bytes
    EXPECT_EQ(cleanText("éééééé", 5), std::nullopt);
    EXPECT_EQ(cleanText("<img src=x onerror=alert(1)>", 100), "<img src=x onerror=alert(1)>");
}

TEST(PhoneRequests, JoinNameIsOptional) {
    const PhoneLimits limits;
    EXPECT_EQ(std::get<JoinRequest>(parseJoin("{}", limits)).name, "");
    EXPECT_EQ(std::get<JoinRequest>(parseJoin(R"({"name":" Sofie "})", limits)).name, "Sofie");
    EXPECT_EQ(std::get<PhoneError>(parseJoin(R"({"name":5})", limits)).code, "bad-field");
    EXPECT_EQ(std::get<PhoneError>(parseJoin(R"({"name":")" + std::string(41, 'a') + "\"}", limits)).code,
              "text-too-long");
}

TEST(PhoneRequests, NotesAreValidated) {
    const PhoneLimits limits;
    const auto ok = std::get<NoteRequest>(parseNote(R"({"kind":"weakness","text":"Weinig vrijwilligers"})", limits));
    EXPECT_EQ(ok.kind, NoteKind::Weakness);
    EXPECT_EQ(ok.text, "Weinig vrijwilligers");
    EXPECT_EQ(std::get<NoteRequest>(parseNote(R"({"kind":"idea","text":"x"})", limits)).kind, NoteKind::Idea);
    auto code = [&](std::string_view body) {
        const auto r = parseNote(body, limits);
        return std::holds_alternative<PhoneError>(r) ? std::get<PhoneError>(r).code : std::string("accepted");
    };
    EXPECT_EQ(code("{not json"), "bad-json");
    EXPECT_EQ(code("[1,2]"), "bad-json");
    EXPECT_EQ(code("\"text\""), "bad-json");
    EXPECT_EQ(code("{\"kind\":\"idea\",\"text\":\"\xff\xfe\"}"), "bad-json");  // not UTF-8
    EXPECT_EQ(code(R"({"kind":"free","text":"x"})"), "bad-kind");
    EXPECT_EQ(code(R"({"kind":"other","text":"x"})"), "bad-kind");
    EXPECT_EQ(code(R"({"text":"x"})"), "bad-kind");
    EXPECT_EQ(code(R"({"kind":"idea"})"), "bad-field");
    EXPECT_EQ(code(R"({"kind":"idea","text":["x"]})"), "bad-field");
    EXPECT_EQ(code(R"({"kind":"idea","text":"  "})"), "empty-text");
    EXPECT_EQ(code(R"({"kind":"idea","text":"x","pos":{"x":1}})"), "bad-field");
    EXPECT_EQ(code(R"({"kind":"idea","text":")" + std::string(201, 'a') + "\"}"), "text-too-long");
    const auto big = parseNote(std::string(limits.maxBodyBytes + 1, ' '), limits);
    EXPECT_EQ(std::get<PhoneError>(big).status, 413);
}

TEST(PhoneRequests, VotesNameACombination) {
    const PhoneLimits limits;
    EXPECT_EQ(std::get<VoteRequest>(parseVote(R"({"combination":12})", limits)).combination, 12u);
    EXPECT_TRUE(std::holds_alternative<PhoneError>(parseVote(R"({"combination":"12"})", limits)));
    EXPECT_TRUE(std::holds_alternative<PhoneError>(parseVote(R"({"combination":-1})", limits)));
    EXPECT_TRUE(std::holds_alternative<PhoneError>(parseVote(R"({"combination":1.5})", limits)));
    EXPECT_TRUE(std::holds_alternative<PhoneError>(parseVote(R"({"combination":0})", limits)));
    EXPECT_TRUE(std::holds_alternative<PhoneError>(parseVote("{}", limits)));
}

class PhoneCommands : public ::testing::Test {
protected:
    PhoneCommands() {
        const Id a = b.actor("Bibliotheek", {500, 450});
        const Id c = b.actor("CAW", {900, 560}, "caw");
        first = b.combination("Voorlezen", {a, c});
        second = b.combination("Buurtfeest", {a, c});
        h.reset(b.build());
    }
    int apply(PhoneOutcome out) {
        if (out.command) h.apply(std::move(out.command), Record::No);
        return out.status;
    }
    int cast(int device, Id combination) {
        return apply(phoneCastVote(h.board(), h.newId(), device, VoteRequest{combination}, "2026-11-23T10:00:00Z"));
    }
    int retract(int device, Id combination) { return apply(phoneRetractVote(h.board(), device, VoteRequest{combination})); }
    void open(VoteSettings s = {}) { h.apply(openVote(h.board(), s)); }

    test::BoardBuilder b;
    History h;
    Id first = kNoId, second = kNoId;
};

TEST_F(PhoneCommands, NoteLandsWhereTheTrayPutsItAsPlainText) {
    const Id id = h.newId();
    const std::string text = "<img src=x onerror=alert(1)>";
    PhoneOutcome out = phoneAddNote(h.board(), id, 3, NoteRequest{NoteKind::Strength, text});
    EXPECT_EQ(out.status, 201);
    EXPECT_EQ(out.reply["note"], id);
    apply(std::move(out));
    const Note* n = findById(h.board().notes, id);
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(n->text, text);
    EXPECT_EQ(n->kind, NoteKind::Strength);
    EXPECT_FALSE(h.canUndo());  // a phone's note is not the facilitator's undo step
}

TEST_F(PhoneCommands, VotesFollowTheTableRulesPerDevice) {
    EXPECT_EQ(cast(1, first), 409);  // not open yet
    VoteSettings s;
    s.votesPerVoter = 2;
    open(s);
    EXPECT_EQ(cast(1, first), 200);
    EXPECT_EQ(cast(1, first), 200);
    PhoneOutcome over = phoneCastVote(h.board(), h.newId(), 1, VoteRequest{second}, "t");
    EXPECT_EQ(over.status, 409);
    EXPECT_EQ(over.reply["error"], "no-votes-left");
    EXPECT_EQ(over.command, nullptr);
    EXPECT_EQ(cast(2, second), 200);  // another phone has its own budget
    EXPECT_EQ(cast(1, 9999), 404);
    EXPECT_EQ(votesFor(h.board(), first), 2);
    EXPECT_EQ(votesCast(h.board(), "device-1"), 2);
    PhoneOutcome back = phoneRetractVote(h.board(), 1, VoteRequest{first});
    EXPECT_EQ(back.status, 200);
    EXPECT_EQ(back.reply["votesLeft"], 1);
    apply(std::move(back));
    EXPECT_EQ(retract(2, first), 409);  // nothing of device 2 there
    h.apply(closeVote(h.board()));
    EXPECT_EQ(cast(1, second), 409);
    EXPECT_EQ(retract(1, first), 409);
    EXPECT_EQ(votesFor(h.board(), first), 1);
}

TEST_F(PhoneCommands, SnapshotShowsWhatAPhoneMaySee) {
    Translations tr;
    PhoneSnapshot snap = buildPhoneSnapshot(h.board(), tr, 0, 7, true);
    Json j = Json::parse(phoneStateJson(snap, 1, "Anna"));
    EXPECT_EQ(j["version"], 7);
    EXPECT_EQ(j["vote"]["state"], "not_started");
    EXPECT_TRUE(j["vote"]["combinations"].empty());  // nothing to vote on yet
    EXPECT_TRUE(j["phase"].is_null());
    EXPECT_EQ(j["you"]["name"], "Anna");

    VoteSettings hidden;
    hidden.resultsLive = false;
    hidden.votesPerVoter = 3;
    open(hidden);
    cast(1, first);
    j = Json::parse(phoneStateJson(buildPhoneSnapshot(h.board(), tr, 0, 8, true), 1, ""));
    ASSERT_EQ(j["vote"]["combinations"].size(), 2u);
    EXPECT_EQ(j["vote"]["combinations"][0]["name"], "Voorlezen");
    EXPECT_FALSE(j["vote"]["combinations"][0].contains("votes"));  // hidden until the vote closes
    EXPECT_EQ(j["you"]["votesLeft"], 2);
    EXPECT_EQ(j["you"]["votes"], Json::array({first}));
    EXPECT_EQ(Json::parse(phoneStateJson(buildPhoneSnapshot(h.board(), tr, 0, 8, true), 2, ""))["you"]["votesLeft"], 3);

    h.apply(closeVote(h.board()));
    j = Json::parse(phoneStateJson(buildPhoneSnapshot(h.board(), tr, 0, 9, false), 1, ""));
    EXPECT_EQ(j["vote"]["combinations"][0]["votes"], 1);
    EXPECT_EQ(j["joinOpen"], false);
}

TEST_F(PhoneCommands, SnapshotCarriesThePhaseAndTimeLeft) {
    Board board = h.board();
    giveDefaultProgramme(board);
    board.programme = startTimer(board.programme, 100);
    Translations tr;
    const PhoneSnapshot snap = buildPhoneSnapshot(board, tr, 160, 1, true);
    const Json j = Json::parse(phoneStateJson(snap, 1, ""));
    const Phase& phase = board.programme.phases.front();
    EXPECT_EQ(j["timeLeft"], phase.durationSeconds - 60);
    EXPECT_EQ(j["running"], true);
    // Served 10 s after it was built, the clock has moved on.
    EXPECT_EQ(Json::parse(phoneStateJson(snap, 1, "", 10))["timeLeft"], phase.durationSeconds - 70);
    EXPECT_EQ(j["phase"]["title"], phaseTitle(phase, tr));
}

}  // namespace
}  // namespace nt
