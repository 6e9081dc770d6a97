// Drawing of the board: background, columns, card, bubbles, notes, tokens.
#include "view/board_canvas.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <numbers>

#include "core/layout.h"
#include "core/note_piles.h"
#include "core/phone_notes.h"
#include "core/placement.h"
#include "view/combinations_canvas.h"
#include "view/item_atlas.h"
#include "view/item_cover.h"
#include "view/theme.h"
#include "view/workshop_card.h"

namespace nt {

using theme::rgb;

namespace {

constexpr float kPi = std::numbers::pi_v<float>;
constexpr double kNoteCorner = 6;  // a note's rounded corners (board units)
constexpr double kTokenRim = 3;    // the white rim around a partner's disc

// Splits text into lines that fit maxWidth (screen px), honouring newlines.
std::vector<std::string_view> wrapLines(ImFont* font, float px, std::string_view text, float maxWidth, int maxLines,
                                        bool* truncated) {
    std::vector<std::string_view> lines;
    const char* p = text.data();
    const char* end = text.data() + text.size();
    *truncated = false;
    while (p < end) {
        if (static_cast<int>(lines.size()) == maxLines) {
            *truncated = true;
            break;
        }
        const char* lineEnd = font->CalcWordWrapPositionA(px / font->FontSize, p, end, maxWidth);
        if (lineEnd == p) ++lineEnd;  // a single glyph wider than the line: take it anyway
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(lineEnd - p)));
        if (nl) lineEnd = nl;
        const char* trimmed = lineEnd;
        while (trimmed > p && (trimmed[-1] == ' ')) --trimmed;
        lines.emplace_back(p, static_cast<size_t>(trimmed - p));
        p = lineEnd;
        if (p < end && (*p == '\n' || *p == ' ')) ++p;
        while (p < end && *p == ' ') ++p;
    }
    return lines;
}

// An item drawn around its own position as the origin, then set down with
// that position on a whole pixel: the same item then has the very same
// vertices wherever it lies (so the item atlas knows it again), and none of
// it is culled on the way (text is culled to the clip rectangle as it is
// laid out; the quads and the scissor clip it where it lands).
class ItemInPlace {
public:
    ItemInPlace(const CanvasContext& c, Vec2 pos, Id item)
        : m_c(c), m_local(c), m_item(item), m_mark(ItemAtlas::mark(*c.draw)), m_clip(c.draw->_CmdHeader.ClipRect) {
        m_anchor = OnPixel(c.at(pos));
        m_local.xf.offsetX = -pos.x * c.xf.scale;
        m_local.xf.offsetY = -pos.y * c.xf.scale;
        m_local.cover = nullptr;
        constexpr float kFar = 1e6f;
        c.draw->_CmdHeader.ClipRect = {-kFar, -kFar, kFar, kFar};
    }
    ItemInPlace(const ItemInPlace&) = delete;
    ItemInPlace& operator=(const ItemInPlace&) = delete;
    ~ItemInPlace() {
        ImDrawList& draw = *m_c.draw;
        draw._CmdHeader.ClipRect = m_clip;
        for (int i = m_mark.commands; i < draw.CmdBuffer.Size; ++i) draw.CmdBuffer[i].ClipRect = m_clip;  // begun within the item
        const std::vector<PixelRect>* shown = nullptr;
        const PixelRect reach = bounds();
        if (m_c.cover) {
            shown = &m_c.cover->shown(m_item, reach);
            if (shown->empty() && ItemAtlas::takeBack(draw, m_mark)) return;  // hidden whole
        }
        if (m_c.atlas && m_c.atlas->replace(draw, m_mark, m_anchor, shown ? m_c.cover : nullptr)) return;
        for (int i = m_mark.vertices; i < draw.VtxBuffer.Size; ++i) {
            ImVec2& v = draw.VtxBuffer[i].pos;
            v = {v.x + m_anchor.x, v.y + m_anchor.y};
        }
        if (shown && !(shown->size() == 1 && (*shown)[0] == reach)) clipToShown(*shown);  // unless it shows whole
    }
    const CanvasContext& local() const { return m_local; }

private:
    // The pixels the item reaches, set down where it lands.
    PixelRect bounds() const {
        const ImDrawList& draw = *m_c.draw;
        float x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
        for (int i = m_mark.vertices; i < draw.VtxBuffer.Size; ++i) {
            const ImVec2 v = draw.VtxBuffer[i].pos;
            x0 = std::min(x0, v.x), y0 = std::min(y0, v.y), x1 = std::max(x1, v.x), y1 = std::max(y1, v.y);
        }
        constexpr float kFar = 1e6f;  // what is not a number, or far off the screen: shown whole
        if (!(x0 >= -kFar && y0 >= -kFar && x1 <= kFar && y1 <= kFar)) return {-1 << 30, -1 << 30, 1 << 30, 1 << 30};
        return {static_cast<int>(std::floor(x0 + m_anchor.x)), static_cast<int>(std::floor(y0 + m_anchor.y)),
                static_cast<int>(std::ceil(x1 + m_anchor.x)), static_cast<int>(std::ceil(y1 + m_anchor.y))};
    }

    // As shapes: the item's triangles once for each part that shows, each
    // time clipped to it (more triangles, far fewer pixels).
    void clipToShown(const std::vector<PixelRect>& shown) {
        ImDrawList& draw = *m_c.draw;
        // The renderer's scissor keeps whole framebuffer pixels, cutting a
        // clip rectangle's fractions its own way: parts on whole pixels
        // within a clip on whole pixels keep the very pixels the item would.
        // Else (a framebuffer scale of a fraction, a clip between pixels, as
        // the room's gallery has) the item is drawn whole.
        const ImVec2 fb = ImGui::GetIO().DisplayFramebufferScale;
        const auto whole = [](float v) { return v == std::floor(v); };
        if (!whole(fb.x) || !whole(fb.y) || !whole(m_clip.x) || !whole(m_clip.y) || !whole(m_clip.z) || !whole(m_clip.w))
            return;
        if (draw.CmdBuffer.Size != m_mark.commands || draw.IdxBuffer.Size <= m_mark.indices) return;
        ImDrawCmd& cmd = draw.CmdBuffer.back();
        const int count = draw.IdxBuffer.Size - m_mark.indices;
        if (cmd.UserCallback || cmd.ElemCount < static_cast<unsigned>(count)) return;
        m_indices.assign(draw.IdxBuffer.Data + m_mark.indices, draw.IdxBuffer.Data + draw.IdxBuffer.Size);
        draw.IdxBuffer.shrink(m_mark.indices);
        draw._IdxWritePtr = draw.IdxBuffer.Data + draw.IdxBuffer.Size;
        cmd.ElemCount -= static_cast<unsigned>(count);
        for (const PixelRect& r : shown) {
            const ImVec2 p0{std::max(m_clip.x, static_cast<float>(r.x0)), std::max(m_clip.y, static_cast<float>(r.y0))};
            const ImVec2 p1{std::min(m_clip.z, static_cast<float>(r.x1)), std::min(m_clip.w, static_cast<float>(r.y1))};
            if (p0.x >= p1.x || p0.y >= p1.y) continue;
            draw.PushClipRect(p0, p1);
            draw.PrimReserve(count, 0);
            for (const ImDrawIdx index : m_indices) *draw._IdxWritePtr++ = index;
            draw.PopClipRect();
        }
    }

    const CanvasContext& m_c;
    CanvasContext m_local;
    std::vector<ImDrawIdx> m_indices;
    Id m_item;
    ItemAtlas::Mark m_mark;
    ImVec4 m_clip;
    ImVec2 m_anchor;
};

// The whole pixels within [lo, hi] (screen px): those whose centres lie inside.
PixelRect PixelsWithin(float x0, float y0, float x1, float y1) {
    constexpr float kFar = 1e7f;  // and none far off (or not a number)
    if (!(x0 > -kFar && y0 > -kFar && x1 < kFar && y1 < kFar)) return {};
    return {static_cast<int>(std::ceil(x0)), static_cast<int>(std::ceil(y0)), static_cast<int>(std::floor(x1)),
            static_cast<int>(std::floor(y1))};
}

}  // namespace

// The pixels a note's paper paints opaque where ItemInPlace sets it down:
// the largest upright rectangle within it, turned as it is, clear of its
// rounded corners and soft edges.
PixelRect NotePaper(const CanvasContext& c, const Note& n) {
    double turn = std::fmod(std::fmod(n.rotation, 180.0) + 180.0, 180.0);  // a half turn looks the same
    const bool sideways = turn > 45 && turn < 135;
    if (sideways) turn -= 90;
    else if (turn >= 135) turn -= 180;
    // A corner's arc meets its 45° line 0.29 of its radius in; the fringe and
    // the arc's segments stay within 1.5 pixels.
    const double inset = c.len(kNoteCorner) * (1 - std::numbers::sqrt2 / 2) + 1.5;
    const double w = c.len((sideways ? layout::kNoteHeight : layout::kNoteWidth) / 2) - inset;
    const double h = c.len((sideways ? layout::kNoteWidth : layout::kNoteHeight) / 2) - inset;
    // An upright rectangle of half sides (a, b) lies within the turned one
    // when a·cos + b·sin ≤ w and a·sin + b·cos ≤ h. The largest: where both
    // hold exactly, or the largest under one of them alone (a square turned
    // near 45°) if it keeps the other.
    const double cs = std::cos(std::fabs(turn) * std::numbers::pi / 180), sn = std::sin(std::fabs(turn) * std::numbers::pi / 180);
    const auto fits = [&](double x, double y) { return x > 0 && y > 0 && x * cs + y * sn <= w + 1e-9 && x * sn + y * cs <= h + 1e-9; };
    double a = 0, b = 0;
    const auto consider = [&](double x, double y) {
        if (fits(x, y) && x * y > a * b) a = x, b = y;
    };
    if (const double cos2 = cs * cs - sn * sn; cos2 > 1e-6) consider((w * cs - h * sn) / cos2, (h * cs - w * sn) / cos2);
    if (sn > 1e-9) {
        consider(w / (2 * cs), w / (2 * sn));
        consider(h / (2 * sn), h / (2 * cs));
    }
    if (a <= 0 || b <= 0) return {};
    const ImVec2 at = OnPixel(c.at(n.pos));
    return PixelsWithin(at.x - static_cast<float>(a), at.y - static_cast<float>(b), at.x + static_cast<float>(a),
                        at.y + static_cast<float>(b));
}

// The square within a partner's white rim (a disc of its radius + 3): its
// fringe and the circle's segments stay within 1.5 pixels of the rim.
PixelRect TokenDisc(const CanvasContext& c, const Actor& a) {
    const float half = (c.len(layout::kTokenRadius + kTokenRim) - 1.5f) / std::numbers::sqrt2_v<float>;
    const ImVec2 at = OnPixel(c.at(a.pos));
    return PixelsWithin(at.x - half, at.y - half, at.x + half, at.y + half);
}

bool IsCarried(const std::vector<PointerRouter::Held>& held, Id item) {
    return std::any_of(held.begin(), held.end(), [&](const PointerRouter::Held& h) {
        return h.item == item && h.dragging &&
               (h.kind == HitKind::Actor || h.kind == HitKind::Note || h.kind == HitKind::Card ||
                h.kind == HitKind::TrayNote || h.kind == HitKind::TrayActor);  // a new one, pulled from the tray
    });
}

void RotateVertices(ImDrawList* draw, int firstVertex, ImVec2 centre, double degrees) {
    if (degrees == 0) return;
    const float a = static_cast<float>(degrees * std::numbers::pi / 180.0);
    const float cs = std::cos(a), sn = std::sin(a);
    for (int i = firstVertex; i < draw->VtxBuffer.Size; ++i) {
        ImVec2& v = draw->VtxBuffer[i].pos;
        const float dx = v.x - centre.x, dy = v.y - centre.y;
        v = {centre.x + dx * cs - dy * sn, centre.y + dx * sn + dy * cs};
    }
}

// [SECTION] Text


void DrawTextCentred(const CanvasContext& c, ImFont* font, float size, Vec2 topCentre, double maxWidth,
                     std::string_view text, ImU32 colour, int maxLines) {
    const float px = c.len(size);
    bool truncated = false;
    const auto lines = wrapLines(font, px, text, c.len(maxWidth), maxLines, &truncated);
    ImVec2 pos = c.at(topCentre);
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        std::string withEllipsis;
        if (truncated && i + 1 == lines.size()) {
            withEllipsis = std::string(line) + "…";
            line = withEllipsis;
        }
        const ImVec2 sz = font->CalcTextSizeA(px, FLT_MAX, 0, line.data(), line.data() + line.size());
        c.draw->AddText(font, px, {std::floor(pos.x - sz.x / 2), std::floor(pos.y)}, colour, line.data(),
                        line.data() + line.size());
        pos.y += px * 1.15f;
    }
}

void DrawTextLeft(const CanvasContext& c, ImFont* font, float size, Vec2 topLeft, double maxWidth, std::string_view text,
                  ImU32 colour, int maxLines) {
    const float px = c.len(size);
    bool truncated = false;
    const auto lines = wrapLines(font, px, text, c.len(maxWidth), maxLines, &truncated);
    ImVec2 pos = c.at(topLeft);
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string line(lines[i]);
        if (truncated && i + 1 == lines.size()) line += "…";
        c.draw->AddText(font, px, {std::floor(pos.x), std::floor(pos.y)}, colour, line.data(), line.data() + line.size());
        pos.y += px * 1.2f;
    }
}

// [SECTION] Background, columns and the own-practice card

namespace {

void drawColumn(const CanvasContext& c, const layout::Rect& r, std::uint32_t tint, std::uint32_t ink,
                const std::string& title, const std::string& hint) {
    c.draw->AddRectFilled(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), rgb(tint), c.len(16));
    DrawTextCentred(c, c.fonts->heading, c.fonts->headingSize, {r.centre().x, r.y0 + 10}, r.width() - 20, title, rgb(ink), 1);
    DrawTextCentred(c, c.fonts->body, c.fonts->bodySize, {r.centre().x, r.y0 + 48}, r.width() - 20, hint,
                    rgb(theme::shade(ink, 0.15f)), 1);
}

}  // namespace

void DrawBoardBackground(const CanvasContext& c, const Board& board, const KeyboardDesk* live,
                         std::optional<WorkshopField> editing) {
    // The paper is the colour the frame was cleared to (theme::kBackground:
    // the window and the picture export clear to it), and the letterbox lies
    // only beside the board: under a software renderer every pixel filled
    // once more is a slower frame.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const ImVec2 b0 = c.at({0, 0}), b1 = c.at({kBoardWidth, kBoardHeight});
    const ImU32 letterbox = rgb(theme::shade(theme::kBackground, -0.12f));
    if (b0.x > 0) c.draw->AddRectFilled({0, 0}, {b0.x, display.y}, letterbox);
    if (b1.x < display.x) c.draw->AddRectFilled({b1.x, 0}, display, letterbox);
    if (b0.y > 0) c.draw->AddRectFilled({b0.x, 0}, {b1.x, b0.y}, letterbox);
    if (b1.y < display.y) c.draw->AddRectFilled({b0.x, b1.y}, {b1.x, display.y}, letterbox);
    const Translations& tr = *c.tr;
    drawColumn(c, layout::kStrengthsColumn, theme::kStrengthTint, theme::kStrengthInk, tr("column.strengths"),
               tr("column.strengths.hint"));
    drawColumn(c, layout::kWeaknessesColumn, theme::kWeaknessTint, theme::kWeaknessInk, tr("column.weaknesses"),
               tr("column.weaknesses.hint"));
    DrawWorkshopCard(c, board, live, editing);
    if (board.municipalities.empty()) {
        const auto& a = layout::kDiagramArea;
        DrawTextCentred(c, c.fonts->body, c.fonts->bodySize, a.centre(), a.width() - 80, tr("diagram.empty"),
                        rgb(theme::kInkSoft));
    }
}

// [SECTION] Bubbles

namespace {

void fillHalf(const CanvasContext& c, const Municipality& m, bool upper, ImU32 colour) {
    const float r = c.len(m.radius);
    const int segments = std::clamp(static_cast<int>(r / 3), 32, 128);
    c.draw->PathArcTo(c.at(m.centre), r, upper ? kPi : 0.f, upper ? 2 * kPi : kPi, segments / 2);
    c.draw->PathFillConvex(colour);
}

}  // namespace

void DrawDropTargets(const CanvasContext& c, const Board& board, const std::vector<PointerRouter::Held>& held) {
    for (const auto& h : held)
        if (h.dragging)
            if (const Actor* a = findById(board.actors, h.item)) {
                const Placement t = placementAt(board, a->pos);
                if (const Municipality* m = findById(board.municipalities, t.municipality))
                    fillHalf(c, *m, t.sector == Sector::Cultural, rgb(theme::kAccent, 60));
            }
}

void DrawBubbles(const CanvasContext& c, const Board& board) {
    for (const Municipality& m : board.municipalities) {
        const ImVec2 centre = c.at(m.centre);
        const float r = c.len(m.radius);
        const int segments = std::clamp(static_cast<int>(r / 3), 32, 128);
        // The shadow is the bubble's disc moved by (3, 5); all of it that
        // shows beside the bubble lies within 6 of its rim, so a ring that
        // wide draws the same picture without filling the disc the bubble covers.
        const float ring = c.len(6);
        c.draw->AddCircle({centre.x + c.len(3), centre.y + c.len(5)}, r - ring / 2, rgb(theme::kLine, 120), segments, ring);
        fillHalf(c, m, true, rgb(theme::shade(m.colour, 0.35f)));
        fillHalf(c, m, false, rgb(m.colour));

        // The dividing line, dashed so it reads as a guide, not a wall.
        const float dash = c.len(10);
        for (float x = centre.x - r + dash / 2; x < centre.x + r - dash / 2; x += dash * 2)
            c.draw->AddLine({x, centre.y}, {std::min(x + dash, centre.x + r), centre.y}, rgb(theme::kInkSoft, 140), c.len(2));
        const ImU32 outline = m.own ? rgb(theme::kAccent) : rgb(theme::shade(m.colour, -0.25f));
        c.draw->AddCircle(centre, r, outline, segments, c.len(m.own ? 4 : 2));

        const Translations& tr = *c.tr;
        // Half labels hug the left end of the divider, clear of the tokens.
        const float labelPx = c.len(c.fonts->bodySize - 3);
        const double labelX = m.centre.x - m.radius + std::max(14.0, m.radius * 0.08);
        c.draw->AddText(c.fonts->body, labelPx, c.at({labelX, m.centre.y - c.fonts->bodySize - 4}), rgb(theme::kInkSoft),
                        tr("bubble.cultural").c_str());
        c.draw->AddText(c.fonts->body, labelPx, c.at({labelX, m.centre.y + 5}), rgb(theme::kInkSoft),
                        tr("bubble.noncultural").c_str());

        // The name on a pill across the top edge; the own municipality says so.
        const std::string name = m.own ? m.name + "  ·  " + tr("bubble.own") : m.name;
        const float px = c.len(c.fonts->boldSize + 4);
        const ImVec2 sz = c.fonts->bold->CalcTextSizeA(px, FLT_MAX, 0, name.c_str());
        const ImVec2 top = c.at({m.centre.x, m.centre.y - m.radius});
        const float padX = c.len(14), padY = c.len(6);
        const ImVec2 p0{top.x - sz.x / 2 - padX, top.y - sz.y / 2 - padY};
        const ImVec2 p1{top.x + sz.x / 2 + padX, top.y + sz.y / 2 + padY};
        c.draw->AddRectFilled(p0, p1, m.own ? rgb(theme::kAccent) : rgb(theme::kCard), (p1.y - p0.y) / 2);
        c.draw->AddRect(p0, p1, outline, (p1.y - p0.y) / 2, 0, c.len(1.5));
        c.draw->AddText(c.fonts->bold, px, {std::floor(top.x - sz.x / 2), std::floor(top.y - sz.y / 2)},
                        m.own ? rgb(0xFFFFFF) : rgb(theme::kInk), name.c_str());
    }
}

// [SECTION] Notes

namespace {

// "+37" on the top note of a pile: a pill on its top edge, at the right,
// clear of the text.
void drawPileCount(const CanvasContext& c, Vec2 topRight, int beneath) {
    std::string text = std::to_string(beneath);
    text.insert(text.begin(), '+');  // not "+" + …: GCC 12 warns falsely on that at -O2
    const float px = c.len(c.fonts->boldSize - 4);
    const ImVec2 sz = c.fonts->bold->CalcTextSizeA(px, FLT_MAX, 0, text.c_str());
    const float padX = c.len(8), padY = c.len(2);
    const ImVec2 edge = c.at({topRight.x - kPileCountInset, topRight.y + kPileCountDrop});
    const ImVec2 p0{edge.x - sz.x - 2 * padX, edge.y - sz.y / 2 - padY}, p1{edge.x, edge.y + sz.y / 2 + padY};
    c.draw->AddRectFilled(p0, p1, rgb(theme::kInk, 200), (p1.y - p0.y) / 2);
    c.draw->AddText(c.fonts->bold, px, {p0.x + padX, p0.y + padY}, rgb(0xFFFFFF), text.c_str());
}

// One note, drawn in the place `c` puts it.
void drawNote(const CanvasContext& c, const Note& n, bool lifted, int beneath) {
    const double w = layout::kNoteWidth, h = layout::kNoteHeight;
    const int first = c.draw->VtxBuffer.Size;
    const Vec2 tl{n.pos.x - w / 2, n.pos.y - h / 2};
    const Vec2 br{n.pos.x + w / 2, n.pos.y + h / 2};
    const double lift = lifted ? 8 : 3;
    // The shadow only where it shows, below and right of the note: the
    // note would hide the rest, but filling it costs a software renderer
    // as much as the note itself. Its edges are soft like every other edge:
    // a hard edge through a pixel's centre could fall either way in the item
    // atlas and on the screen.
    const ImU32 shadow = rgb(0x000000, lifted ? 50 : 28);
    const double round = 6;
    c.draw->AddRectFilled(c.at({tl.x + lift / 2, br.y - round}), c.at({br.x + lift / 2, br.y + lift}), shadow,
                          c.len(round), ImDrawFlags_RoundCornersBottom);
    c.draw->AddRectFilled(c.at({br.x - round, tl.y + lift}), c.at({br.x + lift / 2, br.y - round}), shadow,
                          c.len(std::min(round, lift / 2 + round)), ImDrawFlags_RoundCornersTopRight);
    const std::uint32_t colour = theme::noteColour(n.kind);
    c.draw->AddRectFilled(c.at(tl), c.at(br), rgb(colour), c.len(kNoteCorner));
    c.draw->AddRectFilled(c.at(tl), c.at({br.x, tl.y + 8}), rgb(theme::shade(colour, -0.18f)), c.len(kNoteCorner),
                          ImDrawFlags_RoundCornersTop);
    if (n.text.empty())
        DrawTextLeft(c, c.fonts->body, c.fonts->bodySize, {tl.x + 10, tl.y + 16}, w - 20, c.tr->operator()("note.empty"),
                     rgb(theme::kInkSoft));
    else
        DrawTextLeft(c, c.fonts->body, c.fonts->bodySize, {tl.x + 10, tl.y + 14}, w - 20, n.text, rgb(theme::kInk));
    if (beneath > 0) drawPileCount(c, {br.x, tl.y}, beneath);
    RotateVertices(c.draw, first, c.at(n.pos), n.rotation);
}

}  // namespace

namespace {

// The notes DrawNotes draws, in its order: shown (not waiting in the inbox,
// not hidden with the phones' notes, not under a pile) and in the pass.
struct NoteDrawn {
    const Note* note;
    bool lifted;
    int beneath;  // notes under it in its pile
};
std::vector<NoteDrawn> NotesDrawn(const Board& board, const std::vector<PointerRouter::Held>& held, ItemsDrawn pass) {
    std::vector<Id> carried;
    for (const auto& item : held)
        if (item.dragging) carried.push_back(item.item);
    const NotePiles piles = findNotePiles(board, carried);
    std::vector<NoteDrawn> out;
    for (size_t i = 0; i < board.notes.size(); ++i) {
        const Note& n = board.notes[i];
        if (!noteShown(board, n) || piles.hidden[i]) continue;
        const bool lifted = IsCarried(held, n.id);
        if (InPass(pass, lifted)) out.push_back({&n, lifted, piles.beneath[i]});
    }
    return out;
}

void drawNotes(const CanvasContext& c, const std::vector<NoteDrawn>& notes) {
    for (const NoteDrawn& n : notes) {
        const ItemInPlace note(c, n.note->pos, n.note->id);
        drawNote(note.local(), *n.note, n.lifted, n.beneath);
    }
}

template <typename Each>
void ForEachActorDrawn(const Board& board, const std::vector<PointerRouter::Held>& held, ItemsDrawn pass, Each&& each) {
    for (const Actor& a : board.actors) {
        const bool lifted = IsCarried(held, a.id);
        if (InPass(pass, lifted)) each(a, lifted);
    }
}

}  // namespace

void DrawNotes(const CanvasContext& c, const Board& board, const std::vector<PointerRouter::Held>& held,
               ItemsDrawn pass) {
    drawNotes(c, NotesDrawn(board, held, pass));
}

// [SECTION] Actors

void DrawActorToken(const CanvasContext& c, const ActorType& type, Vec2 centre, double radius, bool lifted, double degrees) {
    const ImVec2 p = c.at(centre);
    const float r = c.len(radius);
    // Segment count 0: ImGui's cached circle table, no sin/cos per vertex.
    c.draw->AddCircleFilled({p.x + c.len(2), p.y + c.len(lifted ? 7 : 3)}, r, rgb(0x000000, lifted ? 55 : 35), 0);
    const int first = c.draw->VtxBuffer.Size;
    c.draw->AddCircleFilled(p, r + c.len(kTokenRim), rgb(0xFFFFFF), 0);
    c.draw->AddCircleFilled(p, r, rgb(type.colour), 0);
    const float px = c.len(type.monogram.size() > 2 ? c.fonts->boldSize - 3 : c.fonts->boldSize);
    const ImVec2 sz = c.fonts->bold->CalcTextSizeA(px, FLT_MAX, 0, type.monogram.c_str());
    c.draw->AddText(c.fonts->bold, px, {std::floor(p.x - sz.x / 2), std::floor(p.y - sz.y / 2)}, rgb(0xFFFFFF),
                    type.monogram.c_str());
    RotateVertices(c.draw, first, p, degrees);
}

void DrawActors(const CanvasContext& c, const Board& board, const std::vector<PointerRouter::Held>& held,
                ItemsDrawn pass) {
    ForEachActorDrawn(board, held, pass, [&](const Actor& a, bool lifted) {
        const ActorType& type = c.catalogue->find(a.type, &board);
        const ItemInPlace token(c, a.pos, a.id);
        const CanvasContext& at = token.local();
        DrawActorToken(at, type, a.pos, layout::kTokenRadius, lifted, a.rotation);
        // The name turns with the token: under it, as seen from the seat it
        // faces. Turned to a long side, it runs across the diagram's rows of
        // tokens, so it wraps narrower (three short lines instead of two
        // long ones) and stays clear of the tokens above and below.
        const double turn = std::fmod(std::fmod(a.rotation, 180.0) + 180.0, 180.0);
        const bool sideways = turn > 45 && turn < 135;
        const int first = c.draw->VtxBuffer.Size;
        DrawTextCentred(at, c.fonts->body, c.fonts->bodySize - 1, {a.pos.x, a.pos.y + layout::kTokenRadius + 5},
                        sideways ? 100 : 150, a.name, rgb(theme::kInk), sideways ? 3 : 2);
        RotateVertices(c.draw, first, at.at(a.pos), a.rotation);
    });
}

void DrawItems(const CanvasContext& c, const Board& board, const std::vector<PointerRouter::Held>& held,
               ItemsDrawn pass) {
    // NT_ITEM_COVER=0 draws every item whole, to measure and to compare.
    static const bool leaveOutHidden = [] {
        const char* v = std::getenv("NT_ITEM_COVER");
        return !(v && std::string_view(v) == "0");
    }();
    if (pass != ItemsDrawn::Resting || !leaveOutHidden) {
        DrawNotes(c, board, held, pass);
        DrawActors(c, board, held, pass);
        return;
    }
    const ImVec4 clip = c.draw->_CmdHeader.ClipRect;
    const auto pixel = [](float v) { return static_cast<int>(std::clamp(v, -1e7f, 1e7f)); };
    ItemCover cover({pixel(std::floor(clip.x)), pixel(std::floor(clip.y)), pixel(std::ceil(clip.z)), pixel(std::ceil(clip.w))});
    const std::vector<NoteDrawn> notes = NotesDrawn(board, held, pass);
    for (const NoteDrawn& n : notes) cover.add(n.note->id, NotePaper(c, *n.note));
    ForEachActorDrawn(board, held, pass, [&](const Actor& a, bool) { cover.add(a.id, TokenDisc(c, a)); });
    CanvasContext covered = c;
    covered.cover = &cover;
    drawNotes(covered, notes);
    DrawActors(covered, board, held, pass);
    assert(cover.allDrawn());
}

void DrawStillBoard(const CanvasContext& c, const Board& board, bool showVotes) {
    const std::vector<PointerRouter::Held> held;  // nothing is being carried: all of it lies still
    DrawBoardBackground(c, board);
    DrawBubbles(c, board);
    DrawCombinationLinks(c, board);
    DrawItems(c, board, held, ItemsDrawn::Resting);
    DrawCombinationCards(c, board, showVotes);
}

}  // namespace nt
