// Placing, marking and resizing municipality bubbles.
#include "core/bubble_placement.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/edit_helpers.h"
#include "core/layout.h"

namespace nt {

namespace {

using detail::replaceWith;

// Room above a bubble for the name pill across its top edge.
constexpr double kPillRoom = 22;
constexpr double kGridStep = 12;
// Room at the diagram's left edge for the tabs of the partner tools.
constexpr double kTabRoom = 48;

const Municipality* ownBubble(const Board& board) {
    for (const Municipality& m : board.municipalities)
        if (m.own) return &m;
    return nullptr;
}

// How far a bubble of radius r at c stays clear of every other bubble
// (negative: it overlaps).
double clearance(const Board& board, Vec2 c, double r) {
    double least = std::numeric_limits<double>::infinity();
    for (const Municipality& m : board.municipalities)
        least = std::min(least, std::hypot(m.centre.x - c.x, m.centre.y - c.y) - m.radius - r);
    return least;
}

// Centres that keep a bubble of radius r inside the diagram area, as a grid
// symmetric around the area's centre.
template <class F>
void eachCentre(double r, F visit) {
    const auto& a = layout::kDiagramArea;
    const Vec2 mid = a.centre();
    const double x0 = a.x0 + kTabRoom + r, x1 = a.x1 - r, y0 = a.y0 + r + kPillRoom, y1 = a.y1 - r;
    if (x0 > x1 || y0 > y1) {
        visit(mid);
        return;
    }
    const int nx = static_cast<int>((x1 - x0) / 2 / kGridStep), ny = static_cast<int>((y1 - y0) / 2 / kGridStep);
    const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    for (int j = -ny; j <= ny; ++j)
        for (int i = -nx; i <= nx; ++i) visit(Vec2{cx + i * kGridStep, cy + j * kGridStep});
}

}  // namespace

BubbleSpot newBubbleSpot(const Board& board, bool own) {
    const double r0 = own ? kOwnBubbleRadius : kNewBubbleRadius;
    const Municipality* anchorBubble = own ? nullptr : ownBubble(board);
    const Vec2 anchor = anchorBubble ? anchorBubble->centre : layout::kDiagramArea.centre();
    for (double scale : {1.0, 0.85, 0.7}) {
        const double r = r0 * scale;
        bool found = false;
        Vec2 best;
        double bestDistance = std::numeric_limits<double>::infinity();
        eachCentre(r, [&](Vec2 c) {
            if (clearance(board, c, r) < kBubbleGap) return;
            // Slightly favour the sides over above and below: the area is wide.
            const double d = std::hypot(c.x - anchor.x, (c.y - anchor.y) * 1.15);
            if (d < bestDistance - 1e-9) {
                bestDistance = d;
                best = c;
                found = true;
            }
        });
        if (found) return {best, r, false};
    }
    // Full: the least crowded spot for the smallest size.
    const double r = r0 * 0.7;
    Vec2 best = layout::kDiagramArea.centre();
    double bestClear = -std::numeric_limits<double>::infinity();
    eachCentre(r, [&](Vec2 c) {
        const double cl = clearance(board, c, r);
        if (cl > bestClear + 1e-9) {
            bestClear = cl;
            best = c;
        }
    });
    return {best, r, true};
}

BubbleSpot newBubbleSpotToward(const Board& board, double bearing, double distanceKm, double radius) {
    if (!std::isfinite(bearing)) return newBubbleSpot(board, false);
    const Municipality* own = ownBubble(board);
    const Vec2 anchor = own ? own->centre : layout::kDiagramArea.centre();
    const double anchorRadius = own ? own->radius : 0;
    constexpr double kPi = 3.14159265358979323846;
    const double theta = bearing * kPi / 180;
    const Vec2 dir{std::sin(theta), -std::cos(theta)};  // north is up on the board
    // 5 km reads as right next door, 50 km (Brussels from Zottegem) about a
    // bubble's radius further out: the board is small, the order matters.
    const double extra = distanceKm > 0 ? std::min(120.0, 35 * std::log2(1 + distanceKm / 10)) : 0;
    constexpr double kMaxTurn = 35 * kPi / 180;
    for (double scale : {1.0, 0.85, 0.7}) {
        const double r = radius * scale;
        const double want = anchorRadius + kBubbleGap + r + extra;
        bool found = false;
        Vec2 best;
        double bestCost = std::numeric_limits<double>::infinity();
        eachCentre(r, [&](Vec2 c) {
            const Vec2 d{c.x - anchor.x, c.y - anchor.y};
            const double dist = std::hypot(d.x, d.y);
            if (dist < 1e-9 || clearance(board, c, r) < kBubbleGap) return;
            const double turn = std::acos(std::clamp((d.x * dir.x + d.y * dir.y) / dist, -1.0, 1.0));
            if (turn > kMaxTurn) return;
            // Off its direction weighs more than off its distance.
            const double cost = 2 * turn * want + std::abs(dist - want);
            if (cost < bestCost - 1e-9) {
                bestCost = cost;
                best = c;
                found = true;
            }
        });
        if (found) return {best, r, false};
    }
    return newBubbleSpot(board, false);
}

std::uint32_t bubbleColour(std::size_t index) {
    static constexpr std::uint32_t kPalette[] = {0xCFE3F3, 0xD8ECD4, 0xF3E1C7, 0xE4DCEF, 0xF4DAD3, 0xD3EBE8, 0xECE6C6, 0xE0E4EA};
    return kPalette[index % std::size(kPalette)];
}

CommandPtr addMunicipalityBubble(const Board& board, Id id, std::string name, bool own) {
    const BubbleSpot spot = newBubbleSpot(board, own);
    Municipality m;
    m.id = id;
    m.name = truncateUtf8(std::move(name), kMaxMunicipalityNameBytes);
    m.centre = spot.centre;
    m.radius = spot.radius;
    m.colour = bubbleColour(board.municipalities.size());
    m.own = own;
    auto group = std::make_unique<CommandGroup>();
    if (own)
        for (const Municipality& other : board.municipalities)
            group->append(replaceWith(board.municipalities, other.id, [](Municipality& b) { b.own = false; }));
    std::string shown = m.name;
    group->append(std::make_unique<AddItem<Municipality>>(std::move(m)));
    return namedAddOrRemove(std::move(group), "step.bubble.added", std::move(shown));
}

CommandPtr markOwnMunicipality(const Board& board, Id municipality) {
    const Municipality* own = findById(board.municipalities, municipality);
    if (!own) return nullptr;
    auto group = std::make_unique<CommandGroup>();
    for (const Municipality& m : board.municipalities)
        group->append(replaceWith(board.municipalities, m.id, [&](Municipality& b) { b.own = b.id == municipality; }));
    if (group->empty()) return nullptr;
    return named(std::move(group), "step.bubble.own", own->name);
}

CommandPtr resizeBubble(const Board& board, Id municipality, double radius) {
    const Municipality* m = findById(board.municipalities, municipality);
    if (!m || !std::isfinite(radius)) return nullptr;
    radius = std::clamp(radius, kMinRadius, kMaxRadius);
    const double k = radius / m->radius;
    auto group = std::make_unique<CommandGroup>();
    group->append(replaceWith(board.municipalities, municipality, [&](Municipality& b) { b.radius = radius; }));
    if (group->empty()) return nullptr;
    for (const Actor& a : board.actors) {
        if (a.municipality != municipality) continue;
        group->append(replaceWith(board.actors, a.id, [&](Actor& changed) {
            double dy = (a.pos.y - m->centre.y) * k;
            // Never onto the dividing line from above: the line counts as lower.
            if (a.sector == Sector::Cultural) dy = std::min(dy, -0.1);
            const Vec2 p{m->centre.x + (a.pos.x - m->centre.x) * k, m->centre.y + dy};
            changed.pos = detail::onBoard({std::round(p.x * 10) / 10, std::round(p.y * 10) / 10});
        }));
    }
    return named(std::move(group), "step.bubble.resized", m->name);
}

Vec2 bubbleHandle(const Municipality& m) {
    constexpr double kDiagonal = 0.70710678118654752;
    return {m.centre.x + m.radius * kDiagonal, m.centre.y + m.radius * kDiagonal};
}

Id bubbleHandleAt(const Board& board, Vec2 p) {
    for (auto it = board.municipalities.rbegin(); it != board.municipalities.rend(); ++it) {
        const Vec2 h = bubbleHandle(*it);
        if (std::hypot(h.x - p.x, h.y - p.y) <= kBubbleHandleReach) return it->id;
    }
    return kNoId;
}

}  // namespace nt
