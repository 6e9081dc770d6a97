// The geometry of two fingers on one item, and the rule that lets a second
// finger join (see two_finger.h).
#include "input/two_finger.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/layout.h"

namespace nt {

namespace {

double distance(Vec2 a, Vec2 b) { return std::hypot(b.x - a.x, b.y - a.y); }

// Closer than this (board units) the angle between two points is noise.
constexpr double kTooClose = 1.0;

}  // namespace

void FingerRest::land(Vec2 p, double t) {
    at = p;
    since = t - two_finger::kRestSeconds;
}

void FingerRest::moved(Vec2 p, double t, double boardUnitsPerMm) {
    if (distance(at, p) <= two_finger::kRestMm * boardUnitsPerMm) return;
    at = p;
    since = t;
}

bool FingerRest::resting(double now) const { return now - since >= two_finger::kRestSeconds; }

double snapToSides(double degrees, double within) {
    double d = std::fmod(degrees, 360.0);
    if (d < 0) d += 360;
    const double side = std::round(d / 90) * 90;
    if (std::abs(d - side) <= within) d = side;
    d = std::round(d * 10) / 10;
    return d >= 360 ? d - 360 : d;
}

GripPose gripPose(const TwoFingerGrip& grip, Vec2 holder, Vec2 joiner) {
    GripPose pose;
    const double before = distance(grip.holderStart, grip.joinerStart);
    const double now = distance(holder, joiner);
    const bool measurable = before >= kTooClose && now >= kTooClose;
    const Vec2 offset{grip.itemStart.x - grip.holderStart.x, grip.itemStart.y - grip.holderStart.y};
    if (grip.kind == GripKind::Scale) {
        pose.pos = {holder.x + offset.x, holder.y + offset.y};
        pose.rotation = grip.rotationStart;
        pose.radius = measurable ? grip.radiusStart * now / before : grip.radiusStart;
        return pose;
    }
    double turn = 0;
    if (measurable) {
        // On a y-down board atan2 grows clockwise, like the rotation.
        const double a0 = std::atan2(grip.joinerStart.y - grip.holderStart.y, grip.joinerStart.x - grip.holderStart.x);
        const double a1 = std::atan2(joiner.y - holder.y, joiner.x - holder.x);
        turn = (a1 - a0) * 180 / std::numbers::pi;
    }
    pose.rotation = snapToSides(grip.rotationStart + turn, two_finger::kSnapDegrees);
    pose.radius = grip.radiusStart;
    // The turn actually made (after snapping) carries the item around the holder.
    const double applied = (pose.rotation - grip.rotationStart) * std::numbers::pi / 180;
    const double c = std::cos(applied), s = std::sin(applied);
    pose.pos = {holder.x + offset.x * c - offset.y * s, holder.y + offset.x * s + offset.y * c};
    return pose;
}

bool withinHandSpan(Vec2 holder, Vec2 joiner, double boardUnitsPerMm) {
    return distance(holder, joiner) <= two_finger::kHandSpanMm * boardUnitsPerMm;
}

bool nearToken(const Actor& actor, Vec2 p, double boardUnitsPerMm) {
    const double reach = std::max(two_finger::kTokenReachMm * boardUnitsPerMm, layout::kTokenRadius);
    return distance(actor.pos, p) <= reach;
}

}  // namespace nt
