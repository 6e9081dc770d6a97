// The closing view of the workshop (METHOD.md, "making it last"), over the
// whole board: the own practice, strengths and weaknesses, the combinations
// chosen to follow up (in the vote's order with their votes, once there was
// a vote), the four reflection questions with room for the answers (typed on
// a keyboard; each finished answer is one undoable step), a closing line and
// the export actions. The programme opens it in its wrap-up phase
// (BoardView::showWrapUp); the toolbar opens it any time.
#pragma once

#include <map>
#include <string>

#include "view/touch_widgets.h"

namespace nt {

struct ViewInput;
struct ViewIntents;

class WrapUpView {
public:
    void open() { m_open = m_justOpened = true; }
    void close() { m_open = false; }
    bool isOpen() const { return m_open; }

    void draw(const ViewInput& in, ViewIntents& out);

private:
    void drawLookBack(const ViewInput& in);
    void drawReflection(const ViewInput& in, ViewIntents& out);

    bool m_open = false;
    bool m_justOpened = false;
    std::map<std::string, touch::TextField> m_answers;  // by question id
};

}  // namespace nt
