// The facilitator's programme panel: the phase timer's buttons (start, pause,
// resume, +1 / +5 min, previous, next), the phases in order (jump to one),
// and, in edit mode, renaming, re-timing, skipping, moving, adding and
// removing phases. Compact, hideable, big enough for a finger. It returns
// commands: timer operations in ViewIntents::timerCommands (not undo steps),
// edits in ViewIntents::commands.
#pragma once

#include <string>

#include "core/model.h"

namespace nt {

struct ViewInput;
struct ViewIntents;

class ProgrammePanel {
public:
    bool visible() const { return m_visible; }
    void toggle() { m_visible = !m_visible; }

    void draw(const ViewInput& in, ViewIntents& out);
    // The panel fits itself to its content over a frame or two (anchored by
    // its bottom edge, it moves as it grows): it wants frames until it stands still.
    bool settling() const { return m_settling; }

private:
    void drawTimerControls(const ViewInput& in, ViewIntents& out);
    void drawPhaseRow(const ViewInput& in, ViewIntents& out, const Phase& phase, size_t index);
    void drawEditRow(const ViewInput& in, ViewIntents& out, const Phase& phase, size_t index);
    void drawRemoveConfirmation(const ViewInput& in, ViewIntents& out);

    bool m_visible = false;                 // the board stays calm until the facilitator opens it
    bool m_settling = false;
    float m_lastWidth = 0, m_lastHeight = 0;
    bool m_editing = false;
    Id m_removing = kNoId;                  // asked to confirm its removal
    float m_removeX = 0, m_removeY = 0;     // the confirmation's bottom right: the remove button's
    struct Field {                          // a title or minutes being typed
        Id phase = kNoId;
        std::string text;
    } m_title;
    Id m_minutesPhase = kNoId;
    int m_minutes = 0;
};

// The toolbar's square button that shows and hides the panel: a clock face,
// lit while the panel is shown.
bool DrawClockButton(const char* id, bool lit, float size);

}  // namespace nt
