// The XI2 touch translation on recorded event data (CI has no touch screen):
// two fingers, a letterboxed window, fingers sliding off the window, ends
// without begins, a begin repeated, and the clock mapping.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "input/xi2_touch_translate.h"

using namespace nt;

namespace {

constexpr auto B = Xi2TouchType::Begin;
constexpr auto U = Xi2TouchType::Update;
constexpr auto E = Xi2TouchType::End;

// A full-screen 1920×1080 window: window pixels are board units.
Xi2Surface fullHd() { return {1920, 1080, BoardTransform{1, 0, 0}}; }

// A 1000×1000 window: the board is scaled to 1000/1920 and centred
// vertically, with bands above and below (BoardTransform::fit, by hand:
// this library does not link the view).
Xi2Surface square() {
    const double s = 1000.0 / 1920.0;
    return {1000, 1000, BoardTransform{s, 0, (1000 - 1080 * s) / 2}};
}

Xi2TouchEvent ev(Xi2TouchType type, std::uint32_t touch, double x, double y, std::uint64_t ms, double received = -1,
                 int device = 2) {
    Xi2TouchEvent e;
    e.type = type;
    e.device = device;
    e.touch = touch;
    e.x = x;
    e.y = y;
    e.serverTimeMs = ms;
    e.received = received >= 0 ? received : 100.0 + static_cast<double>(ms) / 1000.0;  // no delay
    return e;
}

void expectEvent(const PointerEvent& e, PointerPhase phase, double x, double y) {
    EXPECT_EQ(e.phase, phase);
    EXPECT_EQ(e.source, PointerSource::Touch);
    EXPECT_GE(e.pointer, 1ull << 40);
    EXPECT_NEAR(e.pos.x, x, 1e-6);
    EXPECT_NEAR(e.pos.y, y, 1e-6);
}

}  // namespace

// Recorded from a two-finger session (ids and times as the server sent them):
// finger 7 drags right, finger 8 lands during it, finger 7 lifts, then 8.
TEST(Xi2TouchTranslate, TwoFingersInterleaved) {
    Xi2TouchTranslator tr;
    const std::vector<Xi2TouchEvent> recorded = {
        ev(B, 7, 100.5, 200.25, 5000), ev(U, 7, 110, 200, 5016), ev(B, 8, 900, 500, 5020), ev(U, 7, 120, 201, 5032),
        ev(U, 8, 905, 510, 5033),      ev(E, 7, 120, 201, 5048), ev(U, 8, 910, 520, 5049), ev(E, 8, 910, 520, 5064),
    };
    const auto out = tr.translate(recorded, fullHd());
    ASSERT_EQ(out.size(), 8u);
    const std::uint64_t a = out[0].pointer, b = out[2].pointer;
    EXPECT_NE(a, b);
    expectEvent(out[0], PointerPhase::Down, 100.5, 200.25);
    expectEvent(out[1], PointerPhase::Move, 110, 200);
    expectEvent(out[2], PointerPhase::Down, 900, 500);
    expectEvent(out[3], PointerPhase::Move, 120, 201);
    expectEvent(out[4], PointerPhase::Move, 905, 510);
    expectEvent(out[5], PointerPhase::Up, 120, 201);
    expectEvent(out[6], PointerPhase::Move, 910, 520);
    expectEvent(out[7], PointerPhase::Up, 910, 520);
    for (int i : {1, 3, 5}) EXPECT_EQ(out[static_cast<size_t>(i)].pointer, a);
    for (int i : {4, 6, 7}) EXPECT_EQ(out[static_cast<size_t>(i)].pointer, b);
    EXPECT_NEAR(out[0].t, 105.0, 1e-9);
    EXPECT_NEAR(out[7].t, 105.064, 1e-9);
    EXPECT_EQ(tr.liveTouches(), 0u);

    // The server reuses touch id 7 later: a new pointer, never an old one.
    const auto again = tr.translate({ev(B, 7, 10, 10, 6000)}, fullHd());
    ASSERT_EQ(again.size(), 1u);
    EXPECT_NE(again[0].pointer, a);
    EXPECT_NE(again[0].pointer, b);
}

TEST(Xi2TouchTranslate, SameTouchIdOnTwoDevicesIsTwoPointers) {
    Xi2TouchTranslator tr;
    const auto out = tr.translate({ev(B, 1, 10, 10, 0, 1, 2), ev(B, 1, 20, 20, 0, 1, 3), ev(E, 1, 10, 10, 1, 1, 2)},
                                  fullHd());
    ASSERT_EQ(out.size(), 3u);
    EXPECT_NE(out[0].pointer, out[1].pointer);
    EXPECT_EQ(out[2].pointer, out[0].pointer);
    EXPECT_EQ(tr.liveTouches(), 1u);
}

TEST(Xi2TouchTranslate, LetterboxedWindow) {
    Xi2TouchTranslator tr;
    const double s = 1000.0 / 1920.0, band = (1000 - 1080 * s) / 2;  // ≈ 218.75 px above and below
    const auto out = tr.translate({ev(B, 1, 500, 500, 0), ev(U, 1, 0, band, 10), ev(U, 1, 999, 1000 - band, 20),
                                   ev(U, 1, 250, 10, 30), ev(E, 1, 250, 10, 40)},
                                  square());
    ASSERT_EQ(out.size(), 5u);
    expectEvent(out[0], PointerPhase::Down, 960, 540);          // the window's centre is the board's
    expectEvent(out[1], PointerPhase::Move, 0, 0);              // the band's edge is the board's top left
    expectEvent(out[2], PointerPhase::Move, 999 / s, 1080);
    expectEvent(out[3], PointerPhase::Move, 480, (10 - band) / s);  // in the band: above the board, as for the mouse
    expectEvent(out[4], PointerPhase::Up, 480, (10 - band) / s);
}

TEST(Xi2TouchTranslate, FingerSlidingOffTheWindowStaysAtItsEdge) {
    Xi2TouchTranslator tr;
    // X keeps sending a touch to the window it began in, with coordinates outside it.
    const auto out = tr.translate({ev(B, 3, 1900, 1000, 0), ev(U, 3, 2500, 1200, 10), ev(U, 3, -40, -7, 20),
                                   ev(E, 3, 3000, -500, 30)},
                                  fullHd());
    ASSERT_EQ(out.size(), 4u);
    expectEvent(out[1], PointerPhase::Move, 1919, 1079);
    expectEvent(out[2], PointerPhase::Move, 0, 0);
    expectEvent(out[3], PointerPhase::Up, 1919, 0);  // lifted outside the window: still an Up, at the edge
    EXPECT_EQ(tr.liveTouches(), 0u);
}

TEST(Xi2TouchTranslate, BeginOutsideTheWindowIsIgnoredWithItsTouch) {
    Xi2TouchTranslator tr;
    const auto out = tr.translate({ev(B, 4, -1, 10, 0), ev(U, 4, 10, 10, 10), ev(E, 4, 10, 10, 20),
                                   ev(B, 5, 1920, 10, 0), ev(E, 5, 1920, 10, 5)},
                                  fullHd());
    EXPECT_TRUE(out.empty());
    EXPECT_EQ(tr.liveTouches(), 0u);
    EXPECT_EQ(tr.stats().ignored, 5u);
}

TEST(Xi2TouchTranslate, EndOrUpdateWithoutBeginIsIgnored) {
    Xi2TouchTranslator tr;
    // The reader started while a finger was already down.
    const auto out = tr.translate({ev(U, 9, 10, 10, 0), ev(E, 9, 10, 10, 10), ev(B, 10, 50, 60, 20), ev(E, 9, 1, 1, 30)},
                                  fullHd());
    ASSERT_EQ(out.size(), 1u);
    expectEvent(out[0], PointerPhase::Down, 50, 60);
    EXPECT_EQ(tr.stats().ignored, 3u);
    EXPECT_EQ(tr.liveTouches(), 1u);
}

TEST(Xi2TouchTranslate, DuplicateBeginCancelsTheOldPointer) {
    Xi2TouchTranslator tr;
    // The end of the first touch 6 was lost: its gesture is cancelled, not
    // committed at a place it may never have reached; a new pointer starts.
    const auto out = tr.translate({ev(B, 6, 100, 100, 0), ev(U, 6, 150, 100, 10), ev(B, 6, 700, 300, 500),
                                   ev(U, 6, 710, 300, 510), ev(E, 6, 710, 300, 520)},
                                  fullHd());
    ASSERT_EQ(out.size(), 6u);
    expectEvent(out[2], PointerPhase::Cancel, 150, 100);
    EXPECT_EQ(out[2].pointer, out[0].pointer);
    expectEvent(out[3], PointerPhase::Down, 700, 300);
    EXPECT_NE(out[3].pointer, out[0].pointer);
    expectEvent(out[4], PointerPhase::Move, 710, 300);
    expectEvent(out[5], PointerPhase::Up, 710, 300);
    EXPECT_EQ(out[4].pointer, out[3].pointer);
    EXPECT_EQ(out[5].pointer, out[3].pointer);
    EXPECT_EQ(tr.stats().duplicateBegins, 1u);
    EXPECT_EQ(tr.liveTouches(), 0u);
}

TEST(Xi2TouchTranslate, NonFiniteCoordinatesAreRefused) {
    Xi2TouchTranslator tr;
    const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
    const auto out = tr.translate({ev(B, 1, nan, 10, 0), ev(B, 2, 10, 10, 0), ev(U, 2, inf, 10, 5), ev(E, 2, 20, 10, 9)},
                                  fullHd());
    ASSERT_EQ(out.size(), 2u);
    expectEvent(out[1], PointerPhase::Up, 20, 10);
    EXPECT_EQ(tr.stats().refused, 2u);
    for (const PointerEvent& e : out) EXPECT_TRUE(std::isfinite(e.pos.x) && std::isfinite(e.pos.y));
}

TEST(Xi2TouchTranslate, LiveTouchesAreBounded) {
    Xi2TouchTranslator tr;
    std::vector<Xi2TouchEvent> many;
    for (std::uint32_t i = 0; i < Xi2TouchTranslator::kMaxTouches + 10; ++i) many.push_back(ev(B, i, 10, 10, i));
    const auto out = tr.translate(many, fullHd());
    EXPECT_EQ(out.size(), Xi2TouchTranslator::kMaxTouches);
    EXPECT_EQ(tr.liveTouches(), Xi2TouchTranslator::kMaxTouches);
    EXPECT_EQ(tr.stats().refused, 10u);
}

TEST(Xi2TouchTranslate, CancelAllEndsEveryLiveTouch) {
    Xi2TouchTranslator tr;
    (void)tr.translate({ev(B, 1, 10, 10, 0), ev(B, 2, 20, 20, 0), ev(B, 3, 30, 30, 0), ev(E, 2, 20, 20, 5)}, fullHd());
    std::vector<PointerEvent> out;
    tr.cancelAll(200, out);
    ASSERT_EQ(out.size(), 2u);
    for (const PointerEvent& e : out) {
        EXPECT_EQ(e.phase, PointerPhase::Cancel);
        EXPECT_EQ(e.t, 200);
    }
    EXPECT_EQ(tr.liveTouches(), 0u);
}

// Events read in one batch keep their server-time spacing on the loop's
// clock, are never later than their receipt, and a server clock that jumps
// (it wraps after 49 days) re-anchors the mapping.
TEST(Xi2TouchTranslate, ServerTimeMapsOntoTheLoopClock) {
    Xi2TouchTranslator tr;
    const auto out = tr.translate({ev(B, 1, 10, 10, 1000, 50.010), ev(U, 1, 11, 10, 1016, 50.030),
                                   ev(U, 1, 12, 10, 1032, 50.030), ev(U, 1, 13, 10, 10, 60.0), ev(E, 1, 13, 10, 26, 60.02)},
                                  fullHd());
    ASSERT_EQ(out.size(), 5u);
    EXPECT_NEAR(out[0].t, 50.010, 1e-9);
    EXPECT_NEAR(out[1].t, 50.026, 1e-9);  // offset from the first (least delayed) event
    EXPECT_NEAR(out[2].t, 50.030, 1e-9);  // clamped: never after it was received (50.042 otherwise)
    EXPECT_NEAR(out[3].t, 60.0, 1e-9);    // server clock wrapped: re-anchored
    EXPECT_NEAR(out[4].t, 60.016, 1e-9);
    for (size_t i = 1; i < out.size(); ++i) EXPECT_GE(out[i].t, out[i - 1].t);
}
