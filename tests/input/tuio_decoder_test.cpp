// The TUIO decoder: frames in, pointer events out; several sources, stale
// frames, silence, hostile packets; and ten TUIO fingers on one board.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <oscpack/osc/OscOutboundPacketStream.h>
#include <random>

#include "input/tuio_decoder.h"
#include "test_board.h"

using namespace nt;

namespace {

using Bytes = std::vector<char>;
struct Set { int session; float x, y; };

// A TUIO 1.1 /tuio/2Dcur frame: [source] alive, set…, fseq; in a bundle (nested if asked) or not.
class Tracker {
public:
    std::string source;  // empty: no source message
    std::vector<Bytes> frame(const std::vector<int>& alive, const std::vector<Set>& sets, int fseq, bool bundled = true,
                             bool nested = false) {
        std::vector<Bytes> out;
        Bytes buf(65536);
        osc::OutboundPacketStream p(buf.data(), buf.size());
        auto begin = [&] { if (!bundled) p.Clear(); };
        auto end = [&] { if (!bundled) out.emplace_back(p.Data(), p.Data() + p.Size()); };
        if (bundled) p << osc::BeginBundleImmediate;
        if (nested) p << osc::BeginBundleImmediate;
        if (!source.empty()) {
            begin();
            p << osc::BeginMessage("/tuio/2Dcur") << "source" << source.c_str() << osc::EndMessage;
            end();
        }
        begin();
        p << osc::BeginMessage("/tuio/2Dcur") << "alive";
        for (int id : alive) p << id;
        p << osc::EndMessage;
        end();
        for (const Set& s : sets) {
            begin();
            p << osc::BeginMessage("/tuio/2Dcur") << "set" << s.session << s.x << s.y << 0.0f << 0.0f << 0.0f
              << osc::EndMessage;
            end();
        }
        begin();
        p << osc::BeginMessage("/tuio/2Dcur") << "fseq" << fseq << osc::EndMessage;
        end();
        if (nested) p << osc::EndBundle;
        if (bundled) {
            p << osc::EndBundle;
            out.emplace_back(p.Data(), p.Data() + p.Size());
        }
        return out;
    }
};

struct Fixture {
    TuioDecoder decoder;
    double now = 10;
    std::vector<PointerEvent> send(const std::vector<Bytes>& packets, const std::string& sender = "10.0.0.2:5000") {
        now += 0.016;
        for (const Bytes& b : packets) decoder.feed(b.data(), b.size(), sender, now);
        return decoder.takeEvents();
    }
};

void expectEvent(const PointerEvent& e, PointerPhase phase, double x, double y) {
    EXPECT_TRUE(e.phase == phase && e.source == PointerSource::Tuio);
    EXPECT_GE(e.pointer, 1ull << 32);
    EXPECT_NEAR(e.pos.x, x, 0.01);
    EXPECT_NEAR(e.pos.y, y, 0.01);
}

void downMoveUp(bool bundled, bool nested) {
    Fixture f;
    Tracker t;
    auto ev = f.send(t.frame({7}, {{7, 0.5f, 0.5f}}, 1, bundled, nested));
    ASSERT_EQ(ev.size(), 1u);
    expectEvent(ev[0], PointerPhase::Down, 960, 540);
    const auto id = ev[0].pointer;
    ev = f.send(t.frame({7}, {{7, 0.5f, 0.5f}}, 2, bundled, nested));
    EXPECT_TRUE(ev.empty()) << "no move when nothing moved";
    ev = f.send(t.frame({7}, {{7, 0.25f, 0.75f}}, 3, bundled, nested));
    ASSERT_EQ(ev.size(), 1u);
    expectEvent(ev[0], PointerPhase::Move, 480, 810);
    ev = f.send(t.frame({}, {}, 4, bundled, nested));
    ASSERT_EQ(ev.size(), 1u);
    expectEvent(ev[0], PointerPhase::Up, 480, 810);
    EXPECT_EQ(ev[0].pointer, id);
    EXPECT_EQ(f.decoder.liveTouches(), 0u);
}

}  // namespace

TEST(TuioDecoder, DownMoveUpInBundles) { downMoveUp(true, false); }
TEST(TuioDecoder, DownMoveUpAsSingleMessages) { downMoveUp(false, false); }
TEST(TuioDecoder, DownMoveUpInNestedBundles) { downMoveUp(true, true); }

TEST(TuioDecoder, TwoSourcesWithTheSameSessionIdsStayApart) {
    Fixture f;
    Tracker a, b;
    a.source = "table:0@10.0.0.2";
    b.source = "table:1@10.0.0.2";
    auto ev = f.send(a.frame({1}, {{1, 0.1f, 0.1f}}, 1));
    auto ev2 = f.send(b.frame({1}, {{1, 0.9f, 0.9f}}, 1));
    auto ev3 = f.send(Tracker{}.frame({1}, {{1, 0.5f, 0.5f}}, 1), "10.0.0.3:4000");  // another machine, no source
    ASSERT_EQ(ev.size(), 1u);
    ASSERT_EQ(ev2.size(), 1u);
    ASSERT_EQ(ev3.size(), 1u);
    EXPECT_NE(ev[0].pointer, ev2[0].pointer);
    EXPECT_NE(ev[0].pointer, ev3[0].pointer);
    EXPECT_NE(ev2[0].pointer, ev3[0].pointer);
    // Source a lets go; b's finger with the same session id stays down.
    const auto aPointer = ev[0].pointer;
    ev = f.send(a.frame({}, {}, 2));
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(ev[0].phase, PointerPhase::Up);
    EXPECT_EQ(ev[0].pointer, aPointer);
    EXPECT_EQ(f.decoder.liveTouches(), 2u);
}

TEST(TuioDecoder, StaleFramesAreDroppedRepeatsAndRestartsAreNot) {
    Fixture f;
    Tracker t;
    ASSERT_EQ(f.send(t.frame({1}, {{1, 0.5f, 0.5f}}, 10)).size(), 1u);
    EXPECT_TRUE(f.send(t.frame({1}, {{1, 0.6f, 0.5f}}, 9)).empty()) << "late frame";
    EXPECT_EQ(f.decoder.stats().staleFrames, 1u);
    auto ev = f.send(t.frame({1}, {{1, 0.7f, 0.5f}}, -1));  // -1: a repeat, always applied
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(ev[0].phase, PointerPhase::Move);
    // The tracker restarted: its old touches are cancelled, the new frame counts.
    ev = f.send(t.frame({1}, {{1, 0.2f, 0.2f}}, 10000));
    ev = f.send(t.frame({3}, {{3, 0.3f, 0.3f}}, 1));
    ASSERT_EQ(ev.size(), 2u);
    EXPECT_EQ(ev[0].phase, PointerPhase::Cancel);
    EXPECT_TRUE(ev[0].lost);
    expectEvent(ev[1], PointerPhase::Down, 576, 324);
}

TEST(TuioDecoder, FseqWrappingPastInt32MaxMovesOn) {
    Fixture f;
    Tracker t;
    const int max = std::numeric_limits<int>::max();
    ASSERT_EQ(f.send(t.frame({1}, {{1, 0.5f, 0.5f}}, max)).size(), 1u);
    auto ev = f.send(t.frame({1}, {{1, 0.6f, 0.5f}}, std::numeric_limits<int>::min()));
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(ev[0].phase, PointerPhase::Move);
}

TEST(TuioDecoder, ASessionMissingFromAliveEnds) {
    Fixture f;
    Tracker t;
    auto ev = f.send(t.frame({1, 2}, {{1, 0.1f, 0.1f}, {2, 0.2f, 0.2f}}, 1));
    ASSERT_EQ(ev.size(), 2u);
    ev = f.send(t.frame({2}, {}, 2));
    ASSERT_EQ(ev.size(), 1u);
    expectEvent(ev[0], PointerPhase::Up, 192, 108);
    EXPECT_EQ(f.decoder.liveTouches(), 1u);
}

TEST(TuioDecoder, SilenceCancelsAfterTheTimeout) {
    Fixture f;
    Tracker t;
    ASSERT_EQ(f.send(t.frame({1}, {{1, 0.5f, 0.5f}}, 1)).size(), 1u);
    f.decoder.expire(f.now + 0.5);
    EXPECT_TRUE(f.decoder.takeEvents().empty());
    f.now += 0.9;
    EXPECT_TRUE(f.send(t.frame({1}, {}, 2)).empty());  // still in alive: still down
    f.decoder.expire(f.now + 0.9);
    EXPECT_TRUE(f.decoder.takeEvents().empty());
    f.decoder.expire(f.now + 1.5);
    auto ev = f.decoder.takeEvents();
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(ev[0].phase, PointerPhase::Cancel);
    EXPECT_TRUE(ev[0].lost) << "not taken back by a person: a drag ends where it was last seen";
    expectEvent(ev[0], PointerPhase::Cancel, 960, 540);
    EXPECT_EQ(f.decoder.liveTouches(), 0u);
}

TEST(TuioDecoder, NonFiniteCoordinatesAreRefusedOutOfRangeOnesClamped) {
    Fixture f;
    Tracker t;
    const float nan = std::numeric_limits<float>::quiet_NaN(), inf = std::numeric_limits<float>::infinity();
    EXPECT_TRUE(f.send(t.frame({1, 2}, {{1, nan, 0.5f}, {2, 0.5f, -inf}}, 1)).empty());
    EXPECT_GE(f.decoder.stats().refused, 2u);
    auto ev = f.send(t.frame({1}, {{1, 7.5f, -3.0f}}, 2));
    ASSERT_EQ(ev.size(), 1u);
    expectEvent(ev[0], PointerPhase::Down, 1920, 0);
    EXPECT_TRUE(f.send(t.frame({1}, {{1, nan, nan}}, 3)).empty()) << "a NaN update leaves the touch where it was";
}

TEST(TuioDecoder, LiveTouchesPerSourceAreBounded) {
    Fixture f;
    Tracker t;
    std::vector<int> alive;
    std::vector<Set> sets;
    for (int i = 0; i < 300; ++i) {
        alive.push_back(i);
        sets.push_back({i, 0.5f, 0.5f});
    }
    // 300 in one frame: the alive list is over the bound, the frame is refused.
    EXPECT_TRUE(f.send(t.frame(alive, sets, 1)).empty());
    alive.resize(256);
    sets.resize(256);
    EXPECT_EQ(f.send(t.frame(alive, sets, 2)).size(), 256u);
}

TEST(TuioDecoder, GarbageNeverCrashesAndRandomOrTruncatedPacketsDoNothing) {
    Fixture f;
    Tracker t;
    t.source = "fuzz";
    std::mt19937 rng(20240511);
    auto byte = [&] { return static_cast<char>(rng() & 0xFF); };
    const std::vector<Bytes> valid = {t.frame({1, 2}, {{1, 0.5f, 0.5f}, {2, 0.4f, 0.4f}}, 5)[0],
                                      t.frame({1}, {{1, 0.5f, 0.5f}}, 6, true, true)[0],
                                      t.frame({1}, {{1, 0.5f, 0.5f}}, 7, false)[2]};
    for (int i = 0; i < 3000; ++i) {
        Bytes b(rng() % 200);
        for (char& c : b) c = byte();
        if (i % 3 == 0 && b.size() >= 8) std::copy_n("#bundle", 8, b.begin());  // get past the first check
        f.decoder.feed(b.data(), b.size(), "10.0.0.9:1", f.now);
    }
    for (const Bytes& v : valid)
        for (std::size_t n = 0; n < v.size(); ++n) f.decoder.feed(v.data(), n, "10.0.0.9:1", f.now);
    EXPECT_TRUE(f.decoder.takeEvents().empty());
    EXPECT_EQ(f.decoder.liveTouches(), 0u);
    // Mutated valid packets may still be valid; whatever comes out stays on the board.
    for (int i = 0; i < 5000; ++i) {
        Bytes b = valid[rng() % valid.size()];
        for (int k = 0; k < 1 + static_cast<int>(rng() % 4); ++k) b[rng() % b.size()] = byte();
        f.decoder.feed(b.data(), b.size(), "10.0.0.8:" + std::to_string(rng() % 4), f.now);
        for (const PointerEvent& e : f.decoder.takeEvents()) {
            EXPECT_TRUE(e.pos.x >= 0 && e.pos.x <= kBoardWidth && e.pos.y >= 0 && e.pos.y <= kBoardHeight);
            EXPECT_GE(e.pointer, 1ull << 32);
        }
    }
    EXPECT_GT(f.decoder.stats().malformed, 3000u);
    // Bundles nested 40 deep are refused whole.
    Bytes buf(8192);
    osc::OutboundPacketStream p(buf.data(), buf.size());
    for (int i = 0; i < 40; ++i) p << osc::BeginBundleImmediate;
    p << osc::BeginMessage("/tuio/2Dcur") << "alive" << 1 << osc::EndMessage;
    for (int i = 0; i < 40; ++i) p << osc::EndBundle;
    const auto before = f.decoder.stats().malformed;
    f.decoder.feed(p.Data(), p.Size(), "10.0.0.2:1", f.now);
    EXPECT_EQ(f.decoder.stats().malformed, before + 1);
    f.decoder.expire(f.now + 100);
    f.decoder.takeEvents();
    EXPECT_EQ(f.decoder.liveTouches(), 0u);
}

TEST(TuioDecoder, TenFingersDragTenItemsAtOnceAndUndoRevertsThemOneByOne) {
    Board board = nt::testing::smallBoard();
    board.actors.clear();
    for (int i = 0; i < 10; ++i)
        board.actors.push_back(Actor{static_cast<Id>(100 + i), 1, "A" + std::to_string(i), "bibliotheek",
                                     {150.0 + 160 * i, 150}, 1, Sector::Cultural, {}});
    nt::testing::TestBoard tb(board);
    Fixture f;
    Tracker t;
    auto sendFrame = [&](double toY, int fseq, bool alive) {
        std::vector<int> ids;
        std::vector<Set> sets;
        for (int i = 0; i < 10 && alive; ++i) {
            ids.push_back(i + 1);
            sets.push_back({i + 1, static_cast<float>((150.0 + 160 * i) / kBoardWidth), static_cast<float>(toY / kBoardHeight)});
        }
        for (const PointerEvent& e : f.send(t.frame(ids, sets, fseq))) tb.router.handle(e);
    };
    for (int step = 0; step <= 10; ++step) sendFrame(150 + 60 * step, step + 1, true);
    EXPECT_EQ(tb.router.held().size(), 10u);
    sendFrame(0, 12, false);
    for (int i = 0; i < 10; ++i) {
        EXPECT_NEAR(tb.actor(100 + i).pos.x, 150 + 160 * i, 0.11);
        EXPECT_NEAR(tb.actor(100 + i).pos.y, 750, 0.11);
    }
    for (int undone = 1; undone <= 10; ++undone) {
        ASSERT_TRUE(tb.undo());
        int back = 0;
        for (int i = 0; i < 10; ++i) back += std::abs(tb.actor(100 + i).pos.y - 150) < 0.11;
        EXPECT_EQ(back, undone);
    }
    EXPECT_FALSE(tb.undo());
}

TEST(TuioDecoder, Tuio2PointersDownMoveUp) {
    Fixture f;
    auto frame = [](int frameId, const std::vector<Set>& ptrs) {
        Bytes buf(4096);
        osc::OutboundPacketStream p(buf.data(), buf.size());
        p << osc::BeginBundleImmediate << osc::BeginMessage("/tuio2/frm") << frameId << osc::TimeTag(1)
          << static_cast<osc::int32>(0x07800438) << "table" << osc::EndMessage;
        for (const Set& s : ptrs)
            p << osc::BeginMessage("/tuio2/ptr") << s.session << 0 << 0 << s.x << s.y << 0.0f << 0.0f << 0.1f << 0.5f
              << osc::EndMessage;
        p << osc::BeginMessage("/tuio2/alv");
        for (const Set& s : ptrs) p << s.session;
        p << osc::EndMessage << osc::EndBundle;
        return std::vector<Bytes>{Bytes(p.Data(), p.Data() + p.Size())};
    };
    auto ev = f.send(frame(1, {{4, 0.5f, 0.5f}}));
    ASSERT_EQ(ev.size(), 1u);
    expectEvent(ev[0], PointerPhase::Down, 960, 540);
    EXPECT_TRUE(f.send(frame(0, {{4, 0.9f, 0.9f}})).empty()) << "a late frame";
    ev = f.send(frame(2, {{4, 0.75f, 0.5f}}));
    ASSERT_EQ(ev.size(), 1u);
    expectEvent(ev[0], PointerPhase::Move, 1440, 540);
    ev = f.send(frame(3, {}));
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(ev[0].phase, PointerPhase::Up);
}

namespace nt {
namespace {

// A 1920×1200 screen shows the 1920×1080 board with 60-pixel bands above and
// below; a 2560×1080 one with 320-pixel bands left and right.
TEST(TuioLetterbox, TouchesLandWhereTheFingerIsOnTheBoard) {
    const BoardTransform tall{1.0, 0, 60};
    // The decoder's point for normalised (0.5, 0.05): 5 % down the whole screen is y = 60, the board's top edge.
    const Vec2 top = tuioToLetterboxedBoard({0.5 * kBoardWidth, 0.05 * kBoardHeight}, tall);
    EXPECT_NEAR(top.x, 960, 1e-9);
    EXPECT_NEAR(top.y, 0, 1e-9);
    const Vec2 middle = tuioToLetterboxedBoard({0.5 * kBoardWidth, 0.5 * kBoardHeight}, tall);
    EXPECT_NEAR(middle.y, 540, 1e-9);

    const BoardTransform wide{1.0, 320, 0};
    const Vec2 left = tuioToLetterboxedBoard({0.125 * kBoardWidth, 0.5 * kBoardHeight}, wide);
    EXPECT_NEAR(left.x, 0, 1e-9);  // 12.5 % of 2560 = 320: the board's left edge

    // Without bands nothing changes, at any scale.
    const BoardTransform exact{2.0, 0, 0};
    const Vec2 p = tuioToLetterboxedBoard({123.5, 456.25}, exact);
    EXPECT_NEAR(p.x, 123.5, 1e-9);
    EXPECT_NEAR(p.y, 456.25, 1e-9);
}

}  // namespace
}  // namespace nt
