// Making and filling in combinations: the bar that appears when partners are
// tapped, and the panel of one combination (name, partners and their roles,
// form, motives, starting point, target groups, scenario, follow-up).
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/combination_edits.h"
#include "core/labels.h"
#include "core/layout.h"
#include "session/room_member.h"
#include "view/board_view.h"
#include "view/keyboard_field.h"

namespace nt {

namespace {

ImVec2 screen(const BoardTransform& xf, Vec2 b) {
    const Vec2 s = xf.toScreen(b);
    return {static_cast<float>(s.x), static_cast<float>(s.y)};
}

std::string joinTags(const std::vector<std::string>& tags) {
    std::string out;
    for (const auto& t : tags) out += (out.empty() ? "" : ", ") + t;
    return out;
}

std::vector<std::string> splitTags(const std::string& text) {
    std::vector<std::string> tags;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        std::string tag = text.substr(start, end - start);
        tag.erase(0, tag.find_first_not_of(' '));
        tag.erase(tag.find_last_not_of(' ') + 1);
        if (!tag.empty() && tags.size() < 20) tags.push_back(tag.substr(0, 100));
        start = end + 1;
    }
    return tags;
}

// A combination's name or scenario, for an on-screen keyboard.
TextTarget comboField(Id combination, const char* name, const char* hintKey, bool scenario) {
    return boardField(
        "combination:" + std::to_string(combination) + ":" + name, hintKey, scenario, scenario ? kMaxNoteTextBytes : kMaxNameBytes,
        [combination, scenario](const Board& b) -> std::optional<std::string> {
            const Combination* c = findById(b.combinations, combination);
            if (!c) return std::nullopt;
            return scenario ? c->scenario : c->name;
        },
        [combination, scenario](const Board& b, const std::string& text) {
            return scenario ? setScenario(b, combination, text) : renameCombination(b, combination, text);
        });
}

// A heading inside a panel (ImGui 1.86 has no SeparatorText).
void section(const std::string& title) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", title.c_str());
    ImGui::Separator();
}

}  // namespace

void BoardView::drawSelectionBar(const ViewInput& in, ViewIntents& out) {
    if (m_selected.empty()) return;
    const float s = static_cast<float>(in.xf.scale);
    ImGui::SetNextWindowPos(screen(in.xf, {layout::kDiagramArea.centre().x, layout::kDiagramArea.y1 - 8}), ImGuiCond_Always,
                            {0.5f, 1.f});
    ImGui::Begin("##selection", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%zu %s", m_selected.size(), in.tr(m_selected.size() == 1 ? "selection.one" : "selection.many").c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(m_selected.size() < 2);
    if (ImGui::Button(in.tr("selection.combine").c_str())) {
        out.newCombination = m_selected;
        m_selected.clear();
    }
    ImGui::EndDisabled();
    if (const Combination* open = findById(in.board.combinations, m_openCombination)) {
        ImGui::SameLine();
        if (ImGui::Button(in.tr("selection.addTo").c_str())) {
            for (Id actor : m_selected) out.commands.push_back(addMember(in.board, open->id, actor));
            m_selected.clear();
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(in.tr("selection.clear").c_str())) m_selected.clear();
    ImGui::End();
    (void)s;
}

void BoardView::drawCombinationPanel(const ViewInput& in, ViewIntents& out) {
    const Combination* combo = findById(in.board.combinations, m_openCombination);
    if (!combo) return;
    const Board& b = in.board;
    const Id id = combo->id;
    const float s = static_cast<float>(in.xf.scale);
    // Buffers follow the board unless someone is typing in them.
    if (m_comboTexts.combination != id || !ImGui::IsAnyItemActive()) {
        m_comboTexts = {id, combo->name, joinTags(combo->targetGroups), combo->scenario};
    }

    const layout::Rect& area = layout::kWeaknessesColumn;
    ImGui::SetNextWindowPos(screen(in.xf, {area.x0 - 40, area.y0}), ImGuiCond_Always);
    ImGui::SetNextWindowSize({static_cast<float>((area.width() + 40) * in.xf.scale), static_cast<float>(area.height() * in.xf.scale)});
    ImGui::Begin("##combination", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    ImGui::PushID(static_cast<int>(id));

    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##name", in.tr("combination.namePrompt").c_str(), &m_comboTexts.name);
    if (ImGui::IsItemDeactivatedAfterEdit()) out.commands.push_back(renameCombination(b, id, m_comboTexts.name));
    OfferKeyboard(in, out, comboField(id, "name", "combination.namePrompt", false));
    if (allInOneBubble(b, *combo)) ImGui::TextWrapped("%s", in.tr("combination.oneBubbleHint").c_str());

    section(in.tr("combination.partners").c_str());
    for (Id member : combo->members) {
        const Actor* a = findById(b.actors, member);
        if (!a) continue;
        ImGui::PushID(static_cast<int>(member));
        PartnerRole role = PartnerRole::Unset;
        for (const MemberRole& r : combo->roles)
            if (r.actor == member) role = r.role;
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(a->name.c_str());
        ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.55f);
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - 8 * s);
        if (ImGui::BeginCombo("##role", in.tr(partnerRoleKey(role)).c_str())) {
            for (PartnerRole option : {PartnerRole::Unset, PartnerRole::Initiator, PartnerRole::Carrier, PartnerRole::Driver,
                                       PartnerRole::Referrer, PartnerRole::Supporter, PartnerRole::KnowledgePartner})
                if (ImGui::Selectable(in.tr(partnerRoleKey(option)).c_str(), option == role))
                    out.commands.push_back(setRole(b, id, member, option));
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        if (ImGui::Button("x", {ImGui::GetFrameHeight(), 0})) out.commands.push_back(removeMember(b, id, member));
        ImGui::PopID();
    }
    ImGui::TextDisabled("%s", in.tr("combination.addHint").c_str());

    section(in.tr("combination.form").c_str());
    for (const CollaborationForm form : {CollaborationForm::Consultation, CollaborationForm::AdHoc, CollaborationForm::Network}) {
        if (ImGui::RadioButton(in.tr(collaborationFormKey(form)).c_str(), combo->form == form))
            out.commands.push_back(setCollaborationForm(b, id, combo->form == form ? CollaborationForm::Unset : form));
        ImGui::SameLine();
    }
    ImGui::NewLine();

    section(in.tr("combination.motives").c_str());
    for (const std::string& motive : motiveIds()) {
        bool on = std::find(combo->motives.begin(), combo->motives.end(), motive) != combo->motives.end();
        if (ImGui::Checkbox(in.tr("motive." + motive).c_str(), &on)) {
            std::vector<std::string> motives;
            for (const std::string& m : motiveIds())
                if (m == motive ? on : std::find(combo->motives.begin(), combo->motives.end(), m) != combo->motives.end())
                    motives.push_back(m);
            out.commands.push_back(setMotives(b, id, motives));
        }
    }

    section(in.tr("combination.origin").c_str());
    const Note* origin = findById(b.notes, combo->origin);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##origin", origin ? origin->text.c_str() : in.tr("combination.noOrigin").c_str())) {
        if (ImGui::Selectable(in.tr("combination.noOrigin").c_str(), !origin)) out.commands.push_back(setOrigin(b, id, kNoId));
        for (const Note& n : b.notes) {
            if ((n.kind != NoteKind::Strength && n.kind != NoteKind::Weakness) || n.pending) continue;
            const std::string label = in.tr(n.kind == NoteKind::Strength ? "tray.strength" : "tray.weakness") + ": " + n.text +
                                      "##" + std::to_string(n.id);
            if (ImGui::Selectable(label.c_str(), origin && origin->id == n.id)) out.commands.push_back(setOrigin(b, id, n.id));
        }
        ImGui::EndCombo();
    }

    section(in.tr("combination.targetGroups").c_str());
    // Typed as one line of tags and split when the writer is done, so the keyboard keeps its own text.
    const std::string targetsKey = "combination:" + std::to_string(id) + ":targets";
    if (FollowKeyboard(in, targetsKey, m_comboTexts.targetGroups, m_targetsTyping))
        out.commands.push_back(setTargetGroups(b, id, splitTags(m_comboTexts.targetGroups)));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##targets", in.tr("combination.targetGroupsHint").c_str(), &m_comboTexts.targetGroups);
    if (ImGui::IsItemDeactivatedAfterEdit()) out.commands.push_back(setTargetGroups(b, id, splitTags(m_comboTexts.targetGroups)));
    OfferKeyboard(in, out, viewField(targetsKey, "combination.targetGroupsHint", m_comboTexts.targetGroups, kMaxNoteTextBytes));

    section(in.tr("combination.scenario").c_str());
    ImGui::InputTextMultiline("##scenario", &m_comboTexts.scenario, {-1, 110 * s});
    if (ImGui::IsItemDeactivatedAfterEdit()) out.commands.push_back(setScenario(b, id, m_comboTexts.scenario));
    OfferKeyboard(in, out, comboField(id, "scenario", "combination.scenario", true));
    ImGui::TextDisabled("%zu %s · %s", combo->ideas.size(), in.tr("combination.ideas").c_str(), in.tr("combination.ideasHint").c_str());

    ImGui::Separator();
    bool followUp = combo->followUp;
    if (ImGui::Checkbox(in.tr("combination.markFollowUp").c_str(), &followUp)) out.commands.push_back(setFollowUp(b, id, followUp));
    if (in.room && !in.room->plenary()) {  // a table in a room of tables
        bool toPlenary = combo->toPlenary;
        if (ImGui::Checkbox(in.tr("combination.markToPlenary").c_str(), &toPlenary))
            out.commands.push_back(setToPlenary(b, id, toPlenary));
    }
    if (ImGui::Button(in.tr("combination.close").c_str())) m_openCombination = kNoId;
    ImGui::SameLine();
    if (ImGui::Button(in.tr("combination.delete").c_str())) {
        out.commands.push_back(removeCombination(b, id));
        m_openCombination = kNoId;
    }
    ImGui::PopID();
    ImGui::End();
}

}  // namespace nt
