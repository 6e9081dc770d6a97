// Editing the own-practice card without an on-screen keyboard: a small
// editor under the card for a mouse and a physical keyboard (projector
// layout), and the date card for everyone. A date is picked, not spelled:
// finger-sized buttons a day or a week earlier or later and "today", and for
// those who prefer it a field to type the day in, checked as it is typed and
// never stored until it is a real day. Each editor's "done" is one undo
// step (core/workshop_fields.h); "cancel" leaves the board as it was.
#pragma once

#include <optional>
#include <string>

#include "core/board_transform.h"
#include "core/workshop_fields.h"

namespace nt {

struct ViewInput;
struct ViewIntents;

class WorkshopEditor {
public:
    // Opens the editor (the date card for the date) on a field; another field's editor keeps what was typed.
    void open(const ViewInput& in, WorkshopField field, ViewIntents& out);
    void close() { m_field.reset(); }
    std::optional<WorkshopField> field() const { return m_field; }

    // Draws the open editor, and says where the card's fields are on the
    // screen (ViewLayout::fieldsShown, the UI map's "workshop:…" keys).
    void draw(const ViewInput& in, ViewIntents& out);

private:
    void commit(const ViewInput& in, ViewIntents& out);
    void drawText(const ViewInput& in, ViewIntents& out);
    void drawDate(const ViewInput& in, ViewIntents& out);

    std::optional<WorkshopField> m_field;
    std::string m_text;                 // the text editor's; for the date, the day picked ("" none)
    std::string m_typed;                // the date card's field for typing a day
    bool m_typedKeyboard = false;       // an on-screen keyboard writes m_typed
    bool m_justOpened = false;
};

}  // namespace nt
