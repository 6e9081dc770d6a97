// The facilitator's keys as the session's requests. Quit and the programme
// panel are the window's and the view's own: they have no request.
#pragma once

#include <optional>

#include "platform/window.h"
#include "session/session_messages.h"

namespace nt {

inline std::optional<Request> shortcutRequest(Shortcut s) {
    using Op = request::Timer::Op;
    switch (s) {
        case Shortcut::Undo: return request::Undo{};
        case Shortcut::Redo: return request::Redo{};
        case Shortcut::Save: return request::Save{};
        case Shortcut::TimerToggle: return request::Timer{Op::Toggle};
        case Shortcut::NextPhase: return request::Timer{Op::NextPhase};
        case Shortcut::PreviousPhase: return request::Timer{Op::PreviousPhase};
        case Shortcut::AddMinute: return request::Timer{Op::AddSeconds, 60};
        case Shortcut::AddFiveMinutes: return request::Timer{Op::AddSeconds, 300};
        case Shortcut::RemoveMinute: return request::Timer{Op::AddSeconds, -60};
        case Shortcut::Quit:
        case Shortcut::ToggleProgramme: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace nt
