// Distances, directions and neighbour bubbles from the municipalities' positions.
#include "core/municipality_geography.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/layout.h"

namespace nt {

namespace {

constexpr double kPi = 3.14159265358979323846;

double radians(double degrees) { return degrees * kPi / 180; }

// The sizes a crowd of neighbour bubbles tries, as parts of kNewBubbleRadius;
// newBubbleSpotToward may shrink each one a little further.
constexpr double kNeighbourSizes[] = {1.0, 0.85, 0.72, 0.6, 0.5};
// How far off its real direction a bubble may sit (newBubbleSpotToward turns
// it at most 35°), with room for the placement grid.
constexpr double kMaxTurnDegrees = 36;

// Whether a bubble at `spot` lies in direction `bearing` from `anchor`, as the
// board shows it (north up, east right).
bool keepsDirection(Vec2 anchor, Vec2 spot, double bearing) {
    const double dx = spot.x - anchor.x, dy = spot.y - anchor.y;
    if (std::hypot(dx, dy) < 1e-9) return false;
    const double onBoard = std::atan2(dx, -dy) * 180 / kPi;
    const double off = std::fmod(std::abs(onBoard - bearing), 360.0);
    return std::min(off, 360 - off) <= kMaxTurnDegrees;
}

}  // namespace

double distanceKm(GeoPosition from, GeoPosition to) {
    const double dLat = radians(to.lat - from.lat), dLon = radians(to.lon - from.lon);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(radians(from.lat)) * std::cos(radians(to.lat)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

double bearingDegrees(GeoPosition from, GeoPosition to) {
    const double lat1 = radians(from.lat), lat2 = radians(to.lat), dLon = radians(to.lon - from.lon);
    const double y = std::sin(dLon) * std::cos(lat2);
    const double x = std::cos(lat1) * std::sin(lat2) - std::sin(lat1) * std::cos(lat2) * std::cos(dLon);
    if (std::abs(x) < 1e-15 && std::abs(y) < 1e-15) return 0;
    const double degrees = std::atan2(y, x) * 180 / kPi;
    const double wrapped = std::fmod(degrees + 360, 360.0);
    return wrapped >= 360 ? 0 : wrapped;
}

std::vector<NearbyMunicipality> nearestMunicipalities(const MunicipalityList& list, std::string_view own,
                                                      std::size_t count) {
    const MunicipalityInfo* self = list.find(own);
    if (!self || !self->position || count == 0) return {};
    std::vector<NearbyMunicipality> all;
    for (const MunicipalityInfo& e : list.entries()) {
        if (&e == self || !e.position) continue;
        all.push_back({e.name, distanceKm(*self->position, *e.position), bearingDegrees(*self->position, *e.position)});
    }
    // Ties by name, so the suggestion does not depend on the file's order.
    auto nearer = [](const NearbyMunicipality& a, const NearbyMunicipality& b) {
        if (a.distanceKm != b.distanceKm) return a.distanceKm < b.distanceKm;
        return a.name < b.name;
    };
    const std::size_t n = std::min(count, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), nearer);
    all.resize(n);
    return all;
}

std::vector<BubbleSpot> neighbourBubbleSpots(const Board& board, const std::vector<NearbyMunicipality>& neighbours) {
    const auto own = std::find_if(board.municipalities.begin(), board.municipalities.end(),
                                  [](const Municipality& m) { return m.own; });
    const Vec2 anchor = own != board.municipalities.end() ? own->centre : layout::kDiagramArea.centre();
    std::vector<std::size_t> order(neighbours.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return neighbours[a].distanceKm < neighbours[b].distanceKm; });
    // Nearest first, each on a scratch copy of the bubbles so the next one
    // clears it. When one cannot keep its direction the whole crowd starts
    // again a size smaller: a ring of small bubbles that points the right way
    // tells more than big ones scattered wherever there was room.
    std::vector<BubbleSpot> spots;
    for (const double size : kNeighbourSizes) {
        Board scratch;
        scratch.municipalities = board.municipalities;
        spots.assign(neighbours.size(), BubbleSpot{});
        bool allInDirection = true;
        for (const std::size_t i : order) {
            const NearbyMunicipality& n = neighbours[i];
            const BubbleSpot spot = newBubbleSpotToward(scratch, n.bearing, n.distanceKm, kNewBubbleRadius * size);
            allInDirection = allInDirection && !spot.overlaps && keepsDirection(anchor, spot.centre, n.bearing);
            spots[i] = spot;
            Municipality placed;
            placed.centre = spot.centre;
            placed.radius = spot.radius;
            scratch.municipalities.push_back(std::move(placed));
        }
        if (allInDirection) break;
    }
    return spots;
}

std::vector<BubbleSpot> neighbourBubbleSpots(Vec2 ownCentre, double ownRadius,
                                             const std::vector<NearbyMunicipality>& neighbours) {
    Board board;
    Municipality own;
    own.centre = ownCentre;
    own.radius = ownRadius;
    own.own = true;
    board.municipalities.push_back(std::move(own));
    return neighbourBubbleSpots(board, neighbours);
}

}  // namespace nt
