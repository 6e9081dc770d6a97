// Bringing an earlier board's partners onto a new board.
#include "core/partner_reuse.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "core/bubble_placement.h"
#include "core/layout.h"
#include "core/placement.h"
#include "core/text_match.h"

namespace nt {

namespace {

Id municipalityNamed(const Board& board, const std::string& name) {
    const std::string folded = foldForSearch(name);
    for (const Municipality& m : board.municipalities)
        if (foldForSearch(m.name) == folded) return m.id;
    return kNoId;
}

bool hasOwn(const Board& board) {
    return std::any_of(board.municipalities.begin(), board.municipalities.end(), [](const Municipality& m) { return m.own; });
}

Id addBubble(Board& target, const Municipality& like) {
    const bool own = like.own && !hasOwn(target);
    const BubbleSpot spot = newBubbleSpot(target, own);
    Municipality m;
    m.id = target.nextId++;
    m.name = like.name;
    m.centre = spot.centre;
    m.radius = spot.radius;
    m.colour = bubbleColour(target.municipalities.size());
    m.own = own;
    target.municipalities.push_back(std::move(m));
    return target.municipalities.back().id;
}

// The same place relative to the bubble, in the half of its sector.
Vec2 placeIn(const Municipality& from, const Municipality& to, Vec2 pos, Sector sector) {
    const double k = to.radius / from.radius;
    double dx = (pos.x - from.centre.x) * k, dy = (pos.y - from.centre.y) * k;
    // Upper half cultural, lower half (the centre line included) non-cultural.
    if (sector == Sector::Cultural && dy > -1) dy = dy > 1 ? -dy : -to.radius * 0.4;
    if (sector == Sector::NonCultural && dy < 0) dy = -dy;
    const double reach = to.radius * 0.9, len = std::hypot(dx, dy);
    if (len > reach) {
        dx *= reach / len;
        dy *= reach / len;
    }
    return {std::round((to.centre.x + dx) * 10) / 10, std::round((to.centre.y + dy) * 10) / 10};
}

// A spot near `wanted` outside every bubble, so a partner that was not
// placed does not look placed; `wanted` itself when it is clear or nothing is.
Vec2 clearOfBubbles(const Board& board, Vec2 wanted) {
    auto clear = [&](Vec2 p) {
        for (const Municipality& m : board.municipalities)
            if (std::hypot(p.x - m.centre.x, p.y - m.centre.y) < m.radius + layout::kTokenRadius) return false;
        return true;
    };
    if (clear(wanted)) return wanted;
    const auto& area = layout::kDiagramArea;
    constexpr double kStep = 12;
    Vec2 best = wanted;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (double y = area.y0 + layout::kTokenRadius; y <= area.y1 - layout::kTokenRadius; y += kStep)
        for (double x = area.x0 + layout::kTokenRadius; x <= area.x1 - layout::kTokenRadius; x += kStep) {
            const double d = std::hypot(x - wanted.x, y - wanted.y);
            if (d < bestDistance && clear({x, y})) {
                bestDistance = d;
                best = {x, y};
            }
        }
    return best;
}

}  // namespace

ReusedPartners reusePartners(Board& target, const Board& earlier) {
    ReusedPartners result;
    std::map<Id, Id> bubbleFor;  // earlier municipality → target municipality
    for (const Actor& a : earlier.actors) {
        const Municipality* from = findById(earlier.municipalities, a.municipality);
        Id to = kNoId;
        if (from) {
            auto known = bubbleFor.find(from->id);
            if (known != bubbleFor.end()) {
                to = known->second;
            } else {
                to = municipalityNamed(target, from->name);
                if (to == kNoId) {
                    to = addBubble(target, *from);
                    ++result.bubblesAdded;
                }
                bubbleFor[from->id] = to;
            }
        }
        const std::string name = foldForSearch(a.name);
        const bool there = std::any_of(target.actors.begin(), target.actors.end(), [&](const Actor& b) {
            return b.municipality == to && foldForSearch(b.name) == name;
        });
        if (there) {
            ++result.skipped;
            continue;
        }
        Actor card;
        card.id = target.nextId++;
        card.name = a.name;
        card.type = a.type;
        if (from) {
            card.municipality = to;
            card.sector = a.sector != Sector::Unassigned ? a.sector
                          : a.pos.y < from->centre.y ? Sector::Cultural : Sector::NonCultural;
            card.pos = placeIn(*from, *findById(target.municipalities, to), a.pos, card.sector);
        } else {
            card.pos = clearOfBubbles(target, a.pos);
        }
        target.actors.push_back(std::move(card));
        ++result.partners;
        // A custom type the partner uses comes along (once).
        auto custom = std::find_if(earlier.customTypes.begin(), earlier.customTypes.end(),
                                   [&](const CustomActorType& t) { return t.id == a.type; });
        const bool known = std::any_of(target.customTypes.begin(), target.customTypes.end(),
                                       [&](const CustomActorType& t) { return t.id == a.type; });
        if (custom != earlier.customTypes.end() && !known) target.customTypes.push_back(*custom);
    }
    return result;
}

}  // namespace nt
