// The menu a long press or a right click opens at the item: edit, change the
// kind of a note, delete.
#include "core/bubble_placement.h"
#include "core/edits.h"
#include "view/board_view.h"

namespace nt {

void BoardView::drawContextMenu(const ViewInput& in, ViewIntents& out) {
    if (m_menu.pending) {
        ImGui::OpenPopup("##context");
        m_menuItem = m_menu.item;
        const Vec2 sp = in.xf.toScreen(m_menu.pos);
        ImGui::SetNextWindowPos({static_cast<float>(sp.x), static_cast<float>(sp.y)});
        m_menu.pending = false;
    }
    if (!ImGui::BeginPopup("##context")) return;
    const Board& b = in.board;
    const Id id = m_menuItem;
    if (const Note* n = findById(b.notes, id)) {
        if (ImGui::MenuItem(in.tr("menu.edit").c_str())) openEditor(b, id, out);
        if (ImGui::BeginMenu(in.tr("menu.kind").c_str())) {
            const std::pair<NoteKind, const char*> kinds[] = {{NoteKind::Strength, "tray.strength"},
                                                              {NoteKind::Weakness, "tray.weakness"},
                                                              {NoteKind::Idea, "tray.idea"},
                                                              {NoteKind::Free, "tray.free"}};
            for (const auto& [kind, key] : kinds)
                if (ImGui::MenuItem(in.tr(key).c_str(), nullptr, n->kind == kind)) out.commands.push_back(setNoteKind(b, id, kind));
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem(in.tr("menu.straighten").c_str(), nullptr, false, n->rotation != 0))
            out.commands.push_back(rotateNote(b, id, 0));
    } else if (const Actor* a = findById(b.actors, id)) {
        if (ImGui::MenuItem(in.tr("menu.rename").c_str())) openEditor(b, id, out);
        if (ImGui::MenuItem(in.tr("menu.arena").c_str())) m_arenaPanel.open(id);
        if (ImGui::MenuItem(in.tr("menu.straighten").c_str(), nullptr, false, a->rotation != 0))
            out.commands.push_back(rotateActor(b, id, 0));
    } else if (findById(b.combinations, id)) {
        if (ImGui::MenuItem(in.tr("menu.openCombination").c_str())) m_openCombination = id;
    } else if (!findById(b.municipalities, id)) {
        ImGui::CloseCurrentPopup();  // the item is gone
        ImGui::EndPopup();
        return;
    }
    ImGui::Separator();
    const bool bubble = findById(b.municipalities, id) != nullptr;
    if (const Municipality* m = findById(b.municipalities, id); m && !m->own && ImGui::MenuItem(in.tr("menu.ownMunicipality").c_str()))
        out.commands.push_back(markOwnMunicipality(b, id));
    if (ImGui::MenuItem(in.tr(bubble ? "menu.deleteBubble" : "menu.delete").c_str())) out.commands.push_back(removeItem(b, id));
    ImGui::EndPopup();
}

}  // namespace nt
