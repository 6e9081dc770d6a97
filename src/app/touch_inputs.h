// The table's touches: TUIO datagrams (a listener thread) and X11 touches
// (XInput 2.2 on their own thread), translated for the window's current
// letterboxing. A touch that lands on a panel drives ImGui
// (platform/imgui_touch_feed); the rest are the board's. The on-screen
// keyboards lie above the panels: a touch or the mouse on one is the
// board's, never ImGui's.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "core/model.h"
#include "input/pointer_event.h"
#include "platform/imgui_touch_feed.h"
#include "platform/tuio_listener.h"
#include "platform/window.h"
#include "platform/x11_touch.h"

namespace nt {

class TouchInputs {
public:
    // `tuioPort` 0: no TUIO. `listen` false (a --screenshot run): no touch at all.
    TouchInputs(Window& window, int tuioPort, double tuioTimeout, bool listen, std::function<bool(Vec2)> onKeyboard);
    TouchInputs(const TouchInputs&) = delete;
    TouchInputs& operator=(const TouchInputs&) = delete;

    // The board's touches since the last frame, TUIO's first, appended to
    // `board`. True when any touch came or ImGui is still being driven.
    bool take(std::vector<PointerEvent>& board);
    // A touch drives ImGui right now (the view then shows no hover).
    bool drivingImGui() const { return m_imguiTouch.driving(); }

private:
    Window& m_window;
    std::function<bool(Vec2)> m_onKeyboard;
    ImGuiTouchFeed m_imguiTouch;                 // the window's ImGui hook points here
    std::unique_ptr<TuioListener> m_tuio;        // stops (and stops waking the window) before it closes
    std::unique_ptr<X11TouchReader> m_x11Touch;  // closes its X connection before GLFW's
};

}  // namespace nt
