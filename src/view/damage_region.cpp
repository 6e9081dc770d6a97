// Rectangles of the framebuffer drawn again (see damage_region.h).
#include "view/damage_region.h"

#include <algorithm>
#include <cmath>

namespace nt {

DamageRect PixelsOf(ImVec2 lo, ImVec2 hi, ImVec2 origin, ImVec2 scale, int width, int height) {
    DamageRect r{static_cast<int>(std::floor((lo.x - origin.x) * scale.x)) - 1,
                 static_cast<int>(std::floor((lo.y - origin.y) * scale.y)) - 1,
                 static_cast<int>(std::ceil((hi.x - origin.x) * scale.x)) + 1,
                 static_cast<int>(std::ceil((hi.y - origin.y) * scale.y)) + 1};
    r = {std::max(r.x0, 0), std::max(r.y0, 0), std::min(r.x1, width), std::min(r.y1, height)};
    return r.empty() ? DamageRect{} : r;
}

namespace {

bool near(const DamageRect& a, const DamageRect& b, int margin) {
    return a.x0 - margin < b.x1 && b.x0 - margin < a.x1 && a.y0 - margin < b.y1 && b.y0 - margin < a.y1;
}

DamageRect joined(DamageRect a, const DamageRect& b) {
    a.add(b);
    return a;
}

}  // namespace

void DamageRegion::add(DamageRect r) {
    if (r.empty()) return;
    // Join everything it touches, again with what the join then touches.
    for (bool grew = true; grew;) {
        grew = false;
        for (size_t i = 0; i < m_rects.size(); ++i)
            if (near(m_rects[i], r, 16)) {
                r = joined(r, m_rects[i]);
                m_rects.erase(m_rects.begin() + static_cast<long>(i));
                grew = true;
                break;
            }
    }
    m_rects.push_back(r);
    if (m_rects.size() <= kMaxRects) return;
    size_t bestI = 0, bestJ = 1;
    long bestGrowth = -1;
    for (size_t i = 0; i < m_rects.size(); ++i)
        for (size_t j = i + 1; j < m_rects.size(); ++j) {
            const long growth = joined(m_rects[i], m_rects[j]).area() - m_rects[i].area() - m_rects[j].area();
            if (bestGrowth < 0 || growth < bestGrowth) bestGrowth = growth, bestI = i, bestJ = j;
        }
    const DamageRect both = joined(m_rects[bestI], m_rects[bestJ]);
    m_rects.erase(m_rects.begin() + static_cast<long>(bestJ));
    m_rects.erase(m_rects.begin() + static_cast<long>(bestI));
    add(both);
}

long DamageRegion::area() const {
    long total = 0;
    for (const DamageRect& r : m_rects) total += r.area();
    return total;
}

DamageRect DamageRegion::bounds() const {
    DamageRect all;
    for (const DamageRect& r : m_rects) all.add(r);
    return all;
}

void DamageRect::add(const DamageRect& r) {
    if (r.empty()) return;
    if (empty()) {
        *this = r;
        return;
    }
    *this = {std::min(x0, r.x0), std::min(y0, r.y0), std::max(x1, r.x1), std::max(y1, r.y1)};
}

}  // namespace nt
