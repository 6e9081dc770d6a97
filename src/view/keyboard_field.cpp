// Panel text fields handing over to the on-screen keyboard.
#include "view/keyboard_field.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID: the keyboard writes, not ImGui's cursor
#include <imgui_stdlib.h>

#include "view/theme.h"
#include "view/touch_widgets.h"

namespace nt {

void OfferKeyboard(const ViewInput& in, ViewIntents& out, TextTarget target, bool onFocus) {
    const ImVec2 r0 = ImGui::GetItemRectMin(), r1 = ImGui::GetItemRectMax();
    out.layout.fieldsShown.push_back({target.key, {r0.x, r0.y, r1.x, r1.y}});
    if (in.router.keyboards().sessionFor(target.key)) {
        const float s = static_cast<float>(in.xf.scale);
        ImGui::GetWindowDrawList()->AddRect({r0.x - 2 * s, r0.y - 2 * s}, {r1.x + 2 * s, r1.y + 2 * s},
                                            theme::rgb(theme::kAccent), 6 * s, 0, 4 * s);
        return;
    }
    const PointerSource source = in.imguiTouch ? PointerSource::Touch : PointerSource::Mouse;
    if (!ImGui::IsItemActivated() || !wantsOnScreenKeyboard(source, in.board.display.layout)) return;
    if (!onFocus && !ImGui::IsItemHovered()) return;
    // A note or an actor keeps its keyboard beside it when the editor goes;
    // a panel's field takes its keyboard with it.
    if (target.item == kNoId) {
        target.panel = true;
        const Vec2 a = in.xf.toBoard({r0.x, r0.y}), b = in.xf.toBoard({r1.x, r1.y});
        target.anchor = {(a.x + b.x) / 2, (a.y + b.y) / 2};
        target.halfSize = {(b.x - a.x) / 2, (b.y - a.y) / 2};
    }
    const ImVec2 touch = ImGui::GetIO().MousePos;
    out.keyboards.emplace_back(std::move(target), in.xf.toBoard({touch.x, touch.y}));
    ImGui::ClearActiveID();
}

bool FollowKeyboard(const ViewInput& in, const std::string& key, std::string& text, bool& wasOpen) {
    const KeyboardDesk& desk = in.router.keyboards();
    const KeyboardSession* s = desk.sessionFor(key);
    if (s) text = desk.text(*s);
    const bool finished = wasOpen && !s;
    wasOpen = s != nullptr;
    return finished;
}

TextTarget boardField(std::string key, std::string hintKey, bool multiline, std::size_t maxBytes,
                      std::function<std::optional<std::string>(const Board&)> read,
                      std::function<CommandPtr(const Board&, const std::string&)> write) {
    TextTarget t;
    t.key = std::move(key);
    t.hintKey = std::move(hintKey);
    t.multiline = multiline;
    t.maxBytes = maxBytes;
    t.read = std::move(read);
    t.write = std::move(write);
    return t;
}

bool TouchTextField(const ViewInput& in, ViewIntents& out, const char* key, const char* hintKey, std::string& text,
                    bool& typing, std::size_t maxBytes, float width) {
    const bool finished = FollowKeyboard(in, key, text, typing);
    ImGui::SetNextItemWidth(width);
    // As tall as a finger: the field is what a touch opens the keyboard on.
    const float finger = static_cast<float>(touch::kFingerHeight * in.xf.scale);
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {padding.x, std::max(padding.y, (finger - ImGui::GetFontSize()) / 2)});
    ImGui::InputTextWithHint((std::string("##") + key).c_str(), in.tr(hintKey).c_str(), &text);
    ImGui::PopStyleVar();
    if (text.size() > maxBytes) text.resize(maxBytes);
    OfferKeyboard(in, out, viewField(key, hintKey, text, maxBytes));
    return finished;
}

TextTarget viewField(std::string key, std::string hintKey, std::string text, std::size_t maxBytes) {
    TextTarget t;
    t.key = std::move(key);
    t.hintKey = std::move(hintKey);
    t.multiline = false;
    t.maxBytes = maxBytes;
    t.text = std::move(text);
    return t;
}

}  // namespace nt
