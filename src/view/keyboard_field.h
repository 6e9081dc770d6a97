// The on-screen keyboard for the panels' text fields. Call OfferKeyboard
// right after an ImGui text field: when a touch (or, in table layout, any
// pointer) has just put ImGui's cursor in it, it asks for an on-screen
// keyboard on that field instead, facing the person, and lets go of ImGui's
// cursor. The mouse and physical keyboard of a projector layout keep the
// ImGui field as it was. A field with a keyboard open is framed, so the
// writer sees which field the keyboard writes.
#pragma once

#include <string>

#include "input/text_target.h"
#include "view/board_view.h"

namespace nt {

// `onFocus`: also when the view itself put the cursor in the field (a box
// that is only for typing, opened by a touch); otherwise only a press on it.
void OfferKeyboard(const ViewInput& in, ViewIntents& out, TextTarget target, bool onFocus = false);

// For a field the view keeps (TextTarget with no read/write): its text
// follows its keyboard while one is open. True on the frame after the
// keyboard closed (its "done" or Enter): the writer has finished.
// `wasOpen` is the field's own memory of whether a keyboard was open last frame.
bool FollowKeyboard(const ViewInput& in, const std::string& key, std::string& text, bool& wasOpen);

// A board field's target, written with `write` and read with `read`; the
// anchor is set by OfferKeyboard.
TextTarget boardField(std::string key, std::string hintKey, bool multiline, std::size_t maxBytes,
                      std::function<std::optional<std::string>(const Board&)> read,
                      std::function<CommandPtr(const Board&, const std::string&)> write);
// A field the view keeps.
TextTarget viewField(std::string key, std::string hintKey, std::string text, std::size_t maxBytes);

// A one-line text field the view keeps, as tall as a finger, `width` wide,
// that hands over to an on-screen keyboard on a touch. `typing` is the
// field's memory of its keyboard (FollowKeyboard). True on the frame its
// keyboard closed.
bool TouchTextField(const ViewInput& in, ViewIntents& out, const char* key, const char* hintKey, std::string& text,
                    bool& typing, std::size_t maxBytes, float width);

}  // namespace nt
