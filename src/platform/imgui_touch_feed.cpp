// The touch that drives ImGui; see imgui_touch_feed.h.
#include "platform/imgui_touch_feed.h"

#include <imgui.h>
#include <imgui_internal.h>  // g.Windows: the last frame's window rectangles

namespace nt {

namespace {

// A stalled loop must not grow the queue without bound; moves in between
// presses are merged in apply() anyway.
constexpr std::size_t kMaxPending = 4096;

}  // namespace

bool ImGuiTouchFeed::overImGui(Vec2 screen) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx) return false;
    const ImVec2 p(static_cast<float>(screen.x), static_cast<float>(screen.y));
    for (ImGuiWindow* w : ctx->Windows) {
        // Between frames, Active says the window was submitted last frame.
        if (!w->Active || w->Hidden || (w->Flags & ImGuiWindowFlags_NoMouseInputs)) continue;
        if (w->Flags & ImGuiWindowFlags_Modal) return true;  // a modal takes every touch, as it takes the mouse
        if (w->OuterRectClipped.Contains(p)) return true;
    }
    return false;
}

void ImGuiTouchFeed::push(State s) {
    if (m_pending.size() >= kMaxPending && !m_pending.empty() && m_pending.back().down == s.down) {
        m_pending.back() = s;
        return;
    }
    m_pending.push_back(s);
}

std::vector<PointerEvent> ImGuiTouchFeed::take(const std::vector<PointerEvent>& touches, const BoardTransform& transform,
                                               const std::function<bool(Vec2 board)>& boardFirst) {
    std::vector<PointerEvent> board;
    for (const PointerEvent& e : touches) {
        const Vec2 screen = transform.toScreen(e.pos);
        if (m_driver && e.pointer == *m_driver) {
            if (e.phase == PointerPhase::Move) {
                push({screen, true});
            } else if (e.phase == PointerPhase::Up || e.phase == PointerPhase::Cancel) {
                push({screen, false});
                m_driver.reset();
            }
            continue;
        }
        if (e.phase == PointerPhase::Down && !m_driver && !(boardFirst && boardFirst(e.pos)) && overImGui(screen)) {
            m_driver = e.pointer;
            push({screen, true});
            continue;
        }
        board.push_back(e);
    }
    return board;
}

void ImGuiTouchFeed::apply() {
    if (m_pending.empty() && !m_overriding) return;  // the mouse has ImGui
    // Every move up to the next press or release, then stop: one change per frame.
    while (!m_pending.empty()) {
        const State s = m_pending.front();
        m_pending.pop_front();
        const bool changes = s.down != m_current.down;
        m_current = s;
        if (changes) break;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(static_cast<float>(m_current.screen.x), static_cast<float>(m_current.screen.y));
    io.MouseDown[0] = m_current.down;
    // After the release has been shown, the mouse gets ImGui back.
    m_overriding = m_current.down || !m_pending.empty();
}

}  // namespace nt
