// Rectangles of the framebuffer that a frame draws again.
#pragma once

#include <vector>

#include <imgui.h>

namespace nt {

// Framebuffer pixels, top-left origin; x1 and y1 exclusive.
struct DamageRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    long area() const { return empty() ? 0 : static_cast<long>(x1 - x0) * (y1 - y0); }
    void add(const DamageRect& r);
    friend bool operator==(const DamageRect&, const DamageRect&) = default;
};

// A few rectangles: fingers far apart damage a few small places, not the
// screen between them. Rectangles that touch (or nearly) are joined; past
// kMaxRects the two that grow least by joining are joined.
class DamageRegion {
public:
    static constexpr size_t kMaxRects = 8;
    DamageRegion() = default;
    DamageRegion(const DamageRect& r) { add(r); }  // NOLINT: a rectangle is a region
    void add(DamageRect r);
    void add(const DamageRegion& other) {
        for (const DamageRect& r : other.m_rects) add(r);
    }
    const std::vector<DamageRect>& rects() const { return m_rects; }
    bool empty() const { return m_rects.empty(); }
    long area() const;
    DamageRect bounds() const;
    friend bool operator==(const DamageRegion&, const DamageRegion&) = default;

private:
    std::vector<DamageRect> m_rects;
};

// Display coordinates to framebuffer pixels (display origin and scale), a
// pixel more all round for the rasteriser's rounding, within width × height.
DamageRect PixelsOf(ImVec2 lo, ImVec2 hi, ImVec2 origin, ImVec2 scale, int width, int height);

}  // namespace nt
