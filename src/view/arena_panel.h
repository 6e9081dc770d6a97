// The arena analysis of one actor (METHOD.md): what it brings, how important
// it is for the issue (1–4), how replaceable and by whom, and how much we
// depend on it. Opened from the actor's context menu and from the ranked
// arena view. Every tap or finished text is one undoable command.
#pragma once

#include <string>

#include "core/model.h"
#include "view/touch_widgets.h"

namespace nt {

struct ViewInput;
struct ViewIntents;

// Translation keys of the answers, shared with the ranked view.
const char* replaceabilityKey(Replaceability r);
const char* dependencyKey(Dependency d);

class ArenaPanel {
public:
    enum class Action { None, ShowRanking };

    void open(Id actor);
    void close() { m_actor = kNoId; }
    bool isOpen() const { return m_actor != kNoId; }
    Id actor() const { return m_actor; }

    // Draws the panel while its actor exists; closes itself when it is gone.
    // `onTop`: keep it in front (over the ranked view, whatever is tapped there).
    Action draw(const ViewInput& in, ViewIntents& out, bool onTop = false);

private:
    Id m_actor = kNoId;
    bool m_justOpened = false;
    touch::TextField m_resources;
    touch::TextField m_replaceableBy;
};

}  // namespace nt
