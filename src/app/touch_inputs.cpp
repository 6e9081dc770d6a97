#include "app/touch_inputs.h"

#include <cfloat>
#include <imgui.h>

namespace nt {

TouchInputs::TouchInputs(Window& window, int tuioPort, double tuioTimeout, bool listen,
                         std::function<bool(Vec2)> onKeyboard)
    : m_window(window), m_onKeyboard(std::move(onKeyboard)) {
    m_window.setImGuiInputHook([this] {
        m_imguiTouch.apply();
        // The mouse over a keyboard is hidden from ImGui, so the press goes to the keyboard.
        ImGuiIO& io = ImGui::GetIO();
        if (!m_imguiTouch.driving() && m_onKeyboard(m_window.transform().toBoard({io.MousePos.x, io.MousePos.y})))
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    });
    if (!listen) return;
    if (tuioPort != 0) {
        TuioConfig config;
        config.silenceTimeout = tuioTimeout;
        m_tuio = TuioListener::start(tuioPort, [w = &m_window] { return w->now(); }, [] { Window::wake(); }, config);
    }
    // Nothing, quietly, where the X server has no XInput 2.2 or no touch device.
    m_x11Touch = X11TouchReader::start(m_window.handle(), [w = &m_window] { return w->now(); }, [] { Window::wake(); });
}

bool TouchInputs::take(std::vector<PointerEvent>& board) {
    bool any = false;
    const BoardTransform xf = m_window.transform();
    if (m_tuio) {
        std::vector<PointerEvent> touches = m_tuio->takeEvents();
        any = any || !touches.empty();
        for (PointerEvent& e : touches) e.pos = tuioToLetterboxedBoard(e.pos, xf);
        // A TUIO finger on a panel drives ImGui as an X11 touch does.
        for (const PointerEvent& e : m_imguiTouch.take(touches, xf, m_onKeyboard)) board.push_back(e);
    }
    if (m_x11Touch) {
        const std::vector<PointerEvent> touches = m_x11Touch->takeEvents(xf);
        any = any || !touches.empty();
        for (const PointerEvent& e : m_imguiTouch.take(touches, xf, m_onKeyboard)) board.push_back(e);
    }
    return any || ((m_tuio || m_x11Touch) && m_imguiTouch.busy());
}

}  // namespace nt
