// Touches and Dear ImGui: ImGui 1.86 has one mouse and no touch API, and
// once XI2 touch is selected the X server sends no emulated mouse events for
// touches. So the first touch that lands on an ImGui window (a panel, a
// popup, the note editor) while no other touch drives ImGui becomes ImGui's
// mouse until it lifts; every other touch goes to the board, so a
// participant dragging on the board never blocks the facilitator's panel.
//
// Main thread only. take() between frames, apply() between
// ImGui_ImplGlfw_NewFrame() and ImGui::NewFrame() (Window's ImGui input hook).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

#include "core/board_transform.h"
#include "input/pointer_event.h"

namespace nt {

class ImGuiTouchFeed {
public:
    // Touch events in; the ones for the board out. Decided on the last
    // frame's ImGui windows, before ImGui hears of the touch (as for the mouse).
    // A press where `boardFirst` says yes (an on-screen keyboard, which lies
    // above the panels) goes to the board wherever it is.
    std::vector<PointerEvent> take(const std::vector<PointerEvent>& touches, const BoardTransform& transform,
                                   const std::function<bool(Vec2 board)>& boardFirst = {});
    // Overrides ImGui's mouse with the driving touch. A press and its release
    // land in different frames, so a quick tap still clicks.
    void apply();
    // Touch states wait for coming frames: keep the loop drawing.
    bool busy() const { return !m_pending.empty() || m_overriding; }
    // ImGui's mouse is a touch this frame (after apply()).
    bool driving() const { return m_overriding; }

    // Whether window point (x, y) is on a visible ImGui window of the last
    // frame, or a modal popup is open. Needs an ImGui context.
    static bool overImGui(Vec2 screen);

private:
    struct State {
        Vec2 screen;
        bool down = false;
    };
    void push(State s);

    std::optional<std::uint64_t> m_driver;  // the touch that is ImGui's mouse
    std::deque<State> m_pending;            // not yet shown to ImGui
    State m_current;
    bool m_overriding = false;              // ImGui's mouse is the touch's this frame
};

}  // namespace nt
