// Two fingers on one item: the second finger of the hand that holds a note or
// a partner's token turns it (to face a seat), and on a bubble it scales the
// bubble. This file holds the rule that tells a second finger of the same
// hand from someone else's finger, and the geometry of the pair; the router
// (pointer_router_grips.cpp) applies it.
//
// The rule, in millimetres and seconds. A second finger joins a hold when
//   - it lands on the held item (on a token: within kTokenReachMm of its
//     centre, since two fingertips do not fit on a 13 mm token on a laptop),
//   - within a hand span (kHandSpanMm) of the finger that holds it: an
//     adult hand spans about 20 cm from thumb to little finger, thumb to
//     middle finger a little less, so a finger further away is another hand,
//     most likely another person's, and
//   - while that finger rests: it has moved less than kRestMm in the last
//     kRestSeconds. People put a finger on a card and then twist with a
//     second one, or put both down at once; a finger that lands on an item
//     while it is being carried somewhere is someone else reaching for it.
// Anything else does nothing to the held item: nobody steals a card. Even a
// joined finger cannot take the item away: the item stays pinned under the
// first finger, and the second one only turns it around that point (or
// scales a bubble), so the person who took it keeps it.
#pragma once

#include <cstdint>

#include "core/model.h"

namespace nt {

namespace two_finger {
constexpr double kHandSpanMm = 180;
constexpr double kRestMm = 4;
constexpr double kRestSeconds = 0.25;
constexpr double kTokenReachMm = 20;
// Turning is for facing a seat: near a side of the table it clicks to it.
constexpr double kSnapDegrees = 6;
}  // namespace two_finger

// Whether a finger has rested lately: where it last came to rest and when.
// A finger that has just landed counts as resting (it has carried nothing).
struct FingerRest {
    Vec2 at;
    double since = 0;
    void land(Vec2 p, double t);
    void moved(Vec2 p, double t, double boardUnitsPerMm);
    bool resting(double now) const;
};

// What the pair does to the item they hold.
enum class GripKind { Turn, Scale };

// The pair and the item as they were when the second finger joined.
struct TwoFingerGrip {
    GripKind kind = GripKind::Turn;
    std::uint64_t holder = 0;        // the first finger: it holds the gesture
    std::uint64_t joiner = 0;        // the second finger
    Vec2 holderStart, joinerStart;
    Vec2 itemStart;                  // position (note, token) or centre (bubble)
    double rotationStart = 0;        // degrees clockwise (Turn)
    double radiusStart = 0;          // (Scale)
};

struct GripPose {
    Vec2 pos;                        // where the item's position (or centre) goes
    double rotation = 0;             // degrees clockwise, 0 ≤ r < 360, to 0.1°
    double radius = 0;               // the bubble's new radius (before the model's limits)
};

// Where the item goes for the fingers at these points. Turning keeps the
// item's point under the holder under it; scaling keeps the bubble's centre
// where the holder carries it and makes the radius follow the distance
// between the fingers.
GripPose gripPose(const TwoFingerGrip& grip, Vec2 holder, Vec2 joiner);

// Degrees in [0, 360), to a tenth, snapped to 0/90/180/270 when within
// `within` degrees of one.
double snapToSides(double degrees, double within);

// The join rule above, on board units.
bool withinHandSpan(Vec2 holder, Vec2 joiner, double boardUnitsPerMm);
bool nearToken(const Actor& actor, Vec2 p, double boardUnitsPerMm);

}  // namespace nt
