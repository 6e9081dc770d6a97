// Municipality bubbles placed and shaped without a drag: a new bubble finds
// its own spot (the own municipality in the centre of the diagram area, the
// others around it, clear of each other where the area allows), exactly one
// bubble is the own municipality, and a bubble grows or shrinks by a handle
// on its rim with its partners keeping their place in it.
#pragma once

#include <cstdint>
#include <string>

#include "core/commands.h"

namespace nt {

constexpr double kNewBubbleRadius = 150;
constexpr double kOwnBubbleRadius = 170;
constexpr double kBubbleGap = 24;             // between neighbouring bubbles
constexpr double kBubbleHandleRadius = 16;    // the resize handle as drawn
constexpr double kBubbleHandleReach = 30;     // ... and as a finger finds it

struct BubbleSpot {
    Vec2 centre;
    double radius = kNewBubbleRadius;
    bool overlaps = false;  // no clear spot was left: the least crowded one
    friend bool operator==(const BubbleSpot&, const BubbleSpot&) = default;
};

// Where a new bubble goes. The own one as near the centre of the diagram
// area as is clear; others as near the own bubble (else the centre) as is
// clear, shrinking a little (to 70 %) before they overlap anything.
BubbleSpot newBubbleSpot(const Board& board, bool own);

// Where a new neighbour goes when its real direction is known: around the
// own bubble at `bearing` degrees (0 north = up, 90 east = right, clockwise),
// a little further out the further away it is (distanceKm, compressed; 0 or
// less: unknown, right next to it), clear of every other bubble and inside
// the diagram area. It shrinks (to 70 %) and turns up to 35° off its
// direction before it gives up the direction; then it goes where
// newBubbleSpot puts it. Without an own bubble, around the area's centre.
// `radius` is the size it starts from (municipality_geography makes a crowd
// of neighbours smaller so that all keep their direction).
BubbleSpot newBubbleSpotToward(const Board& board, double bearing, double distanceKm,
                               double radius = kNewBubbleRadius);

// A calm fill for the n-th bubble, so neighbours differ.
std::uint32_t bubbleColour(std::size_t index);

// Adds a bubble at its spot; when it is the own municipality, the bubble
// that was the own one until now no longer is. One undo step.
CommandPtr addMunicipalityBubble(const Board& board, Id id, std::string name, bool own);

// Makes this bubble the own municipality and every other one not; nullptr
// when it already is or is gone.
CommandPtr markOwnMunicipality(const Board& board, Id municipality);

// A new radius (kept within kMinRadius..kMaxRadius); the partners placed in
// the bubble keep their place relative to its size, so they stay inside
// and in their half.
CommandPtr resizeBubble(const Board& board, Id municipality, double radius);

// The resize handle sits on the rim, lower right.
Vec2 bubbleHandle(const Municipality& m);
// The topmost bubble whose handle is within reach of p; kNoId for none.
Id bubbleHandleAt(const Board& board, Vec2 p);

}  // namespace nt
