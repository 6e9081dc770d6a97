// Writing on a note or naming an actor with a physical keyboard: a small
// panel next to the item. Enter keeps the text, Escape leaves it as it was.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/edits.h"
#include "core/layout.h"
#include "view/board_view.h"
#include "view/keyboard_field.h"

namespace nt {

void BoardView::openEditor(const Board& board, Id item, ViewIntents& out) {
    if (m_editor.open && m_editor.item == item) return;
    // Tapping the next note keeps what was typed on the previous one.
    if (m_editor.open) commitEditor(board, out);
    Editor e;
    if (const Note* n = findById(board.notes, item)) {
        e.text = n->text;
        e.anchor = n->pos;
    } else if (const Actor* a = findById(board.actors, item)) {
        e.text = a->name;
        e.isActor = true;
        e.anchor = a->pos;
    } else {
        return;
    }
    e.open = true;
    e.item = item;
    m_editor = std::move(e);
}

void BoardView::commitEditor(const Board& board, ViewIntents& out) {
    const Note* n = m_editor.isActor ? nullptr : findById(board.notes, m_editor.item);
    const Actor* a = m_editor.isActor ? findById(board.actors, m_editor.item) : nullptr;
    if (n && n->text != m_editor.text) out.commands.push_back(setNoteText(board, m_editor.item, m_editor.text));
    if (a && a->name != m_editor.text) out.commands.push_back(renameActor(board, m_editor.item, m_editor.text));
    m_editor = {};
}

void BoardView::drawEditor(const ViewInput& in, ViewIntents& out) {
    if (!m_editor.open) return;
    const bool exists = m_editor.isActor ? findById(in.board.actors, m_editor.item) != nullptr
                                         : findById(in.board.notes, m_editor.item) != nullptr;
    // An on-screen keyboard took the note over (a touch on it): it writes now.
    if (!exists || in.router.keyboards().sessionFor(m_editor.item)) {  // or deleted meanwhile (undo, the bin)
        m_editor = {};
        return;
    }
    const float s = static_cast<float>(in.xf.scale);
    // Beside the item, kept on the board so it is never cut off; for a note
    // in a column, beside the column, so its neighbours stay within reach.
    const double w = 460, h = m_editor.isActor ? 170 : 250;
    const double gap = 12;
    const double halfWidth = m_editor.isActor ? layout::kTokenRadius : layout::kNoteWidth / 2;
    Vec2 pos{m_editor.anchor.x + halfWidth + gap, m_editor.anchor.y - h / 2};
    if (pos.x + w > kBoardWidth - 10) pos.x = m_editor.anchor.x - halfWidth - gap - w;
    if (!m_editor.isActor && layout::kStrengthsColumn.contains(m_editor.anchor)) pos.x = layout::kStrengthsColumn.x1 + gap;
    if (!m_editor.isActor && layout::kWeaknessesColumn.contains(m_editor.anchor)) pos.x = layout::kWeaknessesColumn.x0 - gap - w;
    pos.x = std::clamp(pos.x, 10.0, kBoardWidth - w - 10);
    pos.y = std::clamp(pos.y, 10.0, kBoardHeight - h - 10);
    const Vec2 sp = in.xf.toScreen(pos);
    ImGui::SetNextWindowPos({static_cast<float>(sp.x), static_cast<float>(sp.y)}, ImGuiCond_Always);
    ImGui::SetNextWindowSize({static_cast<float>(w) * s, 0});
    ImGui::Begin("##editor", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::TextUnformatted(in.tr(m_editor.isActor ? "editor.actor.title" : "editor.note.title").c_str());
    // One widget identity per item: ImGui keeps an active field's own copy
    // of the text, which must not carry over to the next note.
    ImGui::PushID(static_cast<int>(m_editor.item));
    if (m_editor.justOpened) {
        ImGui::SetKeyboardFocusHere();
        m_editor.justOpened = false;
    }
    bool commit = false;
    ImGui::SetNextItemWidth(-1);
    // Writing goes on where the text ends, not before it.
    const ImGuiInputTextFlags flags =
        ImGuiInputTextFlags_EnterReturnsTrue | (m_editor.cursorToEnd ? ImGuiInputTextFlags_CallbackAlways : 0);
    auto toEnd = [](ImGuiInputTextCallbackData* data) {
        auto* e = static_cast<Editor*>(data->UserData);
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        if (e->selectAll) data->SelectionStart = 0;
        e->cursorToEnd = false;
        return 0;
    };
    // A touch (the projector's popup, tapped) hands the item to an on-screen keyboard.
    const Actor* actor = m_editor.isActor ? findById(in.board.actors, m_editor.item) : nullptr;
    const Note* note = m_editor.isActor ? nullptr : findById(in.board.notes, m_editor.item);
    if (actor) {
        commit = ImGui::InputText("##text", &m_editor.text, flags, toEnd, &m_editor);
        OfferKeyboard(in, out, actorNameTarget(*actor, m_editor.selectAll), true);
    } else {
        commit = ImGui::InputTextMultiline("##text", &m_editor.text, {-1, 120 * s},
                                           flags | ImGuiInputTextFlags_CtrlEnterForNewLine, toEnd, &m_editor);
        if (note) OfferKeyboard(in, out, noteTextTarget(*note), true);
        ImGui::TextDisabled("%s", in.tr("editor.note.hint").c_str());
    }
    ImGui::PopID();
    bool cancel = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (ImGui::Button(in.tr("editor.done").c_str())) commit = true;
    ImGui::SameLine();
    if (ImGui::Button(in.tr("editor.cancel").c_str())) cancel = true;
    ImGui::End();

    if (commit) {
        commitEditor(in.board, out);
    } else if (cancel) {
        m_editor = {};
    }
}

}  // namespace nt
