// The ranked arena view: a screen over the whole board with the issue at the
// top and every actor in the order of core/arena.h (the most important
// first, the ones not yet assessed last), with its type's colour and
// monogram, its municipality and its assessment. Tapping an actor opens its
// arena panel; "back to the board" closes the view.
#pragma once

#include "view/arena_panel.h"
#include "view/touch_widgets.h"

namespace nt {

struct ViewInput;
struct ViewIntents;

class ArenaView {
public:
    void open() { m_open = m_justOpened = true; }
    void close() { m_open = false; }
    bool isOpen() const { return m_open; }

    // Draws the view while open; a tapped actor opens in `panel`.
    void draw(const ViewInput& in, ViewIntents& out, ArenaPanel& panel);

private:
    bool m_open = false;
    bool m_justOpened = false;
    touch::TextField m_issue;
};

}  // namespace nt
