// On-screen keyboards: a card with a strip that shows the text as it grows
// (and moves the keyboard), the keys, and the accents of a long press.
#include "view/onscreen_keyboard.h"

#include <algorithm>
#include <string_view>

#include "view/theme.h"
#include "view/turned_draw.h"

namespace nt {

using theme::rgb;

namespace {

constexpr std::uint32_t kKeyFace = 0xFFFFFF;
constexpr std::uint32_t kSpecialFace = 0xE6E0D3;  // shift, backspace, layer: a little darker than the letters

// [SECTION] Key symbols, drawn rather than typed: the baked font has no ⇧ ⌫ ↵.

void drawShift(const Upright& u, Vec2 c, double k, ImU32 colour, bool filled) {
    const ImVec2 pts[] = {u.at(c.x, c.y - k * 0.5), u.at(c.x + k * 0.45, c.y), u.at(c.x + k * 0.2, c.y),
                          u.at(c.x + k * 0.2, c.y + k * 0.45), u.at(c.x - k * 0.2, c.y + k * 0.45),
                          u.at(c.x - k * 0.2, c.y), u.at(c.x - k * 0.45, c.y)};
    if (filled) u.c.draw->AddConvexPolyFilled(pts, 3, colour), u.c.draw->AddRectFilled(pts[5], pts[3], colour);
    else u.c.draw->AddPolyline(pts, 7, colour, ImDrawFlags_Closed, u.s * 2.5f);
}

void drawBackspace(const Upright& u, Vec2 c, double k, ImU32 colour) {
    const ImVec2 pts[] = {u.at(c.x - k * 0.55, c.y), u.at(c.x - k * 0.25, c.y - k * 0.3), u.at(c.x + k * 0.5, c.y - k * 0.3),
                          u.at(c.x + k * 0.5, c.y + k * 0.3), u.at(c.x - k * 0.25, c.y + k * 0.3)};
    u.c.draw->AddPolyline(pts, 5, colour, ImDrawFlags_Closed, u.s * 2.5f);
    const double x = c.x + k * 0.12, d = k * 0.13;
    u.c.draw->AddLine(u.at(x - d, c.y - d), u.at(x + d, c.y + d), colour, u.s * 2.5f);
    u.c.draw->AddLine(u.at(x - d, c.y + d), u.at(x + d, c.y - d), colour, u.s * 2.5f);
}

void drawEnter(const Upright& u, Vec2 c, double k, ImU32 colour) {
    const ImVec2 pts[] = {u.at(c.x + k * 0.4, c.y - k * 0.35), u.at(c.x + k * 0.4, c.y + k * 0.1), u.at(c.x - k * 0.4, c.y + k * 0.1)};
    u.c.draw->AddPolyline(pts, 3, colour, 0, u.s * 2.5f);
    u.c.draw->AddTriangleFilled(u.at(c.x - k * 0.55, c.y + k * 0.1), u.at(c.x - k * 0.3, c.y - k * 0.12),
                                u.at(c.x - k * 0.3, c.y + k * 0.32), colour);
}

// The text strip: the end of the text with a caret, or an invitation.
void drawStrip(const Upright& u, const KeyboardSession& s, const std::string& text) {
    const KeyboardFrame& f = s.frame;
    const layout::Rect strip = f.titleRect();
    const double pad = f.padding();
    u.c.draw->AddRectFilled(u.at(strip.x0 + pad, strip.y0 + pad), u.at(strip.x1 - pad - f.unit * 0.9, strip.y1 - pad * 0.25),
                            rgb(theme::kCard), u.s * 8);
    ImFont* font = u.c.fonts->body;
    const float px = u.s * static_cast<float>(f.unit * 0.4);
    const double textX = strip.x0 + pad * 2, maxW = strip.width() - pad * 4 - f.unit;
    const double midY = (strip.y0 + pad + strip.y1 - pad * 0.25) / 2;
    // The last line only, and of that as much of the end as fits.
    std::string_view line = text;
    if (const size_t nl = line.rfind('\n'); nl != std::string_view::npos) line = line.substr(nl + 1);
    const char* begin = line.data();
    while (begin < line.data() + line.size() &&
           font->CalcTextSizeA(px, FLT_MAX, 0, begin, line.data() + line.size()).x > maxW * u.s) {
        ++begin;
        while (begin < line.data() + line.size() && (static_cast<unsigned char>(*begin) & 0xC0) == 0x80) ++begin;
    }
    const float w = font->CalcTextSizeA(px, FLT_MAX, 0, begin, line.data() + line.size()).x;
    const ImVec2 p = u.at(textX, midY);
    if (text.empty()) {
        const std::string& hint = (*u.c.tr)(s.target.hintKey);
        u.c.draw->AddText(font, px, {p.x, p.y - px * 0.6f}, rgb(theme::kInkSoft), hint.c_str());
    } else {
        // A default name the first key will replace shows as selected.
        if (s.fresh)
            u.c.draw->AddRectFilled({p.x - u.s * 2, p.y - px * 0.62f}, {p.x + w + u.s * 2, p.y + px * 0.62f},
                                    rgb(theme::kAccent, 70), u.s * 3);
        u.c.draw->AddText(font, px, {p.x, p.y - px * 0.6f}, rgb(theme::kInk), begin, line.data() + line.size());
    }
    const float caretX = text.empty() ? p.x - u.s * 3 : p.x + w + u.s * 2;
    u.c.draw->AddLine({caretX, p.y - px * 0.55f}, {caretX, p.y + px * 0.55f}, rgb(theme::kAccent), u.s * 2.5f);
    // A grip: the strip is where the keyboard is taken to move it.
    for (int i = -1; i <= 1; ++i) {
        const double y = midY + i * f.unit * 0.12;
        u.c.draw->AddLine(u.at(strip.x1 - pad - f.unit * 0.65, y), u.at(strip.x1 - pad - f.unit * 0.2, y), rgb(theme::kInkSoft),
                          u.s * 2.5f);
    }
}

void drawKey(const Upright& u, const KeyboardSession& s, const Key& key, const layout::Rect& face, bool pressed) {
    const KeyboardFrame& f = s.frame;
    const bool special = key.kind != KeyKind::Char && key.kind != KeyKind::Space;
    const bool lit = (key.kind == KeyKind::Shift && s.typing.shift == ShiftState::Locked) ||
                     (key.kind == KeyKind::Dead && s.typing.dead != DeadAccent::None) || key.kind == KeyKind::Done;
    std::uint32_t fill = special ? kSpecialFace : kKeyFace;
    if (lit) fill = theme::kAccent;
    if (pressed) fill = theme::shade(lit ? theme::kAccent : theme::kAccent, 0.35f);
    const ImU32 ink = rgb(lit || pressed ? 0xFFFFFF : theme::kInk);
    const float round = u.s * static_cast<float>(f.unit * 0.12);
    // A thin shadow under the face, so the keys read as keys.
    u.c.draw->AddRectFilled(u.at(face.x0, face.y0 + f.unit * 0.04), u.at(face.x1, face.y1 + f.unit * 0.04),
                            rgb(theme::shade(theme::kLine, -0.25f)), round);
    u.c.draw->AddRectFilled(u.at(face.x0, face.y0), u.at(face.x1, face.y1), rgb(fill), round);
    if (key.kind == KeyKind::Shift && s.typing.shift == ShiftState::Once)
        u.c.draw->AddRect(u.at(face.x0, face.y0), u.at(face.x1, face.y1), rgb(theme::kAccent), round, 0, u.s * 3);
    const Vec2 c = face.centre();
    const double k = f.unit * 0.55;
    ImFont* font = u.c.fonts->ui;
    const float px = u.s * static_cast<float>(f.unit * 0.46);
    const float small = u.s * static_cast<float>(f.unit * 0.34);
    switch (key.kind) {
        case KeyKind::Char: centredText(u, font, px, c, keyOutput(s.typing, key), ink); break;
        case KeyKind::Dead:
            centredText(u, font, px, c, deadAccentAlone(s.typing.shift == ShiftState::Off ? key.dead : key.deadShifted), ink);
            break;
        case KeyKind::Shift: drawShift(u, c, k, ink, s.typing.shift != ShiftState::Off); break;
        case KeyKind::Backspace: drawBackspace(u, c, k, ink); break;
        case KeyKind::Enter: drawEnter(u, c, k, ink); break;
        case KeyKind::Space:
            centredText(u, font, small, c, f.layout == KeyboardLayout::Azerty ? "AZERTY" : "QWERTY", rgb(theme::kInkSoft));
            break;
        case KeyKind::Layer: centredText(u, font, small, c, s.typing.layer == KeyLayer::Letters ? "?123" : "ABC", ink); break;
        case KeyKind::Done: centredText(u, u.c.fonts->bold, small * 1.15f, c, (*u.c.tr)("editor.done"), ink); break;
    }
}

void drawAccents(const Upright& u, const KeyboardSession& s, const layout::Rect& keyFace) {
    const KeyboardFrame& f = s.frame;
    const auto places = accentPlaces(f, keyFace, s.accents.choices.size());
    if (places.empty()) return;
    const double pad = f.gap();
    const float round = u.s * static_cast<float>(f.unit * 0.15);
    const layout::Rect all{places.front().x0 - pad, places.front().y0 - pad, places.back().x1 + pad, places.back().y1 + pad};
    u.c.draw->AddRectFilled(u.at(all.x0 + 3, all.y0 + 5), u.at(all.x1 + 3, all.y1 + 5), rgb(theme::kInk, 60), round);
    u.c.draw->AddRectFilled(u.at(all.x0, all.y0), u.at(all.x1, all.y1), rgb(theme::kAccent), round);
    for (size_t i = 0; i < places.size(); ++i) {
        const layout::Rect& r = places[i];
        u.c.draw->AddRectFilled(u.at(r.x0, r.y0), u.at(r.x1, r.y1), rgb(kKeyFace), round * 0.8f);
        centredText(u, u.c.fonts->ui, u.s * static_cast<float>(f.unit * 0.5), r.centre(), s.accents.choices[i], rgb(theme::kInk));
    }
}

void drawKeyboard(const CanvasContext& c, const KeyboardSession& s, const std::string& text,
                  const std::vector<KeyboardDesk::Pressed>& pressed) {
    ImDrawList* draw = c.draw;
    const Upright u{c, c.at(s.frame.centre), static_cast<float>(c.xf.scale)};
    const TurnedDrawing turned(draw, u.centre, facingDegrees(s.frame.side));
    const KeyboardFrame& f = s.frame;
    const layout::Rect r = f.localRect();
    const float round = u.s * static_cast<float>(f.unit * 0.25);
    draw->AddRectFilled(u.at(r.x0 + 4, r.y0 + 8), u.at(r.x1 + 4, r.y1 + 8), rgb(theme::kInk, 45), round);
    draw->AddRectFilled(u.at(r.x0, r.y0), u.at(r.x1, r.y1), rgb(theme::shade(theme::kBackground, -0.06f)), round);
    draw->AddRect(u.at(r.x0, r.y0), u.at(r.x1, r.y1), rgb(theme::kLine), round, 0, u.s * 2);
    drawStrip(u, s, text);
    const auto& rows = keyRows(f.layout, s.typing.layer);
    const auto places = keyPlaces(f, s.typing.layer);
    for (const KeyPlace& k : places) {
        const bool down = std::any_of(pressed.begin(), pressed.end(), [&](const KeyboardDesk::Pressed& p) {
            return p.session == s.id && p.row == k.row && p.col == k.col;
        });
        drawKey(u, s, rows[k.row][k.col], k.face, down);
    }
    if (s.accents.open())
        for (const KeyPlace& k : places)
            if (k.row == s.accents.row && k.col == s.accents.col) drawAccents(u, s, k.face);
}

}  // namespace

void DrawKeyboards(const CanvasContext& c, const KeyboardDesk& desk) {
    const auto pressed = desk.pressed();
    for (const KeyboardSession& s : desk.sessions()) drawKeyboard(c, s, desk.text(s), pressed);
}

}  // namespace nt
