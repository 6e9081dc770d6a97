// The partner tools of the bubble diagram: the inspiration tray (actor types
// to drag onto a bubble half, custom types), the box that adds a
// municipality bubble by name, the two tabs that open them at the left edge
// of the diagram, and the resize handles on the bubbles' rims.
#pragma once

#include <string>

#include "core/model.h"
#include "core/layout.h"

namespace nt {

struct ViewInput;
struct ViewIntents;
struct CanvasContext;

// Frames drawn after a box opens, so its field has the keyboard before the
// first key arrives (a window that sizes itself shows a frame late).
constexpr int kSettleFrames = 6;

namespace partner_layout {
constexpr layout::Rect kTray{16, 16, 700, 970};            // the open inspiration tray
constexpr layout::Rect kTrayTab{392, 220, 434, 420};       // tabs at the diagram's left edge
constexpr layout::Rect kBubbleTab{392, 436, 434, 636};
}  // namespace partner_layout

class CatalogueTray {
public:
    bool isOpen() const { return m_open; }
    void toggle() {
        m_open = !m_open;
        m_focusSearch = m_open;
        m_settleFrames = kSettleFrames;
    }
    bool settling() const { return m_open && m_settleFrames > 0; }
    // Draws the open tray and publishes its entries (ViewLayout::typeSources).
    void frame(const ViewInput& in, ViewIntents& out);

private:
    void drawHeader(const ViewInput& in, ViewIntents& out);
    void drawCustomTypeForm(const ViewInput& in, ViewIntents& out);
    bool m_open = false;
    bool m_focusSearch = false;
    int m_settleFrames = 0;
    std::string m_query;
    bool m_queryTyping = false;      // an on-screen keyboard writes the search
    double m_headerBottom = 170;     // board units, from the header's last size
    bool m_adding = false;           // the custom-type form is open
    std::string m_newName;
    bool m_newNameTyping = false;
    Sector m_newSector = Sector::Cultural;
    std::size_t m_newColour = 0;
    bool m_newRefused = false;
};

class MunicipalityPicker {
public:
    bool isOpen() const { return m_open; }
    void open(const Board& board);
    void close() { m_open = false; }
    bool settling() const { return m_open && m_settleFrames > 0; }
    void frame(const ViewInput& in, ViewIntents& out);

private:
    void add(ViewIntents& out, const std::string& name);
    bool m_open = false;
    bool m_focus = false;
    int m_settleFrames = 0;
    bool m_own = false;
    std::string m_text;
    bool m_typing = false;           // an on-screen keyboard writes the name
};

class PartnerTools {
public:
    void frame(const ViewInput& in, ViewIntents& out);
    // A text field is still being focused: the loop should draw frames
    // until it is, or the first key typed would be lost.
    bool settling() const { return m_tray.settling() || m_picker.settling(); }

private:
    CatalogueTray m_tray;
    MunicipalityPicker m_picker;
};

void DrawBubbleHandles(const CanvasContext& c, const Board& board);

}  // namespace nt
