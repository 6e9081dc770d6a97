// The neighbouring municipalities suggested from geography: which ones lie
// nearest to the own municipality (by the positions in the municipality
// list), how far and in which direction, and where their bubbles go on the
// board so that each sits in its real direction around the own bubble
// (north up, east right), further out the further away it is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/bubble_placement.h"
#include "core/model.h"
#include "core/municipality_list.h"

namespace nt {

constexpr double kEarthRadiusKm = 6371.0;

struct NearbyMunicipality {
    std::string name;        // as in the list
    double distanceKm = 0;   // from the own municipality, centre to centre
    double bearing = 0;      // degrees from the own municipality: 0 north, 90 east, clockwise; [0, 360)
    friend bool operator==(const NearbyMunicipality&, const NearbyMunicipality&) = default;
};

// Great-circle distance (haversine) in km.
double distanceKm(GeoPosition from, GeoPosition to);

// The direction from `from` to `to` at `from` (initial great-circle bearing),
// degrees clockwise from north in [0, 360); 0 when the two are the same.
double bearingDegrees(GeoPosition from, GeoPosition to);

// Up to `count` municipalities nearest to `own` (found as MunicipalityList::find
// finds it: ignoring case and accents), nearest first, the own one left out,
// and those without a position too. Empty when the own name is not on the
// list or has no position.
std::vector<NearbyMunicipality> nearestMunicipalities(const MunicipalityList& list, std::string_view own,
                                                      std::size_t count);

// Where the bubbles of these neighbours go, in the same order, on a board
// whose own bubble has this centre and radius: each in its direction around
// the own bubble, a little further out the further away it is (compressed:
// the board is small), never overlapping each other or the own bubble, and
// inside the diagram area, clear of the strengths and weaknesses columns.
// Nearest first get the spots next to the own bubble; a bubble may shrink (to
// 70 %) and turn up to 35° off its direction to fit (newBubbleSpotToward).
// A spot's `overlaps` is set only when the area is full.
std::vector<BubbleSpot> neighbourBubbleSpots(Vec2 ownCentre, double ownRadius,
                                             const std::vector<NearbyMunicipality>& neighbours);

// The same on an existing board: around its own bubble (the diagram area's
// centre when it has none), clear of the bubbles already on it.
std::vector<BubbleSpot> neighbourBubbleSpots(const Board& board, const std::vector<NearbyMunicipality>& neighbours);

}  // namespace nt
